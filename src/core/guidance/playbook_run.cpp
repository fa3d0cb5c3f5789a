// Where a deal or a lead stands in a playbook, and how it moves on.
//
// [SECTION] names and helpers  [SECTION] moving through the steps  [SECTION] saving
#include "core/guidance/playbook_run.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace dealdojo::guidance {

using content::Need;
using content::StepKind;
using content::StepOutcome;

// [SECTION] names and helpers -------------------------------------------------------

namespace {

constexpr std::array<std::pair<StepAction, std::string_view>, 3> kActions = {
    {{StepAction::Done, "done"}, {StepAction::Skipped, "skipped"}, {StepAction::Fired, "fired"}}};
constexpr std::array<std::pair<RunEnd, std::string_view>, 4> kEnds = {
    {{RunEnd::Open, "open"}, {RunEnd::Done, "done"}, {RunEnd::Retire, "retire"}, {RunEnd::Lost, "lost"}}};

template <typename Enum, std::size_t N>
std::string_view key_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [e, key] : table) {
    if (e == value) return key;
  }
  return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_key(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view key) {
  for (const auto& [e, k] : table) {
    if (k == key) return e;
  }
  return std::nullopt;
}

std::optional<RunEnd> end_of_target(std::string_view target) {
  if (target == content::kTargetEnd) return RunEnd::Done;
  if (target == content::kTargetRetire) return RunEnd::Retire;
  if (target == content::kTargetLost) return RunEnd::Lost;
  return std::nullopt;
}

// A checked playbook only names its own steps and the ends; an unchecked one
// might not, and a run never moves to a step that does not exist.
bool known_target(const Playbook& playbook, std::string_view target) {
  return end_of_target(target) || playbook.find_step(target) != nullptr;
}

std::string quoted(const GuidanceStep& step) { return "“" + step_text(step) + "”"; }

// "succeeded or no_answer", "agreed, later or declined".
std::string outcome_choices(const GuidanceStep& step) {
  std::string out;
  for (std::size_t i = 0; i < step.outcomes.size(); ++i) {
    if (i > 0) out += i + 1 == step.outcomes.size() ? " or " : ", ";
    out += step.outcomes[i].name;
  }
  return out;
}

// Why a required step of this playbook cannot be skipped.
std::string_view why_required(const Playbook& playbook) {
  if (!playbook.lead) return "the stage's work depends on it";
  switch (*playbook.lead) {
    case content::LeadStatus::Qualified: return "qualifying the lead depends on it";
    case content::LeadStatus::Converted: return "turning the lead into a deal depends on it";
    case content::LeadStatus::Retired: return "retiring the lead properly depends on it";
  }
  return "the playbook's work depends on it";
}

}  // namespace

std::string_view step_action_key(StepAction action) { return key_of(kActions, action); }
std::string_view run_end_key(RunEnd end) { return key_of(kEnds, end); }
std::optional<StepAction> parse_step_action(std::string_view key) { return parse_key(kActions, key); }
std::optional<RunEnd> parse_run_end(std::string_view key) { return parse_key(kEnds, key); }

std::size_t criteria_count(const Playbook& playbook) {
  if (playbook.for_lead() || !playbook.exit_criteria.empty()) return playbook.exit_criteria.size();
  int highest = 0;
  for (const GuidanceStep& step : playbook.steps) {
    for (const StepOutcome& outcome : step.outcomes) {
      for (int number : outcome.meets) highest = std::max(highest, number);
    }
  }
  return static_cast<std::size_t>(highest);
}

std::string step_text(const GuidanceStep& step) {
  if (!step.text.empty()) return step.text;
  if (step.kind == StepKind::Wait) return "Wait " + std::to_string(step.days) + (step.days == 1 ? " day" : " days");
  if (step.kind == StepKind::Send) return "Send: " + step.message;
  return step.id;
}

// [SECTION] moving through the steps -----------------------------------------------

PlaybookRun PlaybookRun::start(const Playbook& playbook, int day) {
  PlaybookRun run;
  run.m_playbook_id = playbook.id;
  run.m_day = day;
  run.m_criteria_met.assign(criteria_count(playbook), false);
  if (playbook.steps.empty()) {  // only an unchecked playbook: nothing to do is done
    run.m_end = RunEnd::Done;
    return run;
  }
  run.enter(playbook, playbook.steps.front().id, day);
  run.fire_due(playbook, day, day);
  return run;
}

