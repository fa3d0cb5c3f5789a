#include <doctest/doctest.h>

#include "core/pipeline/rollup.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;

TEST_CASE("rollup: categories for the period and the cumulative forecasts") {
  Pipeline p = empty_pipeline();
  Deal commit_override = open_deal("c2", kProposal, 5'000, "2026-09-01");
  commit_override.category = ForecastCategory::Commit;
  Deal omitted = open_deal("o", kDemo, 7'000, "2026-09-01");
  omitted.category = ForecastCategory::Omitted;
  Deal other_owner = open_deal("p2", kProspecting, 3'000, "2026-08-20");
  other_owner.owner = "sam";
  p.deals = {won_deal("w", 50'000, "2026-05-01", "2026-07-20"),
             won_deal("old", 99'000, "2026-03-01", "2026-06-20"),   // before the period
             lost_deal("l", kProposal, "2026-05-01", "2026-07-10"),  // never forecast
             open_deal("c1", kNegotiation, 20'000, "2026-09-10"),
             commit_override,
             open_deal("b", kProposal, 30'000, "2026-08-30"),
             open_deal("p1", kDemo, 10'000, "2026-09-30"),
             open_deal("late", kNegotiation, 80'000, "2026-10-01"),  // after the period
             omitted,
             other_owner};
  const ForecastRollup r = rollup_forecast(p);
  CHECK(r.total(ForecastCategory::Closed).amount == units(50'000));
  CHECK(r.total(ForecastCategory::Closed).deals == 1);
  CHECK(r.total(ForecastCategory::Commit).amount == units(25'000));
  CHECK(r.total(ForecastCategory::Commit).deals == 2);
  CHECK(r.total(ForecastCategory::BestCase).amount == units(30'000));
  CHECK(r.total(ForecastCategory::Pipeline).amount == units(13'000));
  CHECK(r.total(ForecastCategory::Omitted).amount == units(7'000));
  CHECK(r.forecast.closed == units(50'000));
  CHECK(r.forecast.commit == units(75'000));
  CHECK(r.forecast.best_case == units(105'000));
  CHECK(r.forecast.pipeline == units(118'000));
  CHECK(r.working.at(1) == "Commit forecast = Closed + Commit = 50,000 + 25,000 = 75,000");

  REQUIRE(r.by_owner.size() == 2);
  CHECK(r.by_owner[0].owner == "");
  CHECK(r.by_owner[1].owner == "sam");
  CHECK(r.by_owner[1].forecast.pipeline == units(3'000));
  CHECK(r.by_owner[0].forecast.pipeline == units(115'000));
}

TEST_CASE("rollup: another period picks other deals") {
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("q3", kNegotiation, 20'000, "2026-09-10"), open_deal("q4", kNegotiation, 80'000, "2026-10-01")};
  const ForecastRollup q4 = rollup_forecast(p, Period{day("2026-10-01"), day("2026-12-31")});
  CHECK(q4.forecast.commit == units(80'000));
  CHECK(q4.total(ForecastCategory::Commit).deals == 1);
}
