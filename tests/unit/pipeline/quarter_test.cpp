#include <doctest/doctest.h>

#include "core/pipeline/quarter_plan.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;

namespace {

WeekPlan hours(int prospecting, int qualifying, int demos, int proposals, int negotiation, int account_care) {
  WeekPlan w;
  w.hours = {prospecting, qualifying, demos, proposals, negotiation, account_care};
  return w;
}

QuarterPlan every_week(const WeekPlan& week) {
  QuarterPlan plan;
  plan.weeks = {week};
  return plan;
}

QuarterSim play(const WeekPlan& week, std::uint64_t seed, const QuarterConfig& config = {}) {
  QuarterOutcome out = simulate_quarter(config, every_week(week), seed);
  REQUIRE(out.ok());
  return std::move(*out.sim);
}

std::vector<std::string> all_events(const QuarterSim& sim) {
  std::vector<std::string> out;
  for (const WeekReport& r : sim.reports()) {
    for (const WeekEvent& e : r.events) out.push_back(std::to_string(r.week) + " " + e.text);
  }
  return out;
}

const WeekPlan kBalanced = hours(8, 6, 8, 8, 8, 2);

}  // namespace

TEST_CASE("quarter: each default stage is worked by its activity") {
  const std::vector<Activity> a = stage_activities(default_preset());
  const std::vector<Activity> expected = {Activity::Prospecting, Activity::Qualifying,  Activity::Demos,
                                          Activity::Proposals,   Activity::Negotiation, Activity::Negotiation,
                                          Activity::AccountCare};
  CHECK(a == expected);
  CHECK(activity_key(Activity::AccountCare) == "account_care");
  CHECK(parse_activity("demos") == Activity::Demos);
  CHECK(parse_activity("demo") == std::nullopt);
}

TEST_CASE("quarter: the start has deals at every open stage and a few customers") {
  QuarterStart start = start_quarter(QuarterConfig{}, 11);
  REQUIRE(start.ok());
  const QuarterSim& sim = *start.sim;
  CHECK(sim.weeks_played() == 0);
  CHECK_FALSE(sim.finished());
  REQUIRE(sim.reports().size() == 1);
  const WeekReport& r = sim.reports()[0];
  CHECK(r.week == 0);
  CHECK(r.booked_total.is_zero());
  REQUIRE(r.stages.size() == 6);
  for (const StageSnapshot& s : r.stages) CHECK(s.deals > 0);
  CHECK(r.customers == static_cast<std::size_t>(kStartingCustomers));
  CHECK(lines(check_pipeline(sim.to_pipeline())).find("error") == std::string::npos);
}

TEST_CASE("quarter: the same seed and plan replay exactly; another seed differs") {
  const QuarterSim a = play(kBalanced, 5);
  const QuarterSim b = play(kBalanced, 5);
  const QuarterSim c = play(kBalanced, 6);
  CHECK(a.finished());
  CHECK(a.weeks_played() == 13);
  CHECK(a.booked() == b.booked());
  CHECK(all_events(a) == all_events(b));
  CHECK(a.debrief().drivers.size() == b.debrief().drivers.size());
  CHECK(all_events(a) != all_events(c));
}

TEST_CASE("quarter: a change in week 13 leaves weeks 1 to 12 as they were") {
  QuarterPlan plan = every_week(kBalanced);
  plan.weeks.resize(13, kBalanced);
  const QuarterSim a = *simulate_quarter(QuarterConfig{}, plan, 3).sim;
  plan.weeks[12] = hours(40, 0, 0, 0, 0, 0);
  const QuarterSim b = *simulate_quarter(QuarterConfig{}, plan, 3).sim;
  for (int week = 1; week <= 12; ++week) {
    CHECK(a.reports()[static_cast<std::size_t>(week)].booked_total == b.reports()[static_cast<std::size_t>(week)].booked_total);
    CHECK(a.reports()[static_cast<std::size_t>(week)].events.size() == b.reports()[static_cast<std::size_t>(week)].events.size());
  }
  CHECK(a.reports()[13].leads_prospected < b.reports()[13].leads_prospected);
}

