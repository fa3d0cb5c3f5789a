// The save file on disk: atomic replacement (the writer itself is tested in
// tests/unit/util/atomic_file_test.cpp), damaged saves moved aside, newer saves
// left alone, and import that validates before it replaces anything.
#include <doctest/doctest.h>

#include "unit/temp_dir.hpp"

#include <filesystem>
#include <fstream>
#include <random>

#include "core/progress/progress_store.hpp"

using namespace dealdojo;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(DEALDOJO_SOURCE_DIR) / "tests/data/progress";

using test_support::TempDir;

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string slurp(const fs::path& path) { return util::read_whole_file(path).value_or("<unreadable>"); }

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

session::SavedState one_answer(const char* question) {
  session::SavedState s;
  s.answers.record({"example", question, "discovery", true, 5, 0, study::AnswerSource::Practice});
  return s;
}

}  // namespace

TEST_CASE("no save yet starts fresh, and a saved snapshot loads back") {
  TempDir dir;
  progress::ProgressStore store(dir.path);
  CHECK(store.load(0).status == progress::LoadOutcome::Status::Fresh);
  CHECK(store.save(one_answer("q1"), 1000, {}).empty());
  progress::ProgressStore next_start(dir.path);
  const auto loaded = next_start.load(2000);
  REQUIRE(loaded.status == progress::LoadOutcome::Status::Loaded);
  REQUIRE(loaded.state->answers.size() == 1);
  CHECK(loaded.state->answers.events()[0].question_id == "q1");
  CHECK(names_in(dir.path) == std::vector<std::string>{"progress.json"});
}

TEST_CASE("a write stopped before the rename leaves the old save, and the next load removes the leftover") {
  TempDir dir;
  progress::ProgressStore store(dir.path);
  REQUIRE(store.save(one_answer("old"), 0, {}).empty());
  const std::string before = slurp(store.file());
  util::AtomicWriteHooks crash;
  fs::path temp_seen;
  crash.before_rename = [&](const fs::path& temp) {
    temp_seen = temp;
    return false;
  };
  CHECK_FALSE(store.save(one_answer("new"), 1, crash).empty());
  CHECK(slurp(store.file()) == before);
  CHECK(fs::exists(temp_seen));
  CHECK(temp_seen.filename().string().rfind("progress.json.tmp-", 0) == 0);
  CHECK(slurp(temp_seen).find("\"new\"") != std::string::npos);  // the new data was complete
  const auto loaded = progress::ProgressStore(dir.path).load(2);
  CHECK(loaded.stale_temp_files == 1);
  REQUIRE(loaded.state);
  CHECK(loaded.state->answers.events()[0].question_id == "old");
  CHECK(names_in(dir.path) == std::vector<std::string>{"progress.json"});
}

TEST_CASE("a damaged save is moved aside with its time, kept byte for byte, and the app starts fresh") {
  TempDir dir;
  const std::string garbage = "{\"format\": \"dealdojo-progress\", \"version\": 2, \"answ";
  write(dir.path / "progress.json", garbage);
  progress::ProgressStore store(dir.path);
  const auto loaded = store.load(1767225600000 + 3723000);
  CHECK(loaded.status == progress::LoadOutcome::Status::MovedAside);
  CHECK_FALSE(loaded.state);
  CHECK(loaded.problem.find("not valid JSON") != std::string::npos);
  CHECK(loaded.moved_to.filename() == "progress-broken-20260101-010203.json");
  CHECK(slurp(loaded.moved_to) == garbage);
  CHECK_FALSE(fs::exists(store.file()));
  CHECK(store.can_write());
  CHECK(store.save(one_answer("fresh"), 0, {}).empty());
  // A second damaged save in the same second gets its own name.
  write(store.file(), "[]");
  const auto again = progress::ProgressStore(dir.path).load(1767225600000 + 3723000);
  CHECK(again.moved_to.filename() == "progress-broken-20260101-010203-2.json");
}

TEST_CASE("a save from a newer version is left alone and never overwritten") {
  TempDir dir;
  fs::copy_file(kData / "future-version.json", dir.path / "progress.json");
  const std::string before = slurp(dir.path / "progress.json");
  progress::ProgressStore store(dir.path);
  const auto loaded = store.load(0);
  CHECK(loaded.status == progress::LoadOutcome::Status::TooNew);
  CHECK(loaded.problem.find("newer DealDojo") != std::string::npos);
  CHECK_FALSE(store.can_write());
  CHECK_FALSE(store.save(one_answer("q"), 0, {}).empty());
  CHECK(slurp(dir.path / "progress.json") == before);
  CHECK(names_in(dir.path) == std::vector<std::string>{"progress.json"});
}

TEST_CASE("import checks the whole file first and backs up the save it replaces") {
  TempDir dir;
  progress::ProgressStore store(dir.path);
  REQUIRE(store.save(one_answer("mine"), 0, {}).empty());
  const std::string mine = slurp(store.file());
  const auto refused = store.import_text(slurp(kData / "bad-answer.json"), 10);
  CHECK_FALSE(refused.state);
  CHECK(refused.problem == "at /answers/1/correct: must be true or false, not text 'yes'");
  CHECK(names_in(dir.path) == std::vector<std::string>{"progress.json"});
  const auto imported = store.import_text(slurp(kData / "v1-first-release.json"), 1767225600000);
  REQUIRE(imported.state);
  CHECK(imported.state->history.size() == 2);
  CHECK(imported.notes.size() == 1);
  CHECK(imported.backup.filename() == "progress-backup-20260101-000000.json");
  CHECK(slurp(imported.backup) == mine);
}
