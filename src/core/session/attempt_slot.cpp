#include "core/session/attempt_slot.hpp"

#include <algorithm>

namespace dealdojo::session {

void AttemptSlot::start(exam::Attempt attempt, study::AnswerSource source) {
  m_attempt = std::move(attempt);
  m_source = source;
  m_logged.assign(m_attempt->size(), false);
  m_logged_elapsed = 0;
  m_recorded = false;
  touch();
}

void AttemptSlot::clear() {
  if (!m_attempt) return;
  m_attempt.reset();
  m_logged.clear();
  m_recorded = false;
  touch();
}

bool AttemptSlot::select(std::size_t item, std::string_view option_id) {
  return changed(m_attempt && m_attempt->select(item, option_id));
}
bool AttemptSlot::toggle_flag(std::size_t item) { return changed(m_attempt && m_attempt->toggle_flag(item)); }
bool AttemptSlot::go_to(std::size_t item) { return changed(m_attempt && m_attempt->go_to(item)); }
bool AttemptSlot::next() { return changed(m_attempt && m_attempt->next()); }
bool AttemptSlot::previous() { return changed(m_attempt && m_attempt->previous()); }
bool AttemptSlot::check(std::size_t item) { return changed(m_attempt && m_attempt->check(item)); }
bool AttemptSlot::set_paused(bool paused) { return changed(m_attempt && m_attempt->set_paused(paused)); }
bool AttemptSlot::submit() { return changed(m_attempt && m_attempt->submit()); }

void AttemptSlot::keep_time() {
  if (running()) touch();
}

bool AttemptSlot::advance_time(std::int64_t ms) {
  if (!running()) return false;
  m_attempt->advance_time(ms);
  return changed(m_attempt->is_submitted());
}

std::vector<std::size_t> AttemptSlot::unlogged_answers(bool all) const {
  std::vector<std::size_t> out;
  if (!m_attempt) return out;
  for (std::size_t i = 0; i < m_attempt->size(); ++i) {
    const bool logged = i < m_logged.size() && m_logged[i];
    if (!logged && m_attempt->is_answered(i) && (all || m_attempt->response(i).checked)) out.push_back(i);
  }
  return out;
}

std::int64_t AttemptSlot::mark_logged(std::size_t item) {
  m_logged.resize(m_attempt ? m_attempt->size() : 0, false);
  if (item < m_logged.size()) m_logged[item] = true;
  const std::int64_t now = m_attempt ? m_attempt->elapsed_ms() : 0;
  const std::int64_t taken = std::max<std::int64_t>(0, now - m_logged_elapsed);
  m_logged_elapsed = now;
  return taken;
}

void AttemptSlot::write(nlohmann::json& document) const {
  if (m_attempt) write_in_progress_part(document, m_name, m_attempt->to_json());
}

void AttemptSlot::read(content::ObjectReader& document, LoadNotes&) {
  m_attempt.reset();
  m_source = m_logging == AnswerLogging::OnSubmit ? study::AnswerSource::Mock : study::AnswerSource::Practice;
  if (const auto part = in_progress_part(document, m_name)) {
    const std::string pointer = "/" + std::string(kInProgress) + "/" + m_name;
    if (content::expect_object(*part, pointer, document.context(), "an attempt in progress")) {
      content::ObjectReader fields(*part, pointer, document.context());
      m_attempt = exam::Attempt::read(fields);
    }
  }
  // What a saved attempt has already logged: a submitted one, every answer; a
  // running one, the answers checked (when it logs on check).
  m_recorded = m_attempt && m_attempt->is_submitted();
  m_logged.assign(m_attempt ? m_attempt->size() : 0, false);
  for (std::size_t i = 0; i < m_logged.size(); ++i) {
    const bool checked = m_logging == AnswerLogging::OnCheck && m_attempt->response(i).checked;
    m_logged[i] = checked || (m_recorded && m_attempt->is_answered(i));
  }
  m_logged_elapsed = m_attempt && m_logging == AnswerLogging::OnCheck ? m_attempt->elapsed_ms() : 0;
  touch();
}

}  // namespace dealdojo::session
