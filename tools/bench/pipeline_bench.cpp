// Monte Carlo forecast speed in deal-trials per second (one open deal sampled in
// one trial). Target: at least 1 million per second in the WebAssembly build, and
// the WebAssembly build at least half as fast as native. This same source is built
// natively by CMake (bench_pipeline) and with em++ by pipeline_wasm_bench.sh, which
// prints both figures and their ratio; the RESULT line must match between them,
// since the forecast is reproducible on every platform.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/pipeline/forecast.hpp"
#include "core/pipeline/quarter_plan.hpp"
#include "core/util/text.hpp"

namespace {

using namespace dealdojo::pipeline;
using Clock = std::chrono::steady_clock;

constexpr int kDeals = 200;
constexpr std::int64_t kTrials = 50'000;
constexpr int kRuns = 5;

// 200 open deals spread over the open stages, every one able to close in Q3.
Pipeline generate_pipeline() {
  Pipeline p;
  p.name = "benchmark";
  p.preset = default_preset();
  p.as_of = make_date(2026, 7, 1);
  p.period = {p.as_of, make_date(2026, 9, 30)};
  p.quota = Money::from_units(2'500'000);
  dealdojo::Rng rng(2026);
  for (int i = 0; i < kDeals; ++i) {
    Deal d;
    d.id = "deal-" + std::to_string(i);
    d.stage = static_cast<std::size_t>(rng.below(open_stage_count(p.preset)));
    d.amount = Money::from_units(5'000 + static_cast<std::int64_t>(rng.below(95'000)));
    d.created = add_days(p.as_of, -30 - static_cast<int>(rng.below(60)));
    d.stage_entered = add_days(d.created, static_cast<int>(rng.below(30)));
    d.close_date = add_days(p.as_of, static_cast<int>(rng.below(92)));
    d.close_date_pushes = static_cast<int>(rng.below(3));
    p.deals.push_back(std::move(d));
  }
  return p;
}

double milliseconds(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

}  // namespace

int main() {
  const Pipeline pipeline = generate_pipeline();
  ForecastSettings settings;
  settings.trials = kTrials;
  settings.seed = 7;

  std::vector<double> run_ms;
  ForecastResult result;
  std::int64_t deal_trials = 0;
  for (int run = 0; run < kRuns; ++run) {
    ForecastStart start = start_forecast(pipeline, settings);
    if (!start.ok()) {
      std::fprintf(stderr, "the benchmark's settings were refused: %s\n", start.errors.front().message.c_str());
      return 1;
    }
    const auto begin = Clock::now();
    while (!start.run->done()) start.run->step(10'000);  // slices, as the UI runs it
    run_ms.push_back(milliseconds(Clock::now() - begin));
    deal_trials = start.run->deal_trials_done();
    result = start.run->result();
  }
  std::vector<double> sorted = run_ms;
  std::sort(sorted.begin(), sorted.end());
  const double median_ms = sorted[sorted.size() / 2];
  const auto per_second = static_cast<std::int64_t>(static_cast<double>(deal_trials) / (median_ms / 1000.0));

  const auto sim_begin = Clock::now();
  QuarterPlan plan;
  WeekPlan week;
  week.hours = {8, 6, 8, 8, 8, 2};
  plan.weeks = {week};
  const QuarterOutcome quarter = simulate_quarter(QuarterConfig{}, plan, 7);
  const double quarter_ms = milliseconds(Clock::now() - sim_begin);

  using dealdojo::text::with_thousands;
  std::printf("pipeline forecast: %d open deals x %s trials = %s deal-trials per run, %d runs\n", kDeals,
              with_thousands(kTrials).c_str(), with_thousands(deal_trials).c_str(), kRuns);
  std::printf("  run times (ms):");
  for (double ms : run_ms) std::printf(" %.1f", ms);
  std::printf("\n  deal-trials per second (median run): %s\n", with_thousands(per_second).c_str());
  std::printf("  target: at least 1,000,000 per second in WebAssembly: %s here\n",
              per_second >= 1'000'000 ? "met" : "NOT met");
  std::printf("  result: P10 %s, P50 %s, P90 %s, %s of %s trials reach the quota\n",
              with_thousands(result.p10_units).c_str(), with_thousands(result.p50_units).c_str(),
              with_thousands(result.p90_units).c_str(), with_thousands(result.trials_reaching_quota).c_str(),
              with_thousands(result.trials).c_str());
  std::printf("quarter simulation: 13 weeks in %.2f ms, booked %s\n", quarter_ms,
              quarter.ok() ? with_thousands(quarter.sim->booked().whole_units()).c_str() : "?");
  // Machine-readable lines for pipeline_wasm_bench.sh.
  std::printf("DEAL_TRIALS_PER_SECOND=%lld\n", static_cast<long long>(per_second));
  std::printf("RESULT=%lld,%lld,%lld,%lld\n", static_cast<long long>(result.p10_units),
              static_cast<long long>(result.p50_units), static_cast<long long>(result.p90_units),
              static_cast<long long>(result.trials_reaching_quota));
  return 0;
}
