#include <doctest/doctest.h>

#include <set>

#include "core/pipeline/pipeline_file.hpp"
#include "core/session/pipeline_desk.hpp"

using namespace dealdojo;
namespace pl = dealdojo::pipeline;

namespace {

const pl::Date kToday = pl::make_date(2026, 8, 10);

session::PipelineDesk sample_desk(std::uint64_t seed = 7) {
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), kToday, seed);
  return desk;
}

const content::Diagnostic* error_on(const util::FieldErrors& errors, std::string_view field) {
  for (const auto& e : errors) {
    if (e.pointer == field) return &e;
  }
  return nullptr;
}

std::string first_open_id(const session::PipelineDesk& desk) {
  for (const auto& d : desk.pipeline().deals) {
    if (d.status == pl::DealStatus::Open) return d.id;
  }
  return "";
}

}  // namespace

TEST_CASE("quarter_containing and monday_on_or_before find calendar boundaries") {
  const pl::Period q = session::quarter_containing(kToday);
  CHECK(pl::format_date(q.start) == "2026-07-01");
  CHECK(pl::format_date(q.end) == "2026-09-30");
  CHECK(pl::format_date(session::quarter_containing(pl::make_date(2026, 12, 31)).end) == "2026-12-31");
  CHECK(pl::format_date(session::monday_on_or_before(pl::make_date(2026, 7, 1))) == "2026-06-29");
  CHECK(pl::format_date(session::monday_on_or_before(pl::make_date(2026, 6, 29))) == "2026-06-29");
  CHECK(pl::format_date(session::date_from_unix_ms(86'400'000LL * 3 + 5)) == "1970-01-04");
  CHECK(pl::format_date(session::date_from_unix_ms(-1)) == "1969-12-31");
}

TEST_CASE("the sample pipeline is valid, believable and the same for a seed") {
  const pl::Pipeline a = session::make_sample_pipeline(pl::default_preset(), kToday, 7);
  const pl::Pipeline b = session::make_sample_pipeline(pl::default_preset(), kToday, 7);
  const pl::Pipeline c = session::make_sample_pipeline(pl::default_preset(), kToday, 8);
  CHECK(pl::write_pipeline(a) == pl::write_pipeline(b));
  CHECK(pl::write_pipeline(a) != pl::write_pipeline(c));
  for (const auto& diag : pl::check_pipeline(a)) {
    INFO(diag.pointer << ": " << diag.message);
    CHECK(diag.severity != content::Diagnostic::Severity::Error);
  }
  CHECK(a.deals.size() >= 15);
  CHECK(a.deals.size() <= 25);
  std::set<std::size_t> open_stages;
  std::set<std::string> owners;
  int open_in_period = 0, won = 0, lost = 0;
  for (const auto& d : a.deals) {
    owners.insert(d.owner);
    if (d.status == pl::DealStatus::Open) {
      open_stages.insert(d.stage);
      if (a.period.contains(d.close_date)) ++open_in_period;
    }
    won += d.status == pl::DealStatus::Won;
    lost += d.status == pl::DealStatus::Lost;
  }
  CHECK(open_stages.size() == pl::open_stage_count(a.preset));  // a deal at every open stage
  CHECK(owners.size() >= 2);
  CHECK(open_in_period >= 8);
  CHECK(won >= 2);
  CHECK(lost >= 2);
  CHECK(a.as_of == kToday);
  CHECK(pl::format_date(a.period.start) == "2026-07-01");
  CHECK(a.quota > pl::Money::from_units(0));
}

TEST_CASE("editing a deal's amount changes the metrics and a bad amount changes nothing") {
  auto desk = sample_desk();
  const std::string id = first_open_id(desk);
  const auto before = desk.metrics().pipeline_value;
  const auto revision = desk.revision();
  session::DealForm form = desk.form_for(id);
  form.amount = "lots";
  const auto errors = desk.update_deal(id, form);
  REQUIRE(error_on(errors, session::deal_field::kAmount) != nullptr);
  CHECK(desk.metrics().pipeline_value == before);
  CHECK(desk.revision() == revision);
  form.amount = "1,000,000";
  const auto* deal = desk.find_deal(id);
  REQUIRE(deal != nullptr);
  const auto old_amount = deal->amount;
  CHECK(desk.update_deal(id, form).empty());
  if (pl::in_pipeline(desk.pipeline(), *desk.find_deal(id))) {
    CHECK(desk.metrics().pipeline_value.cents() == before.cents() - old_amount.cents() + 100'000'000);
  }
  CHECK(desk.revision() > revision);
}

