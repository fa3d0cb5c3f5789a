#pragma once
// Checks that a learner who knows nothing of selling cannot read the best move
// off the text, and that the best move is really the best (content/FORMAT.md 7.8):
//
//   longest line     warning  the best line is the strictly longest at more than
//                             40% of the decision points
//   good beats best  error    from some reachable state a choice not graded best
//                             reaches a better ending kind than the best choice can
//   label names it   warning  the title names a technique of the ideal path, or a
//                             buyer line names the technique of that point's best line
//   mood vs numbers  warning  a node's mood is 3 or more steps from what trust and
//                             resistance imply on some path that reaches it
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/content/diagnostic.hpp"
#include "core/roleplay/check.hpp"
#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {

inline constexpr int kMaxLongestBestPercent = 40;
inline constexpr int kMoodContradictionSteps = 3;

// Requires a scenario without cycles; `ideal` is the ideal path when there is one.
void check_cues(const Scenario& scenario, const std::optional<IdealPath>& ideal, content::DiagnosticSink& sink);

// A decision point whose best line is strictly longer than every other line
// (endings and points with one choice: false).
bool best_line_is_longest(const Node& node);

// Lowercase words joined by single spaces, hyphens read as spaces, padded with a
// space at each end: " next step ". Phrases are found whole in it.
std::string normalized_words(std::string_view text);

}  // namespace dealdojo::roleplay
