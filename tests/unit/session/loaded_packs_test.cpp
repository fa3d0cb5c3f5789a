#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/session/loaded_packs.hpp"

using namespace dealdojo;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = DEALDOJO_SOURCE_DIR;

// A fresh, empty folder under the system temp dir.
fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("dealdojo-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("the shipped packs load from the content folder") {
  session::LoadedPacks packs;
  const std::size_t loaded = packs.load_folder_of_packs(kSource / "content", /*built_in=*/true);
  CHECK(loaded == packs.records().size());
  REQUIRE(packs.records().size() >= 2);
  CHECK(packs.records()[0].pack_id == "example");  // sorted by folder name
  CHECK(packs.library().find_pack("sales-rep") != nullptr);
  for (const auto& rec : packs.records()) {
    CHECK(rec.usable);
    CHECK(rec.built_in);
    CHECK(rec.error_count() == 0);
  }
  REQUIRE(packs.active_pack() != nullptr);
  CHECK(packs.active_pack()->manifest.id == "example");
  CHECK(packs.set_active("sales-rep"));
  CHECK(packs.active_pack()->manifest.id == "sales-rep");
  CHECK_FALSE(packs.set_active("no-such-pack"));
  CHECK_FALSE(packs.remove("sales-rep"));  // built in
}

TEST_CASE("a broken pack is listed with its problems and never replaces a good one") {
  const fs::path user = temp_dir("broken");
  session::LoadedPacks packs;
  packs.load_path(kSource / "content/example", true);
  const auto& bad = packs.add_user_pack_text("{\"format\": 1, \"id\": \"example\"", "broken.json", user);
  CHECK_FALSE(bad.usable);
  CHECK(bad.error_count() >= 1);
  CHECK(bad.title == "broken.json");
  CHECK(packs.library().packs().size() == 1);
  CHECK(packs.active_pack()->manifest.title == "Example pack");
  CHECK(fs::is_empty(user));
}

TEST_CASE("a pack with an id already loaded is refused with a reason") {
  const fs::path user = temp_dir("duplicate");
  session::LoadedPacks packs;
  packs.load_path(kSource / "content/example", true);
  const auto& again = packs.add_user_pack(kSource / "content/example", user);
  CHECK_FALSE(again.usable);
  REQUIRE_FALSE(again.diagnostics.empty());
  CHECK(again.diagnostics[0].message.find("example") != std::string::npos);
  CHECK(packs.library().packs().size() == 1);
}

TEST_CASE("an added pack is saved as a bundle, loads again at the next start, and can be removed") {
  const fs::path user = temp_dir("added");
  {
    session::LoadedPacks packs;
    const auto& rec = packs.add_user_pack(kSource / "content/example", user);
    REQUIRE(rec.usable);
    CHECK_FALSE(rec.built_in);
    CHECK(fs::exists(user / "example.json"));
    CHECK(read(user / "example.json").find("\"id\": \"example\"") != std::string::npos);
  }
  session::LoadedPacks restarted;
  CHECK(restarted.load_user_packs(user) == 1);
  REQUIRE(restarted.active_pack() != nullptr);
  CHECK(restarted.active_pack()->manifest.id == "example");
  CHECK(restarted.active_pack()->questions.size() > 0);
  CHECK(restarted.remove_user_pack("example", user));
  CHECK_FALSE(fs::exists(user / "example.json"));
  CHECK(restarted.active_pack() == nullptr);
  CHECK(restarted.records().empty());
}