TEST_CASE("deal edits report every problem on its field") {
  auto desk = sample_desk();
  const std::string id = first_open_id(desk);
  session::DealForm form = desk.form_for(id);
  form.close_date = "2026-13-01";
  form.probability = "140";
  const auto errors = desk.update_deal(id, form);
  CHECK(error_on(errors, session::deal_field::kCloseDate) != nullptr);
  CHECK(error_on(errors, session::deal_field::kProbability) != nullptr);

  form = desk.form_for(id);
  form.amount = "-5";
  CHECK(error_on(desk.update_deal(id, form), session::deal_field::kAmount) != nullptr);

  form = desk.form_for(id);
  form.stage = pl::won_stage(desk.pipeline().preset);  // open at the won stage: the core refuses it
  CHECK(error_on(desk.update_deal(id, form), session::deal_field::kStage) != nullptr);

  form = desk.form_for(id);
  form.category = pl::ForecastCategory::Closed;
  CHECK(error_on(desk.update_deal(id, form), session::deal_field::kCategory) != nullptr);

  CHECK(error_on(desk.update_deal("no-such-deal", form), session::deal_field::kDeal) != nullptr);
}

TEST_CASE("a later close date counts a push and a new stage restarts the days in stage") {
  auto desk = sample_desk();
  const std::string id = first_open_id(desk);
  const int pushes = desk.find_deal(id)->close_date_pushes;
  session::DealForm form = desk.form_for(id);
  form.close_date = pl::format_date(pl::add_days(desk.find_deal(id)->close_date, 7));
  form.stage = desk.find_deal(id)->stage + 1;
  REQUIRE(desk.update_deal(id, form).empty());
  CHECK(desk.find_deal(id)->close_date_pushes == pushes + 1);
  CHECK(desk.find_deal(id)->stage_entered == kToday);
}

TEST_CASE("deals can be added and removed") {
  auto desk = sample_desk();
  const std::size_t count = desk.pipeline().deals.size();
  const std::size_t open_before = desk.metrics().open_deals;
  session::DealForm form = desk.new_deal_form();
  form.name = "Acme: pilot";
  form.amount = "";
  CHECK(error_on(desk.add_deal(form), session::deal_field::kAmount) != nullptr);
  form.amount = "25,000";
  std::string id;
  REQUIRE(desk.add_deal(form, &id).empty());
  CHECK(desk.pipeline().deals.size() == count + 1);
  CHECK(desk.metrics().open_deals == open_before + 1);
  REQUIRE(desk.find_deal(id) != nullptr);
  CHECK(desk.find_deal(id)->name == "Acme: pilot");
  CHECK(desk.remove_deal(id));
  CHECK_FALSE(desk.remove_deal(id));
  CHECK(desk.pipeline().deals.size() == count);
}

