#pragma once
// A plan for the quarter simulation, as a file (format 1, documented in
// docs/PIPELINE_FORMAT.md): the hours of each week by activity, and optionally how
// the week works playbook stages ("playbook": "follow" (the default) or
// "shortcut"). A plan with fewer weeks than the quarter repeats its last week.
//   {"format": 1, "name": "Balanced",
//    "weeks": [{"prospecting": 10, "qualifying": 6, "demos": 8, "proposals": 6,
//               "negotiation": 6, "account_care": 4, "playbook": "shortcut"}]}
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/pipeline/quarter.hpp"

namespace dealdojo::pipeline {

inline constexpr int kPlanFormat = 1;
inline constexpr std::size_t kMaxPlanFileBytes = 1u * 1024u * 1024u;

struct QuarterPlan {
  std::string name;
  std::vector<WeekPlan> weeks;  // at least one

  // The plan for week `week` (1-based): the last one repeats.
  const WeekPlan& for_week(int week) const;
};

struct PlanLoad {
  std::optional<QuarterPlan> plan;               // set only when there is no error
  std::vector<content::Diagnostic> diagnostics;  // errors first

  bool ok() const { return plan.has_value(); }
};

// Checks hours against `config` (whole numbers, a week's total at most
// hours_per_week, at most config.weeks weeks); `file_name` names the file in
// diagnostics.
PlanLoad read_plan(std::string_view json_text, std::string_view file_name, const QuarterConfig& config);
PlanLoad load_plan_file(const std::filesystem::path& path, const QuarterConfig& config);
std::string write_plan(const QuarterPlan& plan);

// Plays every week of `plan` from a new quarter. `sim` is the finished quarter,
// or empty with the errors of the config or of the first week refused.
struct QuarterOutcome {
  util::FieldErrors errors;
  std::optional<QuarterSim> sim;

  bool ok() const { return sim.has_value(); }
};
QuarterOutcome simulate_quarter(const QuarterConfig& config, const QuarterPlan& plan, std::uint64_t seed);

}  // namespace dealdojo::pipeline
