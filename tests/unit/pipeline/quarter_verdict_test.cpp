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

const WeekPlan kBase = hours(10, 6, 8, 6, 6, 4);

// The same week 13 times.
std::vector<WeekPlan> steady() { return std::vector<WeekPlan>(13, kBase); }

// Three changes of 6 hours (15%), in weeks 5, 8 and 11: each split kept 3 weeks or more.
std::vector<WeekPlan> measured() {
  std::vector<WeekPlan> weeks(4, kBase);
  weeks.insert(weeks.end(), 3, hours(4, 6, 14, 6, 6, 4));
  weeks.insert(weeks.end(), 3, hours(4, 6, 8, 6, 12, 4));
  weeks.insert(weeks.end(), 3, hours(4, 6, 8, 12, 6, 4));
  return weeks;
}

// A different split every week: 8 hours of prospecting go to another activity each week.
std::vector<WeekPlan> restless() {
  std::vector<WeekPlan> weeks;
  for (int w = 1; w <= 13; ++w) {
    WeekPlan week = kBase;
    week[Activity::Prospecting] -= 8;
    week.hours[1 + static_cast<std::size_t>(w % 5)] += 8;
    weeks.push_back(week);
  }
  return weeks;
}

PlanVerdict judge(const std::vector<WeekPlan>& weeks, bool finished = true) {
  const std::optional<PlanVerdict> verdict = judge_plan(weeks, 40, finished);
  REQUIRE(verdict.has_value());
  return *verdict;
}

}  // namespace

TEST_CASE("verdict: the share of hours moved counts unplanned hours as a bucket") {
  CHECK(share_moved(kBase, kBase, 40) == 0.0);
  CHECK(share_moved(kBase, hours(4, 6, 14, 6, 6, 4), 40) == doctest::Approx(0.15));
  CHECK(share_moved(kBase, hours(10, 6, 0, 6, 6, 4), 40) == doctest::Approx(0.2));  // 8 demo hours left unplanned
  CHECK(is_plan_change(kBase, hours(6, 6, 12, 6, 6, 4), 40));                       // 4 of 40: a change
  CHECK_FALSE(is_plan_change(kBase, hours(7, 6, 11, 6, 6, 4), 40));                 // 3 of 40: a tweak
  WeekPlan shortcut = kBase;
  shortcut.playbook = PlaybookDiscipline::Shortcut;
  CHECK(share_moved(kBase, shortcut, 40) == 0.0);
  CHECK(is_plan_change(kBase, shortcut, 40));  // a new way of working is a change, whatever the hours
}

TEST_CASE("verdict: the same week all quarter is humming") {
  const PlanVerdict v = judge(steady());
  CHECK(v.kind == PlanVerdictKind::Humming);
  CHECK(v.final);
  CHECK(v.weeks == 13);
  CHECK(v.weeks_changed == 0);
  CHECK(v.change_weeks.empty());
  CHECK(v.average_share_moved == 0.0);
  CHECK(v.shortest_hold == 13);
  CHECK(v.last_hold == 13);
  CHECK(v.hasty_changes == 0);
  CHECK(v.explanation == "Humming: the same plan for all 13 weeks, so the results show what that plan does.");
}

TEST_CASE("verdict: three changes each kept three weeks or more is experimenting") {
  const PlanVerdict v = judge(measured());
  CHECK(v.kind == PlanVerdictKind::Experimenting);
  CHECK(v.weeks_changed == 3);
  CHECK(v.change_weeks == std::vector<int>{5, 8, 11});
  CHECK(v.average_share_moved == doctest::Approx(3 * 0.15 / 12));
  CHECK(v.shortest_hold == 3);
  CHECK(v.last_hold == 3);
  CHECK(v.hasty_changes == 0);
  CHECK(v.explanation ==
        "Experimenting: 3 changes (weeks 5, 8 and 11), each kept at least 3 weeks so its effect could show; keep what "
        "worked.");
}

TEST_CASE("verdict: a different split every week is thrashing") {
  const PlanVerdict v = judge(restless());
  CHECK(v.kind == PlanVerdictKind::Thrashing);
  CHECK(v.weeks_changed == 12);
  CHECK(v.average_share_moved == doctest::Approx(0.2));
  CHECK(v.shortest_hold == 1);
  CHECK(v.last_hold == 1);
  CHECK(v.hasty_changes == 12);
  CHECK(v.explanation ==
        "Thrashing: the plan changed in 12 of 12 weeks, with 20% of the hours moving a week on average: no split "
        "stayed long enough to show what works.");
}

