// dojo guidance check PACK... [--json]: each pack's guided-selling playbooks as the
// loader checks them, one line a playbook, with the problems about the guidance
// section. The checks themselves are in core/content (guidance_reader.cpp,
// guidance_checks.cpp); this file loads and prints. Each subcommand is a function
// of its own, listed once in run_guidance().
//
// [SECTION] check  [SECTION] entry
#include <ostream>

#include "core/content/pack_loader.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {

namespace content = dealdojo::content;

int run_guidance_walk(CommandContext& ctx, const ParsedArgs& args);  // guidance_walk.cpp

std::string_view guidance_usage() {
  return "dojo guidance SUBCOMMAND ...\n"
         "  dojo guidance check PACK... [--json]\n"
         "      load each pack and list its playbooks with their steps (templates expanded) and\n"
         "      exit criteria, or the problems in its guidance section: unknown steps, templates,\n"
         "      presets or stages, unreachable steps, loops without a wait, required steps that\n"
         "      can be bypassed, exit criteria no outcome meets\n"
         "  dojo guidance walk PACK STAGE [--outcomes a,b,...] [--preset ID] [--json]\n"
         "      walk one playbook from day 0: STAGE is a stage id of the preset (default: the pack's\n"
         "      first) or lead:qualified, lead:converted, lead:retired; the outcomes are taken in order\n"
         "      (skip skips the step at hand, wait lets a day pass so waits can fire); prints each step\n"
         "      met with its outcomes, what was taken, what fired, and the exit criteria met.\n"
         "      Exit 1 when the pack has errors, has no such playbook, or refuses an outcome.\n"
         "  Exit codes: 0 every pack valid (warnings allowed), 1 a pack has an error, 2 usage error.";
}

