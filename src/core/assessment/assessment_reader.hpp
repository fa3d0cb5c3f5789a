#pragma once
// Reads the "assessments" section of a content pack (FORMAT.md, "Self-assessments")
// with a diagnostic for every problem: file, JSON Pointer, plain words.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/content/diagnostic.hpp"
#include "core/content/json_reader.hpp"

namespace dealdojo::assessment {

// One assessment at `pointer`. An assessment with errors is still returned (with
// what could be read) so that duplicate ids across files are found; nullopt only
// when it is not an object. The caller knows an error happened from the sink.
std::optional<Assessment> read_assessment(content::JsonView item, const std::string& pointer,
                                          content::ReadContext& ctx);

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