TEST_CASE("quarter: bookings are the deals won during the quarter") {
  const QuarterSim sim = play(hours(4, 4, 8, 10, 12, 2), 21);
  Money won;
  int won_count = 0;
  for (const SimDeal& d : sim.deals()) {
    if (d.status == DealStatus::Won && d.closed_week >= 1) {
      won = Money::from_cents(won.cents() + d.amount.cents());
      ++won_count;
    }
  }
  Money weekly;
  int weekly_count = 0;
  for (const WeekReport& r : sim.reports()) {
    weekly = Money::from_cents(weekly.cents() + r.booked_this_week.cents());
    weekly_count += r.won;
  }
  CHECK(sim.booked() == won);
  CHECK(weekly == won);
  CHECK(weekly_count == won_count);
  CHECK(won_count > 0);
}

TEST_CASE("quarter: invalid weeks are refused and change nothing") {
  QuarterStart start = start_quarter(QuarterConfig{}, 1);
  QuarterSim& sim = *start.sim;
  dealdojo::util::FieldErrors errors = sim.play_week(hours(10, -1, 0, 0, 0, 0));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].pointer == "/qualifying");
  CHECK(errors[0].message == "The hours for Qualifying cannot be negative.");
  errors = sim.play_week(hours(30, 0, 0, 0, 0, 20));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].pointer == "/plan");
  CHECK(errors[0].message == "The week's hours add up to 50; there are only 40 to share.");
  errors = sim.play_week(hours(41, 0, 0, 0, 0, 0));
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].pointer == "/prospecting");
  CHECK(sim.weeks_played() == 0);
  for (int week = 0; week < 13; ++week) REQUIRE(sim.play_week(kBalanced).empty());
  CHECK(sim.finished());
  errors = sim.play_week(kBalanced);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "The quarter is over: every week has been played.");
  CHECK(sim.weeks_played() == 13);
}

TEST_CASE("quarter: a quarter with no hours wins nothing and deals go cold") {
  const QuarterSim sim = play(hours(0, 0, 0, 0, 0, 0), 4);
  CHECK(sim.booked().is_zero());
  int cold = 0, prospected = 0;
  for (const WeekReport& r : sim.reports()) {
    cold += r.went_cold;
    prospected += r.leads_prospected;
    CHECK(r.advanced == 0);
  }
  CHECK(cold > 10);
  CHECK(prospected == 0);
  const QuarterDebrief d = sim.debrief();
  CHECK_FALSE(d.reached_quota);
  CHECK(d.drivers.front().kind == DriverKind::Outcome);
  CHECK(d.drivers.front().text == "Booked 0 of a 150,000 quota (0%): below quota, 150,000 short.");
  bool idle = false, went_cold = false;
  for (const DebriefPoint& p : d.drivers) {
    idle = idle || (p.kind == DriverKind::IdleHours && p.text == "520 hours were left unplanned.");
    went_cold = went_cold || p.kind == DriverKind::WentCold;
  }
  CHECK(idle);
  CHECK(went_cold);
}

TEST_CASE("quarter: prospecting alone finds leads but books nothing this quarter") {
  const QuarterSim sim = play(hours(40, 0, 0, 0, 0, 0), 8);
  int prospected = 0;
  for (const WeekReport& r : sim.reports()) prospected += r.leads_prospected;
  CHECK(sim.booked().is_zero());
  CHECK(prospected > 50);
  CHECK(sim.reports().back().stages[kProspecting].deals > sim.reports()[0].stages[kProspecting].deals);
}

