#pragma once
// A quarter to play: 13 weeks in which the learner splits a fixed number of hours
// each week among six activities, and watches the pipeline move.
//
// Each activity works the deals of some stages (stage_activities(): prospecting
// the first stage, qualifying, demos, proposals and negotiation the later open
// stages in order, account care the customers at the won stage). Every week:
//   1. Each activity's hours are shared equally by the deals it works on. A deal
//      meets its stage's exit criteria one at a time: each try succeeds with
//      chance h ÷ (h + kHalfEffortHours) for its h hours, up to
//      kMaxCriteriaPerWeek a week. Prospecting is different: at most half its
//      hours work the prospects (at most kHoursPerProspect each, and outreach is
//      quick: kHalfEffortProspect instead of kHalfEffortHours); the rest find new
//      leads, one try per kHoursPerLeadTry hours, each finding a lead with chance
//      kLeadTryChance.
//   2. A deal that has met every exit criterion leaves its stage: it moves on with
//      the stage's conversion × (0.8 + 0.4 × quality), at most 1, where quality is
//      its hours at the stage ÷ (criteria × kGoodHoursPerCriterion), at most 1;
//      otherwise the buyer says no and it is lost. Reaching the won stage books it.
//   3. From its kColdAfterIdleWeeks-th week in a row without an hour, a deal goes
//      cold (is lost) with chance kColdChance each week.
//   4. A customer whose post-purchase criteria are all met refers a new lead (at
//      the second stage) with chance kReferralChance.
//   5. Inbound leads arrive: kInboundTries tries, each with chance kLeadTryChance.
// The quarter starts with a pipeline of deals at every open stage and a few
// customers, drawn from the seed. Each week draws from its own stream of the seed
// (derive_seed), so a week's luck does not depend on how much earlier weeks drew.
// Deterministic for a seed and a plan.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/pipeline/health.hpp"
#include "core/pipeline/pipeline.hpp"
#include "core/util/field_errors.hpp"
#include "core/util/random.hpp"

namespace dealdojo::pipeline {

// ---- Activities ---------------------------------------------------------------
enum class Activity : std::uint8_t { Prospecting, Qualifying, Demos, Proposals, Negotiation, AccountCare };
inline constexpr std::size_t kActivityCount = 6;
inline constexpr std::array<Activity, kActivityCount> kActivities = {
    Activity::Prospecting, Activity::Qualifying,  Activity::Demos,
    Activity::Proposals,   Activity::Negotiation, Activity::AccountCare};
std::string_view activity_key(Activity activity);   // "prospecting", ..., "account_care" (plan files, JSON)
std::string_view activity_name(Activity activity);  // "Prospecting", ..., "Account care"
std::optional<Activity> parse_activity(std::string_view key);

// The activity that works each stage's deals, one per stage of the preset.
std::vector<Activity> stage_activities(const PipelinePreset& preset);

struct WeekPlan {
  std::array<int, kActivityCount> hours{};  // whole hours, by Activity

