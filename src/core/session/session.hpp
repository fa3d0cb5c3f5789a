#pragma once
// The learner's session: the loaded packs, the saved slices (saved_state.hpp)
// and the operations that span several of them (starting and finishing an
// attempt, which logs answers and records the result). Screens read the slices
// through const references and change them only through the slices' own
// functions or these operations; the app advances time and saves when
// revision() moves.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/exam/paper.hpp"
#include "core/exam/scoring.hpp"
#include "core/session/loaded_packs.hpp"
#include "core/session/saved_state.hpp"

namespace dealdojo::session {

class Session {
 public:
  LoadedPacks& packs() { return m_packs; }
  const LoadedPacks& packs() const { return m_packs; }

  const SavedState& saved() const { return m_saved; }
  const AnswerLog& answers() const { return m_saved.answers; }
  const ExamHistory& history() const { return m_saved.history; }
  AttemptSlot& mock() { return m_saved.mock; }  // in progress, or finished and under review
  const AttemptSlot& mock() const { return m_saved.mock; }
  AttemptSlot& practice() { return m_saved.practice; }
  const AttemptSlot& practice() const { return m_saved.practice; }
  DrillLog& drills() { return m_saved.drills; }
  const DrillLog& drills() const { return m_saved.drills; }
  RoleplayPractice& roleplay() { return m_saved.roleplay; }
  const RoleplayPractice& roleplay() const { return m_saved.roleplay; }
  PipelineDesk& pipeline() { return m_saved.pipeline; }
  const PipelineDesk& pipeline() const { return m_saved.pipeline; }
  GuidedSelling& guided_selling() { return m_saved.guided_selling; }
  const GuidedSelling& guided_selling() const { return m_saved.guided_selling; }
  Preferences& settings() { return m_saved.settings; }
  const Preferences& settings() const { return m_saved.settings; }
  AssessmentRatings& assessment_ratings() { return m_saved.assessment_ratings; }
  const AssessmentRatings& assessment_ratings() const { return m_saved.assessment_ratings; }

  // Starts a mock exam on the active pack; the problems when it cannot.
  util::Status start_mock(exam::Mode mode, std::uint64_t seed, std::int64_t now_ms);
  util::Status start_practice(const exam::PracticeFilter& filter, std::uint64_t seed, std::int64_t now_ms);
  // Today's due questions and a few new ones, as a practice run (session_study.cpp).
  util::Status start_review(std::uint64_t seed, std::int64_t now_ms, std::int64_t utc_offset_ms,
                            int new_questions = 5);
  // Submits, logs the answers and records the attempt (idempotent).
  void finish_mock(std::int64_t now_ms);
  void finish_practice(std::int64_t now_ms);
  // Advances the clock of running attempts; a mock whose time runs out is recorded.
  void tick(std::int64_t delta_ms, std::int64_t now_ms);
  // Once a frame, after the UI ran: logs the practice answers checked this frame.
  void observe(std::int64_t now_ms);
  // A timed mock's clock moves without a revision; before closing, count it as a
  // change so the time used is saved.
  void keep_running_clock();

  // Moves whenever a slice changes (and when a loaded state is adopted).
  std::uint64_t revision() const { return m_revision_offset + m_saved.revision(); }
  // Replaces the saved slices with `loaded` (a save that read cleanly; the packs
  // stay and must be loaded first). Returns notes on what could not be resumed.
  LoadNotes adopt(SavedState loaded);

  // Times answered: the v1 baseline plus the answers kept since.
  int seen_count(std::string_view pack_id, std::string_view question_id) const;
  // The score of an attempt against its pack (nullopt if that pack is gone).
  std::optional<exam::ExamScore> score(const exam::Attempt& attempt) const;

 private:
  util::Status start(AttemptSlot& slot, util::Result<exam::Paper> paper, exam::Mode mode,
                     study::AnswerSource source, std::int64_t now_ms);
  void finish(AttemptSlot& slot, std::int64_t now_ms);
  // One AnswerEvent per answered item of `slot` not logged yet (checked ones only unless `all`).
  void log_answers(AttemptSlot& slot, bool all, std::int64_t now_ms);
  void record(const exam::Attempt& attempt, std::int64_t now_ms);

  LoadedPacks m_packs;
  SavedState m_saved;
  std::uint64_t m_revision_offset = 0;  // keeps revision() moving forward across adopt()
};

}  // namespace dealdojo::session
