#pragma once
// The self-assessment report: given a learner's ratings, each capability's gap to
// the minimum and recommended levels, its status, the best practices that close
// the gap, a summary per area, and the order to work in.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/assessment/assessment.hpp"

namespace dealdojo::assessment {

enum class Status { BelowMinimum, AtMinimum, AtRecommended, Unrated };

std::string_view status_name(Status status);   // "below_minimum", "at_minimum", "at_recommended", "unrated"
std::string_view status_label(Status status);  // "Below minimum", "At minimum", "At or above recommended", "Not rated"
Status status_of(const Capability& capability, std::optional<int> rating);

struct CapabilityResult {
  const Capability* capability = nullptr;  // points into the assessment
  std::optional<int> rating;               // nullopt: unrated
  Status status = Status::Unrated;
  int gap_to_minimum = 0;      // levels to climb to reach the minimum (0 when there or unrated)
  int gap_to_recommended = 0;  // levels to climb to reach the recommended level
  // The practices to work on: the capability's best practices while it is below
  // its recommended level, none once it is there (or while it is unrated).
  std::vector<std::string> practices;
};

struct StatusCounts {
  int capabilities = 0;
  int rated = 0;
  int below_minimum = 0;
  int at_minimum = 0;
  int at_recommended = 0;
  int unrated = 0;
  int gap_to_minimum = 0;      // sum over the capabilities
  int gap_to_recommended = 0;  // sum over the capabilities
};

struct AreaSummary {
  std::string area;
  StatusCounts counts;
};

struct Report {
  const Assessment* assessment = nullptr;
  // Priority order: below minimum (largest gap to the minimum first), then at
  // minimum (largest gap to the recommended level first), then unrated, then those
  // at or above the recommended level; ties keep the assessment's order.
  std::vector<CapabilityResult> items;
  std::vector<AreaSummary> areas;  // in the assessment's area order
  StatusCounts totals;

  const CapabilityResult* find(std::string_view capability_id) const;
};

// Ratings for unknown capabilities or outside 1–5 are ignored (read_ratings
// reports them); the report is a pure function of its inputs.
Report build_report(const Assessment& assessment, const Ratings& ratings);

std::string report_to_text(const Report& report);
nlohmann::ordered_json report_to_json(const Report& report);
nlohmann::ordered_json ratings_to_json(const Assessment& assessment, const Ratings& ratings);

}  // namespace dealdojo::assessment
