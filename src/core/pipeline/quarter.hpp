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
//
// Playbooks (QuarterConfig::playbooks, the pack's guidance for the preset's open
// stages; a stage without one is worked exactly as above). Week w is working days
// 5(w-1) to 5w-1; a deal's playbook run starts when the deal reaches the stage (day
// 0 for the starting deals, the next Monday for deals that move on or arrive), and
// its wait and send steps fire as those days pass, hours or not. The week's plan
// says how its hours work these stages (WeekPlan::playbook):
//   - follow: the deal walks its playbook, one rep step a working day. A try works
//     the current step with the same chance as above (h ÷ (h + half)); success
//     takes the step's first outcome, failure its second when that leads to another
//     step (the remedial branch: wait then follow up, ask someone else); a step
//     without one is tried again the next day (the buyer's final no is the
//     stage's conversion, not a missed call). Outcomes meet the stage's exit
//     criteria; the deal leaves the stage when all are met (criteria met before the
//     quarter count). A run that ends with criteria still open meets the rest one
//     a day, as in step 1. A deal that followed the playbook all through the stage
//     leaves it with conversion × kFollowFactor (still at most 1).
//   - shortcut: the criteria are met one at a time as in step 1, and the playbook
//     is not walked. At the exit of a stage where the deal took any shortcut week,
//     each required step of the playbook it never did lowers the conversion ×
//     kSkippedRequiredFactor, to no less than × kMinSkippedFactor.
// The won stage's playbook (post-purchase) is not walked: account care stays as above.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/guidance_section.hpp"
#include "core/guidance/playbook_run.hpp"
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

// How the week works deals at stages that have a playbook (see the header comment);
// stages without one are worked the same way either way.
enum class PlaybookDiscipline : std::uint8_t { Follow, Shortcut };
std::string_view playbook_discipline_key(PlaybookDiscipline discipline);  // "follow", "shortcut"
std::optional<PlaybookDiscipline> parse_playbook_discipline(std::string_view key);

struct WeekPlan {
  std::array<int, kActivityCount> hours{};  // whole hours, by Activity
  PlaybookDiscipline playbook = PlaybookDiscipline::Follow;

