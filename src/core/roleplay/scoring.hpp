#pragma once
// Scoring a conversation out of 100, with the rubric that explains it.
//
//   Right move at each step     50  the average of the step grades
//                                   (best 100 %, good 70 %, weak 30 %, poor 0 %)
//   Tactics in the right order  30  the share of applicable criteria met:
//                                   Cushion, Clarify and Cross-Check before the
//                                   first Reply; a Trial Commitment after the last
//                                   Reply (before asking for the decision); every
//                                   commitment method fits the moment; questions
//                                   before presenting; no anti-patterns; each of
//                                   the scenario's required techniques used
//   Outcome                     20  the ending reached against the scenario's best
//                                   (committed 100, next step 75, stalled 35, lost 0)
//
// Each line is rounded down, so only a flawless run scores 100. A run passes when
// it clears three gates: the score reaches the scenario's pass mark (70 unless it
// says otherwise), the conversation reaches the scenario's target ending (the best
// ending kind, which its ideal path reaches), and no blocker was used. The points
// do not depend on the gates, so scores stay comparable with earlier versions.
// Everything here is a pure function of the steps taken, so a replayed run
// scores the same.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {

inline constexpr int kMovesPoints = 50;
inline constexpr int kTacticsPoints = 30;
inline constexpr int kOutcomePoints = 20;

// One decision as the scorer needs it.
struct TakenStep {
  std::size_t node = 0;
  std::size_t choice = 0;          // authored index in the node
  std::vector<int> values_before;  // the variables when the choice was made
};

enum class CriterionStatus { Met, Missed, NotApplicable };
std::string_view criterion_status_name(CriterionStatus status);  // "met", "missed", "n/a"

struct Criterion {
  std::string id;     // "cushion-before-reply", "commitment-fits", "required:clarify", ...
  std::string label;  // "Cushion before the Reply"
  CriterionStatus status = CriterionStatus::NotApplicable;
  std::string detail;               // why, in a sentence
  std::optional<std::size_t> step;  // the step that shows it, when there is one
};

struct RubricLine {
  std::string id;     // "moves", "tactics", "outcome"
  std::string label;  // "Right move at each step"
  int points = 0;
  int max = 0;
  std::string detail;
  std::vector<Criterion> criteria;  // tactics only
};

struct Score {
  int total = 0;  // 0..100, the sum of the rubric lines
  int pass_percent = kDefaultPassPercent;
  bool passed = false;
  EndingKind reached = EndingKind::Stalled;  // how the conversation ended
  EndingKind target = EndingKind::Committed;  // the ending a pass needs
  std::vector<RubricLine> rubric;
  std::vector<std::string> blockers;      // "Step 3: ..." for each blocker move
  std::vector<std::string> failed_gates;  // why it did not pass, one sentence per gate; empty when passed
};

// The order-of-tactics criteria and the notes each step earns (one list per
// step: "Reply before Cushion: ..."). Notes for step i depend only on steps
// 0..i, so a live run can show them as they happen. With `finished` false, a
// Reply still waiting for its Trial Commitment is not yet a miss.
struct SequenceResult {
  std::vector<Criterion> criteria;
  std::vector<std::vector<std::string>> notes;
};
SequenceResult evaluate_sequence(const Scenario& scenario, std::span<const TakenStep> steps, bool finished);

// The score of a finished run that ended at `ending_node` (nullopt when the run
// got stuck at a node with nothing to offer: scored as stalled).
Score score_run(const Scenario& scenario, std::span<const TakenStep> steps, std::optional<std::size_t> ending_node);

}  // namespace dealdojo::roleplay
