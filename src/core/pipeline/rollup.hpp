#pragma once
// A forecast rollup for a period: the deals closing in it summed by forecast
// category, then the cumulative forecast numbers a rep calls in:
//   Closed     won deals with a close date in the period
//   Commit     = Closed + deals in Commit
//   Best case  = Commit + deals in Best Case
//   Pipeline   = Best case + deals in Pipeline (everything open that could close)
// Omitted deals are counted but never added to a forecast; lost deals are left out.
// Open deals count by their expected close date, so the rollup is "what is
// expected to close in the period".
#include <array>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.hpp"

namespace dealdojo::pipeline {

inline constexpr std::size_t kCategoryCount = 5;

struct CategoryTotal {
  ForecastCategory category = ForecastCategory::Pipeline;
  std::size_t deals = 0;
  Money amount;
};
using CategoryTotals = std::array<CategoryTotal, kCategoryCount>;  // indexed by ForecastCategory

struct ForecastNumbers {
  Money closed;
  Money commit;     // closed + commit
  Money best_case;  // commit + best case
  Money pipeline;   // best case + pipeline
};

struct OwnerRollup {
  std::string owner;  // "" for deals without an owner
  CategoryTotals by_category;
  ForecastNumbers forecast;
};

struct ForecastRollup {
  Period period;
  CategoryTotals by_category;
  ForecastNumbers forecast;
  std::vector<OwnerRollup> by_owner;  // sorted by owner
  std::vector<std::string> working;   // "Commit = Closed + Commit = 120,000 + 80,000 = 200,000"

  const CategoryTotal& total(ForecastCategory category) const {
    return by_category[static_cast<std::size_t>(category)];
  }
};

ForecastRollup rollup_forecast(const Pipeline& pipeline, const Period& period);
inline ForecastRollup rollup_forecast(const Pipeline& pipeline) { return rollup_forecast(pipeline, pipeline.period); }

// "Closed", "Commit", "Best Case", "Pipeline", "Omitted": the names a CRM shows.
std::string_view category_title(ForecastCategory category);

}  // namespace dealdojo::pipeline
