#include <doctest/doctest.h>

#include <cmath>

#include "core/pipeline/forecast.hpp"
#include "core/pipeline/pipeline_file.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;

namespace {

ForecastSettings no_slips(std::int64_t trials, std::uint64_t seed = 1) {
  ForecastSettings s;
  s.trials = trials;
  s.seed = seed;
  s.slip_chance = 0;
  s.slip_chance_per_push = 0;
  return s;
}

// The trial mean is within `sigmas` standard errors of the closed form.
void check_mean_near_closed_form(const ForecastResult& r, double sigmas = 4.0) {
  const double standard_error = r.std_dev_units / std::sqrt(static_cast<double>(r.trials));
  INFO("mean " << r.mean_units << ", closed form " << r.expected_units << ", standard error " << standard_error);
  CHECK(std::fabs(r.mean_units - r.expected_units) <= sigmas * standard_error + 1e-9);
}

Pipeline four_deals() {
  Pipeline p = empty_pipeline();
  Deal own = open_deal("own", kDemo, 40'000, "2026-09-01");
  own.probability = 10;
  p.deals = {open_deal("proposal", kProposal, 10'000, "2026-08-20"),        // 50%
             open_deal("negotiation", kNegotiation, 20'000, "2026-09-10"),  // 75%
             open_deal("demo", kDemo, 5'000, "2026-09-30"),                 // 25%
             own};                                                          // 10%
  return p;
}

}  // namespace

TEST_CASE("forecast: with certain timing the mean is Σ amount × p") {
  const ForecastOutcome out = run_forecast(four_deals(), no_slips(100'000));
  REQUIRE(out.ok());
  // 10,000 × .5 + 20,000 × .75 + 5,000 × .25 + 40,000 × .1
  CHECK(out.result.expected_units == doctest::Approx(25'250.0));
  check_mean_near_closed_form(out.result);
  CHECK(out.result.trials == 100'000);
}

TEST_CASE("forecast: deals already won in the period are booked in every trial") {
  Pipeline p = four_deals();
  p.deals.push_back(won_deal("won", 7'000, "2026-05-01", "2026-07-15"));
  p.deals.push_back(won_deal("earlier", 9'000, "2026-03-01", "2026-06-15"));  // before the period
  const ForecastOutcome out = run_forecast(p, no_slips(20'000));
  REQUIRE(out.ok());
  CHECK(out.result.booked_units == 7'000);
  CHECK(out.result.expected_units == doctest::Approx(32'250.0));
  CHECK(out.result.min_units >= 7'000);
  check_mean_near_closed_form(out.result);
}

TEST_CASE("forecast: slips and the deal's own history against the closed form") {
  Pipeline p = empty_pipeline();
  Deal pushed = open_deal("pushed", kProposal, 10'000, "2026-09-20");
  pushed.close_date_pushes = 1;
  pushed.stage_entered = pushed.created = day("2026-08-01");  // 9 days in the stage: not stalled
  Deal stalled = open_deal("stalled", kNegotiation, 20'000, "2026-09-28");
  stalled.created = stalled.stage_entered = day("2026-07-01");  // 40 days in the stage
  p.deals = {pushed, stalled, open_deal("next-quarter", kSigning, 50'000, "2026-12-01")};
  auto start = start_forecast(p, ForecastSettings{});  // default model: slip 0.2 + 0.1 per push, 1–60 days
  REQUIRE(start.ok());
  const auto& odds = start.run->odds();
  REQUIRE(odds.size() == 3);
  // Pushed once: win .5 × .9; slips with .3, and then lands in the period on 10 of 60 days.
  CHECK(odds[0].win == doctest::Approx(0.45));
  CHECK(odds[0].slip == doctest::Approx(0.3));
  CHECK(odds[0].in_period == doctest::Approx(0.7 + 0.3 * 10.0 / 60.0));
  CHECK(odds[0].expected_units == doctest::Approx(10'000 * 0.45 * 0.75));
  // Stalled: win .75 × .75; 2 days left in the period.
  CHECK(odds[1].win == doctest::Approx(0.5625));
  CHECK(odds[1].in_period == doctest::Approx(0.8 + 0.2 * 2.0 / 60.0));
  // Closing after the period, it never books in it, and is not sampled.
  CHECK(odds[2].in_period == 0.0);
  CHECK(start.run->sampled_deals() == 2);

  start.run->step(200'000);
  const ForecastResult r = start.run->result();
  CHECK(r.expected_units == doctest::Approx(odds[0].expected_units + odds[1].expected_units));
  check_mean_near_closed_form(r);
}

TEST_CASE("forecast: an overdue close date counts from today") {
  Pipeline p = empty_pipeline();  // as of 2026-08-10
  p.deals = {open_deal("overdue", kNegotiation, 10'000, "2026-06-15")};
  auto start = start_forecast(p, ForecastSettings{});
  REQUIRE(start.ok());
  // Expected 2026-08-10 on time; a slip of 1–51 days stays inside Q3.
  CHECK(start.run->odds()[0].in_period == doctest::Approx(0.8 + 0.2 * 51.0 / 60.0));
}

TEST_CASE("forecast: the chance of reaching quota matches the exact probability") {
  Pipeline p = empty_pipeline();
  p.quota = units(25'000);
  p.deals = {open_deal("a", kProposal, 10'000), open_deal("b", kNegotiation, 20'000)};
  const ForecastOutcome out = run_forecast(p, no_slips(100'000));
  REQUIRE(out.ok());
  // Only both together reach 25,000: .5 × .75.
  CHECK(out.result.quota_probability == doctest::Approx(0.375).epsilon(0.03));
  CHECK(out.result.trials_reaching_quota ==
        static_cast<std::int64_t>(std::llround(out.result.quota_probability * 100'000)));
}

TEST_CASE("forecast: percentiles are nearest-rank bookings in whole units") {
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("demo", kDemo, 1'000), won_deal("won", 500, "2026-05-01", "2026-07-15")};
  const ForecastOutcome out = run_forecast(p, no_slips(10'000));
  REQUIRE(out.ok());
  const ForecastResult& r = out.result;
  // The demo deal wins a quarter of the trials: P10 and P50 have only the booked 500.
  CHECK(r.min_units == 500);
  CHECK(r.p10_units == 500);
  CHECK(r.p50_units == 500);
  CHECK(r.p90_units == 1'500);
  CHECK(r.max_units == 1'500);
  std::int64_t counted = 0;
  for (const HistogramBin& b : r.histogram) counted += b.trials;
  CHECK(counted == r.trials);
  CHECK(r.histogram.front().low_units == 500);
  CHECK(r.histogram.back().high_units > 1'500);
}

TEST_CASE("forecast: a certain deal gives a single value") {
  Pipeline p = empty_pipeline();
  Deal sure = open_deal("sure", kSigning, 12'345, "2026-09-01");
  sure.probability = 100;
  p.deals = {sure};
  const ForecastOutcome out = run_forecast(p, no_slips(1'000));
  REQUIRE(out.ok());
  CHECK(out.result.p10_units == 12'345);
  CHECK(out.result.p90_units == 12'345);
  CHECK(out.result.std_dev_units == 0.0);
  REQUIRE(out.result.histogram.size() == 1);
  CHECK(out.result.histogram[0].trials == 1'000);
}

TEST_CASE("forecast: the same seed gives the same result, another seed another") {
  const ForecastOutcome a = run_forecast(four_deals(), ForecastSettings{5'000, 42});
  const ForecastOutcome b = run_forecast(four_deals(), ForecastSettings{5'000, 42});
  const ForecastOutcome c = run_forecast(four_deals(), ForecastSettings{5'000, 43});
  CHECK(a.result.mean_units == b.result.mean_units);
  CHECK(a.result.p50_units == b.result.p50_units);
  CHECK(a.result.trials_reaching_quota == b.result.trials_reaching_quota);
  REQUIRE(a.result.histogram.size() == b.result.histogram.size());
  for (std::size_t i = 0; i < a.result.histogram.size(); ++i) CHECK(a.result.histogram[i].trials == b.result.histogram[i].trials);
  CHECK(a.result.mean_units != c.result.mean_units);
}

TEST_CASE("forecast: running in slices gives exactly the one-shot result, with progress") {
  const ForecastSettings settings{10'000, 9};
  const ForecastOutcome whole = run_forecast(four_deals(), settings);
  ForecastStart start = start_forecast(four_deals(), settings);
  REQUIRE(start.ok());
  ForecastRun& run = *start.run;
  CHECK(run.progress() == 0.0);
  CHECK_FALSE(run.done());
  double last = 0;
  while (!run.done()) {
    CHECK(run.step(777) > 0);
    CHECK(run.progress() > last);
    last = run.progress();
  }
  CHECK(run.progress() == 1.0);
  CHECK(run.step(100) == 0);
  CHECK(run.trials_done() == 10'000);
  CHECK(run.deal_trials_done() == 40'000);
  CHECK(run.trials_for(1'000'000) == 250'000);  // 4 deals sampled
  CHECK(run.trials_for(1) == 1);
  const ForecastResult sliced = run.result();
  CHECK(sliced.mean_units == whole.result.mean_units);
  CHECK(sliced.p10_units == whole.result.p10_units);
  CHECK(sliced.p90_units == whole.result.p90_units);
  CHECK(sliced.trials_reaching_quota == whole.result.trials_reaching_quota);
}

TEST_CASE("forecast: the win chance can come from the stage conversions") {
  ForecastSettings settings = no_slips(10);
  settings.source = WinChanceSource::StageConversion;
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("n", kNegotiation, 1'000)};
  auto start = start_forecast(p, settings);
  REQUIRE(start.ok());
  CHECK(start.run->odds()[0].win == doctest::Approx(0.75 * 0.9));
}

TEST_CASE("forecast: settings out of range are field errors") {
  ForecastSettings s;
  s.trials = 0;
  s.slip_chance = 1.5;
  s.max_slip_days = 0;
  s.stalled_win_factor = std::nan("");
  s.histogram_bins = 0;
  const ForecastStart start = start_forecast(empty_pipeline(), s);
  CHECK_FALSE(start.ok());
  auto has = [&](std::string_view field) {
    for (const auto& e : start.errors) {
      if (e.pointer == field) return true;
    }
    return false;
  };
  CHECK(has(forecast_field::kTrials));
  CHECK(has(forecast_field::kSlipChance));
  CHECK(has(forecast_field::kMaxSlipDays));
  CHECK(has(forecast_field::kStalledWinFactor));
  CHECK(has(forecast_field::kHistogramBins));
  s = ForecastSettings{};
  s.trials = kMaxTrials + 1;
  CHECK_FALSE(start_forecast(empty_pipeline(), s).ok());
}

TEST_CASE("forecast: an empty pipeline books what is already won") {
  Pipeline p = empty_pipeline();
  p.deals = {won_deal("won", 1'000, "2026-05-01", "2026-07-15")};
  const ForecastOutcome out = run_forecast(p, ForecastSettings{100, 1});
  REQUIRE(out.ok());
  CHECK(out.result.p50_units == 1'000);
  CHECK(out.result.quota_probability == 0.0);
}

TEST_CASE("forecast: the example pipeline gives the same figures on every platform") {
  // Golden figures: SplitMix64 and no std distributions make these identical on
  // native and WebAssembly builds (the wasm benchmark prints them too). A change to
  // the model changes them on purpose.
  const PipelineLoad loaded = load_pipeline_file(source_path("tests/data/pipeline/q3-pipeline.json"));
  REQUIRE(loaded.ok());
  const ForecastOutcome out = run_forecast(*loaded.pipeline, ForecastSettings{10'000, 7});
  REQUIRE(out.ok());
  CHECK(out.result.p10_units == 126'501);
  CHECK(out.result.p50_units == 179'501);
  CHECK(out.result.p90_units == 234'501);
  CHECK(out.result.trials_reaching_quota == 31);
  check_mean_near_closed_form(out.result);
}
