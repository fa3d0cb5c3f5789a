// The quarter simulation seen as a Pipeline, and the debrief of what drove the
// result.
//
// [SECTION] pipeline view  [SECTION] debrief
#include <algorithm>
#include <map>

#include "core/pipeline/metrics.hpp"
#include "core/pipeline/pipeline_text.hpp"
#include "core/pipeline/quarter.hpp"
#include "core/util/text.hpp"

namespace dealdojo::pipeline {

namespace {

std::string money(Money m) { return util::format_money(m); }
Money plus(Money a, Money b) { return Money::from_cents(a.cents() + b.cents()); }
std::string deals_text(int n) { return text::count_noun(n, "deal", "deals"); }

// The Friday of week `week` (week 1 starts on config.start; 0 and less are before).
Date friday(const QuarterConfig& c, int week) { return add_days(c.start, 7 * (week - 1) + 4); }

}  // namespace

std::string_view driver_kind_key(DriverKind kind) {
  static constexpr std::string_view kKeys[] = {"outcome",  "won_from",       "went_cold",   "stuck_late",
                                               "unused_hours", "idle_hours", "declined", "playbook_steps",
                                               "prospecting",  "referrals"};
  return kKeys[static_cast<std::size_t>(kind)];
}

// [SECTION] pipeline view ------------------------------------------------------

Pipeline QuarterSim::to_pipeline() const {
  Pipeline p;
  p.name = "Quarter simulation after week " + std::to_string(weeks_played());
  p.preset = m_config.preset;
  p.as_of = add_days(m_config.start, 7 * weeks_played());
  p.period = {m_config.start, add_days(m_config.start, 7 * m_config.weeks - 1)};
  p.quota = m_config.quota;
  for (const SimDeal& s : m_deals) {
    Deal d;
    d.id = s.id;
    d.name = s.name;
    d.owner = "you";
    d.stage = s.stage;
    d.amount = s.amount;
    d.status = s.status;
    d.created = friday(m_config, s.created_week);
    d.stage_entered = friday(m_config, s.stage_week);
    if (s.status == DealStatus::Open) {
      // Expected close: the criteria left to meet at about 1.5 a week.
      std::size_t left = m_config.preset.stages[s.stage].exit_criteria.size() - s.criteria_met;
      for (std::size_t i = s.stage + 1; i < m_won_stage; ++i) left += m_config.preset.stages[i].exit_criteria.size();
      d.close_date = add_days(p.as_of, std::max(1, (static_cast<int>(left) * 14 + 2) / 3));
    } else {
      d.close_date = friday(m_config, s.closed_week);
    }
    p.deals.push_back(std::move(d));
  }
  return p;
}

// [SECTION] debrief ------------------------------------------------------------

QuarterDebrief QuarterSim::debrief() const {
  QuarterDebrief q;
  const QuarterConfig& c = m_config;
  const int played = weeks_played();
  q.booked = booked();
  q.quota = c.quota;
  q.reached_quota = q.booked >= c.quota;
  q.quota_share = c.quota.is_zero() ? 1.0 : static_cast<double>(q.booked.cents()) / static_cast<double>(c.quota.cents());
  std::vector<WeekPlan> plans;
  for (std::size_t w = 1; w < m_reports.size(); ++w) plans.push_back(m_reports[w].plan);
  q.verdict = judge_plan(plans, c.hours_per_week, finished());
  int unused_total = 0, idle_total = 0, prospected = 0, inbound = 0, referrals = 0;
  std::array<int, kActivityCount> unused{};
  for (std::size_t w = 1; w < m_reports.size(); ++w) {
    const WeekReport& r = m_reports[w];
    for (std::size_t a = 0; a < kActivityCount; ++a) {
      q.hours[a] += r.plan.hours[a];
      unused[a] += r.unused_hours[a];
      unused_total += r.unused_hours[a];
    }
    idle_total += c.hours_per_week - r.plan.total();
    prospected += r.leads_prospected;
    inbound += r.leads_inbound;
    referrals += r.referrals;
  }
  const int hours_total = std::max(1, played * c.hours_per_week);
  auto share_of_hours = [&](Activity a) {
    return format_share(static_cast<double>(q.hours[static_cast<std::size_t>(a)]) / hours_total);
  };
  // "16.2% of your hours, about 0.6 hours a week per deal": the hours ÷ the deals they were shared by.
  auto hours_text = [&](Activity a) {
    const auto i = static_cast<std::size_t>(a);
    int deal_weeks = 0;
    for (std::size_t w = 1; w < m_reports.size(); ++w) deal_weeks += m_reports[w].deals_worked[i];
    std::string out = share_of_hours(a) + " of your hours";
    if (deal_weeks > 0) {
      out += ", about " + format_decimal(static_cast<double>(q.hours[i]) / deal_weeks, 1) + " hours a week per deal";
    }
    return out;
  };

  // Outcome.
  const Money gap = Money::from_cents(q.booked.cents() - c.quota.cents());
  std::string outcome = (finished() ? "Booked " : "So far, after week " + std::to_string(played) + ": booked ") +
                        money(q.booked) + " of a " + money(c.quota) + " quota (" + format_share(q.quota_share) + "): ";
  outcome += q.reached_quota ? "above quota by " + money(gap) + "."
                             : "below quota, " + money(Money::from_cents(-gap.cents())) + " short.";
  q.drivers.push_back({DriverKind::Outcome, outcome, q.booked});

  // Where the wins came from.
  int won_starting = 0, won_new = 0;
  for (const SimDeal& d : m_deals) {
    if (d.status != DealStatus::Won || d.closed_week < 1) continue;
    (d.origin == DealOrigin::Starting ? won_starting : won_new) += 1;
  }
  q.drivers.push_back({DriverKind::WonFrom,
                       won_starting + won_new == 0
                           ? "No deal was won: none reached the end of " +
                                 c.preset.stages[m_won_stage - 1].name + "."
                           : deals_text(won_starting + won_new) + " won: " + std::to_string(won_starting) +
                                 " from the pipeline you started with, " + std::to_string(won_new) +
                                 " from leads found this quarter.",
                       q.booked});

  // Deals lost for want of hours, and deals lost at a stage's exit.
  std::map<std::size_t, int> cold_at, declined_at;
  Money cold_value, declined_value;
  for (const SimDeal& d : m_deals) {
    if (d.loss == LossReason::WentCold) {
      ++cold_at[d.stage];
      cold_value = plus(cold_value, d.amount);
    } else if (d.loss == LossReason::Declined) {
      ++declined_at[d.stage];
      declined_value = plus(declined_value, d.amount);
    }
  }
  auto most = [](const std::map<std::size_t, int>& counts) {
    return std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  };
  if (!cold_at.empty()) {
    int count = 0;
    for (const auto& [stage, n] : cold_at) count += n;
    const std::size_t stage = most(cold_at);
    const Activity activity = m_stage_activity[stage];
    q.drivers.push_back({DriverKind::WentCold,
                         deals_text(count) + " worth " + money(cold_value) +
                             " went cold after weeks without an hour, most at " + c.preset.stages[stage].name + " (" +
                             std::string(activity_name(activity)) + " had " + hours_text(activity) +
                             "). A deal left alone for " + std::to_string(kColdAfterIdleWeeks) +
                             " weeks starts to slip away.",
                         cold_value});
  }

  // Deals that were close when the time ran out.
  int late_count = 0;
  Money late_value;
  const std::size_t late_from = m_won_stage - std::min<std::size_t>(2, m_won_stage / 2);  // the last two open stages, at most half
  for (const SimDeal& d : m_deals) {
    if (d.status != DealStatus::Open || d.stage < late_from) continue;
    ++late_count;
    late_value = plus(late_value, d.amount);
  }
  if (late_count > 0 && late_from < m_won_stage) {
    q.drivers.push_back({DriverKind::StuckLate,
                         deals_text(late_count) + " worth " + money(late_value) + (late_count == 1 ? " was" : " were") + " still at " +
                             c.preset.stages[late_from].name +
                             (late_from + 1 < m_won_stage ? " or " + c.preset.stages[late_from + 1].name : "") + " " +
                             (finished() ? "when the quarter ended" : "now") + ": close to signing. " +
                             std::string(activity_name(m_stage_activity[late_from])) + " had " +
                             hours_text(m_stage_activity[late_from]) + ".",
                         late_value});
  }

  if (unused_total > 0) {
    std::string parts;
    for (Activity a : kActivities) {
      const int h = unused[static_cast<std::size_t>(a)];
      if (h == 0) continue;
      parts += (parts.empty() ? "" : ", ") + std::to_string(h) + " of " + std::string(activity_name(a));
    }
    q.drivers.push_back({DriverKind::UnusedHours,
                         text::count_noun(unused_total, "hour", "hours") + " found no deal to work on (" + parts +
                             "): put hours where the deals are.",
                         {}});
  }
  if (idle_total > 0) {
    q.drivers.push_back({DriverKind::IdleHours,
                         text::count_noun(idle_total, "hour was", "hours were") + " left unplanned.", {}});
  }
  if (!declined_at.empty()) {
    int count = 0;
    for (const auto& [stage, n] : declined_at) count += n;
    const std::size_t stage = most(declined_at);
    q.drivers.push_back({DriverKind::Declined,
                         deals_text(count) + " said no at a stage's exit, most at " + c.preset.stages[stage].name +
                             " (whose conversion is " + format_share(c.preset.stages[stage].conversion) +
                             "): the funnel at work. Thin effort at a stage lowers its conversion by up to 20%, "
                             "full effort raises it by up to 20%.",
                         declined_value});
  }

  add_playbook_points(q);

  // The pipeline left for next quarter.
  Pipeline next = to_pipeline();
  next.period = {add_days(next.period.end, 1), add_days(next.period.end, 7 * c.weeks)};
  const PipelineMetrics metrics = compute_metrics(next);
  q.final_health = diagnose_health(next, metrics);
  q.final_pipeline_value = metrics.pipeline_value;
  q.final_weighted_pipeline = metrics.weighted_pipeline;
  const std::size_t early_stages = q.final_health.shape.early_stages;
  q.drivers.push_back({DriverKind::Prospecting,
                       "Prospecting (" + share_of_hours(Activity::Prospecting) + " of your hours) found " +
                           text::count_noun(prospected, "lead", "leads") + ", with " + std::to_string(inbound) +
                           " inbound and " + std::to_string(referrals) + " from referrals; " +
                           deals_text(static_cast<int>(q.final_health.shape.early_deals)) + " left in the first " +
                           (early_stages == 1 ? std::string("stage") : std::to_string(early_stages) + " stages") +
                           " for next quarter. " + q.final_health.summary,
                       metrics.pipeline_value});
  int onboarded = 0;
  for (const WeekReport& r : m_reports) {
    for (const WeekEvent& e : r.events) onboarded += e.kind == EventKind::Onboarded ? 1 : 0;
  }
  q.drivers.push_back({DriverKind::Referrals,
                       "Account care (" + share_of_hours(Activity::AccountCare) + " of your hours) onboarded " +
                           text::count_noun(onboarded, "customer", "customers") + ", who referred " +
                           text::count_noun(referrals, "new lead", "new leads") + ".",
                       {}});
  return q;
}

}  // namespace dealdojo::pipeline
