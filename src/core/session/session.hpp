#pragma once
// The learner's working state: loaded packs, the mock exam and practice runs in
// progress, finished attempts and how often each question has been seen.
// The UI reads it and sends intents; the app advances time.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/assessment/assessment.hpp"
#include "core/deals/drill.hpp"
#include "core/exam/attempt.hpp"
#include "core/exam/scoring.hpp"
#include "core/session/loaded_packs.hpp"
#include "core/session/pipeline_desk.hpp"
#include "core/session/roleplay_practice.hpp"
#include "core/session/settings.hpp"
#include "core/study/answer_event.hpp"

namespace dealdojo::session {

// A finished attempt as kept in the learner's history.
struct AttemptRecord {
  std::string pack_id;
  exam::Mode mode = exam::Mode::Practice;
  std::int64_t finished_at_ms = 0;
  int right = 0;
  int total = 0;
  int pass_percent = 0;
  bool passed = false;
  std::int64_t time_used_ms = 0;
  std::vector<exam::DomainScore> domains;

  nlohmann::json to_json() const;
  static std::optional<AttemptRecord> from_json(const nlohmann::json& data);
};

class Session {
 public:
  LoadedPacks packs;
  std::optional<exam::Attempt> mock;      // in progress, or finished and under review
  std::optional<exam::Attempt> practice;  // in progress, or finished and under review
  std::vector<AttemptRecord> history;     // oldest first
  std::vector<deals::DrillRecord> drills; // answered deal-desk drill problems, oldest first
  PipelineDesk pipeline;                  // the pipeline simulator: pipeline, forecast, quarter
  RoleplayPractice roleplay;             // role-play scenarios, the conversation in progress, its history
  Settings settings;                       // theme and text size (saved with progress)
  std::vector<study::AnswerEvent> answers;  // every answered question, oldest first
  // Times seen per global question id before answers were kept (from a v1 save).
  std::map<std::string, int, std::less<>> seen_baseline;
  std::map<std::string, assessment::Ratings, std::less<>> assessment_ratings;  // "pack-id/assessment-id" -> ratings

  // Starts a mock exam on the active pack; returns the problems if it cannot.
  std::vector<std::string> start_mock(exam::Mode mode, std::uint64_t seed, std::int64_t now_ms);
  std::vector<std::string> start_practice(const exam::PracticeFilter& filter, std::uint64_t seed,
                                          std::int64_t now_ms);
  std::vector<std::string> start_review(std::uint64_t seed, std::int64_t now_ms, std::int64_t utc_offset_ms, int new_questions = 5);  // today's due questions + new ones (session_study.cpp)
  // Submits and records an attempt (idempotent: a recorded attempt is not recorded twice).
  void finish_mock(std::int64_t now_ms);
  void finish_practice(std::int64_t now_ms);
  // Advances the clock of running attempts; a mock whose time runs out is recorded.
  void tick(std::int64_t delta_ms, std::int64_t now_ms);

  // Once a frame, after the UI ran: logs newly checked practice answers and
  // notices changes made through the public members (drills, attempt intents).
  void observe(std::int64_t now_ms);
  // Bumped by every change to the learner's data; the app saves when it moves.
  std::uint64_t revision() const { return m_revision; }
  void mark_changed() { ++m_revision; }
  // After answers, history or the attempts were replaced wholesale (a save was
  // loaded): treats what is there as already logged and recorded.
  void adopt_restored_progress();

  // Times answered: the v1 baseline plus the answers kept since.
  int seen_count(const std::string& pack_id, std::string_view question_id) const;
  // The score of an attempt against its pack (nullopt if that pack is gone).
  std::optional<exam::ExamScore> score(const exam::Attempt& attempt) const;

 private:
  void record(const exam::Attempt& attempt, std::int64_t now_ms);
  // One AnswerEvent per answered item not logged yet (checked ones only unless `all`).
  void log_answers(const exam::Attempt& attempt, std::vector<bool>& logged, study::AnswerSource source,
                   bool all, std::int64_t now_ms);
  std::uint64_t fingerprint() const;

  // global question id -> times in `answers`, counted up to m_seen_upto (a cache).
  mutable std::map<std::string, int, std::less<>> m_seen;
  mutable std::size_t m_seen_upto = 0;
  std::vector<bool> m_mock_logged;      // per item of `mock`: its AnswerEvent exists
  std::vector<bool> m_practice_logged;  // per item of `practice`
  std::int64_t m_practice_logged_elapsed = 0;  // attempt time at the last logged answer
  study::AnswerSource m_practice_source = study::AnswerSource::Practice;  // Review for today's reviews
  bool m_mock_recorded = false;
  bool m_practice_recorded = false;
  std::uint64_t m_revision = 0;
  std::uint64_t m_fingerprint = 0;
};

}  // namespace dealdojo::session