TEST_CASE("verdict: small tweaks are not changes; one early correction still hums") {
  std::vector<WeekPlan> tweaks;
  for (int w = 0; w < 13; ++w) tweaks.push_back(w % 2 == 0 ? kBase : hours(8, 6, 10, 6, 6, 4));
  const PlanVerdict tweaked = judge(tweaks);
  CHECK(tweaked.kind == PlanVerdictKind::Humming);
  CHECK(tweaked.weeks_changed == 0);
  CHECK(tweaked.average_share_moved == doctest::Approx(0.05));
  CHECK(tweaked.explanation ==
        "Humming: the plan held for all 13 weeks with only small tweaks, so the results show what it does.");

  std::vector<WeekPlan> corrected(13, hours(4, 6, 14, 6, 6, 4));
  corrected[0] = kBase;  // week 1 tried, then the plan changed and held
  const PlanVerdict v = judge(corrected);
  CHECK(v.kind == PlanVerdictKind::Humming);
  CHECK(v.change_weeks == std::vector<int>{2});
  CHECK(v.hasty_changes == 1);
  CHECK(v.shortest_hold == 1);
  CHECK(v.last_hold == 12);
  CHECK(v.explanation ==
        "Humming: one change, in week 2, then the plan held for 12 weeks: the results show what the settled plan does.");
}

TEST_CASE("verdict: two splits dropped after a week is thrashing, even with few changes") {
  std::vector<WeekPlan> weeks(13, kBase);
  weeks[4] = hours(4, 6, 14, 6, 6, 4);  // week 5 only
  weeks[8] = hours(4, 6, 8, 6, 12, 4);  // week 9 only
  const PlanVerdict v = judge(weeks);
  CHECK(v.weeks_changed == 4);
  CHECK(v.change_weeks == std::vector<int>{5, 6, 9, 10});
  CHECK(v.hasty_changes == 2);
  CHECK(v.kind == PlanVerdictKind::Thrashing);
  CHECK(v.explanation == "Thrashing: 2 splits were dropped after a single week, before they could show what they do.");

  weeks[8] = kBase;  // one dropped split: experimenting, and the explanation names it
  const PlanVerdict once = judge(weeks);
  CHECK(once.kind == PlanVerdictKind::Experimenting);
  CHECK(once.explanation ==
        "Experimenting: 2 changes (weeks 5 and 6), but the split of week 5 was dropped after one week, before it could "
        "show its effect.");
}

TEST_CASE("verdict: switching the playbook discipline is a change") {
  std::vector<WeekPlan> weeks = steady();
  for (std::size_t w = 6; w < weeks.size(); ++w) weeks[w].playbook = PlaybookDiscipline::Shortcut;
  const PlanVerdict v = judge(weeks);
  CHECK(v.change_weeks == std::vector<int>{7});
  CHECK(v.average_share_moved == 0.0);
  CHECK(v.kind == PlanVerdictKind::Humming);
  CHECK(v.last_hold == 7);
}

TEST_CASE("verdict: before the quarter ends it is a verdict so far; none before the first week") {
  CHECK_FALSE(judge_plan({}, 40, false).has_value());
  const std::vector<WeekPlan> five(5, kBase);
  const PlanVerdict v = judge(five, /*finished=*/false);
  CHECK_FALSE(v.final);
  CHECK(v.kind == PlanVerdictKind::Humming);
  CHECK(v.explanation == "So far (5 weeks), humming: the same plan for all 5 weeks, so the results show what that plan does.");
  // A change in week 3 of 4 has not settled yet.
  std::vector<WeekPlan> early = {kBase, kBase, hours(4, 6, 14, 6, 6, 4), hours(4, 6, 14, 6, 6, 4)};
  CHECK(judge(early, false).kind == PlanVerdictKind::Experimenting);
}

TEST_CASE("verdict: the quarter's debrief judges the weeks played") {
  QuarterPlan plan;
  plan.weeks = measured();
  const QuarterOutcome out = simulate_quarter(QuarterConfig{}, plan, 9);
  REQUIRE(out.ok());
  const QuarterDebrief d = out.sim->debrief();
  REQUIRE(d.verdict.has_value());
  CHECK(d.verdict->kind == PlanVerdictKind::Experimenting);
  CHECK(d.verdict->final);
  CHECK(d.verdict->change_weeks == std::vector<int>{5, 8, 11});

  QuarterStart start = start_quarter(QuarterConfig{}, 9);
  CHECK_FALSE(start.sim->debrief().verdict.has_value());
  REQUIRE(start.sim->play_week(kBase).empty());
  REQUIRE(start.sim->debrief().verdict.has_value());
  CHECK_FALSE(start.sim->debrief().verdict->final);
}
