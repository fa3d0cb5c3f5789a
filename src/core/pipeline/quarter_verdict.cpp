// The verdict on how the learner changed their plan week to week: humming,
// experimenting or thrashing (quarter.hpp, "Verdict"; the rule and why its numbers
// are what they are: docs/PIPELINE_FORMAT.md section 6).
#include <algorithm>
#include <cstdlib>

#include "core/pipeline/pipeline_text.hpp"
#include "core/pipeline/quarter.hpp"
#include "core/util/text.hpp"

namespace dealdojo::pipeline {

namespace {

// "week 5", "weeks 5 and 8", "weeks 5, 8 and 11".
std::string weeks_text(const std::vector<int>& weeks) {
  std::string out = weeks.size() == 1 ? "week " : "weeks ";
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    if (i > 0) out += i + 1 == weeks.size() ? " and " : ", ";
    out += std::to_string(weeks[i]);
  }
  return out;
}

std::string weeks_count(int n) { return text::count_noun(n, "week", "weeks"); }

std::string explain(const PlanVerdict& v, int first_hasty_week, int least_kept_change) {
  const int compared = v.weeks - 1;
  const std::string changes = text::count_noun(v.weeks_changed, "change", "changes") + " (" + weeks_text(v.change_weeks) + ")";
  switch (v.kind) {
    case PlanVerdictKind::Humming:
      if (v.weeks_changed == 0 && v.average_share_moved == 0.0) {
        return "the same plan for all " + weeks_count(v.weeks) + ", so the results show what that plan does.";
      }
      if (v.weeks_changed == 0) {
        return "the plan held for all " + weeks_count(v.weeks) + " with only small tweaks, so the results show what "
               "it does.";
      }
      return "one change, in week " + std::to_string(v.change_weeks.front()) + ", then the plan held for " +
             weeks_count(v.last_hold) + ": the results show what the settled plan does.";
    case PlanVerdictKind::Experimenting:
      if (v.hasty_changes > 0) {
        return changes + ", but the split of week " + std::to_string(first_hasty_week) +
               " was dropped after one week, before it could show its effect.";
      }
      if (v.last_hold < kMinHoldWeeks && v.final) {
        return changes + ", the last in the final week, too late to show its effect.";
      }
      return changes + (v.weeks_changed == 1 ? ", kept " : ", each kept at least ") + weeks_count(least_kept_change) +
             " so its effect could show; keep what worked.";
    case PlanVerdictKind::Thrashing:
      if (2 * v.weeks_changed > compared) {
        return "the plan changed in " + std::to_string(v.weeks_changed) + " of " + weeks_count(compared) + ", with " +
               format_share(v.average_share_moved) +
               " of the hours moving a week on average: no split stayed long enough to show what works.";
      }
      return std::to_string(v.hasty_changes) + " splits were dropped after a single week, before they could show "
             "what they do.";
  }
  return {};
}

}  // namespace

std::string_view plan_verdict_key(PlanVerdictKind kind) {
  static constexpr std::string_view kKeys[] = {"humming", "experimenting", "thrashing"};
  return kKeys[static_cast<std::size_t>(kind)];
}

std::string_view plan_verdict_name(PlanVerdictKind kind) {
  static constexpr std::string_view kNames[] = {"Humming", "Experimenting", "Thrashing"};
  return kNames[static_cast<std::size_t>(kind)];
}

double share_moved(const WeekPlan& before, const WeekPlan& after, int hours_per_week) {
  int moved = std::abs((hours_per_week - after.total()) - (hours_per_week - before.total()));  // unplanned hours
  for (std::size_t a = 0; a < kActivityCount; ++a) moved += std::abs(after.hours[a] - before.hours[a]);
  return std::min(1.0, static_cast<double>(moved) / 2.0 / static_cast<double>(std::max(1, hours_per_week)));
}

bool is_plan_change(const WeekPlan& before, const WeekPlan& after, int hours_per_week) {
  // A small tolerance so that 4 of 40 hours counts whatever the rounding.
  return before.playbook != after.playbook || share_moved(before, after, hours_per_week) >= kChangeShare - 1e-9;
}

std::optional<PlanVerdict> judge_plan(const std::vector<WeekPlan>& weeks, int hours_per_week, bool finished) {
  if (weeks.empty()) return std::nullopt;
  PlanVerdict v;
  v.final = finished;
  v.weeks = static_cast<int>(weeks.size());
  double moved_total = 0;
  int hold = 1;                  // weeks the current split has been kept
  int shortest_replaced = 0;     // 0: no split was replaced yet
  int least_kept_change = v.weeks;  // the fewest weeks a changed-to split was kept (the last one so far included)
  int first_hasty_week = 0;      // the first week of the first split dropped too soon
  for (std::size_t i = 1; i < weeks.size(); ++i) {
    moved_total += share_moved(weeks[i - 1], weeks[i], hours_per_week);
    if (!is_plan_change(weeks[i - 1], weeks[i], hours_per_week)) {
      ++hold;
      continue;
    }
    const int week = static_cast<int>(i) + 1;
    if (!v.change_weeks.empty()) least_kept_change = std::min(least_kept_change, hold);
    shortest_replaced = shortest_replaced == 0 ? hold : std::min(shortest_replaced, hold);
    if (hold < kMinHoldWeeks) {
      ++v.hasty_changes;
      if (first_hasty_week == 0) first_hasty_week = week - hold;
    }
    v.change_weeks.push_back(week);
    hold = 1;
  }
  if (!v.change_weeks.empty()) least_kept_change = std::min(least_kept_change, hold);
  v.weeks_changed = static_cast<int>(v.change_weeks.size());
  v.average_share_moved = v.weeks > 1 ? moved_total / (v.weeks - 1) : 0.0;
  v.shortest_hold = shortest_replaced == 0 ? v.weeks : shortest_replaced;
  v.last_hold = hold;

  const int compared = v.weeks - 1;
  const bool changes_most_weeks = v.weeks_changed >= 2 && 2 * v.weeks_changed > compared;
  if (changes_most_weeks || v.hasty_changes >= kThrashingHastyChanges) {
    v.kind = PlanVerdictKind::Thrashing;
  } else if (v.weeks_changed <= kHummingMaxChanges && hold >= std::min(kSettledWeeks, v.weeks)) {
    v.kind = PlanVerdictKind::Humming;
  } else {
    v.kind = PlanVerdictKind::Experimenting;
  }
  const std::string lead = finished ? std::string(plan_verdict_name(v.kind)) + ": "
                                    : "So far (" + weeks_count(v.weeks) + "), " + std::string(plan_verdict_key(v.kind)) + ": ";
  v.explanation = lead + explain(v, first_hasty_week, least_kept_change);
  return v;
}

}  // namespace dealdojo::pipeline
