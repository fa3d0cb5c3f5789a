#include "core/pipeline/health.hpp"

#include "core/pipeline/pipeline_text.hpp"
#include "core/util/text.hpp"

namespace dealdojo::pipeline {

namespace {

std::string deals_text(std::size_t n) { return text::count_noun(static_cast<std::int64_t>(n), "deal", "deals"); }

// "the first 3 stages (Prospecting to Sales call/demo)"
std::string stage_span(const PipelinePreset& preset, std::string_view which, std::size_t from, std::size_t to) {
  const std::size_t count = to - from;
  if (count == 1) return "the " + std::string(which) + " stage (" + preset.stages[from].name + ")";
  return "the " + std::string(which) + " " + std::to_string(count) + " stages (" + preset.stages[from].name + " to " +
         preset.stages[to - 1].name + ")";
}

void check_shape(const Pipeline& p, const PipelineMetrics& m, HealthReport& report) {
  const std::size_t open_stages = m.funnel.size();
  HealthShape& shape = report.shape;
  shape.early_stages = open_stages / 2;
  for (const StageFunnel& bar : m.funnel) {
    (bar.stage < shape.early_stages ? shape.early_deals : shape.late_deals) += bar.open_deals;
  }
  shape.expected_late_share = expected_late_share(p.preset, shape.early_stages);
  if (m.open_deals < kMinDealsForShape) {
    report.findings.push_back(
        {HealthKind::TooFewDeals, std::nullopt, "Too few deals",
         "Only " + deals_text(m.open_deals) + " open: too few to judge the pipeline's shape, and too few to rely on. "
         "Fill the top of the pipeline: prospect and qualify new leads."});
    return;
  }
  if (shape.expected_late_share <= 0.0) return;  // a conversion of 0: no deal is expected late
  const std::string early = stage_span(p.preset, "first", 0, shape.early_stages);
  const std::string late = stage_span(p.preset, "last", shape.early_stages, open_stages);
  const double expected_late = static_cast<double>(shape.early_deals) * shape.expected_late_share;
  const std::string ratio = format_decimal(shape.expected_late_share, 3);
  if (static_cast<double>(shape.late_deals) * kShapeTolerance < expected_late) {
    report.findings.push_back(
        {HealthKind::TopHeavy, std::nullopt, "Top-heavy",
         std::to_string(shape.early_deals) + " open deals are in " + early + " but only " +
             std::to_string(shape.late_deals) + " in " + late + "; with these stage conversions about " +
             format_decimal(expected_late, 1) + " would be expected (" + std::to_string(shape.early_deals) + " × " +
             ratio + "). Deals come in but do not reach the final stages: check them against the exit criteria "
             "of the stage where they stop, and qualify out the ones that will not buy."});
  } else if (static_cast<double>(shape.late_deals) > kShapeTolerance * expected_late) {
    const double early_needed = static_cast<double>(shape.late_deals) / shape.expected_late_share;
    report.findings.push_back(
        {HealthKind::BottomHeavy, std::nullopt, "Bottom-heavy",
         "Only " + std::to_string(shape.early_deals) + " open deals are in " + early + " for " +
             std::to_string(shape.late_deals) + " in " + late + "; keeping that many deals closing takes about " +
             format_decimal(early_needed, 0) + " early deals (" + std::to_string(shape.late_deals) + " ÷ " + ratio +
             "). Deals are closing, but too few new ones are entering: spend more time prospecting."});
  }
}

void check_stalls(const Pipeline& p, const PipelineMetrics& m, HealthReport& report) {
  for (const StageFunnel& bar : m.funnel) {
    if (bar.stalled_deals == 0 || bar.stalled_deals * 2 < bar.open_deals) continue;
    const Deal* longest = nullptr;
    for (const Deal& d : p.deals) {
      if (d.stage != bar.stage || !in_pipeline(p, d)) continue;
      if (!longest || days_in_stage(p, d) > days_in_stage(p, *longest)) longest = &d;
    }
    const std::string& stage = p.preset.stages[bar.stage].name;
    report.findings.push_back(
        {HealthKind::StalledStage, bar.stage, "Stalled stage: " + stage,
         std::to_string(bar.stalled_deals) + " of " + deals_text(bar.open_deals) + " in " + stage +
             (bar.stalled_deals == 1 ? " has" : " have") + " been there more than " + format_days(p.stalled_after_days) + " (longest: " +
             display_name(*longest) + ", " + format_days(days_in_stage(p, *longest)) +
             "). Check each against the exit criteria of " + stage + ": move it on, or close it as lost."});
  }
}

void check_coverage(const PipelineMetrics& m, HealthReport& report) {
  if (!m.coverage || *m.coverage >= 1.0) return;
  const Money gap = Money::from_cents(m.remaining_quota.cents() - m.pipeline_in_period.cents());
  report.findings.push_back(
      {HealthKind::ThinCoverage, std::nullopt, "Thin coverage",
       "The open pipeline closing in the period (" + util::format_money(m.pipeline_in_period) +
           ") is less than the quota still to book (" + util::format_money(m.remaining_quota) +
           "): even winning every deal would miss by " + util::format_money(gap) + ". Coverage is " +
           format_multiple(*m.coverage) + "; add deals that can close in the period."});
}

}  // namespace

std::string_view health_kind_key(HealthKind kind) {
  switch (kind) {
    case HealthKind::TopHeavy: return "top_heavy";
    case HealthKind::BottomHeavy: return "bottom_heavy";
    case HealthKind::StalledStage: return "stalled_stage";
    case HealthKind::ThinCoverage: return "thin_coverage";
    case HealthKind::TooFewDeals: return "too_few_deals";
  }
  return "too_few_deals";
}

double expected_late_share(const PipelinePreset& preset, std::size_t early_stages) {
  const std::size_t open_stages = open_stage_count(preset);
  double weight = 1.0, early = 0.0, late = 0.0;
  for (std::size_t i = 0; i < open_stages; ++i) {
    (i < early_stages ? early : late) += weight;
    weight *= preset.stages[i].conversion;
  }
  return early > 0.0 ? late / early : 0.0;
}

HealthReport diagnose_health(const Pipeline& pipeline, const PipelineMetrics& metrics) {
  HealthReport report;
  check_shape(pipeline, metrics, report);
  check_stalls(pipeline, metrics, report);
  check_coverage(metrics, report);
  report.healthy = report.findings.empty();
  if (report.healthy) {
    report.summary = "Healthy: " + std::to_string(report.shape.early_deals) + " deals in the early stages and " +
                     std::to_string(report.shape.late_deals) + " in the late ones (about " +
                     format_decimal(static_cast<double>(report.shape.early_deals) * report.shape.expected_late_share, 1) +
                     " expected), no stalled stage, and enough pipeline for the quota.";
  } else {
    report.summary = "Needs attention: ";
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
      report.summary += (i == 0 ? "" : "; ") + report.findings[i].title;
    }
    report.summary += ".";
  }
  return report;
}

HealthReport diagnose_health(const Pipeline& pipeline) { return diagnose_health(pipeline, compute_metrics(pipeline)); }

}  // namespace dealdojo::pipeline
