#include "core/pipeline/quarter_plan.hpp"

#include "core/content/json_document.hpp"
#include "core/content/json_reader.hpp"
#include "core/content/pack_loader.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::pipeline {

namespace {

using content::JsonView;
using content::Need;
using content::ObjectReader;
using content::ReadContext;

constexpr std::string_view kRootFields[] = {"format", "name", "weeks"};

constexpr std::string_view kPlaybookField = "playbook";

// Every key but "playbook" must be an activity: a misspelt one would silently lose its hours.
std::optional<WeekPlan> read_week(JsonView item, const std::string& at, const QuarterConfig& config, ReadContext& ctx) {
  if (!content::expect_object(item, at, ctx, "a week")) return std::nullopt;
  std::vector<std::string_view> keys;
  for (Activity a : kActivities) keys.push_back(activity_key(a));
  keys.push_back(kPlaybookField);
  ObjectReader r(item, at, ctx);
  bool ok = true;
  WeekPlan week;
  for (JsonView member : item.children()) {
    if (parse_activity(member.key())) continue;
    if (member.key() == kPlaybookField) {
      const auto key = r.text(kPlaybookField, Need::Optional, "");
      const auto discipline = key ? parse_playbook_discipline(*key) : std::nullopt;
      if (discipline) {
        week.playbook = *discipline;
      } else {
        if (key) r.error(kPlaybookField, content::quote_value(*key) + " is not a playbook discipline; use follow or shortcut");
        ok = false;
      }
      continue;
    }
    std::string message = content::quote_value(member.key()) +
                          " is not an activity; use prospecting, qualifying, demos, proposals, negotiation or "
                          "account_care";
    if (const auto guess = content::closest_match(member.key(), keys)) message += " (did you mean '" + std::string(*guess) + "'?)";
    ctx.sink.error(ctx.file, r.pointer(member.key()), message);
    ok = false;
  }
  for (Activity a : kActivities) {
    const std::string_view key = activity_key(a);
    if (!r.find(key)) continue;
    const auto hours = r.integer(key, Need::Optional, 0, config.hours_per_week, "");
    if (!hours) ok = false;
    week[a] = hours.value_or(0);
  }
  if (ok && week.total() > config.hours_per_week) {
    ctx.sink.error(ctx.file, at, "the week's hours add up to " + std::to_string(week.total()) + "; there are only " +
                                     std::to_string(config.hours_per_week) + " to share");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return week;
}

}  // namespace

const WeekPlan& QuarterPlan::for_week(int week) const {
  const auto index = static_cast<std::size_t>(std::max(1, week) - 1);
  return weeks[std::min(index, weeks.size() - 1)];
}

PlanLoad read_plan(std::string_view json_text, std::string_view file_name, const QuarterConfig& config) {
  content::Limits limits;
  limits.max_file_bytes = kMaxPlanFileBytes;
  content::DiagnosticSink sink(limits.max_diagnostics);
  std::size_t values_left = limits.max_values;
  QuarterPlan plan;
  const auto document = content::JsonDocument::parse(json_text, file_name, limits, values_left, sink);
  ReadContext ctx{file_name, sink};
  if (document && content::expect_object(document->root(), "", ctx, "a plan file")) {
    ObjectReader r(document->root(), "", ctx);
    const auto format = r.integer("format", Need::Required, 1, 1000, "\"format\": 1");
    if (format && *format > kPlanFormat) {
      sink.error(file_name, "/format", "this plan is format " + std::to_string(*format) +
                                           ", newer than this version of DealDojo reads (" +
                                           std::to_string(kPlanFormat) + ")");
    }
    plan.name = r.optional_text("name");
    if (const auto weeks = r.array("weeks", Need::Required, "the hours of each week: a list of 1 to " +
                                                                std::to_string(config.weeks) + " weeks")) {
      if (weeks->size() == 0 || weeks->size() > static_cast<std::size_t>(config.weeks)) {
        sink.error(file_name, "/weeks", "a plan has 1 to " + std::to_string(config.weeks) + " weeks (the last one " +
                                            "repeats); this one has " + std::to_string(weeks->size()));
      } else {
        std::size_t i = 0;
        for (JsonView item : weeks->children()) {
          if (auto week = read_week(item, "/weeks/" + std::to_string(i++), config, ctx)) plan.weeks.push_back(*week);
        }
      }
    }
    r.warn_unknown_fields(kRootFields, "a plan file");
  }
  PlanLoad load;
  const bool ok = !sink.has_errors();
  load.diagnostics = sink.take();
  if (ok) load.plan = std::move(plan);
  return load;
}

PlanLoad load_plan_file(const std::filesystem::path& path, const QuarterConfig& config) {
  content::DiagnosticSink sink;
  const std::string name = path.filename().string();
  const auto text = content::read_file_bounded(path, name, kMaxPlanFileBytes, sink);
  if (!text) return PlanLoad{std::nullopt, sink.take()};
  return read_plan(*text, name, config);
}

std::string write_plan(const QuarterPlan& plan) {
  nlohmann::ordered_json out = {{"format", kPlanFormat}};
  if (!plan.name.empty()) out["name"] = plan.name;
  nlohmann::ordered_json weeks = nlohmann::ordered_json::array();
  for (const WeekPlan& w : plan.weeks) {
    nlohmann::ordered_json week = nlohmann::ordered_json::object();
    for (Activity a : kActivities) week[std::string(activity_key(a))] = w[a];
    // Follow is the default: plans that never take a shortcut read as they always did.
    if (w.playbook != PlaybookDiscipline::Follow) week[std::string(kPlaybookField)] = playbook_discipline_key(w.playbook);
    weeks.push_back(week);
  }
  out["weeks"] = weeks;
  return out.dump(2) + "\n";
}

QuarterOutcome simulate_quarter(const QuarterConfig& config, const QuarterPlan& plan, std::uint64_t seed) {
  QuarterOutcome outcome;
  QuarterStart start = start_quarter(config, seed);
  if (!start.sim || plan.weeks.empty()) {
    outcome.errors = std::move(start.errors);
    if (plan.weeks.empty()) util::add_field_error(outcome.errors, quarter_field::kPlan, "The plan has no week.");
    return outcome;
  }
  for (int week = 1; week <= config.weeks; ++week) {
    util::FieldErrors errors = start.sim->play_week(plan.for_week(week));
    if (!errors.empty()) {
      outcome.errors = std::move(errors);
      return outcome;
    }
  }
  outcome.sim = std::move(start.sim);
  return outcome;
}

}  // namespace dealdojo::pipeline
