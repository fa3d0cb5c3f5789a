#pragma once
// Where one deal (or lead) stands in one playbook (content/guidance_section.hpp):
// the current step, the exit criteria met so far, and what was done, skipped,
// failed or fired on the way. The rep marks a step done with an outcome or skips
// it; automated steps (wait, send) run by themselves as simulated days pass.
// Days are whole numbers counted by the caller (the board's day, the quarter's
// working days); a run never reads a clock.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/guidance_section.hpp"
#include "core/content/json_reader.hpp"

namespace dealdojo::guidance {

using content::GuidanceStep;
using content::Playbook;

enum class StepAction { Done, Skipped, Fired };  // fired: an automated step ran
std::string_view step_action_key(StepAction action);  // "done", "skipped", "fired"

struct HistoryEntry {
  int day = 0;
  std::string step;     // the step's id
  StepAction action = StepAction::Done;
  std::string outcome;  // the outcome taken ("" for a skipped step)
  bool required = false;  // the step was required (a skipped one never is)
};

// How a run ended: not yet, the playbook's work done, the lead retired, the deal lost.
enum class RunEnd { Open, Done, Retire, Lost };
std::string_view run_end_key(RunEnd end);  // "open", "done", "retire", "lost"

class PlaybookRun {
 public:
  // Starts at the playbook's first step on `day`; automated steps due that day fire.
  static PlaybookRun start(const Playbook& playbook, int day);

  const std::string& playbook_id() const { return m_playbook_id; }
  const std::string& current_step() const { return m_step; }  // "" once ended
  RunEnd end() const { return m_end; }
  bool open() const { return m_end == RunEnd::Open; }
  int day() const { return m_day; }  // the last day the run saw
  // At a wait step: the day it fires.
  std::optional<int> waiting_until() const { return m_wait_until; }

  // One flag per exit criterion (the stage's, or the lead playbook's own).
  const std::vector<bool>& criteria_met() const { return m_criteria_met; }
  std::vector<int> missing_criteria() const;  // 1-based, in order
  bool criteria_complete() const;

  const std::vector<HistoryEntry>& history() const { return m_history; }
  int steps_done() const;
  int steps_skipped() const;
  int steps_failed() const;  // done with an outcome other than the first

  // Marks the current (rep) step done with `outcome`, moves on, and fires the
  // automated steps due by `day`. Returns "" or why it was refused (no such
  // outcome, an automated step, the run ended, a day earlier than the run's).
  std::string complete(const Playbook& playbook, std::string_view outcome, int day);
  // Skips the current step along its first outcome without meeting its criteria.
  // Refused for a required step, with the reason ("“Confirm the budget” is required:
  // the stage's work depends on it").
  std::string skip(const Playbook& playbook, int day);
  // A run that reached its end with exit criteria still open starts again at the
  // first step; criteria met and history stay. Returns "" or why not.
  std::string restart(const Playbook& playbook, int day);
  // Lets time pass: the wait and send steps due by `day` fire, in order.
  void advance_to(const Playbook& playbook, int day);

  // Saved with progress. read() checks the run against the playbook; a step or
  // outcome that no longer exists is an error at its pointer.
  nlohmann::json to_json() const;
  static std::optional<PlaybookRun> from_json(content::ObjectReader& fields, const Playbook& playbook);

 private:
  // The current rep step, or nullptr with why it cannot be marked or skipped on `day`.
  const GuidanceStep* rep_step(const Playbook& playbook, int day, std::string& refused) const;
  // Moves to `target` (a step id or an end) on `day`.
  void enter(const Playbook& playbook, std::string_view target, int day);
  // Fires the automated steps due by `day`, the first on `clock` (the day the run got there).
  void fire_due(const Playbook& playbook, int day, int clock);
  void record(HistoryEntry entry, bool failed);

  std::string m_playbook_id;
  std::string m_step;
  RunEnd m_end = RunEnd::Open;
  int m_day = 0;
  std::optional<int> m_wait_until;
  std::vector<bool> m_criteria_met;
  std::vector<HistoryEntry> m_history;
  int m_failed = 0;  // done entries whose outcome is not the step's first (counted with the playbook at hand)
};

// ---- Helpers shared by the board, the quarter and the CLI ----
// Days a run counts up to; a saved day beyond it is refused.
inline constexpr int kMaxRunDay = 1'000'000;
// History entries a run keeps; later ones are not recorded (years of daily play).
inline constexpr std::size_t kMaxHistory = 100'000;

std::optional<StepAction> parse_step_action(std::string_view key);
std::optional<RunEnd> parse_run_end(std::string_view key);
// The number of exit criteria a run tracks: a lead playbook's own list, or for a
// stage playbook (whose criteria are the stage's, not the playbook's) the highest
// criterion number its outcomes meet. The pack checks make every criterion met by
// some outcome, so for a checked pack that is the stage's criteria count.
std::size_t criteria_count(const Playbook& playbook);
// The step as the rep reads it: its text, or for an automated step without one
// "Wait 2 days" / "Send: <message>".
std::string step_text(const GuidanceStep& step);
// {"day", "step", "action", "outcome", "required"} and back (the step and outcome
// are not checked against a playbook here; PlaybookRun::from_json does that).
nlohmann::json history_entry_to_json(const HistoryEntry& entry);
std::optional<HistoryEntry> read_history_entry(content::ObjectReader& fields);

}  // namespace dealdojo::guidance
