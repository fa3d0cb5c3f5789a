// The quarter simulation's mechanics: activities, checks, the starting state and
// one week of play. The debrief and the Pipeline view are in quarter_debrief.cpp.
//
// [SECTION] activities  [SECTION] checks  [SECTION] deals  [SECTION] starting state
// [SECTION] a week  [SECTION] snapshot
#include "core/pipeline/quarter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>


namespace dealdojo::pipeline {

// [SECTION] activities ---------------------------------------------------------

std::string_view activity_key(Activity activity) {
  static constexpr std::string_view kKeys[] = {"prospecting", "qualifying",  "demos",
                                               "proposals",   "negotiation", "account_care"};
  return kKeys[static_cast<std::size_t>(activity)];
}

std::string_view activity_name(Activity activity) {
  static constexpr std::string_view kNames[] = {"Prospecting", "Qualifying",  "Demos",
                                                "Proposals",   "Negotiation", "Account care"};
  return kNames[static_cast<std::size_t>(activity)];
}

std::optional<Activity> parse_activity(std::string_view key) {
  for (Activity a : kActivities) {
    if (activity_key(a) == key) return a;
  }
  return std::nullopt;
}

std::vector<Activity> stage_activities(const PipelinePreset& preset) {
  const std::size_t open = open_stage_count(preset);
  std::vector<Activity> out;
  for (std::size_t i = 0; i < preset.stages.size(); ++i) {
    if (i >= open) {
      out.push_back(Activity::AccountCare);
    } else if (i == 0 || open < 2) {
      out.push_back(Activity::Prospecting);
    } else {
      // Spread the later open stages over the four middle activities by position:
      // with the default seven stages, one each and negotiation for the last two.
      const double at = static_cast<double>(i) / static_cast<double>(open - 1);
      out.push_back(at <= 0.25 ? Activity::Qualifying
                    : at <= 0.5 ? Activity::Demos
                    : at <= 0.65 ? Activity::Proposals
                                 : Activity::Negotiation);
    }
  }
  return out;
}

std::string_view playbook_discipline_key(PlaybookDiscipline discipline) {
  return discipline == PlaybookDiscipline::Shortcut ? "shortcut" : "follow";
}

std::optional<PlaybookDiscipline> parse_playbook_discipline(std::string_view key) {
  if (key == "follow") return PlaybookDiscipline::Follow;
  if (key == "shortcut") return PlaybookDiscipline::Shortcut;
  return std::nullopt;
}

int WeekPlan::total() const {
  int sum = 0;
  for (int h : hours) sum += h;
  return sum;
}

WeekPlan balanced_week(int hours_per_week) {
  constexpr std::array<int, kActivityCount> kBalanced = {10, 6, 8, 6, 6, 4};
  WeekPlan plan;
  int given = 0;
  for (std::size_t i = 0; i < kActivityCount; ++i) {
    plan.hours[i] = kBalanced[i] * hours_per_week / 40;
    given += plan.hours[i];
  }
  plan.hours[0] += hours_per_week - given;  // what the rounding left goes to prospecting
  return plan;
}

WeekPlan rebalance_hours(WeekPlan plan, Activity changed, int hours, int total) {
  const auto at = static_cast<std::size_t>(changed);
  plan.hours[at] = std::clamp(hours, 0, total);
  int difference = total - plan.total();  // > 0: hours to give out; < 0: to take back
  for (int guard = 0; difference != 0 && guard < total * static_cast<int>(kActivityCount) + 8; ++guard) {
    const std::size_t other = (at + 1 + static_cast<std::size_t>(guard) % (kActivityCount - 1)) % kActivityCount;
    if (difference > 0) {
      ++plan.hours[other];
      --difference;
    } else if (plan.hours[other] > 0) {
      --plan.hours[other];
      ++difference;
    }
  }
  return plan;
}

std::string_view deal_origin_key(DealOrigin origin) {
  switch (origin) {
    case DealOrigin::Starting: return "starting";
    case DealOrigin::Prospecting: return "prospecting";
    case DealOrigin::Inbound: return "inbound";
    case DealOrigin::Referral: return "referral";
  }
  return "starting";
}

std::string_view event_kind_key(EventKind kind) {
  static constexpr std::string_view kKeys[] = {"new_lead", "advanced", "won", "lost", "went_cold", "referral", "onboarded"};
  return kKeys[static_cast<std::size_t>(kind)];
}

// [SECTION] checks -------------------------------------------------------------

util::FieldErrors check_quarter_config(const QuarterConfig& c) {
  util::FieldErrors errors;
  if (c.preset.stages.size() < kMinStages || c.preset.stages.size() > kMaxStages || open_stage_count(c.preset) == 0) {
    util::add_field_error(errors, quarter_field::kPreset,
                    "The stages need at least one open stage before the won (closed) stage.");
  }
  if (c.weeks < 1 || c.weeks > 52) util::add_field_error(errors, quarter_field::kWeeks, "Play 1 to 52 weeks.");
  if (c.hours_per_week < 1 || c.hours_per_week > 80) {
    util::add_field_error(errors, quarter_field::kHoursPerWeek, "A week has 1 to 80 working hours.");
  }
  if (c.quota.is_negative() || c.quota > util::kMaxAmount) {
    util::add_field_error(errors, quarter_field::kQuota,
                    "The quota must be from 0 to " + util::format_money(util::kMaxAmount) + ".");
  }
  if (c.average_deal < Money::from_units(1) || c.average_deal > Money::from_units(1'000'000'000)) {
    util::add_field_error(errors, quarter_field::kAverageDeal, "The average deal must be from 1 to 1,000,000,000.");
  }
  if (errors.empty()) errors = check_quarter_playbooks(c);  // they name stages: only once the stages are sound
  return errors;
}

util::FieldErrors check_week_plan(const WeekPlan& plan, const QuarterConfig& config) {
  util::FieldErrors errors;
  for (Activity a : kActivities) {
    if (plan[a] < 0) {
      util::add_field_error(errors, util::field_pointer(activity_key(a)),
                      "The hours for " + std::string(activity_name(a)) + " cannot be negative.");
    } else if (plan[a] > config.hours_per_week) {
      util::add_field_error(errors, util::field_pointer(activity_key(a)),
                      std::string(activity_name(a)) + " has " + std::to_string(plan[a]) + " hours; a week has " +
                          std::to_string(config.hours_per_week) + ".");
    }
  }
  if (errors.empty() && plan.total() > config.hours_per_week) {
    util::add_field_error(errors, quarter_field::kPlan,
                    "The week's hours add up to " + std::to_string(plan.total()) + "; there are only " +
                        std::to_string(config.hours_per_week) + " to share.");
  }
  return errors;
}

// [SECTION] deals --------------------------------------------------------------

namespace {

constexpr std::string_view kNameFirst[] = {
    "Northwind", "Bluebird", "Granite",   "Harbor",    "Juniper", "Kestrel", "Lumen",     "Meridian",
    "Orchard",   "Pinnacle", "Quarry",    "Redwood",   "Summit",  "Tidewater", "Vantage", "Willow",
    "Alder",     "Beacon",   "Cobalt",    "Driftwood", "Evergreen", "Foxglove", "Halcyon", "Ironbridge"};
constexpr std::string_view kNameSecond[] = {"Logistics", "Foods", "Health", "Labs",   "Retail", "Energy",
                                            "Finance",   "Media", "Motors", "Studios", "Systems", "Travel"};

std::string money(Money m) { return util::format_money(m); }

// 50% to 150% of the average, rounded to a tidy step.
Money draw_amount(Money average, Rng& rng) {
  const std::int64_t units = average.whole_units();
  const std::int64_t raw = units * static_cast<std::int64_t>(500 + rng.below(1001)) / 1000;
  const std::int64_t step = units >= 5000 ? 500 : units >= 500 ? 50 : 1;
  return Money::from_units(std::max(step, (raw + step / 2) / step * step));
}

}  // namespace

SimDeal& QuarterSim::add_deal(DealOrigin origin, std::size_t stage, int week, Rng& rng) {
  SimDeal d;
  char id[16];
  std::snprintf(id, sizeof id, "d-%03d", m_next_id++);
  d.id = id;
  d.name = std::string(kNameFirst[static_cast<std::size_t>(rng.below(std::size(kNameFirst)))]) + " " +
           std::string(kNameSecond[static_cast<std::size_t>(rng.below(std::size(kNameSecond)))]);
  d.amount = draw_amount(m_config.average_deal, rng);
  d.stage = stage;
  d.origin = origin;
  d.created_week = week;
  d.stage_week = week;
  // Leads found in week w are worked from the next Monday; the starting deals from day 0.
  enter_stage(d, kWorkingDaysPerWeek * std::max(0, week));
  m_deals.push_back(std::move(d));
  return m_deals.back();
}

// [SECTION] starting state -----------------------------------------------------

QuarterSim::QuarterSim(QuarterConfig config, std::uint64_t seed)
    : m_config(std::move(config)),
      m_seed(seed),
      m_stage_activity(stage_activities(m_config.preset)),
      m_won_stage(won_stage(m_config.preset)),
      m_stage_playbook(m_config.preset.stages.size(), -1) {
  for (std::size_t i = 0; i < m_config.playbooks.size(); ++i) {
    const auto stage = find_stage(m_config.preset, m_config.playbooks[i].stage);
    if (stage && *stage < m_won_stage) m_stage_playbook[*stage] = static_cast<int>(i);
  }
  add_starting_state();
  m_reports.push_back(snapshot(0));
}

void QuarterSim::add_starting_state() {
  Rng rng(derive_seed(m_seed, 0));
  double per_stage = 8.0;  // fewer deals at each later stage, as a funnel
  for (std::size_t stage = 0; stage < m_won_stage; ++stage, per_stage *= 0.78) {
    const auto count = std::lround(per_stage);
    const std::size_t criteria = m_config.preset.stages[stage].exit_criteria.size();
    for (long i = 0; i < count; ++i) {
      const int created = -static_cast<int>(rng.below(4)) - 2 * static_cast<int>(stage);
      SimDeal& d = add_deal(DealOrigin::Starting, stage, created, rng);
      d.stage_week = created + static_cast<int>(rng.below(static_cast<std::uint64_t>(1 - created)));
      d.criteria_met = criteria == 0 ? 0 : static_cast<std::size_t>(rng.below(criteria));
      d.stage_hours = static_cast<double>(d.criteria_met) * kGoodHoursPerCriterion;
      for (std::size_t c = 0; c < d.criteria_met && c < d.met.size(); ++c) d.met[c] = true;  // met before the quarter
    }
  }
  const std::size_t care_criteria = m_config.preset.stages[m_won_stage].exit_criteria.size();
  for (int i = 0; i < kStartingCustomers; ++i) {
    const int closed = -static_cast<int>(rng.below(6));
    SimDeal& d = add_deal(DealOrigin::Starting, m_won_stage, closed - 8, rng);
    d.status = DealStatus::Won;
    d.closed_week = closed;
    d.stage_week = closed;
    d.criteria_met = care_criteria == 0 ? 0 : static_cast<std::size_t>(rng.below(care_criteria));
  }
}

// [SECTION] a week -------------------------------------------------------------

util::FieldErrors QuarterSim::play_week(const WeekPlan& plan) {
  util::FieldErrors errors = check_week_plan(plan, m_config);
  if (finished()) util::add_field_error(errors, quarter_field::kPlan, "The quarter is over: every week has been played.");
  if (!errors.empty()) return errors;

  const int week = weeks_played() + 1;
  Rng rng(derive_seed(m_seed, static_cast<std::uint64_t>(week)));
  WeekReport report;
  report.week = week;
  report.plan = plan;
  const Shares shares = share_hours(plan, report);

  // Work the deals that exist at the start of the week, in order (new leads wait
  // for next week).
  std::vector<std::size_t> referrers;
  const std::size_t existing = m_deals.size();
  for (std::size_t i = 0; i < existing; ++i) {
    SimDeal& d = m_deals[i];
    if (d.status == DealStatus::Won) {
      if (care_for(d, shares.per_deal[static_cast<std::size_t>(Activity::AccountCare)], rng, report)) {
        referrers.push_back(i);
      }
    } else if (d.status == DealStatus::Open) {
      work_on(d, shares.per_deal[static_cast<std::size_t>(m_stage_activity[d.stage])], plan, week, rng, report);
    }
  }
  add_leads(shares.free_prospecting, referrers, week, rng, report);

  report.booked_total = Money::from_cents(m_reports.back().booked_total.cents() + report.booked_this_week.cents());
  WeekReport state = snapshot(week);
  report.stages = std::move(state.stages);
  report.customers = state.customers;
  report.pipeline_value = state.pipeline_value;
  report.weighted_pipeline = state.weighted_pipeline;
  m_reports.push_back(std::move(report));
  return {};
}

QuarterSim::Shares QuarterSim::share_hours(const WeekPlan& plan, WeekReport& report) const {
  std::array<std::size_t, kActivityCount> worked{};
  for (const SimDeal& d : m_deals) {
    if (d.status == DealStatus::Open) ++worked[static_cast<std::size_t>(m_stage_activity[d.stage])];
    if (d.status == DealStatus::Won && !d.customer_done) ++worked[static_cast<std::size_t>(Activity::AccountCare)];
  }
  Shares shares;
  for (Activity a : kActivities) {
    const auto i = static_cast<std::size_t>(a);
    const double hours = plan[a];
    const double n = static_cast<double>(worked[i]);
    report.deals_worked[i] = static_cast<int>(worked[i]);
    if (a == Activity::Prospecting) {
      shares.per_deal[i] = worked[i] == 0 ? 0.0 : std::min(kHoursPerProspect, hours / 2.0 / n);
      shares.free_prospecting = hours - shares.per_deal[i] * n;
    } else if (worked[i] == 0) {
      report.unused_hours[i] = plan[a];
    } else {
      shares.per_deal[i] = hours / n;
    }
  }
  return shares;
}

bool QuarterSim::care_for(SimDeal& d, double hours, Rng& rng, WeekReport& report) {
  const std::size_t needed = m_config.preset.stages[d.stage].exit_criteria.size();
  if (d.customer_done || hours <= 0.0) return false;
  const double p = hours / (hours + kHalfEffortHours);
  for (int t = 0; t < kMaxCriteriaPerWeek && d.criteria_met < needed && rng.chance(p); ++t) ++d.criteria_met;
  if (d.criteria_met < needed) return false;
  d.customer_done = true;
  report.events.push_back({EventKind::Onboarded, d.id, d.name + " is onboarded: every post-purchase step is done"});
  return rng.chance(kReferralChance);
}

void QuarterSim::work_on(SimDeal& d, double hours, const WeekPlan& plan, int week, Rng& rng, WeekReport& report) {
  const PipelineStage& stage = m_config.preset.stages[d.stage];
  const content::Playbook* playbook = d.run ? playbook_at(d.stage) : nullptr;
  if (hours <= 0.0) {
    if (playbook != nullptr) d.run->advance_to(*playbook, kWorkingDaysPerWeek * week - 1);  // automated steps still fire
    ++d.idle_weeks;
    if (d.idle_weeks >= kColdAfterIdleWeeks && rng.chance(kColdChance)) {
      d.status = DealStatus::Lost;
      d.loss = LossReason::WentCold;
      d.closed_week = week;
      ++report.went_cold;
      report.events.push_back({EventKind::WentCold, d.id,
                               "Lost " + d.name + " at " + stage.name + ": no hours for " +
                                   std::to_string(d.idle_weeks) + " weeks, and it went cold"});
      if (playbook != nullptr) record_guided(d, StageResult::WentCold, week, 1.0, 0.0);
    }
    return;
  }
  d.idle_weeks = 0;
  d.stage_hours += hours;
  const std::size_t needed = stage.exit_criteria.size();
  const double half = m_stage_activity[d.stage] == Activity::Prospecting ? kHalfEffortProspect : kHalfEffortHours;
  const double p = hours / (hours + half);
  double factor = 1.0;
  if (playbook == nullptr) {
    for (int t = 0; t < kMaxCriteriaPerWeek && d.criteria_met < needed && rng.chance(p); ++t) ++d.criteria_met;
  } else if (plan.playbook == PlaybookDiscipline::Follow) {
    walk_playbook(d, *playbook, p, week, rng);
  } else {
    take_shortcut(d, *playbook, p, week, rng);
  }
  if (d.criteria_met < needed) return;
  if (playbook != nullptr) factor = playbook_factor(!d.took_shortcut, skipped_required(d, *playbook).size());

  // Every exit criterion met: the buyer decides, more likely yes after good work.
  const double quality =
      std::min(1.0, d.stage_hours / (static_cast<double>(std::max<std::size_t>(1, needed)) * kGoodHoursPerCriterion));
  const double chance = std::min(1.0, stage.conversion * (0.8 + 0.4 * quality) * factor);
  const bool agreed = rng.chance(chance);
  if (playbook != nullptr) record_guided(d, agreed ? StageResult::Advanced : StageResult::Declined, week, factor, chance);
  if (!agreed) {
    d.status = DealStatus::Lost;
    d.loss = LossReason::Declined;
    d.closed_week = week;
    ++report.declined;
    report.events.push_back({EventKind::Lost, d.id, "Lost " + d.name + " at " + stage.name + ": the buyer chose not to go further"});
    return;
  }
  ++d.stage;
  d.criteria_met = 0;
  d.stage_hours = 0;
  d.stage_week = week;
  enter_stage(d, kWorkingDaysPerWeek * week);  // its next playbook starts on Monday
  if (d.stage == m_won_stage) {
    d.status = DealStatus::Won;
    d.closed_week = week;
    ++report.won;
    report.booked_this_week = Money::from_cents(report.booked_this_week.cents() + d.amount.cents());
    report.events.push_back({EventKind::Won, d.id, "Won " + d.name + ": +" + money(d.amount)});
  } else {
    ++report.advanced;
    report.events.push_back({EventKind::Advanced, d.id, d.name + " moved to " + m_config.preset.stages[d.stage].name});
  }
}

void QuarterSim::add_leads(double free_prospecting, const std::vector<std::size_t>& referrers, int week, Rng& rng,
                           WeekReport& report) {
  auto new_lead = [&](DealOrigin origin, std::size_t stage, const std::string& note) {
    SimDeal& d = add_deal(origin, stage, week, rng);
    const EventKind kind = origin == DealOrigin::Referral ? EventKind::Referral : EventKind::NewLead;
    report.events.push_back({kind, d.id, note + d.name + ", " + money(d.amount)});
  };
  const auto tries = static_cast<int>(std::floor(free_prospecting / kHoursPerLeadTry));
  for (int t = 0; t < tries; ++t) {
    if (!rng.chance(kLeadTryChance)) continue;
    ++report.leads_prospected;
    new_lead(DealOrigin::Prospecting, 0, "New lead from prospecting: ");
  }
  for (int t = 0; t < kInboundTries; ++t) {
    if (!rng.chance(kLeadTryChance)) continue;
    ++report.leads_inbound;
    new_lead(DealOrigin::Inbound, 0, "New inbound lead: ");
  }
  for (std::size_t referrer : referrers) {
    ++report.referrals;
    const std::string from = m_deals[referrer].name;  // copied: add_deal may move the deals
    new_lead(DealOrigin::Referral, std::min<std::size_t>(1, m_won_stage - 1), "Referral from " + from + ": ");
  }
}

// [SECTION] snapshot -----------------------------------------------------------

WeekReport QuarterSim::snapshot(int week) const {
  WeekReport r;
  r.week = week;
  r.stages.resize(m_won_stage);
  std::int64_t weighted_x100 = 0;
  for (const SimDeal& d : m_deals) {
    if (d.status == DealStatus::Won) ++r.customers;
    if (d.status != DealStatus::Open) continue;
    StageSnapshot& s = r.stages[d.stage];
    ++s.deals;
    s.value = Money::from_cents(s.value.cents() + d.amount.cents());
    r.pipeline_value = Money::from_cents(r.pipeline_value.cents() + d.amount.cents());
    weighted_x100 += d.amount.cents() * m_config.preset.stages[d.stage].probability;
  }
  r.weighted_pipeline = util::checked_div(Money::from_cents(weighted_x100), 100).value;
  return r;
}

QuarterStart start_quarter(const QuarterConfig& config, std::uint64_t seed) {
  QuarterStart start;
  start.errors = check_quarter_config(config);
  if (start.errors.empty()) start.sim = QuarterSim(config, seed);
  return start;
}

}  // namespace dealdojo::pipeline
