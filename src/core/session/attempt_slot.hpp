#pragma once
// Slice: one attempt in progress, or finished and under review — the mock exam's
// or the practice run's — saved under "in_progress/<name>" and resumed on load.
// The screens change it only through these intents; each returns false when it
// does not apply and then changes nothing. The slot also remembers which answers
// were logged to the AnswerLog (the Session does the logging), so none is
// logged twice.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/exam/attempt.hpp"
#include "core/session/saved_slice.hpp"
#include "core/study/answer_event.hpp"

namespace dealdojo::session {

enum class AnswerLogging {
  OnSubmit,  // a mock exam: every answer is logged when it is submitted
  OnCheck,   // practice and reviews: each answer when checked, the rest on submit
};

class AttemptSlot final : public SavedSlice {
 public:
  AttemptSlot(std::string_view name, AnswerLogging logging) : m_name(name), m_logging(logging) {}

  const std::optional<exam::Attempt>& attempt() const { return m_attempt; }
  const exam::Attempt* operator->() const { return m_attempt ? &*m_attempt : nullptr; }
  explicit operator bool() const { return m_attempt.has_value(); }
  bool running() const { return m_attempt && !m_attempt->is_submitted(); }

  // Intents.
  void start(exam::Attempt attempt, study::AnswerSource source);
  void clear();
  bool select(std::size_t item, std::string_view option_id);
  bool toggle_flag(std::size_t item);
  bool go_to(std::size_t item);
  bool next();
  bool previous();
  bool check(std::size_t item);
  bool set_paused(bool paused);
  // Adds running time (not a saved change by itself: the app keeps the clock on
  // close). True when the time ran out and the attempt was submitted.
  bool advance_time(std::int64_t ms);
  bool submit();
  // The clock moves without a revision (it would save every frame); this counts
  // the time used so far as a change, for a save before the app closes.
  void keep_time();

  // Answer logging, for the Session.
  study::AnswerSource source() const { return m_source; }
  AnswerLogging logging() const { return m_logging; }
  // Answered items whose answer is not logged yet: all of them, or only the
  // checked ones (while practice runs).
  std::vector<std::size_t> unlogged_answers(bool all) const;
  // Marks an item's answer as logged; returns the attempt time since the
  // previous logged answer (how long this one took).
  std::int64_t mark_logged(std::size_t item);
  bool recorded() const { return m_recorded; }  // its finished attempt is in the history
  void mark_recorded() { m_recorded = true; }

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  bool changed(bool did) {
    if (did) touch();
    return did;
  }

  std::string m_name;  // "mock" or "practice"
  AnswerLogging m_logging;
  std::optional<exam::Attempt> m_attempt;
  study::AnswerSource m_source = study::AnswerSource::Practice;
  std::vector<bool> m_logged;          // per item: its AnswerEvent exists
  std::int64_t m_logged_elapsed = 0;   // attempt time at the last logged answer
  bool m_recorded = false;
};

}  // namespace dealdojo::session
