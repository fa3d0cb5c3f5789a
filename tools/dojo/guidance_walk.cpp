// dojo guidance walk PACK STAGE [--outcomes a,b,...] [--preset ID] [--json]: walks
// one playbook without asking anything. The run starts on day 0 and takes the
// outcomes in order ("skip" skips the step at hand, "wait" lets a day pass);
// each step is printed as the run meets it (its kind, whether it is required,
// its text and where each outcome leads), then what was taken, and each
// automated step as it fires. At the end: where the run stands and which exit
// criteria are met. The engine is core/guidance/playbook_run; this file prints.
//
// [SECTION] the walk  [SECTION] printing  [SECTION] entry
#include <algorithm>
#include <ostream>

#include "core/content/pack_loader.hpp"
#include "core/guidance/playbook_run.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
namespace {

namespace content = dealdojo::content;
namespace guidance = dealdojo::guidance;
using ojson = nlohmann::ordered_json;

constexpr std::string_view kSkip = "skip";
constexpr std::string_view kWait = "wait";

// ---------------------------------------------------------------------------------
// [SECTION] the walk

ojson outcomes_json(const content::GuidanceStep& step) {
  ojson out = ojson::array();
  for (const content::StepOutcome& o : step.outcomes) out.push_back({{"name", o.name}, {"next", o.next}, {"meets", o.meets}});
  return out;
}

// The run and what happened on the way, as events (printed as text or JSON).
struct Walk {
  const content::Playbook& playbook;
  guidance::PlaybookRun run;
  int day = 0;
  ojson events = ojson::array();
  std::size_t history_seen = 0;
  std::string announced;  // the step last printed, and the history's length then
  std::size_t announced_at = 0;

  explicit Walk(const content::Playbook& p) : playbook(p), run(guidance::PlaybookRun::start(p, 0)) { catch_up(); }

  // Prints the automated steps fired since the last look, then the step the run stands at.
  void catch_up() {
    const auto& history = run.history();
    for (; history_seen < history.size(); ++history_seen) {
      const guidance::HistoryEntry& entry = history[history_seen];
      if (entry.action != guidance::StepAction::Fired) continue;
      const content::GuidanceStep* step = playbook.find_step(entry.step);
      events.push_back({{"day", entry.day}, {"event", "fired"}, {"step", entry.step},
                        {"kind", step ? content::step_kind_name(step->kind) : ""},
                        {"text", step ? guidance::step_text(*step) : entry.step}});
    }
    if (!run.open() || (run.current_step() == announced && announced_at == history.size())) return;
    announced = run.current_step();
    announced_at = history.size();
    const content::GuidanceStep* step = playbook.find_step(announced);
    if (step == nullptr) return;
    if (step->kind == content::StepKind::Wait) {
      events.push_back({{"day", day}, {"event", "waiting"}, {"step", step->id}, {"text", guidance::step_text(*step)},
                        {"until", run.waiting_until().value_or(day)}});
      return;
    }
    events.push_back({{"day", day}, {"event", "step"}, {"step", step->id}, {"kind", content::step_kind_name(step->kind)},
                      {"required", step->required}, {"text", guidance::step_text(*step)},
                      {"outcomes", outcomes_json(*step)}});
  }

