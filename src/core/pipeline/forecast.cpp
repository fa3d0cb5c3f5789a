// The Monte Carlo forecast: the per-deal model, the trial loop, and the summary.
//
// [SECTION] settings  [SECTION] deal model  [SECTION] trials  [SECTION] summary
#include "core/pipeline/forecast.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "core/pipeline/pipeline_text.hpp"
#include "core/util/text.hpp"

namespace dealdojo::pipeline {

namespace {

std::int64_t units(std::int64_t cents) { return whole_units_rounded(Money::from_cents(cents)); }

void check_share(double value, std::string_view field, std::string_view label, util::FieldErrors& errors) {
  if (!(value >= 0.0 && value <= 1.0)) {  // also refuses NaN
    util::add_field_error(errors, field, std::string(label) + " must be from 0 to 1.");
  }
}

}  // namespace

// [SECTION] settings -----------------------------------------------------------

util::FieldErrors check_forecast_settings(const ForecastSettings& s) {
  util::FieldErrors errors;
  if (s.trials < 1 || s.trials > kMaxTrials) {
    util::add_field_error(errors, forecast_field::kTrials,
                    "Choose from 1 to " + text::with_thousands(kMaxTrials) + " trials.");
  }
  check_share(s.slip_chance, forecast_field::kSlipChance, "The chance to slip", errors);
  check_share(s.slip_chance_per_push, forecast_field::kSlipChancePerPush, "The extra chance to slip per push", errors);
  if (s.max_slip_days < 1 || s.max_slip_days > 365) {
    util::add_field_error(errors, forecast_field::kMaxSlipDays, "A slip lasts from 1 to 365 days at most.");
  }
  check_share(s.win_factor_per_push, forecast_field::kWinFactorPerPush, "The win factor per push", errors);
  check_share(s.stalled_win_factor, forecast_field::kStalledWinFactor, "The win factor of a stalled deal", errors);
  if (s.histogram_bins < 1 || s.histogram_bins > 200) {
    util::add_field_error(errors, forecast_field::kHistogramBins, "Choose from 1 to 200 histogram bars.");
  }
  return errors;
}

// [SECTION] deal model ---------------------------------------------------------

ForecastRun::ForecastRun(const Pipeline& p, const ForecastSettings& s)
    : m_rng(s.seed),
      m_trials(s.trials),
      m_quota_cents(p.quota.cents()),
      m_max_slip_days(static_cast<std::uint32_t>(s.max_slip_days)),
      m_bins(s.histogram_bins) {
  for (std::size_t i = 0; i < p.deals.size(); ++i) {
    const Deal& d = p.deals[i];
    if (d.status == DealStatus::Won && p.period.contains(d.close_date)) m_booked_cents += d.amount.cents();
    if (!in_pipeline(p, d)) continue;

    double win = d.probability ? *d.probability / 100.0
                 : s.source == WinChanceSource::StageConversion ? conversion_win_chance(p.preset, d.stage)
                                                                 : p.preset.stages[d.stage].probability / 100.0;
    for (int push = 0; push < d.close_date_pushes; ++push) win *= s.win_factor_per_push;
    if (is_stalled(p, d)) win *= s.stalled_win_factor;
    const double slip = std::min(1.0, s.slip_chance + s.slip_chance_per_push * d.close_date_pushes);

    // Delays d (days after the expected close) that land inside the period: [lo, hi].
    const Date expected = std::max(d.close_date, p.as_of);
    const int lo = days_between(expected, p.period.start);
    const int hi = days_between(expected, p.period.end);
    const double on_time = lo <= 0 && 0 <= hi ? 1.0 : 0.0;
    const int slip_days_in = std::max(0, std::min(s.max_slip_days, hi) - std::max(1, lo) + 1);
    const double in_period = (1.0 - slip) * on_time + slip * slip_days_in / s.max_slip_days;

    const double expected_cents = static_cast<double>(d.amount.cents()) * win * in_period;
    m_expected_cents += expected_cents;
    m_odds.push_back({i, win, slip, in_period, expected_cents / 100.0});
    if (win > 0.0 && in_period > 0.0 && !d.amount.is_zero()) {
      m_deals.push_back({d.amount.cents(), win, slip, lo, hi});
    }
  }
  m_totals.reserve(static_cast<std::size_t>(m_trials));
}

// [SECTION] trials -------------------------------------------------------------

std::int64_t ForecastRun::step(std::int64_t max_trials) {
  const std::int64_t count = std::max<std::int64_t>(0, std::min(max_trials, m_trials - trials_done()));
  Rng rng = m_rng;  // a local copy stays in registers through the loop
  const Sampled* const first = m_deals.data();
  const Sampled* const last = first + m_deals.size();
  for (std::int64_t t = 0; t < count; ++t) {
    std::int64_t total = m_booked_cents;
    for (const Sampled* d = first; d != last; ++d) {
      if (!rng.chance(d->win)) continue;
      std::int32_t delay = 0;
      if (rng.chance(d->slip)) delay = 1 + static_cast<std::int32_t>(rng.below(m_max_slip_days));
      if (delay >= d->lo && delay <= d->hi) total += d->cents;
    }
    m_totals.push_back(total);
  }
  m_rng = rng;
  return count;
}

// [SECTION] summary ------------------------------------------------------------

ForecastResult ForecastRun::result() const {
  ForecastResult r;
  r.trials = trials_done();
  r.quota_units = units(m_quota_cents);
  r.booked_units = units(m_booked_cents);
  r.expected_units = m_expected_cents / 100.0 + static_cast<double>(m_booked_cents) / 100.0;
  r.explanation = {
      "Each trial samples the " + text::count_noun(static_cast<std::int64_t>(m_deals.size()), "open deal", "open deals") +
          " that can close in the period: won with its win chance, on its expected date or slipping 1 to " +
          std::to_string(m_max_slip_days) + " days later.",
      "Bookings = deals already won in the period (" + format_units(r.booked_units) +
          ") + the deals a trial wins that close inside the period.",
      "Expected bookings = booked + Σ amount × win chance × chance to close in the period = " +
          format_decimal(r.expected_units, 0) + ".",
  };
  if (r.trials == 0) return r;

  std::vector<std::int64_t> sorted = m_totals;
  const auto n = static_cast<std::int64_t>(sorted.size());
  double sum = 0, sum_sq = 0;
  const double shift = static_cast<double>(sorted.front());  // keeps the variance sums small
  for (std::int64_t cents : sorted) {
    const double x = static_cast<double>(cents) - shift;
    sum += x;
    sum_sq += x * x;
    if (cents >= m_quota_cents) ++r.trials_reaching_quota;
  }
  const double mean_shifted = sum / static_cast<double>(n);
  r.mean_units = (mean_shifted + shift) / 100.0;
  r.std_dev_units = std::sqrt(std::max(0.0, sum_sq / static_cast<double>(n) - mean_shifted * mean_shifted)) / 100.0;
  r.quota_probability = static_cast<double>(r.trials_reaching_quota) / static_cast<double>(n);

  // Nearest rank: the smallest total with at least q of the trials at or below it.
  auto rank = [&](int percent) {
    const std::int64_t index = (n * percent + 99) / 100 - 1;
    auto nth = sorted.begin() + static_cast<std::ptrdiff_t>(std::max<std::int64_t>(0, index));
    std::nth_element(sorted.begin(), nth, sorted.end());
    return units(*nth);
  };
  r.p10_units = rank(10);
  r.p50_units = rank(50);
  r.p90_units = rank(90);
  const auto [lowest, highest] = std::minmax_element(sorted.begin(), sorted.end());
  r.min_units = units(*lowest);
  r.max_units = units(*highest);

  const std::int64_t span = r.max_units - r.min_units + 1;
  const std::int64_t width = std::max<std::int64_t>(1, (span + m_bins - 1) / m_bins);
  const std::int64_t bins = (span + width - 1) / width;
  for (std::int64_t b = 0; b < bins; ++b) {
    r.histogram.push_back({r.min_units + b * width, r.min_units + (b + 1) * width, 0});
  }
  for (std::int64_t cents : m_totals) {
    ++r.histogram[static_cast<std::size_t>((units(cents) - r.min_units) / width)].trials;
  }
  return r;
}

ForecastStart start_forecast(const Pipeline& pipeline, const ForecastSettings& settings) {
  ForecastStart start;
  start.errors = check_forecast_settings(settings);
  if (start.errors.empty()) start.run = ForecastRun(pipeline, settings);
  return start;
}

ForecastOutcome run_forecast(const Pipeline& pipeline, const ForecastSettings& settings) {
  ForecastStart start = start_forecast(pipeline, settings);
  ForecastOutcome outcome;
  outcome.errors = std::move(start.errors);
  if (!start.run) return outcome;
  start.run->step(settings.trials);
  outcome.result = start.run->result();
  return outcome;
}

}  // namespace dealdojo::pipeline
