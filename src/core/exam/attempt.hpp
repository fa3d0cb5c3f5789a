#pragma once
// An attempt at a paper: the learner's answers, flags, position and time. Plain
// data that saves to JSON and resumes. The UI sends intents; time is injected.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/json_reader.hpp"
#include "core/exam/paper.hpp"
#include "core/util/result.hpp"

namespace dealdojo::exam {

enum class Mode {
  ExamConditions,  // timed, no pause, no feedback until the end
  Study,           // timed, pause allowed, feedback after each question
  Practice,        // untimed, feedback after each question
};
std::string_view mode_name(Mode mode);  // "exam", "study", "practice"
std::optional<Mode> parse_mode(std::string_view name);

struct Response {
  std::vector<std::string> selected;  // option ids, in the order picked
  bool flagged = false;
  bool checked = false;  // feedback shown; the answer is locked (study, practice)
  std::int64_t time_ms = 0;  // running time spent with this question on screen (an LMS's latency)
};

enum class SubmitReason { NotSubmitted, Learner, TimeUp };

class Attempt {
 public:
  Attempt() = default;
  Attempt(Paper paper, Mode mode, std::int64_t started_at_ms);

  // Intents. Each returns false when it does not apply (and changes nothing).
  bool select(std::size_t item, std::string_view option_id);  // single: replace; multiple: toggle
  bool toggle_flag(std::size_t item);
  bool go_to(std::size_t item);
  bool next() { return go_to(m_current + 1); }
  bool previous() { return m_current > 0 && go_to(m_current - 1); }
  bool check(std::size_t item);  // reveal feedback on a complete answer (not under exam conditions)
  bool set_paused(bool paused);  // study mode only
  bool submit(SubmitReason reason = SubmitReason::Learner);
  // Adds elapsed time while running; submits with TimeUp when time runs out.
  void advance_time(std::int64_t ms);

  const Paper& paper() const { return m_paper; }
  Mode mode() const { return m_mode; }
  std::size_t current() const { return m_current; }
  std::size_t size() const { return m_paper.items.size(); }
  const Response& response(std::size_t item) const { return m_responses.at(item); }
  bool is_answered(std::size_t item) const;  // at least one option picked
  // Exactly as many options picked as the item asks for ("Choose 2": two). Only a
  // complete answer can be checked; a partial one still counts as answered (and wrong).
  bool is_complete(std::size_t item) const;
  // select() would refuse `option_id` only because the item's `choose` options are
  // already picked: one must be unselected first. The screens say so.
  bool pick_over_limit(std::size_t item, std::string_view option_id) const;
  bool is_submitted() const { return m_submit_reason != SubmitReason::NotSubmitted; }
  SubmitReason submit_reason() const { return m_submit_reason; }
  bool is_paused() const { return m_paused; }
  bool is_timed() const { return m_paper.minutes > 0 && m_mode != Mode::Practice; }
  bool shows_feedback() const { return m_mode != Mode::ExamConditions; }
  std::int64_t elapsed_ms() const { return m_elapsed_ms; }
  std::int64_t remaining_ms() const;  // 0 when untimed or out of time
  std::int64_t started_at_ms() const { return m_started_at_ms; }
  std::size_t unanswered_count() const;
  std::size_t flagged_count() const;

  nlohmann::json to_json() const;
  // Restores a saved attempt from the object `fields` reads; nullopt after
  // reporting each problem (with its JSON Pointer) to the reader's sink.
  static std::optional<Attempt> read(content::ObjectReader& fields);
  // The same for a whole document (an attempt file); `file` names it in diagnostics.
  static util::Result<Attempt> from_json(const nlohmann::json& data, std::string_view file);

 private:
  Paper m_paper;
  Mode m_mode = Mode::Practice;
  std::vector<Response> m_responses;
  std::size_t m_current = 0;
  std::int64_t m_started_at_ms = 0;
  std::int64_t m_elapsed_ms = 0;
  bool m_paused = false;
  SubmitReason m_submit_reason = SubmitReason::NotSubmitted;
};

}  // namespace dealdojo::exam
