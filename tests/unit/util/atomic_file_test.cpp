// The one atomic file writer: a write replaces the file whole or not at all,
// including when the process is killed between writing and renaming.
#include <doctest/doctest.h>

#include "unit/temp_dir.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/util/atomic_file.hpp"

using namespace dealdojo;
namespace fs = std::filesystem;

namespace {

using test_support::TempDir;

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string slurp(const fs::path& path) { return util::read_whole_file(path).value_or("<unreadable>"); }

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("a write replaces the file whole and leaves no temporary file") {
  TempDir dir;
  write(dir.path / "pack.json", "old");
  CHECK(util::write_file_atomically(dir.path / "pack.json", "new text").ok());
  CHECK(slurp(dir.path / "pack.json") == "new text");
  CHECK(names_in(dir.path) == std::vector<std::string>{"pack.json"});
}

TEST_CASE("a write that cannot happen is a diagnostic on the target, which is left as it was") {
  TempDir dir;
  const fs::path target = dir.path / "no/such/folder/x.json";
  const util::Status missing = util::write_file_atomically(target, "x");
  REQUIRE_FALSE(missing.ok());
  REQUIRE(missing.first_error() != nullptr);
  CHECK(missing.first_error()->file == target.generic_string());
  CHECK(missing.error_message() == "cannot write here: check the folder exists and is writable");

  write(dir.path / "x.json", "old");
  util::AtomicWriteHooks stop;
  stop.before_rename = [](const fs::path&) { return false; };
  CHECK(util::write_file_atomically(dir.path / "x.json", "new", stop).error_message() ==
        "stopped before replacing the file");
  CHECK(slurp(dir.path / "x.json") == "old");
}

TEST_CASE("the sync hook sees the temp file before the rename and the folder after") {
  TempDir dir;
  std::vector<fs::path> synced;
  util::AtomicWriteHooks hooks;
  hooks.sync = [&](const fs::path& p) { synced.push_back(p); };
  CHECK(util::write_file_atomically(dir.path / "x.json", "{}", hooks).ok());
  REQUIRE(synced.size() == 2);
  CHECK(synced[0].filename().string().rfind("x.json.tmp-", 0) == 0);
  CHECK(synced[1] == dir.path);
  CHECK(slurp(dir.path / "x.json") == "{}");
}

TEST_CASE("a process killed between writing and renaming leaves the old file intact") {
  TempDir dir;
  const fs::path target = dir.path / "progress.json";
  write(target, "old");
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    util::AtomicWriteHooks die;
    die.before_rename = [](const fs::path&) {
      raise(SIGKILL);  // the app dies mid-save: no destructors, no cleanup
      return true;
    };
    (void)util::write_file_atomically(target, "new", die);
    _exit(0);  // not reached
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  CHECK(slurp(target) == "old");
  const std::vector<std::string> names = names_in(dir.path);
  REQUIRE(names.size() == 2);  // the file and the half-done temp
  CHECK(names[1].rfind("progress.json.tmp-", 0) == 0);
  CHECK(slurp(dir.path / names[1]) == "new");  // the new data was complete
  CHECK(util::remove_stale_temp_files(target) == 1);
  CHECK(names_in(dir.path) == std::vector<std::string>{"progress.json"});
}

TEST_CASE("read_whole_file reads bytes as they are, and nothing from a missing file") {
  TempDir dir;
  write(dir.path / "bytes.bin", std::string("a\0b\r\n", 5));
  CHECK(util::read_whole_file(dir.path / "bytes.bin") == std::string("a\0b\r\n", 5));
  CHECK_FALSE(util::read_whole_file(dir.path / "missing.json").has_value());
}