  // Takes one word of --outcomes; "" or why the run refused it.
  std::string take(std::string_view word) {
    if (word == kWait) {
      run.advance_to(playbook, ++day);
      events.push_back({{"day", day}, {"event", "day"}});
      catch_up();
      return "";
    }
    const content::GuidanceStep* step = playbook.find_step(run.current_step());
    std::string refused = word == kSkip ? run.skip(playbook, day) : run.complete(playbook, word, day);
    if (!refused.empty()) {
      events.push_back({{"day", day}, {"event", "refused"}, {"reason", refused}});
      return refused;
    }
    if (word == kSkip) {
      events.push_back({{"day", day}, {"event", "skipped"}, {"step", step->id}, {"next", step->outcomes.front().next}});
    } else {
      const content::StepOutcome* outcome = step->find_outcome(word);
      events.push_back({{"day", day}, {"event", "took"}, {"step", step->id}, {"outcome", outcome->name},
                        {"next", outcome->next}, {"meets", outcome->meets}});
    }
    catch_up();
    return "";
  }
};

// ---------------------------------------------------------------------------------
// [SECTION] printing

std::string meets_text(const ojson& meets) {
  if (meets.empty()) return "";
  std::string out = " (meets ";
  for (std::size_t i = 0; i < meets.size(); ++i) out += (i > 0 ? ", " : "") + std::to_string(meets[i].get<int>());
  return out + ")";
}

void print_event(std::ostream& out, const ojson& e) {
  const std::string kind = e["event"].get<std::string>();
  const std::string day = "day " + std::to_string(e["day"].get<int>()) + "  ";
  const std::string indent(day.size(), ' ');
  if (kind == "step") {
    out << day << e["step"].get<std::string>() << " (" << e["kind"].get<std::string>() << ", "
        << (e["required"].get<bool>() ? "required" : "skippable") << "): " << e["text"].get<std::string>() << "\n";
    for (const ojson& o : e["outcomes"]) {
      out << indent << "  " << o["name"].get<std::string>() << " → " << o["next"].get<std::string>()
          << meets_text(o["meets"]) << "\n";
    }
  } else if (kind == "took") {
    out << indent << "took " << e["outcome"].get<std::string>() << " → " << e["next"].get<std::string>()
        << meets_text(e["meets"]) << "\n";
  } else if (kind == "skipped") {
    out << indent << "skipped: follows the first outcome → " << e["next"].get<std::string>() << ", meets nothing\n";
  } else if (kind == "fired") {
    out << day << e["step"].get<std::string>() << " (" << e["kind"].get<std::string>()
        << "): " << e["text"].get<std::string>() << ", fired on day " << e["day"].get<int>() << "\n";
  } else if (kind == "waiting") {
    out << day << e["step"].get<std::string>() << " (wait): " << e["text"].get<std::string>() << ", fires on day "
        << e["until"].get<int>() << "\n";
  } else if (kind == "day") {
    out << day << "a day passes\n";
  } else if (kind == "refused") {
    out << "refused: " << e["reason"].get<std::string>() << "\n";
  }
}

// The criteria with their texts: the lead playbook's own, or the stage's.
ojson criteria_json(const guidance::PlaybookRun& run, const std::vector<std::string>& texts) {
  ojson out = ojson::array();
  const std::vector<bool>& met = run.criteria_met();
  for (std::size_t i = 0; i < std::max(texts.size(), met.size()); ++i) {
    out.push_back({{"number", i + 1},
                   {"text", i < texts.size() ? texts[i] : "criterion " + std::to_string(i + 1)},
                   {"met", i < met.size() && met[i]}});
  }
  return out;
}

ojson walk_json(const Walk& walk, const std::string& purpose, const std::vector<std::string>& criteria) {
  const guidance::PlaybookRun& run = walk.run;
  ojson out = {{"playbook", walk.playbook.id},
               {"name", walk.playbook.name},
               {"for", purpose},
               {"events", walk.events},
               {"end", guidance::run_end_key(run.end())},
               {"step", run.current_step()},
               {"day", walk.day},
               {"criteria", criteria_json(run, criteria)},
               {"criteria_complete", run.criteria_complete()},
               {"steps_done", run.steps_done()},
               {"steps_skipped", run.steps_skipped()},
               {"steps_failed", run.steps_failed()}};
  return out;
}

void print_summary(std::ostream& out, const ojson& walk) {
  out << "\nWhere it stands: ";
  if (walk["end"] == "open") {
    out << "at " << walk["step"].get<std::string>() << " on day " << walk["day"].get<int>() << "\n";
  } else {
    out << "ended (" << walk["end"].get<std::string>() << ") by day " << walk["day"].get<int>() << "\n";
  }
  int met = 0;
  for (const ojson& c : walk["criteria"]) met += c["met"].get<bool>() ? 1 : 0;
  out << "Exit criteria: " << met << " of " << walk["criteria"].size() << " met"
      << (walk["criteria_complete"].get<bool>() ? ": it may move on\n" : "\n");
  for (const ojson& c : walk["criteria"]) {
    out << "  [" << (c["met"].get<bool>() ? "x" : " ") << "] " << c["number"].get<int>() << ". "
        << c["text"].get<std::string>() << "\n";
  }
  out << "Steps: " << walk["steps_done"].get<int>() << " done, " << walk["steps_skipped"].get<int>() << " skipped, "
      << walk["steps_failed"].get<int>() << " failed\n";
}

// ---------------------------------------------------------------------------------
// [SECTION] entry

// The playbook STAGE names, its purpose and criteria texts; nullptr after printing why.
const content::Playbook* find_playbook(CommandContext& ctx, const content::Pack& pack, const std::string& target,
                                       const std::optional<std::string>& preset_id, std::string& purpose,
                                       std::vector<std::string>& criteria) {
  if (target.starts_with("lead:")) {
    const auto status = content::parse_lead_status(target.substr(5));
    const content::Playbook* p = status ? pack.guidance.for_lead(*status) : nullptr;
    if (p == nullptr) ctx.out << "dojo guidance walk: the pack has no playbook for " << target << "\n";
    else criteria = p->exit_criteria;
    purpose = target;
    return p;
  }
  const content::PipelinePreset* preset = nullptr;
  for (const content::PipelinePreset& candidate : pack.pipeline_presets) {
    if (!preset_id || candidate.id == *preset_id) {
      preset = &candidate;
      break;
    }
  }
  if (preset == nullptr) {
    ctx.out << "dojo guidance walk: the pack has no pipeline preset" << (preset_id ? " '" + *preset_id + "'" : "") << "\n";
    return nullptr;
  }
  std::string stages;
  bool has_stage = false;
  for (const content::PipelineStage& stage : preset->stages) {
    if (stage.id == target) {
      criteria = stage.exit_criteria;
      has_stage = true;
    }
    stages += (stages.empty() ? "" : ", ") + stage.id;
  }
  purpose = "stage " + preset->id + "/" + target;
  const content::Playbook* p = pack.guidance.for_stage(preset->id, target);
  if (p == nullptr) {
    if (!has_stage) {
      ctx.out << "dojo guidance walk: preset '" << preset->id << "' has no stage '" << target << "' (its stages: " << stages
              << "; or lead:qualified, lead:converted, lead:retired)\n";
    } else {
      ctx.out << "dojo guidance walk: stage '" << target << "' of preset '" << preset->id << "' has no playbook\n";
    }
  }
  return p;
}

}  // namespace

