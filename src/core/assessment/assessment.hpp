#pragma once
// A capability-maturity self-assessment carried by a content pack (FORMAT.md,
// "Self-assessments"), and a learner's ratings against it. The assessment itself
// is pack content (content/assessment_section.hpp); this module rates, reads
// ratings files and reports (assessment_reader.hpp, assessment_report.hpp).
#include <map>
#include <string>

#include "core/content/assessment_section.hpp"

namespace dealdojo::assessment {

using content::Assessment;
using content::Capability;
using content::is_level;
using content::kLevelCount;
using content::kMaxLevel;
using content::kMinLevel;
using content::ScaleLevel;

// A learner's ratings: capability id -> level 1–5. A capability not in the map is
// unrated.
using Ratings = std::map<std::string, int, std::less<>>;

}  // namespace dealdojo::assessment