std::vector<int> PlaybookRun::missing_criteria() const {
  std::vector<int> missing;
  for (std::size_t i = 0; i < m_criteria_met.size(); ++i) {
    if (!m_criteria_met[i]) missing.push_back(static_cast<int>(i) + 1);
  }
  return missing;
}

bool PlaybookRun::criteria_complete() const {
  return std::all_of(m_criteria_met.begin(), m_criteria_met.end(), [](bool met) { return met; });
}

int PlaybookRun::steps_done() const {
  return static_cast<int>(std::count_if(m_history.begin(), m_history.end(),
                                        [](const HistoryEntry& e) { return e.action == StepAction::Done; }));
}

int PlaybookRun::steps_skipped() const {
  return static_cast<int>(std::count_if(m_history.begin(), m_history.end(),
                                        [](const HistoryEntry& e) { return e.action == StepAction::Skipped; }));
}

int PlaybookRun::steps_failed() const { return m_failed; }

const GuidanceStep* PlaybookRun::rep_step(const Playbook& playbook, int day, std::string& refused) const {
  if (playbook.id != m_playbook_id) {
    refused = "this run follows playbook '" + m_playbook_id + "', not '" + playbook.id + "'";
    return nullptr;
  }
  if (!open()) {
    refused = "“" + playbook.name + "” has ended (" + std::string(run_end_key(m_end)) + "): no step is left to take";
    return nullptr;
  }
  if (day < m_day) {
    refused = "day " + std::to_string(day) + " is before day " + std::to_string(m_day) +
              ", the last day this run saw: days only move forward";
    return nullptr;
  }
  const GuidanceStep* step = playbook.find_step(m_step);
  if (step == nullptr) {
    refused = "“" + playbook.name + "” no longer has the step '" + m_step + "' this run stands at";
    return nullptr;
  }
  if (step->kind == StepKind::Wait) {
    refused = quoted(*step) + " runs by itself: it fires on day " + std::to_string(m_wait_until.value_or(m_day));
    return nullptr;
  }
  if (step->kind == StepKind::Send) {
    refused = quoted(*step) + " runs by itself: it is sent as soon as the run reaches it";
    return nullptr;
  }
  if (step->outcomes.empty()) {
    refused = quoted(*step) + " has no outcomes to choose from";
    return nullptr;
  }
  return step;
}

std::string PlaybookRun::complete(const Playbook& playbook, std::string_view outcome_name, int day) {
  std::string refused;
  const GuidanceStep* step = rep_step(playbook, day, refused);
  if (step == nullptr) return refused;
  const StepOutcome* outcome = step->find_outcome(outcome_name);
  if (outcome == nullptr) {
    return "no outcome '" + std::string(outcome_name) + "' for " + quoted(*step) + ": choose " + outcome_choices(*step);
  }
  if (!known_target(playbook, outcome->next)) {
    return "outcome '" + outcome->name + "' of " + quoted(*step) + " leads to '" + outcome->next +
           "', which “" + playbook.name + "” does not have";
  }
  record({day, step->id, StepAction::Done, outcome->name, step->required}, outcome != &step->outcomes.front());
  for (int number : outcome->meets) {
    if (number >= 1 && static_cast<std::size_t>(number) <= m_criteria_met.size()) {
      m_criteria_met[static_cast<std::size_t>(number) - 1] = true;
    }
  }
  m_day = day;
  enter(playbook, outcome->next, day);
  fire_due(playbook, day, day);
  return "";
}

std::string PlaybookRun::skip(const Playbook& playbook, int day) {
  std::string refused;
  const GuidanceStep* step = rep_step(playbook, day, refused);
  if (step == nullptr) return refused;
  if (step->required) {
    return quoted(*step) + " is required: mark it done with what happened — " + std::string(why_required(playbook));
  }
  const StepOutcome& first = step->outcomes.front();
  if (!known_target(playbook, first.next)) {
    return "skipping " + quoted(*step) + " leads to '" + first.next + "', which “" + playbook.name +
           "” does not have";
  }
  record({day, step->id, StepAction::Skipped, "", false}, false);
  m_day = day;
  enter(playbook, first.next, day);
  fire_due(playbook, day, day);
  return "";
}

std::string PlaybookRun::restart(const Playbook& playbook, int day) {
  if (playbook.id != m_playbook_id) return "this run belongs to another playbook";
  if (m_end != RunEnd::Done) return open() ? "the playbook is still under way" : "the playbook ended: there is no way back";
  if (criteria_complete()) return "every exit criterion is met: the stage's work is done";
  if (day < m_day || playbook.steps.empty()) return "a run cannot go back in time";
  m_end = RunEnd::Open;
  m_day = day;
  enter(playbook, playbook.steps.front().id, day);
  fire_due(playbook, day, day);
  return "";
}

