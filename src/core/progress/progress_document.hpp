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

#include "core/session/saved_state.hpp"

namespace dealdojo::progress {

inline constexpr std::string_view kFormatName = "dealdojo-progress";
inline constexpr int kCurrentVersion = 2;
inline constexpr std::string_view kSaveFile = "progress.json";  // names the save in diagnostics

// The current version's document: every slice's sections side by side, with
// the format, version and time of saving. `saved_at_ms` is wall-clock time.
nlohmann::json to_json(const session::SavedState& state, std::int64_t saved_at_ms);

struct ReadError {
  enum class Kind { NotJson, NotProgress, TooNew, Damaged };
  Kind kind = Kind::Damaged;
  std::string pointer;  // JSON Pointer to the bad value; "" for the whole document
  std::string message;
  std::string to_string() const;  // "at /answers/3: ..." or the message alone
};

struct ReadResult {
  std::optional<session::SavedState> state;  // set when the whole save read cleanly
  std::optional<ReadError> error;
  int version_read = 0;            // the version found in the file
  std::vector<std::string> notes;  // what a migration could not carry over; optional sections dropped
};

// Parses, migrates and checks a save, each slice reading its own sections.
// Never aborts, whatever the bytes.
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
