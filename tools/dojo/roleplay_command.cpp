// dojo roleplay check|play|compile|probe: role-play scenarios for authors (probe
// lives in roleplay_probe.cpp). The work
// is in core/roleplay; this file finds files, reads input and prints.
//
// [SECTION] helpers  [SECTION] check  [SECTION] play  [SECTION] compile  [SECTION] entry
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>
#include <sstream>

#include "core/content/pack_loader.hpp"
#include "core/content/text_checks.hpp"
#include "core/roleplay/check.hpp"
#include "core/roleplay/script.hpp"
#include "core/roleplay/transcript.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {

namespace fs = std::filesystem;
namespace rp = dealdojo::roleplay;
namespace content = dealdojo::content;

std::string_view roleplay_usage() {
  return "dojo roleplay SUBCOMMAND ...\n"
         "  dojo roleplay check PACK [--json]\n"
         "      read and validate every scenario: reachability, dead ends, an ideal path scoring 100,\n"
         "      and the cue checks (longest lines, good beats best, labels that name the answer, moods)\n"
         "  dojo roleplay probe PACK [--scenario ID] [--runs N] [--seed S]\n"
         "      play each scenario always picking the longest line, the shortest, and at random\n"
         "      (N runs, 2000 by default): a sound scenario passes none of the first two\n"
         "  dojo roleplay play PACK ID [--choices 1,2,3] [--shuffle SEED] [--export FILE]\n"
         "      play a scenario in the terminal; choices by number from stdin (or --choices),\n"
         "      'back N' to replay from step N, 'quit' to stop; --shuffle shows choices in a seeded\n"
         "      order; --export writes the transcript (.json: JSON, anything else: text)\n"
         "  dojo roleplay compile SCRIPT... -o OUT [--check]\n"
         "      compile scripts (files, or folders of *.txt) to JSON; OUT is a .json file for one\n"
         "      script, else a folder (OUT/<script name>.json); --check compares instead of writing\n"
         "  Exit codes: 0 ok, 1 problems found (or the input ended early), 2 usage error.";
}

