#include "core/session/session.hpp"

namespace dealdojo::session {
namespace {

util::Status no_pack() {
  return util::Status::failure("", "", "No content pack is loaded, so there are no questions to ask.");
}

}  // namespace

util::Status Session::start_mock(exam::Mode mode, std::uint64_t seed, std::int64_t now_ms) {
  const content::Pack* pack = m_packs.active_pack();
  if (pack == nullptr) return no_pack();
  const std::string pack_id = pack->manifest.id;
  auto paper = exam::assemble_mock_exam(*pack, seed, [&](std::string_view id) { return seen_count(pack_id, id); });
  return start(m_saved.mock, std::move(paper), mode, study::AnswerSource::Mock, now_ms);
}

util::Status Session::start_practice(const exam::PracticeFilter& filter, std::uint64_t seed, std::int64_t now_ms) {
  const content::Pack* pack = m_packs.active_pack();
  if (pack == nullptr) return no_pack();
  const std::string pack_id = pack->manifest.id;
  auto paper =
      exam::assemble_practice(*pack, filter, seed, [&](std::string_view id) { return seen_count(pack_id, id); });
  return start(m_saved.practice, std::move(paper), exam::Mode::Practice, study::AnswerSource::Practice, now_ms);
}

util::Status Session::start(AttemptSlot& slot, util::Result<exam::Paper> paper, exam::Mode mode,
                            study::AnswerSource source, std::int64_t now_ms) {
  if (!paper) return util::Status::failure(paper.diagnostics());
  slot.start(exam::Attempt(std::move(*paper), mode, now_ms), source);
  return util::done();
}

void Session::finish_mock(std::int64_t now_ms) { finish(m_saved.mock, now_ms); }
void Session::finish_practice(std::int64_t now_ms) { finish(m_saved.practice, now_ms); }

void Session::finish(AttemptSlot& slot, std::int64_t now_ms) {
  if (!slot || slot.recorded()) return;
  slot.submit();
  log_answers(slot, /*all=*/true, now_ms);
  record(*slot.attempt(), now_ms);
  slot.mark_recorded();
}

void Session::tick(std::int64_t delta_ms, std::int64_t now_ms) {
  if (m_saved.mock.advance_time(delta_ms)) finish_mock(now_ms);  // time ran out
  m_saved.practice.advance_time(delta_ms);
}

void Session::observe(std::int64_t now_ms) {
  AttemptSlot& practice = m_saved.practice;
  if (practice.running() && practice.logging() == AnswerLogging::OnCheck) log_answers(practice, false, now_ms);
}

void Session::keep_running_clock() {
  if (m_saved.mock.running() && m_saved.mock->is_timed()) m_saved.mock.keep_time();
}

LoadNotes Session::adopt(SavedState loaded) {
  const std::uint64_t before = revision();
  m_saved = std::move(loaded);
  LoadNotes notes;
  if (std::string dropped = m_saved.roleplay.resume_after_load(m_packs); !dropped.empty()) {
    notes.push_back(std::move(dropped));
  }
  // Guided selling's runs name playbooks of the active pack; without one they are checked on first use.
  if (const content::Pack* pack = m_packs.active_pack()) {
    for (std::string& note : m_saved.guided_selling.resume(pack->guidance)) notes.push_back(std::move(note));
  }
  // Unsigned arithmetic wraps, so the sum comes out as before + 1 whatever the new slices hold.
  m_revision_offset = before + 1 - m_saved.revision();
  return notes;
}

int Session::seen_count(std::string_view pack_id, std::string_view question_id) const {
  return m_saved.answers.seen_count(pack_id, question_id);
}

std::optional<exam::ExamScore> Session::score(const exam::Attempt& attempt) const {
  auto pack = m_packs.library().find_pack(attempt.paper().pack_id);
  if (!pack) return std::nullopt;
  return exam::score_attempt(attempt, *pack);
}

void Session::log_answers(AttemptSlot& slot, bool all, std::int64_t now_ms) {
  const exam::Attempt& attempt = *slot.attempt();
  auto pack = m_packs.library().find_pack(attempt.paper().pack_id);
  if (!pack) return;  // the pack is gone: right or wrong cannot be told
  for (std::size_t i : slot.unlogged_answers(all)) {
    const exam::PaperItem& item = attempt.paper().items[i];
    const content::Question* question = pack->find_question(item.question_id);
    study::AnswerEvent event;
    event.pack_id = attempt.paper().pack_id;
    event.question_id = item.question_id;
    event.domain = item.domain;
    event.correct = question != nullptr && exam::is_answer_correct(*question, attempt.response(i).selected);
    event.at_ms = now_ms;
    const std::int64_t taken = slot.mark_logged(i);
    // Practice answers one at a time: the attempt time since the previous answer.
    event.time_taken_ms = all ? 0 : taken;
    event.source = slot.source();
    m_saved.answers.record(std::move(event));
  }
}

void Session::record(const exam::Attempt& attempt, std::int64_t now_ms) {
  const auto score = this->score(attempt);
  if (!score) return;
  AttemptRecord rec;
  rec.pack_id = attempt.paper().pack_id;
  rec.mode = attempt.mode();
  rec.finished_at_ms = now_ms;
  rec.right = score->right;
  rec.total = score->total;
  rec.pass_percent = score->pass_percent;
  rec.passed = score->passed;
  rec.time_used_ms = score->time_used_ms;
  rec.domains = score->domains;
  m_saved.history.record(std::move(rec));
}

}  // namespace dealdojo::session
