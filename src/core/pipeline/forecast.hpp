#pragma once
// A Monte Carlo forecast of the bookings in the pipeline's period. Each trial
// samples every open deal once:
//   win     with its win chance: its own probability, else its stage's (or the
//           chance its stage's conversions imply), times win_factor_per_push for
//           each past push of its close date and stalled_win_factor when it has
//           sat in its stage longer than the pipeline's stalled_after_days;
//   timing  closing on its expected date (today's date if that has passed), or,
//           with slip_chance + slip_chance_per_push × pushes, 1 to max_slip_days
//           days later (uniformly);
// and books its amount when it is won and closes inside the period. Won deals that
// already closed in the period are booked in every trial. The trials give the
// distribution of bookings: P10/P50/P90 (nearest rank), the mean, and the chance
// of reaching the quota. The closed-form mean, Σ amount × win × P(closes in the
// period), is computed alongside, so the simulation can be checked against it.
//
// Deterministic: the same pipeline, settings and seed give the same result on
// every platform (SplitMix64 and no std distributions), however the trials are
// sliced. Work in slices for the UI: start_forecast(), then run.step(n) once per
// frame until run.done(), showing run.progress(); run.result() at any time gives
// the distribution of the trials so far.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.hpp"
#include "core/util/field_errors.hpp"
#include "core/util/random.hpp"

namespace dealdojo::pipeline {

inline constexpr std::int64_t kMaxTrials = 1'000'000;

enum class WinChanceSource {
  StageProbability,  // the stage's probability (as the weighted pipeline uses)
  StageConversion,   // the product of the conversions from the stage to the won stage
};

struct ForecastSettings {
  std::int64_t trials = 10'000;
  std::uint64_t seed = 1;
  WinChanceSource source = WinChanceSource::StageProbability;
  double slip_chance = 0.2;           // an open deal closes after its expected date
  double slip_chance_per_push = 0.1;  // added for each past push of the close date
  int max_slip_days = 60;             // a slip lasts 1..max_slip_days days
  double win_factor_per_push = 0.9;   // own history: the win chance × this per push
  double stalled_win_factor = 0.75;   // own history: × this when stalled in its stage
  int histogram_bins = 30;
};

// The settings' JSON Pointers, for their field errors.
namespace forecast_field {
inline constexpr std::string_view kTrials = "/trials";
inline constexpr std::string_view kSlipChance = "/slip_chance";
inline constexpr std::string_view kSlipChancePerPush = "/slip_chance_per_push";
inline constexpr std::string_view kMaxSlipDays = "/max_slip_days";
inline constexpr std::string_view kWinFactorPerPush = "/win_factor_per_push";
inline constexpr std::string_view kStalledWinFactor = "/stalled_win_factor";
inline constexpr std::string_view kHistogramBins = "/histogram_bins";
}  // namespace forecast_field

util::FieldErrors check_forecast_settings(const ForecastSettings& settings);

// One open deal's odds under the model, for showing how the forecast was built.
struct DealOdds {
  std::size_t deal = 0;     // index into the pipeline's deals
  double win = 0;           // after the history factors
  double slip = 0;
  double in_period = 0;     // chance to close inside the period, if won
  double expected_units = 0;  // amount × win × in_period
};

struct HistogramBin {
  std::int64_t low_units = 0;   // inclusive
  std::int64_t high_units = 0;  // exclusive
  std::int64_t trials = 0;
};

// Bookings are whole currency units (rounded half-up from the exact cents).
struct ForecastResult {
  std::int64_t trials = 0;
  std::int64_t quota_units = 0;
  std::int64_t booked_units = 0;   // already won in the period: in every trial
  double expected_units = 0;       // closed form: booked + Σ amount × win × in_period
  double mean_units = 0;           // over the trials
  double std_dev_units = 0;
  std::int64_t min_units = 0, p10_units = 0, p50_units = 0, p90_units = 0, max_units = 0;
  std::int64_t trials_reaching_quota = 0;
  double quota_probability = 0;    // trials_reaching_quota ÷ trials
  std::vector<HistogramBin> histogram;
  std::vector<std::string> explanation;  // how the numbers were made, for the panel
};

struct ForecastStart;

class ForecastRun {
 public:
  // Runs up to `max_trials` more trials; returns how many ran (0 once done).
  std::int64_t step(std::int64_t max_trials);
  bool done() const { return trials_done() >= m_trials; }
  double progress() const { return static_cast<double>(trials_done()) / static_cast<double>(m_trials); }
  std::int64_t trials_done() const { return static_cast<std::int64_t>(m_totals.size()); }
  std::int64_t trials_total() const { return m_trials; }
  // Deals sampled per trial: open deals with a chance to book in the period.
  std::size_t sampled_deals() const { return m_deals.size(); }
  std::int64_t deal_trials_done() const { return trials_done() * static_cast<std::int64_t>(m_deals.size()); }
  const std::vector<DealOdds>& odds() const { return m_odds; }
  // Trials that make about `deal_trials` deal-trials, at least 1: a frame's slice.
  // Measured: about 100 million deal-trials a second in the browser (native a
  // little more), so 1,000,000 keeps a slice near 10 ms.
  std::int64_t trials_for(std::int64_t deal_trials) const {
    return std::max<std::int64_t>(1, deal_trials / std::max<std::int64_t>(1, static_cast<std::int64_t>(m_deals.size())));
  }

  // The distribution of the trials run so far (O(trials): call it when done, or
  // now and then while running, not every frame).
  ForecastResult result() const;

 private:
  friend ForecastStart start_forecast(const Pipeline& pipeline, const ForecastSettings& settings);
  struct Sampled {
    std::int64_t cents;
    double win;
    double slip;
    std::int32_t lo;  // a deal counts when its delay in days is within [lo, hi]
    std::int32_t hi;
  };
  ForecastRun(const Pipeline& pipeline, const ForecastSettings& settings);

  std::vector<Sampled> m_deals;
  std::vector<DealOdds> m_odds;
  std::vector<std::int64_t> m_totals;  // bookings in cents, one per trial run
  Rng m_rng;
  std::int64_t m_trials;
  std::int64_t m_booked_cents = 0;
  std::int64_t m_quota_cents = 0;
  double m_expected_cents = 0;
  std::uint32_t m_max_slip_days;
  int m_bins;
};

struct ForecastStart {
  util::FieldErrors errors;
  std::optional<ForecastRun> run;  // set when the settings are valid

  bool ok() const { return run.has_value(); }
};

// `pipeline` must have passed check_pipeline(); the run keeps its own copy of what
// it needs, so the pipeline may change while it runs.
ForecastStart start_forecast(const Pipeline& pipeline, const ForecastSettings& settings);

struct ForecastOutcome {
  util::FieldErrors errors;
  ForecastResult result;

  bool ok() const { return errors.empty(); }
};

// Every trial at once (the CLI, tests).
ForecastOutcome run_forecast(const Pipeline& pipeline, const ForecastSettings& settings);

}  // namespace dealdojo::pipeline