namespace {

// ---------------------------------------------------------------------------------
// [SECTION] helpers

std::optional<std::string> read_text(const fs::path& path, std::size_t max_bytes) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec || size > max_bytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A pack with its scenarios' places: the loader merges the scenarios of every
// file and says where each came from, so messages name the scenario's own file.
struct LoadedPack {
  content::Pack pack;
  std::vector<rp::ScenarioPlace> places;  // parallel to pack.roleplay["scenarios"]
};

std::optional<LoadedPack> load_for_roleplay(CommandContext& ctx, const std::string& path) {
  content::LoadResult result = content::load_pack(path);
  if (!result.pack) {
    ctx.out << path << ": the pack has errors; fix them first (dojo validate " << path << ")\n";
    print_diagnostics(ctx.out, result.diagnostics);
    return std::nullopt;
  }
  return LoadedPack{std::move(*result.pack), std::move(result.scenario_places)};
}

std::string endings_text(const std::vector<rp::EndingKind>& endings) {
  std::string out;
  for (rp::EndingKind e : endings) out += (out.empty() ? "" : ", ") + std::string(rp::ending_name(e));
  return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] check

int run_check(CommandContext& ctx, const ParsedArgs& args) {
  const bool as_json = args.has("--json");
  const std::vector<std::string>& paths = args.arguments;
  if (paths.empty()) return usage_error(ctx, "roleplay check", "name exactly one pack");
  const auto loaded = load_for_roleplay(ctx, paths[0]);
  if (!loaded) return kExitFailed;
  const auto& roleplay = loaded->pack.roleplay;
  const std::size_t count = loaded->places.size();
  nlohmann::ordered_json report = {{"pack", paths[0]}, {"valid", true}, {"scenarios", nlohmann::ordered_json::array()}};
  std::size_t invalid = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const rp::ScenarioPlace& place = loaded->places[i];
    rp::ScenarioRead read = rp::read_scenario(roleplay["scenarios"][i], place.file, place.pointer);
    std::vector<content::Diagnostic> diagnostics = read.diagnostics;
    std::string summary;
    std::size_t points = 0;
    std::vector<rp::EndingKind> endings;
    if (read.scenario) {
      const rp::ScenarioCheck check = rp::check_scenario(*read.scenario);
      diagnostics.insert(diagnostics.end(), check.diagnostics.begin(), check.diagnostics.end());
      points = check.ideal ? check.ideal->steps.size() : 0;
      endings = check.reachable_endings;
      summary = std::to_string(read.scenario->nodes.size()) + " nodes, " + std::to_string(points) +
                " decision points on the ideal path, endings: " + endings_text(endings);
    }
    std::stable_partition(diagnostics.begin(), diagnostics.end(), [](const content::Diagnostic& d) { return d.is_error(); });
    const bool valid = !content::has_errors(diagnostics);
    if (!valid) ++invalid;
    const std::string id = roleplay["scenarios"][i]["id"].get<std::string>();
    if (as_json) {
      const std::size_t errors = content::count_errors(diagnostics);
      report["scenarios"].push_back({{"id", id}, {"file", place.file}, {"valid", valid}, {"errors", errors},
                                     {"warnings", diagnostics.size() - errors}, {"decision_points", points},
                                     {"endings", endings_text(endings)},
                                     {"diagnostics", content::diagnostics_to_json(diagnostics)}});
      continue;
    }
    ctx.out << id << ": " << (valid ? "valid" : "NOT valid") << " (" << problem_summary(diagnostics) << ")"
            << (summary.empty() ? "" : "; " + summary) << "\n";
    print_diagnostics(ctx.out, diagnostics);
  }
  if (as_json) {
    report["valid"] = invalid == 0;
    ctx.out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else if (count == 0) {
    ctx.out << paths[0] << ": no role-play scenarios\n";
  } else {
    ctx.out << paths[0] << ": " << count << (count == 1 ? " scenario, " : " scenarios, ")
            << (invalid == 0 ? "all valid" : std::to_string(invalid) + " with errors") << "\n";
  }
  return invalid == 0 ? kExitOk : kExitFailed;
}

// ---------------------------------------------------------------------------------
// [SECTION] play

// Where choices come from: --choices, else stdin, one per line.
class ChoiceInput {
 public:
  ChoiceInput(std::optional<std::vector<std::string>> scripted, std::istream& in)
      : m_scripted(std::move(scripted)), m_in(in) {}
  std::optional<std::string> next() {
    if (m_scripted) {
      if (m_next >= m_scripted->size()) return std::nullopt;
      return (*m_scripted)[m_next++];
    }
    std::string line;
    if (!std::getline(m_in, line)) return std::nullopt;
    return std::string(content::trim(line));
  }

