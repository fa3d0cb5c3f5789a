// [SECTION] text  [SECTION] JSON  [SECTION] restore
#include "core/roleplay/transcript.hpp"

#include <algorithm>

namespace dealdojo::roleplay {
namespace {

using ojson = nlohmann::ordered_json;

std::string padded(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

ojson values_json(const Scenario& s, const std::vector<int>& values) {
  ojson out = ojson::object();
  for (std::size_t i = 0; i < values.size() && i < s.variables.size(); ++i) out[s.variables[i].name] = values[i];
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] text

std::string describe_changes(const Run& run, const Step& step) {
  std::string out;
  const auto& vars = run.scenario().variables;
  for (std::size_t i = 0; i < vars.size(); ++i) {
    if (step.values_before[i] == step.values_after[i]) continue;
    out += (out.empty() ? "" : ", ") + vars[i].name + " " + std::to_string(step.values_before[i]) + " -> " +
           std::to_string(step.values_after[i]);
  }
  return out;
}

std::string format_step_feedback(const Run& run, std::size_t step, std::string_view indent) {
  const Step& s = run.steps()[step];
  const Choice& c = run.choice_of(s);
  const std::string in(indent);
  std::string out = in + std::string(technique_label(c.technique)) + " (" +
                    std::string(family_label(technique_family(c.technique))) + ") - " + run.verdict(step) + "\n";
  for (const std::string& note : s.notes) out += in + "Note: " + note + "\n";
  const std::string changes = describe_changes(run, s);
  if (!changes.empty()) out += in + changes + "\n";
  return out;
}

std::string format_debrief(const Run& run, const Debrief& d) {
  const Scenario& s = run.scenario();
  std::string out = "Ending: " + std::string(ending_label(d.ending)) + "\n";
  if (!d.summary.empty()) out += d.summary + "\n";
  out += "\nScore: " + std::to_string(d.score.total) + "/100 - " + (d.score.passed ? "passed" : "not passed") +
         " (pass mark " + std::to_string(d.score.pass_percent) + ")\n";
  for (const std::string& gate : d.score.failed_gates) out += "  Not passed: " + gate + "\n";
  for (const RubricLine& line : d.score.rubric) {
    out += "  " + padded(line.label, 28) + " " + padded(std::to_string(line.points) + "/" + std::to_string(line.max), 6) +
           " " + line.detail + "\n";
    for (const Criterion& c : line.criteria) {
      out += "    " + padded(std::string(criterion_status_name(c.status)), 7) + c.label + ": " + c.detail + "\n";
    }
  }
  if (!d.score.blockers.empty()) {
    out += "Blockers (the run fails whatever the score):\n";
    for (const std::string& b : d.score.blockers) out += "  " + b + "\n";
  }
  out += "\nSteps:\n";
  for (const GradedStep& g : d.steps) {
    const Choice& c = s.nodes[g.node].choices[g.choice];
    out += "  " + std::to_string(g.step + 1) + ". " + std::string(technique_label(g.technique)) + " - " +
           std::string(grade_label(g.grade)) + ": " + c.feedback + "\n";
    for (const std::string& note : g.notes) out += "     Note: " + note + "\n";
    if (g.better) {
      const Choice& b = s.nodes[g.node].choices[*g.better];
      out += "     Better: " + quoted(b.say) + " (" + std::string(technique_label(b.technique)) + ")\n";
    }
  }
  if (!d.ideal_path.empty()) {
    out += "\nIdeal path:\n";
    for (std::size_t i = 0; i < d.ideal_path.size(); ++i) {
      const Choice& c = s.nodes[d.ideal_path[i].node].choices[d.ideal_path[i].choice];
      out += "  " + std::to_string(i + 1) + ". " + std::string(technique_label(c.technique)) + ": " + quoted(c.say) + "\n";
    }
    if (d.ideal_ending) out += "  -> " + std::string(ending_label(*s.nodes[*d.ideal_ending].ending)) + "\n";
  }
  if (d.replay_from) {
    out += "\nReplay from step " + std::to_string(*d.replay_from + 1) + " to try a different move there.\n";
  }
  return out;
}

std::string transcript_text(const Run& run) {
  const Scenario& s = run.scenario();
  std::string out = "Role-play: " + s.title + " (" + s.id + ")\nBuyer: " + s.persona + "\nBriefing: " + s.briefing + "\n\n";
  for (const TranscriptEntry& e : run.transcript()) {
    if (e.speaker == Speaker::Buyer) {
      out += "Buyer (" + std::string(mood_name(e.mood)) + "): " + e.text + "\n";
      continue;
    }
    out += "You: " + e.text + "\n";
    if (e.step) out += format_step_feedback(run, *e.step, "  | ");
  }
  if (const auto d = make_debrief(run)) out += "\n" + format_debrief(run, *d);
  return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] JSON

nlohmann::ordered_json transcript_json(const Run& run) {
  const Scenario& s = run.scenario();
  ojson out;
  out["format"] = kTranscriptFormat;
  out["scenario"] = s.id;
  out["title"] = s.title;
  out["options"] = {{"shuffle", run.options().shuffle}, {"seed", run.options().seed}};
  out["choices"] = run.choice_path();
  ojson entries = ojson::array();
  for (const TranscriptEntry& e : run.transcript()) {
    ojson entry = {{"speaker", e.speaker == Speaker::Buyer ? "buyer" : "learner"}, {"text", e.text},
                   {"node", s.nodes[e.node].id}};
    if (e.speaker == Speaker::Buyer) entry["mood"] = std::string(mood_name(e.mood));
    if (e.step) entry["step"] = *e.step;
    entries.push_back(std::move(entry));
  }
  out["entries"] = std::move(entries);
  ojson steps = ojson::array();
  for (std::size_t i = 0; i < run.steps().size(); ++i) {
    const Step& st = run.steps()[i];
    const Choice& c = run.choice_of(st);
    steps.push_back({{"node", s.nodes[st.node].id},
                     {"choice", st.choice},
                     {"shown_as", st.shown_as},
                     {"say", c.say},
                     {"technique", std::string(technique_name(c.technique))},
                     {"grade", std::string(grade_name(c.grade))},
                     {"verdict", run.verdict(i)},
                     {"notes", st.notes},
                     {"values_before", values_json(s, st.values_before)},
                     {"values_after", values_json(s, st.values_after)}});
  }
  out["steps"] = std::move(steps);
  out["finished"] = run.finished();
  out["values"] = values_json(s, run.state().values);
  out["mood"] = std::string(mood_name(run.mood()));
  const auto d = make_debrief(run);
  if (!d) return out;
  ojson rubric = ojson::array();
  for (const RubricLine& line : d->score.rubric) {
    ojson criteria = ojson::array();
    for (const Criterion& c : line.criteria) {
      ojson item = {{"id", c.id}, {"label", c.label}, {"status", std::string(criterion_status_name(c.status))},
                    {"detail", c.detail}};
      if (c.step) item["step"] = *c.step;
      criteria.push_back(std::move(item));
    }
    rubric.push_back({{"id", line.id}, {"label", line.label}, {"points", line.points}, {"max", line.max},
                      {"detail", line.detail}, {"criteria", std::move(criteria)}});
  }
  ojson ideal = ojson::array();
  for (const PathStep& p : d->ideal_path) {
    const Choice& c = s.nodes[p.node].choices[p.choice];
    ideal.push_back({{"node", s.nodes[p.node].id}, {"choice", p.choice}, {"say", c.say},
                     {"technique", std::string(technique_name(c.technique))}});
  }
  ojson debrief = {{"ending", std::string(ending_name(d->ending))},
                   {"ending_node", s.nodes[d->ending_node].id},
                   {"stuck", d->stuck},
                   {"summary", d->summary},
                   {"score", d->score.total},
                   {"pass_percent", d->score.pass_percent},
                   {"passed", d->score.passed},
                   {"blockers", d->score.blockers},
                   {"failed_gates", d->score.failed_gates},
                   {"target_ending", std::string(ending_name(d->score.target))},
                   {"rubric", std::move(rubric)},
                   {"ideal_path", std::move(ideal)}};
  debrief["replay_from"] = d->replay_from ? ojson(*d->replay_from) : ojson(nullptr);
  out["debrief"] = std::move(debrief);
  return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] restore

RestoredRun restore_run(const Scenario& scenario, const nlohmann::json& t) {
  RestoredRun result;
  if (!t.is_object()) {
    result.error = "a transcript is a JSON object";
    return result;
  }
  const auto format = t.find("format");
  if (format == t.end() || !format->is_number_integer() || format->get<std::int64_t>() != kTranscriptFormat) {
    result.error = "not a role-play transcript of format " + std::to_string(kTranscriptFormat);
    return result;
  }
  const auto id = t.find("scenario");
  if (id == t.end() || !id->is_string() || id->get_ref<const std::string&>() != scenario.id) {
    result.error = "the transcript is not of the scenario '" + scenario.id + "'";
    return result;
  }
  RunOptions options;
  if (const auto o = t.find("options"); o != t.end() && o->is_object()) {
    if (const auto sh = o->find("shuffle"); sh != o->end() && sh->is_boolean()) options.shuffle = sh->get<bool>();
    if (const auto seed = o->find("seed"); seed != o->end() && seed->is_number_unsigned()) {
      options.seed = seed->get<std::uint64_t>();
    } else if (seed != o->end() && seed->is_number_integer() && seed->get<std::int64_t>() >= 0) {
      options.seed = static_cast<std::uint64_t>(seed->get<std::int64_t>());
    }
  }
  const auto choices = t.find("choices");
  if (choices == t.end() || !choices->is_array() || choices->size() > scenario.nodes.size()) {
    result.error = "'choices' must be the list of choices made";
    return result;
  }
  std::vector<std::size_t> path;
  for (const auto& c : *choices) {
    // Unsigned once parsed from text, signed when built in code: accept both.
    const bool in_range = c.is_number_unsigned() ? c.get<std::uint64_t>() < kMaxChoices
                                                 : c.is_number_integer() && c.get<std::int64_t>() >= 0 &&
                                                       c.get<std::int64_t>() < static_cast<std::int64_t>(kMaxChoices);
    if (!in_range) {
      result.error = "each choice is a whole number from 0 to " + std::to_string(kMaxChoices - 1);
      return result;
    }
    path.push_back(static_cast<std::size_t>(c.get<std::uint64_t>()));
  }
  result.run = replay(scenario, path, options);
  if (!result.run) result.error = "these choices do not make a path through the scenario (was it changed?)";
  return result;
}

}  // namespace dealdojo::roleplay