TEST_CASE("quarter: working the late stages books more than not working at all") {
  Money closer, idle;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    closer = Money::from_cents(closer.cents() + play(hours(4, 4, 8, 10, 12, 2), seed).booked().cents());
    idle = Money::from_cents(idle.cents() + play(hours(2, 1, 2, 1, 1, 1), seed).booked().cents());
  }
  CHECK(closer > idle);
}

TEST_CASE("quarter: hours for an activity with no deal to work on are reported unused") {
  QuarterConfig config;
  config.preset.stages = {default_preset().stages[kProspecting], default_preset().stages[kSigning],
                          default_preset().stages[kPostPurchase]};
  // Two open stages: prospecting, and negotiation for the last open stage.
  CHECK(stage_activities(config.preset) ==
        std::vector<Activity>{Activity::Prospecting, Activity::Negotiation, Activity::AccountCare});
  const QuarterSim sim = play(hours(10, 5, 7, 0, 10, 2), 2, config);
  for (std::size_t w = 1; w < sim.reports().size(); ++w) {
    const WeekReport& r = sim.reports()[w];
    CHECK(r.unused_hours[static_cast<std::size_t>(Activity::Qualifying)] == 5);
    CHECK(r.unused_hours[static_cast<std::size_t>(Activity::Demos)] == 7);
    CHECK(r.deals_worked[static_cast<std::size_t>(Activity::Demos)] == 0);
  }
  bool reported = false;
  for (const DebriefPoint& p : sim.debrief().drivers) {
    reported = reported || (p.kind == DriverKind::UnusedHours &&
                            p.text.find("hours found no deal to work on (65 of Qualifying, 91 of Demos") != std::string::npos);
  }
  CHECK(reported);
}

TEST_CASE("quarter: the state as a pipeline passes the checks and feeds the metrics") {
  QuarterStart start = start_quarter(QuarterConfig{}, 13);
  QuarterSim& sim = *start.sim;
  for (int week = 1; week <= 13; ++week) {
    REQUIRE(sim.play_week(kBalanced).empty());
    const Pipeline p = sim.to_pipeline();
    REQUIRE_MESSAGE(lines(check_pipeline(p)).find("error") == std::string::npos, lines(check_pipeline(p)));
    CHECK(format_date(p.as_of) == format_date(add_days(QuarterConfig{}.start, 7 * week)));
  }
  const QuarterDebrief d = sim.debrief();
  CHECK(d.booked == sim.booked());
  CHECK(d.reached_quota == (sim.booked() >= QuarterConfig{}.quota));
  CHECK(d.drivers.front().text.find(d.reached_quota ? "above quota by" : "below quota,") != std::string::npos);
  CHECK(d.final_pipeline_value == sim.reports().back().pipeline_value);
  int total = 0;
  for (int h : d.hours) total += h;
  CHECK(total == 13 * 40);
}

TEST_CASE("quarter: config checks") {
  QuarterConfig config;
  config.weeks = 0;
  config.hours_per_week = 100;
  config.average_deal = Money{};
  config.preset.stages[0].forecast_category = ForecastCategory::Closed;  // no open stage
  const QuarterStart start = start_quarter(config, 1);
  CHECK_FALSE(start.ok());
  CHECK(start.errors.size() == 4);
}

TEST_CASE("rebalancing hours keeps the week's total") {
  const WeekPlan plan = balanced_week(40);
  WeekPlan more = rebalance_hours(plan, Activity::Demos, 20, 40);
  CHECK(more[Activity::Demos] == 20);
  CHECK(more.total() == 40);
  WeekPlan less = rebalance_hours(plan, Activity::Prospecting, 0, 40);
  CHECK(less[Activity::Prospecting] == 0);
  CHECK(less.total() == 40);
  WeekPlan all = rebalance_hours(plan, Activity::AccountCare, 99, 40);
  CHECK(all[Activity::AccountCare] == 40);
  CHECK(all.total() == 40);
  for (int h : all.hours) CHECK(h >= 0);
}