 private:
  std::optional<std::vector<std::string>> m_scripted;
  std::size_t m_next = 0;
  std::istream& m_in;
};

void print_entries(std::ostream& out, const rp::Run& run, std::size_t& printed) {
  const auto entries = run.transcript();
  for (; printed < entries.size(); ++printed) {
    const rp::TranscriptEntry& e = entries[printed];
    if (e.speaker == rp::Speaker::Buyer) {
      out << "\nBuyer (" << rp::mood_name(e.mood) << "): " << e.text << "\n";
    } else {
      out << "\nYou: " << e.text << "\n";
      if (e.step) out << rp::format_step_feedback(run, *e.step);
    }
  }
}

void print_choices(std::ostream& out, const rp::Run& run) {
  const std::string stage = run.node().stage.empty() ? "" : " - " + run.node().stage;
  out << "\nStep " << run.steps().size() + 1 << stage << " (trust " << run.trust() << ", clarity "
      << run.value(rp::kClarity) << ", resistance " << run.value(rp::kResistance) << ")\n";
  for (std::size_t i = 0; i < run.offered().size(); ++i) {
    out << "  " << i + 1 << ". " << run.offered_choice(i).say << "\n";
  }
}

bool export_transcript(CommandContext& ctx, const rp::Run& run, const std::string& file) {
  std::ofstream out(file, std::ios::binary);
  if (file.ends_with(".json")) out << rp::transcript_json(run).dump(2) << "\n";
  else out << rp::transcript_text(run);
  if (!out) {
    ctx.err << "dojo: could not write " << file << "\n";
    return false;
  }
  ctx.out << "Transcript written to " << file << "\n";
  return true;
}

int run_play(CommandContext& ctx, const ParsedArgs& args) {
  const std::vector<std::string>& positional = args.arguments;
  if (positional.size() != 2) return usage_error(ctx, "roleplay play", "name a pack and a scenario id");
  const auto choices = args.value("--choices");
  const auto export_file = args.value("--export");
  rp::RunOptions options;
  if (args.has("--shuffle")) {
    const auto seed = whole_number(args, "--shuffle", 0);
    if (!seed) return usage_error(ctx, "roleplay play", seed.error_message());
    options = {true, *seed};
  }
  const auto loaded = load_for_roleplay(ctx, positional[0]);
  if (!loaded) return kExitFailed;
  const auto& list = loaded->pack.roleplay.is_object() ? loaded->pack.roleplay["scenarios"] : nlohmann::json::array();
  std::optional<rp::Scenario> scenario;
  std::string ids;
  for (std::size_t i = 0; i < loaded->places.size(); ++i) {
    const std::string id = list[i]["id"].get<std::string>();
    ids += (ids.empty() ? "" : ", ") + id;
    if (id != positional[1]) continue;
    rp::ScenarioRead read = rp::read_scenario(list[i], loaded->places[i].file, loaded->places[i].pointer);
    if (!read.scenario) {
      ctx.out << "The scenario '" << id << "' has errors:\n";
      print_diagnostics(ctx.out, read.diagnostics);
      return kExitFailed;
    }
    scenario = std::move(read.scenario);
  }
  if (!scenario) {
    ctx.out << "There is no scenario '" << positional[1] << "' in " << positional[0]
            << (ids.empty() ? " (it has none)" : "; it has: " + ids) << "\n";
    return kExitFailed;
  }
  const rp::ScenarioCheck check = rp::check_scenario(*scenario);
  if (check.has_errors()) {
    ctx.out << "Warning: this scenario does not pass `dojo roleplay check`; playing it anyway.\n";
    print_diagnostics(ctx.out, check.diagnostics);
  }
  std::optional<std::vector<std::string>> scripted;
  if (choices) {
    scripted.emplace();
    std::string item;
    std::istringstream in(*choices);
    while (std::getline(in, item, ',')) scripted->push_back(std::string(content::trim(item)));
  }
  ChoiceInput input(std::move(scripted), std::cin);

  rp::Run run(*scenario, options);
  ctx.out << "Role-play: " << scenario->title << " (" << scenario->id << ")\nBuyer: " << scenario->persona
          << "\nBriefing: " << scenario->briefing << "\nChoose by number; 'back N' replays from step N; 'quit' stops.\n";
  std::size_t printed = 0;
  print_entries(ctx.out, run, printed);
  while (!run.finished()) {
    print_choices(ctx.out, run);
    ctx.out << "> " << std::flush;
    const auto line = input.next();
    if (!line || *line == "quit" || *line == "q") {
      ctx.out << "\nStopped at step " << run.steps().size() + 1 << ", before the conversation ended.\n";
      if (export_file) export_transcript(ctx, run, *export_file);
      return kExitFailed;
    }
    ctx.out << *line << "\n";
    std::istringstream words(*line);
    std::string first;
    std::size_t number = 0;
    words >> first;
    if ((first == "back" || first == "b") && (words >> number) && number >= 1 && run.replay_from(number - 1)) {
      ctx.out << "Back to step " << number << ".\n";
      printed = run.transcript().size() - 1;
      print_entries(ctx.out, run, printed);
      continue;
    }
    const bool digits = !first.empty() && std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || first.size() > 3 || !run.choose(static_cast<std::size_t>(std::stoi(first)) - 1)) {
      ctx.out << "Type a number from 1 to " << run.offered().size() << ", 'back N' or 'quit'.\n";
      continue;
    }
    print_entries(ctx.out, run, printed);
  }
  ctx.out << "\n" << rp::format_debrief(run, *rp::make_debrief(run));
  if (export_file && !export_transcript(ctx, run, *export_file)) return kExitFailed;
  return kExitOk;
}