  int& operator[](Activity a) { return hours[static_cast<std::size_t>(a)]; }
  int operator[](Activity a) const { return hours[static_cast<std::size_t>(a)]; }
  int total() const;
};

// A balanced week: 10/6/8/6/6/4 hours for 40 (scaled to `hours_per_week`).
WeekPlan balanced_week(int hours_per_week);
// Sets `changed` to `hours` (clamped to 0..total) and moves the difference to or
// from the other activities one hour at a time, in order after `changed`, so the
// week still adds up to `total`.
WeekPlan rebalance_hours(WeekPlan plan, Activity changed, int hours, int total);

// ---- Mechanics (see the header comment) ---------------------------------------
inline constexpr double kHalfEffortHours = 1.5;
inline constexpr double kHalfEffortProspect = 0.5;
inline constexpr int kMaxCriteriaPerWeek = 3;
inline constexpr double kHoursPerProspect = 0.5;
inline constexpr double kHoursPerLeadTry = 1.5;
inline constexpr double kLeadTryChance = 0.5;
inline constexpr int kInboundTries = 2;
inline constexpr double kGoodHoursPerCriterion = 1.5;
inline constexpr int kColdAfterIdleWeeks = 2;
inline constexpr double kColdChance = 0.2;
inline constexpr double kReferralChance = 0.5;
inline constexpr int kStartingCustomers = 3;

struct QuarterConfig {
  PipelinePreset preset = default_preset();
  int weeks = 13;
  int hours_per_week = 40;
  Money quota = Money::from_units(150'000);
  Money average_deal = Money::from_units(20'000);  // new deals are 50%–150% of this
  Date start = make_date(2026, 1, 5);              // the Monday of week 1
};

// The JSON Pointers of the quarter's settings and of a week's plan, for their field errors.
namespace quarter_field {
inline constexpr std::string_view kPreset = "/preset";
inline constexpr std::string_view kWeeks = "/weeks";
inline constexpr std::string_view kHoursPerWeek = "/hours_per_week";
inline constexpr std::string_view kQuota = "/quota";
inline constexpr std::string_view kAverageDeal = "/average_deal";
inline constexpr std::string_view kPlan = "/plan";  // a week's hours as a whole; each activity is "/<key>" ("/demos")
}  // namespace quarter_field

util::FieldErrors check_quarter_config(const QuarterConfig& config);
// Errors on the activities ("/demos") for negative hours, and on "/plan" when the
// week's hours add up to more than hours_per_week. Fewer hours are allowed: the
// rest are idle, and the debrief says so.
util::FieldErrors check_week_plan(const WeekPlan& plan, const QuarterConfig& config);

// ---- State --------------------------------------------------------------------
enum class DealOrigin { Starting, Prospecting, Inbound, Referral };
std::string_view deal_origin_key(DealOrigin origin);  // "starting", "prospecting", "inbound", "referral"
enum class LossReason { None, Declined, WentCold };

struct SimDeal {
  std::string id;    // "d-007"
  std::string name;  // "Northwind Logistics"
  Money amount;
  std::size_t stage = 0;  // for a lost deal, where it was lost; won deals sit at the won stage
  DealStatus status = DealStatus::Open;
  DealOrigin origin = DealOrigin::Starting;
  LossReason loss = LossReason::None;
  std::size_t criteria_met = 0;  // exit criteria of its stage met so far, in order
  double stage_hours = 0;        // hours spent on it at this stage
  int idle_weeks = 0;            // weeks in a row without an hour
  int created_week = 0;          // 1..13 during the quarter; 0 or less before it
  int stage_week = 0;            // the week it entered its stage
  int closed_week = 0;           // the week it was won or lost
  bool customer_done = false;    // won, and every post-purchase criterion met
};

struct StageSnapshot {
  std::size_t deals = 0;
  Money value;
};

enum class EventKind { NewLead, Advanced, Won, Lost, WentCold, Referral, Onboarded };
std::string_view event_kind_key(EventKind kind);

struct WeekEvent {
  EventKind kind = EventKind::NewLead;
  std::string deal_id;
  std::string text;  // "Won Northwind Logistics: +24,500"
};

struct WeekReport {
  int week = 0;  // 0 is the start, before any week is played
  WeekPlan plan;
  int leads_prospected = 0;
  int leads_inbound = 0;
  int referrals = 0;
  int advanced = 0;  // moved to a later open stage
  int won = 0;
  int declined = 0;
  int went_cold = 0;
  Money booked_this_week;
  Money booked_total;
  std::vector<StageSnapshot> stages;  // open deals at each open stage, after the week
  std::size_t customers = 0;          // won deals, at the won stage
  Money pipeline_value;
  Money weighted_pipeline;
  std::array<int, kActivityCount> deals_worked{};  // deals (or customers) sharing each activity's hours
  std::array<int, kActivityCount> unused_hours{};  // hours that found no deal to work on
  std::vector<WeekEvent> events;
};

// ---- Debrief ------------------------------------------------------------------
enum class DriverKind { Outcome, WonFrom, WentCold, StuckLate, UnusedHours, IdleHours, Declined, Prospecting, Referrals };
std::string_view driver_kind_key(DriverKind kind);

struct DebriefPoint {
  DriverKind kind = DriverKind::Outcome;
  std::string text;
  Money amount;  // the value concerned (booked, lost, waiting), 0 when none
};

struct QuarterDebrief {
  Money booked;
  Money quota;
  bool reached_quota = false;
  double quota_share = 0;  // booked ÷ quota
  std::array<int, kActivityCount> hours{};  // over the weeks played
  std::vector<DebriefPoint> drivers;        // the outcome first, then what drove it
  HealthReport final_health;                // the pipeline left for next quarter
  Money final_pipeline_value;
  Money final_weighted_pipeline;
};

// ---- The simulation -----------------------------------------------------------
struct QuarterStart;

class QuarterSim {
 public:
  const QuarterConfig& config() const { return m_config; }
  std::uint64_t seed() const { return m_seed; }
  int weeks_played() const { return static_cast<int>(m_reports.size()) - 1; }
  bool finished() const { return weeks_played() >= m_config.weeks; }

  // Plays the next week; on errors (or when finished) nothing changes.
  util::FieldErrors play_week(const WeekPlan& plan);

  const std::vector<SimDeal>& deals() const { return m_deals; }
  // reports()[0] is the start; reports()[w] the end of week w.
  const std::vector<WeekReport>& reports() const { return m_reports; }
  Money booked() const { return m_reports.back().booked_total; }

  // The state as a Pipeline (as of the Monday after the last week played, period
  // = the quarter), for the metrics, health check and forecast.
  Pipeline to_pipeline() const;
  // What drove the result; "so far" before the quarter is finished.
  QuarterDebrief debrief() const;

 private:
  friend QuarterStart start_quarter(const QuarterConfig& config, std::uint64_t seed);
  QuarterSim(QuarterConfig config, std::uint64_t seed);

  struct Shares {
    std::array<double, kActivityCount> per_deal{};  // hours each deal (or customer) gets
    double free_prospecting = 0;                    // prospecting hours left to find leads
  };

  void add_starting_state();
  SimDeal& add_deal(DealOrigin origin, std::size_t stage, int week, Rng& rng);
  Shares share_hours(const WeekPlan& plan, WeekReport& report) const;
  // True when the customer, now onboarded, refers a new lead.
  bool care_for(SimDeal& customer, double hours, Rng& rng, WeekReport& report);
  void work_on(SimDeal& deal, double hours, int week, Rng& rng, WeekReport& report);
  void add_leads(double free_prospecting, const std::vector<std::size_t>& referrers, int week, Rng& rng,
                 WeekReport& report);
  WeekReport snapshot(int week) const;

  QuarterConfig m_config;
  std::uint64_t m_seed;
  std::vector<Activity> m_stage_activity;
  std::size_t m_won_stage = 0;
  std::vector<SimDeal> m_deals;
  std::vector<WeekReport> m_reports;
  int m_next_id = 1;
};

struct QuarterStart {
  util::FieldErrors errors;
  std::optional<QuarterSim> sim;

  bool ok() const { return sim.has_value(); }
};

QuarterStart start_quarter(const QuarterConfig& config, std::uint64_t seed);

}  // namespace dealdojo::pipeline
