// Older save versions, upgraded one step at a time to the current one. Each step
// takes a checked document of version N to version N+1 and says what it could
// not carry over. Version history: docs/PROGRESS.md.
#include <cstdio>

#include "core/progress/progress_document.hpp"
#include "core/util/calendar.hpp"

namespace dealdojo::progress {
namespace {

ReadError damaged(std::string pointer, std::string message) {
  return ReadError{ReadError::Kind::Damaged, std::move(pointer), std::move(message)};
}

// v1 (the first release): finished attempts under "attempts", drill answers, and
// times seen per question under "seen"; no single answers, no attempt in progress.
std::optional<ReadError> v1_to_v2(nlohmann::json& doc, std::vector<std::string>& notes) {
  auto attempts = doc.find("attempts");
  if (attempts == doc.end() || !attempts->is_array()) return damaged("/attempts", "should be a list of finished attempts");
  auto saved = doc.find("saved_at_ms");
  if (saved == doc.end() || !saved->is_number_integer()) return damaged("/saved_at_ms", "should be a time in milliseconds");
  nlohmann::json seen = nlohmann::json::object();
  if (auto it = doc.find("seen"); it != doc.end()) {
    if (!it->is_object()) return damaged("/seen", "should be an object of question id to count");
    seen = *it;
  }
  doc["history"] = std::move(*attempts);
  doc.erase("attempts");
  doc["saved_at"] = iso_utc(saved->get<std::int64_t>());
  doc.erase("saved_at_ms");
  doc.erase("seen");
  if (!seen.empty()) doc["seen_baseline"] = std::move(seen);
  doc["answers"] = nlohmann::json::array();
  doc["roleplay"] = nlohmann::json::array();
  if (!doc.contains("drills")) doc["drills"] = nlohmann::json::array();
  doc["version"] = 2;
  notes.push_back("This save came from an older DealDojo (version 1). Your finished attempts, drill answers and "
                  "how often you have seen each question were kept. It did not keep each single answer, so "
                  "review scheduling and readiness start from the answers you give from now on.");
  return std::nullopt;
}

std::string format_utc(std::int64_t ms, bool iso) {
  std::int64_t secs = ms / 1000;
  if (ms < 0 && ms % 1000 != 0) --secs;
  std::int64_t days = secs / 86400;
  std::int64_t rem = secs % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  const util::CivilDate c = util::civil_from_days(days);
  char buffer[96];
  const int hh = static_cast<int>(rem / 3600), mm = static_cast<int>(rem / 60 % 60), ss = static_cast<int>(rem % 60);
  if (iso) std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, hh, mm, ss);
  else std::snprintf(buffer, sizeof buffer, "%04d%02d%02d-%02d%02d%02d", c.year, c.month, c.day, hh, mm, ss);
  return buffer;
}

}  // namespace

std::optional<ReadError> migrate(nlohmann::json& doc, int& version_read, std::vector<std::string>& notes) {
  auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) return damaged("/version", "should be a whole number");
  const std::int64_t v = version->get<std::int64_t>();
  if (v > kCurrentVersion) {
    return ReadError{ReadError::Kind::TooNew, "/version",
                     "is " + std::to_string(v) + ": this progress was saved by a newer DealDojo (this one reads up to " +
                         std::to_string(kCurrentVersion) + ")"};
  }
  if (v < 1) return damaged("/version", "is " + std::to_string(v) + ", which no DealDojo ever wrote");
  version_read = static_cast<int>(v);
  if (v == 1) {
    if (auto error = v1_to_v2(doc, notes)) return error;
  }
  return std::nullopt;
}

std::string iso_utc(std::int64_t ms) { return format_utc(ms, true); }
std::string compact_utc(std::int64_t ms) { return format_utc(ms, false); }

}  // namespace dealdojo::progress