  int& operator[](Activity a) { return hours[static_cast<std::size_t>(a)]; }
  int operator[](Activity a) const { return hours[static_cast<std::size_t>(a)]; }
  int total() const;
  bool operator==(const WeekPlan&) const = default;
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
inline constexpr int kWorkingDaysPerWeek = 5;
inline constexpr double kFollowFactor = 1.1;
inline constexpr double kSkippedRequiredFactor = 0.85;
inline constexpr double kMinSkippedFactor = 0.7;

struct QuarterConfig {
  PipelinePreset preset = default_preset();
  int weeks = 13;
  int hours_per_week = 40;
  Money quota = Money::from_units(150'000);
  Money average_deal = Money::from_units(20'000);  // new deals are 50%–150% of this
  Date start = make_date(2026, 1, 5);              // the Monday of week 1
  // Stage playbooks, each naming an open stage of `preset` by id (stage_playbooks());
  // none: every stage is worked the same whatever the week's playbook discipline.
  std::vector<content::Playbook> playbooks;
};

// The playbooks `guidance` has for the pack preset `preset_id`, kept when their
// stage is an open stage of `preset` (matched by id), in stage order.
std::vector<content::Playbook> stage_playbooks(const content::Guidance& guidance, std::string_view preset_id,
                                               const PipelinePreset& preset);
// Errors at "/playbooks/<index>": a playbook for no open stage of the preset, a
// second one for a stage, one without steps, or one meeting a criterion the stage lacks.
util::FieldErrors check_quarter_playbooks(const QuarterConfig& config);
// What a playbook does to a stage's conversion at its exit: kFollowFactor for a deal
// that followed it all through the stage; else kSkippedRequiredFactor for each
// required step not done, no lower than kMinSkippedFactor.
double playbook_factor(bool followed, std::size_t skipped_required);

// The JSON Pointers of the quarter's settings and of a week's plan, for their field errors.
namespace quarter_field {
inline constexpr std::string_view kPreset = "/preset";
inline constexpr std::string_view kWeeks = "/weeks";
inline constexpr std::string_view kHoursPerWeek = "/hours_per_week";
inline constexpr std::string_view kQuota = "/quota";
inline constexpr std::string_view kAverageDeal = "/average_deal";
inline constexpr std::string_view kPlan = "/plan";  // a week's hours as a whole; each activity is "/<key>" ("/demos")
inline constexpr std::string_view kPlaybooks = "/playbooks";  // one is "/playbooks/<index>"
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
  // At a stage with a playbook (none elsewhere):
  std::optional<guidance::PlaybookRun> run;  // the playbook as walked in follow weeks
  std::vector<bool> met;                     // each exit criterion met, by the run, a shortcut or before the quarter
  bool took_shortcut = false;                // a shortcut week at this stage
};

// A deal's time at a playbook stage, kept when it left the stage (or was lost there).
enum class StageResult { Advanced, Declined, WentCold };  // advanced includes won
struct GuidedStage {
  std::string deal_id;
  std::size_t stage = 0;
  int week = 0;                      // the week it left
  StageResult result = StageResult::Advanced;
  guidance::PlaybookRun run;         // as walked: the history has every step done and fired, by day
  bool followed = true;              // no shortcut week at the stage
  std::vector<std::string> skipped_required;  // required step ids never done (only after a shortcut)
  double factor = 1.0;               // playbook_factor() at the exit; 1 for a deal that went cold
  double chance = 0.0;               // the conversion chance at the exit; 0 for a deal that went cold
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
enum class DriverKind {
  Outcome, WonFrom, WentCold, StuckLate, UnusedHours, IdleHours, Declined, PlaybookSteps, Prospecting, Referrals
};
std::string_view driver_kind_key(DriverKind kind);

struct DebriefPoint {
  DriverKind kind = DriverKind::Outcome;
  std::string text;
  Money amount;  // the value concerned (booked, lost, waiting), 0 when none
};

// ---- Verdict: how the plan changed week to week --------------------------------
// Seed 002's three levels of sales process success, read from the plan alone:
// humming (the plan settled), experimenting (a few measured changes, each kept
// long enough to see its effect), thrashing (a new split most weeks, or splits
// dropped before they could show anything). The rule, with its reasons, is in
// docs/PIPELINE_FORMAT.md section 6.
enum class PlanVerdictKind { Humming, Experimenting, Thrashing };
std::string_view plan_verdict_key(PlanVerdictKind kind);   // "humming", "experimenting", "thrashing"
std::string_view plan_verdict_name(PlanVerdictKind kind);  // "Humming", "Experimenting", "Thrashing"

inline constexpr double kChangeShare = 0.10;  // a week that moves 10% of the hours (4 of 40) is a change
inline constexpr int kMinHoldWeeks = 2;       // a split dropped sooner never had time to show its effect
inline constexpr int kThrashingHastyChanges = 2;  // that many dropped splits is thrashing
inline constexpr int kHummingMaxChanges = 1;
inline constexpr int kSettledWeeks = 4;  // humming: the last split kept at least this long

// The share of the week's hours that moved between two weeks: sum |Δ| ÷ 2 ÷
// hours_per_week, counting unplanned hours as one more bucket (so moving 10 hours
// from demos to nothing moves 25% of 40).
double share_moved(const WeekPlan& before, const WeekPlan& after, int hours_per_week);
// A change: at least kChangeShare of the hours moved, or the playbook discipline changed.
bool is_plan_change(const WeekPlan& before, const WeekPlan& after, int hours_per_week);

struct PlanVerdict {
  PlanVerdictKind kind = PlanVerdictKind::Humming;
  bool final = false;               // the quarter is finished; else the verdict so far
  int weeks = 0;                    // weeks judged (played)
  int weeks_changed = 0;            // weeks after the first that were a change
  std::vector<int> change_weeks;    // which weeks, in order
  double average_share_moved = 0;   // share_moved averaged over the weeks after the first
  int shortest_hold = 0;            // the fewest weeks a split was kept before a change replaced it (weeks, when none was)
  int hasty_changes = 0;            // splits replaced after fewer than kMinHoldWeeks weeks
  int last_hold = 0;                // weeks the current split has been kept, this week included
  std::string explanation;          // one line: "Experimenting: 3 changes (weeks 5, 8 and 11), ..."
};

// The verdict on weeks 1..n of a plan (`weeks` in order); none for no week.
std::optional<PlanVerdict> judge_plan(const std::vector<WeekPlan>& weeks, int hours_per_week, bool finished);

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
  std::optional<PlanVerdict> verdict;  // from the weeks played; none before the first
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
  // Deals' finished time at playbook stages, in the order they left.
  const std::vector<GuidedStage>& guided_stages() const { return m_guided; }
  // The playbook of a stage (config().playbooks), or null.
  const content::Playbook* playbook_at(std::size_t stage) const;
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
  void work_on(SimDeal& deal, double hours, const WeekPlan& plan, int week, Rng& rng, WeekReport& report);
  // [quarter_guidance.cpp] Playbook stages.
  void enter_stage(SimDeal& deal, int day);  // starts the stage's playbook run, if it has one
  void walk_playbook(SimDeal& deal, const content::Playbook& playbook, double chance, int week, Rng& rng);
  void take_shortcut(SimDeal& deal, const content::Playbook& playbook, double chance, int week, Rng& rng);
  // The required steps the deal never did at its stage; none when it followed the playbook all through.
  std::vector<std::string> skipped_required(const SimDeal& deal, const content::Playbook& playbook) const;
  void record_guided(const SimDeal& deal, StageResult result, int week, double factor, double chance);
  void add_playbook_points(QuarterDebrief& debrief) const;
  void add_leads(double free_prospecting, const std::vector<std::size_t>& referrers, int week, Rng& rng,
                 WeekReport& report);
  WeekReport snapshot(int week) const;

  QuarterConfig m_config;
  std::uint64_t m_seed;
  std::vector<Activity> m_stage_activity;
  std::size_t m_won_stage = 0;
  std::vector<int> m_stage_playbook;  // per stage: index into m_config.playbooks, or -1
  std::vector<SimDeal> m_deals;
  std::vector<GuidedStage> m_guided;
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
