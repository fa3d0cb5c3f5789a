#include <doctest/doctest.h>

#include "core/content/pack_loader.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;

TEST_CASE("model: the built-in default preset is the sales-rep pack's") {
  const auto loaded = dealdojo::content::load_pack(source_path("content/sales-rep"));
  REQUIRE(loaded.pack.has_value());
  const PipelinePreset* from_pack = nullptr;
  for (const PipelinePreset& p : loaded.pack->pipeline_presets) {
    if (p.id == "default") from_pack = &p;
  }
  REQUIRE(from_pack != nullptr);
  CHECK(from_pack->name == default_preset().name);
  CHECK(same_stages(*from_pack, default_preset()));
}

TEST_CASE("model: the default stages, the won stage and the win chance from conversions") {
  const PipelinePreset& p = default_preset();
  REQUIRE(p.stages.size() == 7);
  CHECK(p.stages[kProspecting].name == "Prospecting");
  CHECK(p.stages[kDemo].name == "Sales call/demo");
  CHECK(p.stages[kNegotiation].name == "Negotiation and commitment");
  CHECK(p.stages[kPostPurchase].name == "Post-purchase");
  CHECK(won_stage(p) == kPostPurchase);
  CHECK(open_stage_count(p) == 6);
  CHECK(conversion_win_chance(p, kSigning) == doctest::Approx(0.9));
  CHECK(conversion_win_chance(p, kNegotiation) == doctest::Approx(0.75 * 0.9));
  CHECK(conversion_win_chance(p, kProspecting) == doctest::Approx(0.3 * 0.5 * 0.55 * 0.6 * 0.75 * 0.9));
  CHECK(conversion_win_chance(p, kPostPurchase) == 1.0);
  for (const PipelineStage& s : p.stages) CHECK_FALSE(s.exit_criteria.empty());
}

TEST_CASE("model: categories and probabilities default to the stage's and follow the status") {
  Pipeline p = empty_pipeline();
  Deal d = open_deal("a", kProposal, 1000);
  CHECK(category_of(p, d) == ForecastCategory::BestCase);
  CHECK(probability_of(p, d) == 50);
  d.category = ForecastCategory::Commit;
  d.probability = 65;
  CHECK(category_of(p, d) == ForecastCategory::Commit);
  CHECK(probability_of(p, d) == 65);
  d.status = DealStatus::Won;
  CHECK(category_of(p, d) == ForecastCategory::Closed);
  CHECK(probability_of(p, d) == 100);
  d.status = DealStatus::Lost;
  CHECK(category_of(p, d) == ForecastCategory::Omitted);
  CHECK(probability_of(p, d) == 0);
  CHECK_FALSE(in_pipeline(p, d));
}

TEST_CASE("model: stalled means longer in the stage than stalled_after_days") {
  Pipeline p = empty_pipeline();  // as of 2026-08-10
  Deal d = open_deal("a", kDemo, 1000);
  d.stage_entered = day("2026-07-11");  // 30 days
  CHECK(days_in_stage(p, d) == 30);
  CHECK_FALSE(is_stalled(p, d));
  d.stage_entered = day("2026-07-10");  // 31 days
  CHECK(is_stalled(p, d));
}

TEST_CASE("model: a sound pipeline has no problems") {
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("a", kProspecting, 1000), won_deal("b", 2000, "2026-06-01", "2026-07-15"),
             lost_deal("c", kDemo)};
  CHECK(lines(check_pipeline(p)) == "");
}

TEST_CASE("model: check_pipeline names each problem's field") {
  Pipeline p = empty_pipeline();
  Deal negative = open_deal("neg", kProspecting, 1000);
  negative.amount = Money::from_cents(-1);
  Deal open_at_won = open_deal("openwon", kPostPurchase, 1000);
  Deal won_early = won_deal("wonearly", 1000, "2026-06-01", "2026-07-15");
  won_early.stage = kProposal;
  Deal lost_late = closed_deal("lostwon", DealStatus::Lost, kPostPurchase, 1000, "2026-06-01", "2026-07-15");
  Deal future_close = won_deal("future", 1000, "2026-06-01", "2026-08-11");
  Deal created_late = open_deal("late", kDemo, 1000, "2026-09-01", "2026-08-11");
  Deal closed_category = open_deal("cat", kDemo, 1000);
  closed_category.category = ForecastCategory::Closed;
  Deal bad_probability = open_deal("prob", kDemo, 1000);
  bad_probability.probability = 101;
  Deal entered_before = open_deal("entered", kDemo, 1000);
  entered_before.stage_entered = day("2026-06-30");
  p.deals = {negative, open_at_won, won_early, lost_late, future_close, created_late, closed_category,
             bad_probability, entered_before, open_deal("neg", kDemo, 5)};
  const std::string text = lines(check_pipeline(p));
  CHECK(text.find("error /deals/0/amount: the amount cannot be negative") != std::string::npos);
  CHECK(text.find("error /deals/1/stage: 'Post-purchase' is the won stage") != std::string::npos);
  CHECK(text.find("error /deals/2/stage: a won deal belongs at the won stage 'post-purchase'") != std::string::npos);
  CHECK(text.find("error /deals/3/stage: a lost deal is recorded at the stage where it was lost") != std::string::npos);
  CHECK(text.find("error /deals/4/close_date: the deal closed on 2026-08-11, after as_of") != std::string::npos);
  CHECK(text.find("error /deals/5/created: the deal was created on 2026-08-11, after as_of") != std::string::npos);
  CHECK(text.find("error /deals/6/forecast_category: an open deal cannot be in the closed category") != std::string::npos);
  CHECK(text.find("error /deals/7/probability: must be a percentage from 0 to 100, not 101") != std::string::npos);
  CHECK(text.find("error /deals/8/stage_entered: the deal entered its stage on 2026-06-30, before it was created") !=
        std::string::npos);
  CHECK(text.find("error /deals/9/id: the deal id 'neg' is used twice") != std::string::npos);
}

TEST_CASE("model: period, quota and stage checks") {
  Pipeline p = empty_pipeline();
  p.period = {day("2026-09-30"), day("2026-07-01")};
  p.quota = Money::from_cents(-100);
  p.stalled_after_days = 0;
  const std::string text = lines(check_pipeline(p));
  CHECK(text.find("error /period/end: the period ends (2026-07-01) before it starts (2026-09-30)") != std::string::npos);
  CHECK(text.find("error /quota: the quota cannot be negative") != std::string::npos);
  CHECK(text.find("error /stalled_after_days: must be from 1 to 365 days, not 0") != std::string::npos);

  Pipeline stages = empty_pipeline();
  stages.preset.stages[1].id = stages.preset.stages[0].id;
  stages.preset.stages[2].conversion = 1.5;
  const std::string stage_text = lines(check_pipeline(stages));
  CHECK(stage_text.find("error /stages/1/id: the stage id 'prospecting' is used twice") != std::string::npos);
  CHECK(stage_text.find("error /stages/2/conversion: must be a share from 0 to 1") != std::string::npos);
}

TEST_CASE("model: an open deal whose close date has passed is a warning, not an error") {
  Pipeline p = empty_pipeline();
  p.deals = {open_deal("old", kDemo, 1000, "2026-08-01")};
  const auto diagnostics = check_pipeline(p);
  REQUIRE(diagnostics.size() == 1);
  CHECK_FALSE(diagnostics[0].is_error());
  CHECK(diagnostics[0].pointer == "/deals/0/close_date");
}