void PlaybookRun::advance_to(const Playbook& playbook, int day) {
  if (playbook.id != m_playbook_id) return;
  m_day = std::max(m_day, day);
  fire_due(playbook, m_day, m_day);
}

void PlaybookRun::enter(const Playbook& playbook, std::string_view target, int day) {
  m_wait_until.reset();
  if (const auto end = end_of_target(target)) {
    m_end = *end;
    m_step.clear();
    return;
  }
  m_step = std::string(target);
  const GuidanceStep* step = playbook.find_step(target);
  if (step != nullptr && step->kind == StepKind::Wait) m_wait_until = day + step->days;
}

void PlaybookRun::fire_due(const Playbook& playbook, int day, int clock) {
  // A checked playbook has no cycle of automated steps; the bound keeps an
  // unchecked one from firing forever: the run then stays where it got to.
  for (std::size_t fired = 0; open() && fired < playbook.steps.size(); ++fired) {
    const GuidanceStep* step = playbook.find_step(m_step);
    if (step == nullptr || !content::is_automated(step->kind) || step->outcomes.empty()) return;
    if (step->kind == StepKind::Wait) {
      if (!m_wait_until || *m_wait_until > day) return;
      clock = *m_wait_until;
    }
    const StepOutcome& done = step->outcomes.front();
    if (!known_target(playbook, done.next)) return;
    record({clock, step->id, StepAction::Fired, done.name, false}, false);
    enter(playbook, done.next, clock);
  }
}

void PlaybookRun::record(HistoryEntry entry, bool failed) {
  if (m_history.size() >= kMaxHistory) return;
  m_history.push_back(std::move(entry));
  if (failed) ++m_failed;
}

// [SECTION] saving -----------------------------------------------------------------

nlohmann::json history_entry_to_json(const HistoryEntry& entry) {
  nlohmann::json out = {{"day", entry.day}, {"step", entry.step}, {"action", step_action_key(entry.action)}};
  if (!entry.outcome.empty()) out["outcome"] = entry.outcome;
  if (entry.required) out["required"] = true;
  return out;
}

std::optional<HistoryEntry> read_history_entry(content::ObjectReader& fields) {
  const auto day = fields.integer("day", Need::Required, 0, kMaxRunDay, "the day it happened");
  const auto step = fields.text("step", Need::Required, "the step's id");
  const auto action = fields.text("action", Need::Required, "what happened: done, skipped or fired");
  const std::string outcome = fields.optional_text("outcome");
  const auto required = fields.boolean("required", Need::Optional, "true or false");
  const auto parsed = action ? parse_step_action(*action) : std::nullopt;
  if (action && !parsed) fields.error("action", "must be done, skipped or fired, not '" + *action + "'");
  if (parsed && *parsed != StepAction::Skipped && outcome.empty()) {
    fields.error("outcome", "'outcome' is missing: a step done or fired has the outcome it took");
    return std::nullopt;
  }
  if (!day || !step || !parsed) return std::nullopt;
  return HistoryEntry{*day, *step, *parsed, outcome, required.value_or(false)};
}

nlohmann::json PlaybookRun::to_json() const {
  nlohmann::json met = nlohmann::json::array();  // 1-based numbers, as authors count criteria
  for (std::size_t i = 0; i < m_criteria_met.size(); ++i) {
    if (m_criteria_met[i]) met.push_back(i + 1);
  }
  nlohmann::json history = nlohmann::json::array();
  for (const HistoryEntry& entry : m_history) history.push_back(history_entry_to_json(entry));
  nlohmann::json out = {{"playbook", m_playbook_id}, {"end", run_end_key(m_end)}, {"day", m_day},
                        {"met", std::move(met)},     {"history", std::move(history)}};
  if (open()) out["step"] = m_step;
  if (m_wait_until) out["waiting_until"] = *m_wait_until;
  return out;
}

