#pragma once
// The end-of-run debrief: the ending, the score with its rubric, each step
// graded (with the better move when there was one), the ideal path, and the
// step to replay from. Built from a finished Run; plain data for the UI.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/roleplay/check.hpp"
#include "core/roleplay/run.hpp"
#include "core/roleplay/scoring.hpp"

namespace dealdojo::roleplay {

struct GradedStep {
  std::size_t step = 0;
  std::size_t node = 0;
  std::size_t choice = 0;  // authored index
  Technique technique = Technique::Connect;
  Grade grade = Grade::Good;
  std::vector<std::string> notes;     // order-of-tactics notes at this step
  std::optional<std::size_t> better;  // a best-graded choice that was on offer, when this was not one
};

struct Debrief {
  EndingKind ending = EndingKind::Stalled;
  bool stuck = false;          // the run stopped at a node with nothing on offer (a scenario error)
  std::size_t ending_node = 0;
  std::string summary;         // the ending's debrief text
  Score score;
  std::vector<GradedStep> steps;
  std::vector<PathStep> ideal_path;       // best-graded choices from the start
  std::optional<std::size_t> ideal_ending;
  std::optional<std::size_t> replay_from;  // the first step that was not a best move
};

// nullopt until the run is finished.
std::optional<Debrief> make_debrief(const Run& run);

}  // namespace dealdojo::roleplay