namespace {

using ojson = nlohmann::ordered_json;
using content::Diagnostic;

// ---------------------------------------------------------------------------------
// [SECTION] check

// A problem at the guidance section, or anywhere in a file of the guidance/ folder
// (which may not even parse).
bool about_guidance(const Diagnostic& d) {
  return d.pointer == "/guidance" || d.pointer.starts_with("/guidance/") || d.file.starts_with("guidance/");
}

bool belongs_to(const Diagnostic& d, const content::ContentPlace& place) {
  return d.file == place.file && (d.pointer == place.pointer || d.pointer.starts_with(place.pointer + "/"));
}

// "lead qualified", "stage simple/qualify".
std::string purpose_text(const content::Playbook& p) {
  return p.lead ? "lead " + std::string(content::lead_status_name(*p.lead)) : "stage " + p.preset + "/" + p.stage;
}

std::size_t criteria_count(const content::Pack& pack, const content::Playbook& p) {
  if (p.lead) return p.exit_criteria.size();
  for (const content::PipelinePreset& preset : pack.pipeline_presets) {
    for (const content::PipelineStage& stage : preset.stages) {
      if (preset.id == p.preset && stage.id == p.stage) return stage.exit_criteria.size();
    }
  }
  return 0;
}

std::string count_text(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

struct PackCheck {
  std::string path;
  content::LoadResult loaded;
  std::vector<Diagnostic> guidance;  // the loader's diagnostics about the guidance section
  std::size_t elsewhere = 0;         // and how many are about the rest of the pack
};

PackCheck check_pack(const std::string& path) {
  PackCheck check{path, content::load_pack(path), {}, 0};
  for (const Diagnostic& d : check.loaded.diagnostics) {
    if (about_guidance(d)) {
      check.guidance.push_back(d);
    } else {
      ++check.elsewhere;
    }
  }
  return check;
}

void print_pack(std::ostream& out, const PackCheck& check) {
  const content::LoadResult& loaded = check.loaded;
  if (!loaded.pack) {
    out << check.path << ": NOT valid (" << problem_summary(loaded.diagnostics) << ")\n";
    print_diagnostics(out, check.guidance);
    if (check.elsewhere > 0) {
      out << "  " << count_text(check.elsewhere, "problem is", "problems are")
          << " outside the guidance section: 'dojo validate " << check.path << "' lists "
          << (check.elsewhere == 1 ? "it" : "them") << "\n";
    }
    return;
  }
  const content::Guidance& guidance = loaded.pack->guidance;
  out << check.path << ": valid (" << problem_summary(check.guidance) << "); "
      << (guidance.playbooks.empty() ? std::string("no playbooks")
                                     : count_text(guidance.playbooks.size(), "playbook", "playbooks"))
      << (guidance.templates.empty() ? std::string() : ", " + count_text(guidance.templates.size(), "template", "templates"))
      << "\n";
  std::vector<bool> printed(check.guidance.size(), false);
  for (std::size_t i = 0; i < guidance.playbooks.size(); ++i) {
    const content::Playbook& p = guidance.playbooks[i];
    std::vector<Diagnostic> own;
    for (std::size_t d = 0; d < check.guidance.size(); ++d) {
      if (printed[d] || !belongs_to(check.guidance[d], loaded.playbook_places[i])) continue;
      own.push_back(check.guidance[d]);
      printed[d] = true;
    }
    out << "  " << purpose_text(p) << ": " << p.id << " ("
        << count_text(p.steps.size(), "step", "steps") << ", "
        << count_text(criteria_count(*loaded.pack, p), "criterion", "criteria") << ") ok"
        << (own.empty() ? std::string() : " (" + problem_summary(own) + ")") << "\n";
    print_diagnostics(out, own, "    ");
  }
  for (std::size_t d = 0; d < check.guidance.size(); ++d) {
    if (!printed[d]) print_diagnostics(out, {check.guidance[d]});
  }
}

ojson pack_json(const PackCheck& check) {
  const std::size_t errors = content::count_errors(check.loaded.diagnostics);
  ojson playbooks = ojson::array();
  if (check.loaded.pack) {
    for (const content::Playbook& p : check.loaded.pack->guidance.playbooks) {
      playbooks.push_back({{"id", p.id},
                           {"for", purpose_text(p)},
                           {"steps", p.steps.size()},
                           {"criteria", criteria_count(*check.loaded.pack, p)}});
    }
  }
  return {{"path", check.path},
          {"valid", check.loaded.pack.has_value()},
          {"errors", errors},
          {"warnings", check.loaded.diagnostics.size() - errors},
          {"playbooks", std::move(playbooks)},
          {"diagnostics", content::diagnostics_to_json(check.guidance)},
          {"problems_elsewhere", check.elsewhere}};
}

int run_guidance_check(CommandContext& ctx, const ParsedArgs& args) {
  if (args.arguments.empty()) return usage_error(ctx, "guidance check", "name at least one pack");
  const bool as_json = args.has("--json");
  ojson report = {{"valid", true}, {"packs", ojson::array()}};
  bool all_valid = true;
  for (const std::string& path : args.arguments) {
    const PackCheck check = check_pack(path);
    all_valid = all_valid && check.loaded.pack.has_value();
    if (as_json) {
      report["packs"].push_back(pack_json(check));
    } else {
      print_pack(ctx.out, check);
    }
  }
  if (as_json) {
    report["valid"] = all_valid;
    ctx.out << report.dump(2, ' ', false, ojson::error_handler_t::replace) << "\n";
  }
  return all_valid ? kExitOk : kExitFailed;
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] entry

int run_guidance(CommandContext& ctx) {
  static const Subcommand subcommands[] = {
      {"check", {"guidance check", {switch_flag("--json")}}, run_guidance_check},
      {"walk", {"guidance walk", {value_flag("--outcomes"), value_flag("--preset"), switch_flag("--json")}, 2},
       run_guidance_walk},
  };
  if (ctx.args.empty()) return usage_error(ctx, "guidance", "name a subcommand: check or walk");
  return run_subcommand(ctx, "guidance", subcommands);
}

}  // namespace dojo