namespace {

// Checks a saved history entry against the playbook; false after reporting.
bool entry_fits(const HistoryEntry& entry, const Playbook& playbook, const std::string& pointer,
                content::ReadContext& ctx) {
  const GuidanceStep* step = playbook.find_step(entry.step);
  if (step == nullptr) {
    ctx.sink.error(ctx.file, pointer + "/step", "“" + playbook.name + "” has no step '" + entry.step + "' any more");
    return false;
  }
  if (entry.action != StepAction::Skipped && step->find_outcome(entry.outcome) == nullptr) {
    ctx.sink.error(ctx.file, pointer + "/outcome",
                   quoted(*step) + " has no outcome '" + entry.outcome + "' any more: it has " + outcome_choices(*step));
    return false;
  }
  return true;
}

}  // namespace

std::optional<PlaybookRun> PlaybookRun::from_json(content::ObjectReader& fields, const Playbook& playbook) {
  content::ReadContext& ctx = fields.context();
  const std::size_t errors_before = ctx.sink.error_count();
  const auto id = fields.text("playbook", Need::Required, "the playbook's id");
  const auto end_key = fields.text("end", Need::Required, "how the run stands: open, done, retire or lost");
  const auto day = fields.integer("day", Need::Required, 0, kMaxRunDay, "the last day the run saw");
  const auto wait_until = fields.integer("waiting_until", Need::Optional, 0, kMaxRunDay + 365, "the day the wait fires");
  const std::string step_id = fields.optional_text("step");
  const auto end = end_key ? parse_run_end(*end_key) : std::nullopt;
  if (end_key && !end) fields.error("end", "must be open, done, retire or lost, not '" + *end_key + "'");
  if (id && *id != playbook.id) {
    fields.error("playbook", "is '" + *id + "', but this run belongs with playbook '" + playbook.id + "'");
  }

  PlaybookRun run;
  run.m_playbook_id = playbook.id;
  run.m_end = end.value_or(RunEnd::Open);
  run.m_day = day.value_or(0);
  run.m_criteria_met.assign(criteria_count(playbook), false);
  if (end == RunEnd::Open) {
    const GuidanceStep* step = step_id.empty() ? nullptr : playbook.find_step(step_id);
    if (step_id.empty()) {
      fields.error("step", "'step' is missing: an open run stands at a step");
    } else if (step == nullptr) {
      fields.error("step", "“" + playbook.name + "” has no step '" + step_id + "' any more");
    } else if (step->kind == StepKind::Wait && !wait_until) {
      fields.error("waiting_until", "'waiting_until' is missing: the run waits at " + quoted(*step));
    } else {
      run.m_step = step_id;
      if (step->kind == StepKind::Wait) run.m_wait_until = wait_until;
    }
  } else if (end && !step_id.empty()) {
    fields.error("step", "an ended run stands at no step");
  }

  if (const auto met = fields.array("met", Need::Optional, "the numbers of the exit criteria met")) {
    std::size_t index = 0;
    for (content::JsonView number : met->children()) {
      const std::string at = fields.pointer("met") + "/" + std::to_string(index++);
      const std::size_t count = run.m_criteria_met.size();
      if (!number.is_integer() || number.integer() < 1 || static_cast<std::uint64_t>(number.integer()) > count) {
        ctx.sink.error(ctx.file, at, count == 0 ? "this playbook has no exit criteria"
                                                : "must be an exit criterion's number, from 1 to " + std::to_string(count));
        continue;
      }
      run.m_criteria_met[static_cast<std::size_t>(number.integer()) - 1] = true;
    }
  }

  if (const auto history = fields.array("history", Need::Optional, "what was done, skipped and fired")) {
    if (history->size() > kMaxHistory) {
      fields.error("history", "has more than " + std::to_string(kMaxHistory) + " entries");
      return std::nullopt;
    }
    std::size_t index = 0;
    for (content::JsonView item : history->children()) {
      const std::string at = fields.pointer("history") + "/" + std::to_string(index++);
      if (!content::expect_object(item, at, ctx, "a history entry")) continue;
      content::ObjectReader entry_fields(item, at, ctx);
      auto entry = read_history_entry(entry_fields);
      if (!entry || !entry_fits(*entry, playbook, at, ctx)) continue;
      if (entry->day > run.m_day) {
        ctx.sink.error(ctx.file, at + "/day", "is after the run's day " + std::to_string(run.m_day));
        continue;
      }
      const GuidanceStep* step = playbook.find_step(entry->step);
      if (entry->action == StepAction::Done && entry->outcome != step->outcomes.front().name) ++run.m_failed;
      run.m_history.push_back(std::move(*entry));
    }
  }
  if (ctx.sink.error_count() != errors_before) return std::nullopt;
  return run;
}

}  // namespace dealdojo::guidance
