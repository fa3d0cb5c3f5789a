#include <doctest/doctest.h>

#include "core/pipeline/health.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;

namespace {

Pipeline with_counts(const std::vector<int>& per_stage, std::int64_t amount = 50'000) {
  Pipeline p = empty_pipeline();
  p.quota = units(100'000);
  for (std::size_t stage = 0; stage < per_stage.size(); ++stage) {
    for (int i = 0; i < per_stage[stage]; ++i) {
      p.deals.push_back(open_deal("s" + std::to_string(stage) + "-" + std::to_string(i), stage, amount, "2026-09-20",
                                  "2026-08-01"));
    }
  }
  return p;
}

bool has(const HealthReport& r, HealthKind kind) {
  for (const HealthFinding& f : r.findings) {
    if (f.kind == kind) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("health: the expected late share follows the conversions") {
  // Weights 1, .3, .15, .0825, .0495, .037125: late ÷ early = .169125 ÷ 1.45.
  CHECK(expected_late_share(default_preset(), 3) == doctest::Approx(0.169125 / 1.45));
}

TEST_CASE("health: a funnel shaped like the conversions is healthy") {
  // 40 early, 5 late: 40 × 0.1166 = 4.7 expected.
  const HealthReport r = diagnose_health(with_counts({24, 10, 6, 3, 1, 1}));
  CHECK_MESSAGE(r.healthy, r.summary);
  CHECK(r.findings.empty());
  CHECK(r.shape.early_deals == 40);
  CHECK(r.shape.late_deals == 5);
  CHECK(r.summary.find("Healthy: 40 deals in the early stages and 5 in the late ones") == 0);
}

TEST_CASE("health: top-heavy when deals do not reach the final stages") {
  const HealthReport r = diagnose_health(with_counts({30, 15, 10, 1, 0, 0}));
  CHECK(has(r, HealthKind::TopHeavy));
  CHECK_FALSE(r.healthy);
  const HealthFinding& f = r.findings.front();
  CHECK(f.title == "Top-heavy");
  CHECK(f.reason.find("55 open deals are in the first 3 stages (Prospecting to Sales call/demo) but only 1 in the last 3 "
                      "stages (Proposal to Contract signing); with these stage conversions about 6.4 would be expected") == 0);
}

TEST_CASE("health: bottom-heavy when too few new deals enter") {
  const HealthReport r = diagnose_health(with_counts({2, 1, 1, 3, 3, 2}));
  CHECK(has(r, HealthKind::BottomHeavy));
  CHECK_FALSE(has(r, HealthKind::TopHeavy));
  CHECK(r.findings.front().reason.find("Only 4 open deals are in the first 3 stages") == 0);
  CHECK(r.findings.front().reason.find("spend more time prospecting") != std::string::npos);
}

TEST_CASE("health: a stalled stage names the stage and its longest deal") {
  Pipeline p = with_counts({24, 10, 6, 3, 1, 1});
  int stalled = 0;
  for (Deal& d : p.deals) {
    if (d.stage == kProposal && stalled < 2) {
      d.created = day("2026-05-01");
      d.stage_entered = stalled == 0 ? day("2026-06-01") : day("2026-07-01");  // 70 and 40 days
      d.name = stalled == 0 ? "Acme" : "Bluebird";
      ++stalled;
    }
  }
  const HealthReport r = diagnose_health(p);
  REQUIRE(has(r, HealthKind::StalledStage));
  const HealthFinding& f = r.findings.front();
  CHECK(f.stage == kProposal);
  CHECK(f.title == "Stalled stage: Proposal");
  CHECK(f.reason.find("2 of 3 deals in Proposal have been there more than 30 days (longest: Acme, 70 days)") == 0);
}

TEST_CASE("health: one stalled deal of three is not a stalled stage") {
  Pipeline p = with_counts({24, 10, 6, 3, 1, 1});
  for (Deal& d : p.deals) {
    if (d.stage == kProposal) {
      d.created = d.stage_entered = day("2026-05-01");
      break;
    }
  }
  CHECK_FALSE(has(diagnose_health(p), HealthKind::StalledStage));
}

TEST_CASE("health: thin coverage when the pipeline in the period is below the quota left") {
  Pipeline p = with_counts({24, 10, 6, 3, 1, 1}, 1'000);  // 45,000 in the period
  const HealthReport r = diagnose_health(p);
  REQUIRE(has(r, HealthKind::ThinCoverage));
  CHECK(r.findings.back().reason.find("(45,000) is less than the quota still to book (100,000): even winning every deal "
                                      "would miss by 55,000") != std::string::npos);
}

TEST_CASE("health: too few deals to judge") {
  const HealthReport r = diagnose_health(with_counts({1, 0, 1, 0, 1}));
  REQUIRE_FALSE(r.findings.empty());
  CHECK(r.findings.front().kind == HealthKind::TooFewDeals);
  CHECK(r.findings.front().reason.find("Only 3 deals open") == 0);
}
