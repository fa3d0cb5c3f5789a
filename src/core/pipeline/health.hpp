#pragma once
// A pipeline health check in the guide's terms, each finding with its reason in
// numbers:
//   top-heavy     many deals enter, too few reach the final stages
//   bottom-heavy  deals close, but too few new ones enter at the top
//   stalled stage half or more of a stage's deals have sat there longer than
//                 the pipeline's stalled_after_days
//   thin coverage the open pipeline closing in the period is less than the quota left
//   too few deals fewer than kMinDealsForShape open deals: no shape to judge
// The shape is judged against the preset's conversions: with a steady flow, each
// stage holds about the previous stage's deals times its conversion, so the later
// half of the open stages should hold about expected_late_share of the earlier half.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/pipeline/metrics.hpp"
#include "core/pipeline/pipeline.hpp"

namespace dealdojo::pipeline {

enum class HealthKind { TopHeavy, BottomHeavy, StalledStage, ThinCoverage, TooFewDeals };
std::string_view health_kind_key(HealthKind kind);  // "top_heavy", "bottom_heavy", "stalled_stage", ...

inline constexpr std::size_t kMinDealsForShape = 6;
// Top-heavy below half the expected late-stage deals; bottom-heavy above twice.
inline constexpr double kShapeTolerance = 2.0;

struct HealthFinding {
  HealthKind kind = HealthKind::TooFewDeals;
  std::optional<std::size_t> stage;  // the stage concerned (stalled stage)
  std::string title;                 // "Top-heavy"
  std::string reason;                // the numbers behind it and what to do
};

struct HealthShape {
  std::size_t early_stages = 0;  // the first half of the open stages
  std::size_t early_deals = 0;
  std::size_t late_deals = 0;
  double expected_late_share = 0;  // late deals expected per early deal
};

struct HealthReport {
  bool healthy = true;
  std::string summary;  // one sentence
  HealthShape shape;
  std::vector<HealthFinding> findings;  // empty when healthy
};

// The late-per-early share the conversions imply (see above) for `early_stages`.
double expected_late_share(const PipelinePreset& preset, std::size_t early_stages);

HealthReport diagnose_health(const Pipeline& pipeline, const PipelineMetrics& metrics);
HealthReport diagnose_health(const Pipeline& pipeline);

}  // namespace dealdojo::pipeline
