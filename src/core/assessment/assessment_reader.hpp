#pragma once
// Reads a learner's ratings against a pack's self-assessment, with a diagnostic
// for every problem: file, JSON Pointer, plain words. (The self-assessments
// themselves are read with the pack: content/assessment_reader.cpp.)
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/content/diagnostic.hpp"
#include "core/content/json_reader.hpp"

namespace dealdojo::assessment {

struct RatingsResult {
  Ratings ratings;
  std::vector<content::Diagnostic> diagnostics;  // errors make the ratings unusable
  bool ok() const { return !content::has_errors(diagnostics); }
};

// A ratings file: {"assessment": "capability-maturity", "ratings": {"forecasting-approach": 3, ...}}.
// "assessment" is optional (it must match when present); a rating of null is unrated.
// Unknown capability ids are errors, so a typo never goes unnoticed.
RatingsResult read_ratings(std::string_view json_text, std::string_view file, const Assessment& assessment);

}  // namespace dealdojo::assessment
