#pragma once
// A run written out: as plain text for people (the CLI prints the same pieces
// as it plays) and as JSON for machines. The JSON holds the scenario id, the
// display options and the choices made, so restore_run() rebuilds the exact
// run from it.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/roleplay/debrief.hpp"
#include "core/roleplay/run.hpp"

namespace dealdojo::roleplay {

inline constexpr int kTranscriptFormat = 1;

// "trust 35 -> 45, resistance 70 -> 60" (changed variables only; empty if none).
std::string describe_changes(const Run& run, const Step& step);
// The lines shown after a choice: technique, verdict, notes and changes, each
// line starting with `indent`.
std::string format_step_feedback(const Run& run, std::size_t step, std::string_view indent = "  ");
// The debrief: ending, score and rubric, graded steps, ideal path, replay hint.
std::string format_debrief(const Run& run, const Debrief& debrief);
// Briefing, then the whole conversation with feedback, then the debrief if finished.
std::string transcript_text(const Run& run);

// {"format": 1, "scenario": ..., "options": {...}, "choices": [...], "entries": [...],
//  "steps": [...], "finished": ..., "debrief": {...}}
nlohmann::ordered_json transcript_json(const Run& run);

struct RestoredRun {
  std::optional<Run> run;
  std::string error;  // why the JSON is not a transcript of this scenario
};
RestoredRun restore_run(const Scenario& scenario, const nlohmann::json& transcript);

}  // namespace dealdojo::roleplay
