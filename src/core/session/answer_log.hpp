#pragma once
// Slice: every answered question, oldest first (the unit FSRS and readiness are
// computed from), and the times each question was seen before answers were
// kept (a version 1 save). Sections "answers" and "seen_baseline".
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/session/saved_slice.hpp"
#include "core/study/answer_event.hpp"

namespace dealdojo::session {

std::string_view answer_source_name(study::AnswerSource source);  // "practice", "mock", "review"
std::optional<study::AnswerSource> parse_answer_source(std::string_view name);

class AnswerLog final : public SavedSlice {
 public:
  const std::vector<study::AnswerEvent>& events() const { return m_events; }
  std::size_t size() const { return m_events.size(); }
  const std::map<std::string, int, std::less<>>& seen_baseline() const { return m_seen_baseline; }

  void record(study::AnswerEvent event);
  // Times answered: the baseline plus the answers kept since ("pack/question" ids).
  int seen_count(std::string_view pack_id, std::string_view question_id) const;

  // For a v1 save's migration and tests: how often a question was seen before.
  void set_seen_baseline(std::string global_question_id, int count);

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  std::vector<study::AnswerEvent> m_events;
  std::map<std::string, int, std::less<>> m_seen_baseline;
  // global question id -> times in m_events (the log only grows, so it is kept up to date).
  std::map<std::string, int, std::less<>> m_seen;
};

}  // namespace dealdojo::session