int run_guidance_walk(CommandContext& ctx, const ParsedArgs& args) {
  if (args.arguments.size() != 2) return usage_error(ctx, "guidance walk", "name a pack and a stage (or lead:qualified)");
  const std::string& target = args.arguments[1];
  if (target.starts_with("lead:") && !content::parse_lead_status(target.substr(5))) {
    return usage_error(ctx, "guidance walk", "'" + target + "': a lead's status is qualified, converted or retired");
  }
  std::vector<std::string> words;
  if (const auto list = args.value("--outcomes")) {
    std::string_view rest = *list;
    while (true) {
      const std::size_t comma = rest.find(',');
      const std::string_view word = rest.substr(0, comma);
      if (word.empty()) return usage_error(ctx, "guidance walk", "--outcomes: an empty outcome in '" + *list + "'");
      words.emplace_back(word);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  const content::LoadResult loaded = content::load_pack(args.arguments[0]);
  if (!loaded.pack) {
    ctx.out << args.arguments[0] << ": NOT valid (" << problem_summary(loaded.diagnostics) << ")\n";
    print_diagnostics(ctx.out, loaded.diagnostics);
    return kExitFailed;
  }
  std::string purpose;
  std::vector<std::string> criteria;
  const content::Playbook* playbook =
      find_playbook(ctx, *loaded.pack, target, args.value("--preset"), purpose, criteria);
  if (playbook == nullptr) return kExitFailed;

  Walk walk(*playbook);
  std::string refused;
  for (const std::string& word : words) {
    refused = walk.take(word);
    if (!refused.empty()) break;
  }
  const ojson result = walk_json(walk, purpose, criteria);
  if (args.has("--json")) {
    ctx.out << result.dump(2, ' ', false, ojson::error_handler_t::replace) << "\n";
    return refused.empty() ? kExitOk : kExitFailed;
  }
  ctx.out << playbook->name << " (" << playbook->id << "), " << purpose << "\n";
  if (!playbook->goal.empty()) ctx.out << "Goal: " << playbook->goal << "\n";
  ctx.out << "\n";
  for (const ojson& event : walk.events) print_event(ctx.out, event);
  if (!refused.empty()) return kExitFailed;
  print_summary(ctx.out, result);
  return kExitOk;
}

}  // namespace dojo
