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

#include "core/deals/drill.hpp"
#include "core/exam/attempt.hpp"
#include "core/exam/scoring.hpp"
#include "core/session/loaded_packs.hpp"

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

  // Starts a mock exam on the active pack; returns the problems if it cannot.
  std::vector<std::string> start_mock(exam::Mode mode, std::uint64_t seed, std::int64_t now_ms);
  std::vector<std::string> start_practice(const exam::PracticeFilter& filter, std::uint64_t seed,
                                          std::int64_t now_ms);
  // Submits and records an attempt (idempotent: a recorded attempt is not recorded twice).
  void finish_mock(std::int64_t now_ms);
  void finish_practice(std::int64_t now_ms);
  // Advances the clock of running attempts; a mock whose time runs out is recorded.
  void tick(std::int64_t delta_ms, std::int64_t now_ms);

  int seen_count(const std::string& pack_id, std::string_view question_id) const;
  // The score of an attempt against its pack (nullopt if that pack is gone).
  std::optional<exam::ExamScore> score(const exam::Attempt& attempt) const;

 private:
  void record(const exam::Attempt& attempt, std::int64_t now_ms);

  std::map<std::string, int, std::less<>> m_seen;  // global question id -> times answered
  bool m_mock_recorded = false;
  bool m_practice_recorded = false;
};

}  // namespace dealdojo::session