TEST_CASE("the quota and period are checked before they change") {
  auto desk = sample_desk();
  CHECK(error_on(desk.set_quota("-1"), session::desk_field::kQuota) != nullptr);
  CHECK(error_on(desk.set_quota("a lot"), session::desk_field::kQuota) != nullptr);
  REQUIRE(desk.set_quota("500,000").empty());
  CHECK(desk.pipeline().quota == pl::Money::from_units(500'000));
  CHECK(error_on(desk.set_period("2026-09-30", "2026-07-01"), session::desk_field::kPeriodEnd) != nullptr);
  CHECK(error_on(desk.set_period("July", "2026-09-30"), session::desk_field::kPeriodStart) != nullptr);
  CHECK(desk.set_period("2026-07-01", "2026-12-31").empty());
  CHECK(desk.pipeline().period.days() == 184);
}

TEST_CASE("a forecast run in slices gives the same result as in one go") {
  auto desk = sample_desk();
  pl::ForecastSettings settings;
  settings.trials = 5'000;
  settings.seed = 42;
  const pl::ForecastOutcome whole = pl::run_forecast(desk.pipeline(), settings);
  REQUIRE(whole.ok());
  REQUIRE(desk.start_forecast(settings).empty());
  int slices = 0;
  while (desk.forecast_running()) {
    CHECK(desk.step_forecast(333) > 0);
    ++slices;
  }
  CHECK(slices == 16);  // 15 slices of 333 and one of 5
  REQUIRE(desk.forecast_result());
  const pl::ForecastResult& sliced = *desk.forecast_result();
  CHECK(sliced.trials == 5'000);
  CHECK(sliced.p10_units == whole.result.p10_units);
  CHECK(sliced.p50_units == whole.result.p50_units);
  CHECK(sliced.p90_units == whole.result.p90_units);
  CHECK(sliced.mean_units == doctest::Approx(whole.result.mean_units));
  CHECK(sliced.trials_reaching_quota == whole.result.trials_reaching_quota);
  CHECK(sliced.p10_units <= sliced.p50_units);
  CHECK(sliced.p50_units <= sliced.p90_units);
  CHECK_FALSE(desk.forecast_stale());
  REQUIRE(desk.set_quota("1").empty());
  CHECK(desk.forecast_stale());
}

TEST_CASE("a cancelled forecast keeps no result and bad settings are refused") {
  auto desk = sample_desk();
  pl::ForecastSettings settings;
  settings.trials = 0;
  CHECK_FALSE(desk.start_forecast(settings).empty());
  CHECK_FALSE(desk.forecast_running());
  settings.trials = 10'000;
  REQUIRE(desk.start_forecast(settings).empty());
  desk.step_forecast(100);
  desk.cancel_forecast();
  CHECK_FALSE(desk.forecast_running());
  CHECK_FALSE(desk.forecast_result());
}

TEST_CASE("a quarter plays 13 weeks to a debrief") {
  auto desk = sample_desk();
  const pl::QuarterConfig config = desk.quarter_config();
  CHECK(pl::format_date(config.start) == "2026-06-29");
  REQUIRE(desk.start_quarter(config, 3).empty());
  const pl::WeekPlan plan = session::balanced_week(config.hours_per_week);
  CHECK(plan.total() == config.hours_per_week);
  REQUIRE(desk.play_week(plan).empty());
  CHECK(desk.quarter()->weeks_played() == 1);
  CHECK_FALSE(desk.debrief());
  pl::WeekPlan too_many = plan;
  too_many[pl::Activity::Demos] += 5;
  CHECK_FALSE(desk.play_week(too_many).empty());
  CHECK(desk.quarter()->weeks_played() == 1);
  CHECK(desk.play_rest(plan) == 12);
  CHECK(desk.quarter()->finished());
  REQUIRE(desk.debrief());
  CHECK(desk.debrief()->booked == desk.quarter()->booked());
  CHECK(desk.debrief()->reached_quota == (desk.quarter()->booked() >= desk.debrief()->quota));
  CHECK_FALSE(desk.debrief()->drivers.empty());
  CHECK_FALSE(desk.play_week(plan).empty());  // over
}

TEST_CASE("rebalancing hours keeps the week's total") {
  const pl::WeekPlan plan = session::balanced_week(40);
  pl::WeekPlan more = session::rebalance_hours(plan, pl::Activity::Demos, 20, 40);
  CHECK(more[pl::Activity::Demos] == 20);
  CHECK(more.total() == 40);
  pl::WeekPlan less = session::rebalance_hours(plan, pl::Activity::Prospecting, 0, 40);
  CHECK(less[pl::Activity::Prospecting] == 0);
  CHECK(less.total() == 40);
  pl::WeekPlan all = session::rebalance_hours(plan, pl::Activity::AccountCare, 99, 40);
  CHECK(all[pl::Activity::AccountCare] == 40);
  CHECK(all.total() == 40);
  for (int h : all.hours) CHECK(h >= 0);
}
