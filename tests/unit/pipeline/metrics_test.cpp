#include <doctest/doctest.h>

#include "core/pipeline/metrics.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;

namespace {

// The velocity worked example: 40 open opportunities, a 25% win rate (5 won of
// 20 closed), an average deal of 12,000 and a 60-day cycle.
Pipeline velocity_example() {
  Pipeline p = empty_pipeline();
  for (int i = 0; i < 40; ++i) p.deals.push_back(open_deal("open-" + std::to_string(i), kDemo, 10'000, "2026-12-15"));
  const std::int64_t won_amounts[] = {10'000, 11'000, 12'000, 13'000, 14'000};  // 60,000
  const char* created[] = {"2026-03-02", "2026-03-12", "2026-04-01", "2026-04-11", "2026-04-21"};
  const char* closed[] = {"2026-05-01", "2026-05-11", "2026-05-31", "2026-06-10", "2026-06-20"};  // 60 days each
  for (int i = 0; i < 5; ++i) p.deals.push_back(won_deal("won-" + std::to_string(i), won_amounts[i], created[i], closed[i]));
  for (int i = 0; i < 15; ++i) p.deals.push_back(lost_deal("lost-" + std::to_string(i), kProposal));
  return p;
}

}  // namespace

TEST_CASE("metrics: the seed's worked number, 500 deals at 10% need 5,000 opportunities") {
  CHECK(opportunities_needed(500, 1000) == 5000);
  const MetricLine line = opportunities_needed_line(500, 1000);
  CHECK(line.available);
  CHECK(line.value == "5,000");
  CHECK(line.formula == "Opportunities needed = deals to win ÷ conversion rate, rounded up");
  CHECK(line.working == "= 500 ÷ 10% = 5,000");
}

TEST_CASE("metrics: opportunities needed rounds up and refuses a zero rate") {
  CHECK(opportunities_needed(10, 3000) == 34);  // 33.3 -> 34
  CHECK(opportunities_needed_line(10, 3000).working == "= 10 ÷ 30% = 34 (rounded up)");
  CHECK(opportunities_needed(7, 10000) == 7);
  CHECK(opportunities_needed(0, 500) == 0);
  CHECK(opportunities_needed(500, 0) == std::nullopt);
  CHECK(opportunities_needed(500, 10001) == std::nullopt);
  CHECK(opportunities_needed(-1, 1000) == std::nullopt);
  CHECK_FALSE(opportunities_needed_line(500, 0).available);
}

TEST_CASE("metrics: sales velocity = opportunities × win rate × average deal size ÷ cycle length") {
  const PipelineMetrics m = compute_metrics(velocity_example());
  CHECK(m.open_deals == 40);
  CHECK(m.win_rate == doctest::Approx(0.25));
  CHECK(m.average_deal_size == units(12'000));
  CHECK(m.sales_cycle_days == doctest::Approx(60.0));
  CHECK(m.sales_velocity_per_day == units(2'000));
  const MetricLine* v = m.line("sales_velocity");
  REQUIRE(v != nullptr);
  CHECK(v->value == "2,000 per day");
  CHECK(v->formula ==
        "Sales velocity = opportunities × win rate × average deal size ÷ sales cycle length (per day)");
  CHECK(v->working == "= 40 × 25% × 12,000 ÷ 60 days = 2,000 per day");
  CHECK(m.line("win_rate")->working == "= 5 ÷ (5 + 15) = 25%");
  CHECK(m.line("average_deal_size")->working == "= 60,000 ÷ 5 = 12,000");
  CHECK(m.line("sales_cycle_length")->working == "= 300 days ÷ 5 = 60 days");
}

TEST_CASE("metrics: pipeline value and weighted pipeline, exact to the cent") {
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("a", kProspecting, 10'000),       // 5%  -> 500
             open_deal("b", kProposal, 40'000),          // 50% -> 20,000
             open_deal("c", kNegotiation, 30'000),       // 75% -> 22,500
             open_deal("d", kDemo, 1)};                  // 25% of 1 -> 0.25
  Deal own = open_deal("e", kDemo, 20'000);
  own.probability = 40;  // the rep's own probability -> 8,000
  Deal omitted = open_deal("f", kSigning, 99'000);
  omitted.category = ForecastCategory::Omitted;  // left out of the pipeline
  p.deals.push_back(own);
  p.deals.push_back(omitted);
  p.deals.push_back(won_deal("w", 50'000, "2026-05-01", "2026-07-20"));
  const PipelineMetrics m = compute_metrics(p);
  CHECK(m.open_deals == 5);
  CHECK(m.pipeline_value == units(100'001));
  CHECK(m.weighted_pipeline == Money::from_cents(5'100'025));  // 51,000.25
  CHECK(m.line("pipeline_value")->working == "= 100,001 over 5 open deals");
  CHECK(m.line("weighted_pipeline")->value == "51,000.25");
  REQUIRE(m.funnel.size() == 6);
  CHECK(m.funnel[kDemo].open_deals == 2);
  CHECK(m.funnel[kDemo].open_value == units(20'001));
  CHECK(m.funnel[kDemo].weighted_value == Money::from_cents(800'025));
  CHECK(m.funnel[kSigning].open_deals == 0);
}

TEST_CASE("metrics: coverage against quota and the deals still needed") {
  Pipeline p = empty_pipeline();  // quota 300,000
  p.deals = {won_deal("w1", 60'000, "2026-05-01", "2026-07-20"),   // booked in Q3
             won_deal("w2", 40'000, "2026-03-01", "2026-06-10"),   // won before the period
             lost_deal("l1", kProposal), lost_deal("l2", kDemo),
             open_deal("a", kProposal, 200'000, "2026-09-01"),
             open_deal("b", kDemo, 280'000, "2026-09-20"),
             open_deal("c", kDemo, 500'000, "2026-11-20")};  // closes after the period
  const PipelineMetrics m = compute_metrics(p);
  CHECK(m.booked_in_period == units(60'000));
  CHECK(m.remaining_quota == units(240'000));
  CHECK(m.pipeline_in_period == units(480'000));
  CHECK(m.coverage == doctest::Approx(2.0));
  CHECK(m.line("coverage")->working == "= 480,000 ÷ (300,000 - 60,000) = 480,000 ÷ 240,000 = 2.0×");
  // Average deal 50,000, win rate 2 of 4: 240,000 ÷ 50,000 = 4.8 -> 5 deals; 5 ÷ 50% = 10.
  CHECK(m.deals_needed == 5);
  CHECK(m.opportunities_needed == 10);
  CHECK(m.line("deals_needed")->working == "= 240,000 ÷ 50,000 = 5 (rounded up)");
  CHECK(m.line("opportunities_needed")->working == "= 5 ÷ 50% = 10; the pipeline has 3");
}

TEST_CASE("metrics: when the quota is reached, coverage and needs say so") {
  Pipeline p = empty_pipeline();
  p.quota = units(50'000);
  p.deals = {won_deal("w1", 60'000, "2026-05-01", "2026-07-20"), open_deal("a", kDemo, 1000)};
  const PipelineMetrics m = compute_metrics(p);
  CHECK_FALSE(m.coverage.has_value());
  CHECK(m.line("coverage")->working == "The quota is reached: 60,000 booked of 50,000.");
  CHECK(m.deals_needed == std::nullopt);
  CHECK_FALSE(m.line("opportunities_needed")->available);
}

TEST_CASE("metrics: without closed deals the history metrics are n/a with the reason") {
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("a", kDemo, 1000)};
  const PipelineMetrics m = compute_metrics(p);
  for (const char* key : {"win_rate", "average_deal_size", "sales_cycle_length", "sales_velocity", "opportunities_needed"}) {
    const MetricLine* line = m.line(key);
    REQUIRE(line != nullptr);
    CHECK_FALSE(line->available);
    CHECK(line->value == "n/a");
    CHECK_FALSE(line->working.empty());
    CHECK_FALSE(line->formula.empty());
  }
  CHECK(m.line("win_rate")->working == "No deal has been won or lost yet.");
  CHECK(m.line("pipeline_value")->available);
}

TEST_CASE("metrics: stage conversion is measured from the deals that left each stage") {
  Pipeline p = empty_pipeline();
  // Two lost at prospecting, one lost at demo, one open at proposal, one won.
  p.deals = {lost_deal("l1", kProspecting), lost_deal("l2", kProspecting), lost_deal("l3", kDemo),
             open_deal("o1", kProposal, 1000), open_deal("o2", kProspecting, 1000),
             won_deal("w1", 1000, "2026-05-01", "2026-07-20")};
  const PipelineMetrics m = compute_metrics(p);
  REQUIRE(m.conversions.size() == 6);
  const StageConversion& prospecting = m.conversions[kProspecting];
  CHECK(prospecting.moved_on == 3);  // l3, o1 and w1 are past it; o2 is still there
  CHECK(prospecting.lost_here == 2);
  CHECK(prospecting.measured == doctest::Approx(0.6));
  CHECK(prospecting.configured == doctest::Approx(0.3));
  CHECK(prospecting.working ==
        "Prospecting → Lead qualification: 3 moved on ÷ (3 + 2 lost there) = 60% (preset 30%)");
  const StageConversion& demo = m.conversions[kDemo];
  CHECK(demo.moved_on == 2);
  CHECK(demo.lost_here == 1);
  const StageConversion& signing = m.conversions[kSigning];
  CHECK(signing.moved_on == 1);
  CHECK(signing.lost_here == 0);
  CHECK(signing.measured == 1.0);
}

TEST_CASE("metrics: a stage no deal has left has no measured conversion") {
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("a", kProspecting, 1000)};
  const PipelineMetrics m = compute_metrics(p);
  CHECK_FALSE(m.conversions[kProspecting].measured.has_value());
  CHECK(m.conversions[kProspecting].working ==
        "Prospecting → Lead qualification: no deal has left this stage yet (preset 30%)");
}
