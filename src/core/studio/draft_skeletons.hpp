#pragma once
// What the studio's "add" buttons put into a draft: the smallest pipeline preset,
// stage, self-assessment and capability that the format accepts (content/FORMAT.md
// sections 6 and 16), with placeholder texts for the trainer to replace. Ids are
// made unique against the ids already taken where the new item goes.
#include <span>
#include <string>
#include <string_view>

#include "core/studio/draft.hpp"

namespace dealdojo::studio {

// Added to a stage that gains a next stage and has no conversion yet.
inline constexpr double kDefaultConversion = 0.5;

// A preset of two stages, an open one and a closed one. `taken_ids`: the pack's preset ids.
Json new_preset(std::span<const std::string> taken_ids);
// A stage with a conversion (the caller's fit_conversions() drops it when the stage
// ends up last). `taken_ids`: the preset's stage ids; `probability` is usually the
// stage before it's, so the probabilities do not fall.
Json new_stage(std::span<const std::string> taken_ids, int probability);
// A stage list whose conversions fit their places: every stage but the last has
// one (kDefaultConversion where it had none), the last has none (the format ignores
// it there with a warning). For a list whose order or length just changed.
Json fit_conversions(Json stages);

// An assessment with the five standard levels and one capability.
// `taken_ids`: the pack's assessment ids.
Json new_assessment(std::span<const std::string> taken_ids);
// A capability in `area` (the selected one's, so it joins that group), every level
// described, minimum 3, recommended 4, one best practice; no source (a warning asks
// for one). `taken_ids`: the assessment's capability ids.
Json new_capability(std::span<const std::string> taken_ids, std::string_view area);

}  // namespace dealdojo::studio