// ---------------------------------------------------------------------------------
// [SECTION] compile

int run_compile(CommandContext& ctx, const ParsedArgs& args) {
  const std::vector<std::string>& inputs = args.arguments;
  const auto out = args.value("-o");
  const bool check_only = args.has("--check");
  if (inputs.empty() || !out) return usage_error(ctx, "roleplay compile", "name the script(s) and -o OUT");
  std::vector<fs::path> scripts;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (!fs::is_directory(input, ec)) {
      scripts.emplace_back(input);
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(input, ec)) {
      if (entry.path().extension() == ".txt" && entry.path().filename().string()[0] != '.') found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    scripts.insert(scripts.end(), found.begin(), found.end());
  }
  const bool single_file = out->ends_with(".json");
  if (single_file && scripts.size() != 1) {
    return usage_error(ctx, "roleplay compile",
                       "-o names one .json file, but there are " + std::to_string(scripts.size()) +
                           " scripts; name a folder");
  }
  bool all_ok = true;
  for (const fs::path& script : scripts) {
    const fs::path target = single_file ? fs::path(*out) : fs::path(*out) / (script.stem().string() + ".json");
    const auto text = read_text(script, rp::kMaxScriptBytes);
    if (!text) {
      ctx.out << script.generic_string() << ": cannot be read (missing, or larger than 1 MiB)\n";
      all_ok = false;
      continue;
    }
    const rp::ScriptBuild build = rp::build_script(*text, script.generic_string());
    print_diagnostics(ctx.out, build.diagnostics, "");
    if (!build.ok()) {
      ctx.out << script.generic_string() << ": not compiled (" << problem_summary(build.diagnostics) << ")\n";
      all_ok = false;
      continue;
    }
    if (check_only) {
      const auto existing = read_text(target, 64u * 1024u * 1024u);
      const bool current = existing && *existing == build.file_text;
      ctx.out << target.generic_string() << ": " << (current ? "up to date" : "OUT OF DATE: run dojo roleplay compile")
              << "\n";
      all_ok = all_ok && current;
      continue;
    }
    if (!single_file) fs::create_directories(*out, ec);
    std::ofstream file(target, std::ios::binary);
    file << build.file_text;
    if (!file) {
      ctx.out << target.generic_string() << ": could not be written\n";
      all_ok = false;
      continue;
    }
    ctx.out << "wrote " << target.generic_string() << " (scenario '" << build.scenario_id << "')\n";
  }
  return all_ok ? kExitOk : kExitFailed;
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] entry

int run_roleplay_probe(CommandContext& ctx, const ParsedArgs& args);  // roleplay_probe.cpp

int run_roleplay(CommandContext& ctx) {
  static const Subcommand subcommands[] = {
      {"check", {"roleplay check", {switch_flag("--json")}, 1}, run_check},
      {"play",
       {"roleplay play", {value_flag("--choices"), value_flag("--shuffle"), value_flag("--export")}, 2},
       run_play},
      {"compile", {"roleplay compile", {value_flag("-o", "--output"), switch_flag("--check")}}, run_compile},
      {"probe",
       {"roleplay probe", {value_flag("--scenario"), value_flag("--runs"), value_flag("--seed")}, 1},
       run_roleplay_probe},
  };
  if (ctx.args.empty()) return usage_error(ctx, "roleplay", "name a subcommand: check, play, compile or probe");
  return run_subcommand(ctx, "roleplay", subcommands);
}

}  // namespace dojo
