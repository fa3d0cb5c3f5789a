#pragma once
// The pipeline metrics of the sales guide, each with its formula in words and the
// working with this pipeline's numbers, so a learner sees how it was reached:
//
//   Pipeline value       = Σ amount of open deals (omitted deals left out)
//   Weighted pipeline    = Σ amount × win probability of open deals
//   Stage conversion     = deals that moved past a stage ÷ deals that left it (moved on or lost there)
//   Win rate             = deals won ÷ deals closed (won + lost)
//   Average deal size    = amount won ÷ deals won
//   Sales cycle length   = average days from creation to close of the deals won
//   Sales velocity       = opportunities × win rate × average deal size ÷ sales cycle length (per day)
//   Pipeline coverage    = open pipeline closing in the period ÷ quota still to book
//   Opportunities needed = deals needed ÷ win rate (500 deals at 10% → 5,000)
//
// History metrics (win rate, deal size, cycle, conversion) use every closed deal in
// the pipeline. Amounts are exact to the cent, except velocity (a rate, rounded to
// the cent once).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.hpp"

namespace dealdojo::pipeline {

// One line of the metric panel: the value, the formula (shown on hover) and the
// working with the numbers, or why the metric cannot be computed.
struct MetricLine {
  std::string key;      // "sales_velocity": stable, for JSON and UI ids
  std::string name;     // "Sales velocity"
  bool available = false;
  std::string value;    // "2,000 per day"; "n/a" when not available
  std::string formula;  // "Sales velocity = opportunities × win rate × average deal size ÷ sales cycle length"
  std::string working;  // "= 40 × 25% × 12,000 ÷ 60 days = 2,000 per day", or the reason it is n/a
};

// Open deals at one stage: a bar of the funnel and a column of the board.
struct StageFunnel {
  std::size_t stage = 0;
  std::size_t open_deals = 0;
  Money open_value;
  Money weighted_value;
  std::size_t stalled_deals = 0;
};

// From `from_stage` into the next stage, measured from the deals' history.
struct StageConversion {
  std::size_t from_stage = 0;
  std::size_t moved_on = 0;   // deals now past the stage (open further on, lost further on, or won)
  std::size_t lost_here = 0;  // deals lost at the stage
  std::optional<double> measured;  // moved_on ÷ (moved_on + lost_here); none when no deal has left the stage
  double configured = 1.0;         // the preset's conversion for the stage
  std::string working;  // "Proposal → Negotiation and commitment: 6 ÷ (6 + 4) = 60% (preset 60%)"
};

struct PipelineMetrics {
  std::size_t open_deals = 0;  // in the pipeline: open and not omitted
  std::size_t won_deals = 0;
  std::size_t lost_deals = 0;
  Money pipeline_value;
  Money weighted_pipeline;
  std::vector<StageFunnel> funnel;           // one per open stage, in order
  std::vector<StageConversion> conversions;  // one per open stage, into the next
  std::optional<double> win_rate;
  std::optional<Money> average_deal_size;
  std::optional<double> sales_cycle_days;
  std::optional<Money> sales_velocity_per_day;
  Money booked_in_period;    // won deals closed in the period
  Money pipeline_in_period;  // open pipeline expected to close in the period
  Money remaining_quota;     // quota - booked, at least 0
  std::optional<double> coverage;
  std::optional<std::int64_t> deals_needed;
  std::optional<std::int64_t> opportunities_needed;
  std::vector<MetricLine> lines;  // the panel, in order

  const MetricLine* line(std::string_view key) const;
};

PipelineMetrics compute_metrics(const Pipeline& pipeline);

// Opportunities to have in the pipeline to win `target_deals` at a conversion of
// `basis_points` (hundredths of a percent; 10% = 1000), rounded up: 500 at 10%
// -> 5,000. Nullopt for a conversion of 0 or out of 1..10000, or a negative target.
std::optional<std::int64_t> opportunities_needed(std::int64_t target_deals, int basis_points);
MetricLine opportunities_needed_line(std::int64_t target_deals, int basis_points);

}  // namespace dealdojo::pipeline
