#pragma once
// The save document: everything the learner has done, as one versioned JSON
// object (docs/PROGRESS.md). Reading treats the text as untrusted: it is parsed,
// migrated from older versions and checked field by field, and a damaged save
// gives an error that names the place (a JSON Pointer) and the problem.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/assessment/assessment.hpp"
#include "core/deals/drill.hpp"
#include "core/exam/attempt.hpp"
#include "core/session/session.hpp"
#include "core/study/answer_event.hpp"

namespace dealdojo::progress {

inline constexpr std::string_view kFormatName = "dealdojo-progress";
inline constexpr int kCurrentVersion = 2;

// The pipeline desk as saved: the learner's edited pipeline (deals, quota, period).
struct PipelineDeskSave {
  pipeline::Pipeline pipeline;
  int next_deal_number = 1;  // so a deleted deal's id is not given out again
};

// The learner's data as saved, apart from the packs themselves.
struct ProgressSnapshot {
  std::vector<study::AnswerEvent> answers;
  std::vector<session::AttemptRecord> history;
  std::vector<deals::DrillRecord> drills;
  std::map<std::string, int, std::less<>> seen_baseline;
  std::optional<exam::Attempt> mock;      // in progress or under review, resumed on load
  std::optional<exam::Attempt> practice;
  std::vector<session::RoleplayRecord> roleplay;  // finished role-play conversations
  session::Settings settings;
  std::map<std::string, assessment::Ratings, std::less<>> assessment_ratings;  // "pack/assessment" -> ratings
  // Working state, optional: dropped with a note when damaged or no longer fitting.
  std::optional<session::RoleplayInProgress> roleplay_in_progress;
  std::optional<PipelineDeskSave> pipeline_desk;  // only once the learner edited the sample
};

ProgressSnapshot capture(const session::Session& session);
// Replaces the learner's data in `session` with the snapshot's (packs stay, and
// must be loaded first: a role-play in progress is rebuilt on the active pack).
// Returns notes on what could not be restored (a conversation that no longer fits its scenario).
std::vector<std::string> restore(session::Session& session, ProgressSnapshot snapshot);

// The current version's document. `saved_at_ms` is wall-clock time.
nlohmann::json to_json(const ProgressSnapshot& snapshot, std::int64_t saved_at_ms);

struct ReadError {
  enum class Kind { NotJson, NotProgress, TooNew, Damaged };
  Kind kind = Kind::Damaged;
  std::string pointer;  // JSON Pointer to the bad value; "" for the whole document
  std::string message;
  std::string to_string() const;  // "at /answers/3: ..." or the message alone
};

struct ReadResult {
  std::optional<ProgressSnapshot> snapshot;
  std::optional<ReadError> error;
  int version_read = 0;            // the version found in the file
  std::vector<std::string> notes;  // what a migration could not carry over; optional sections dropped
};

// Parses, migrates and checks a save. Never aborts, whatever the bytes.
ReadResult read_progress(std::string_view text);
// Whether `text` looks like a progress file (its "format" field), to tell it from a pack.
bool looks_like_progress(std::string_view text);

// Migration of a parsed document to the current version, in place. Returns an
// error for an unknown or newer version. Notes say what could not be derived.
std::optional<ReadError> migrate(nlohmann::json& document, int& version_read, std::vector<std::string>& notes);

// "2026-11-23T15:31:13Z" and "20261123-153113", from ms since the Unix epoch (UTC).
std::string iso_utc(std::int64_t ms);
std::string compact_utc(std::int64_t ms);

}  // namespace dealdojo::progress
