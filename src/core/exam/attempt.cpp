#include "core/exam/attempt.hpp"

#include <algorithm>

namespace dealdojo::exam {

std::string_view mode_name(Mode mode) {
  switch (mode) {
    case Mode::ExamConditions: return "exam";
    case Mode::Study: return "study";
    case Mode::Practice: return "practice";
  }
  return "practice";
}

std::optional<Mode> parse_mode(std::string_view name) {
  for (Mode m : {Mode::ExamConditions, Mode::Study, Mode::Practice}) {
    if (mode_name(m) == name) return m;
  }
  return std::nullopt;
}

Attempt::Attempt(Paper paper, Mode mode, std::int64_t started_at_ms)
    : m_paper(std::move(paper)),
      m_mode(mode),
      m_responses(m_paper.items.size()),
      m_started_at_ms(started_at_ms) {}

bool Attempt::select(std::size_t item, std::string_view option_id) {
  if (is_submitted() || m_paused || item >= size()) return false;
  Response& r = m_responses[item];
  if (r.checked) return false;
  const PaperItem& paper_item = m_paper.items[item];
  auto it = std::find(r.selected.begin(), r.selected.end(), option_id);
  if (paper_item.choose <= 1) {
    r.selected.assign(1, std::string(option_id));
    return true;
  }
  if (it != r.selected.end()) {
    r.selected.erase(it);
    return true;
  }
  // Like the real exam, no more than the stated number: deselect one first.
  if (pick_over_limit(item, option_id)) return false;
  r.selected.emplace_back(option_id);
  return true;
}

bool Attempt::pick_over_limit(std::size_t item, std::string_view option_id) const {
  if (is_submitted() || m_paused || item >= size()) return false;
  const Response& r = m_responses[item];
  const int choose = m_paper.items[item].choose;
  if (r.checked || choose <= 1) return false;
  if (std::find(r.selected.begin(), r.selected.end(), option_id) != r.selected.end()) return false;
  return r.selected.size() >= static_cast<std::size_t>(choose);
}

bool Attempt::toggle_flag(std::size_t item) {
  if (is_submitted() || item >= size()) return false;
  m_responses[item].flagged = !m_responses[item].flagged;
  return true;
}

bool Attempt::go_to(std::size_t item) {
  if (item >= size() || m_paused) return false;
  m_current = item;
  return true;
}

bool Attempt::check(std::size_t item) {
  if (!shows_feedback() || is_submitted() || item >= size() || !is_complete(item)) return false;
  m_responses[item].checked = true;
  return true;
}

bool Attempt::set_paused(bool paused) {
  if (m_mode != Mode::Study || is_submitted()) return false;
  m_paused = paused;
  return true;
}

bool Attempt::submit(SubmitReason reason) {
  if (is_submitted() || reason == SubmitReason::NotSubmitted) return false;
  m_submit_reason = reason;
  m_paused = false;
  return true;
}

void Attempt::advance_time(std::int64_t ms) {
  if (is_submitted() || m_paused || ms <= 0) return;
  m_elapsed_ms += ms;
  if (m_current < m_responses.size()) m_responses[m_current].time_ms += ms;
  if (is_timed() && m_elapsed_ms >= std::int64_t{m_paper.minutes} * 60'000) {
    m_elapsed_ms = std::int64_t{m_paper.minutes} * 60'000;
    submit(SubmitReason::TimeUp);
  }
}

std::int64_t Attempt::remaining_ms() const {
  if (!is_timed()) return 0;
  return std::max<std::int64_t>(0, std::int64_t{m_paper.minutes} * 60'000 - m_elapsed_ms);
}

bool Attempt::is_answered(std::size_t item) const {
  return item < size() && !m_responses[item].selected.empty();
}

bool Attempt::is_complete(std::size_t item) const {
  if (item >= size()) return false;
  const auto wanted = static_cast<std::size_t>(std::max(1, m_paper.items[item].choose));
  return m_responses[item].selected.size() == wanted;
}

std::size_t Attempt::unanswered_count() const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    if (!is_answered(i)) ++n;
  }
  return n;
}

std::size_t Attempt::flagged_count() const {
  return static_cast<std::size_t>(std::count_if(m_responses.begin(), m_responses.end(),
                                                [](const Response& r) { return r.flagged; }));
}

}  // namespace dealdojo::exam
