#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "content_test_support.hpp"
#include "core/content/pack_writer.hpp"

using namespace content_test;
using namespace dealdojo::content;

namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("writer: a bundle keeps the order of FORMAT.md and loads back equal") {
  nlohmann::json bundle = valid_bundle();
  bundle["description"] = "About";
  bundle["roleplay"] = {{"format", 1}, {"scenarios", {{{"id", "s1"}, {"lines", {1, 2}}}}}};
  bundle["pipeline_presets"] = {{{"id", "p"},
                                 {"name", "P"},
                                 {"stages",
                                  {{{"id", "a"}, {"name", "A"}, {"probability", 10}, {"conversion", 0.35}, {"forecast_category", "pipeline"}},
                                   {{"id", "b"}, {"name", "B"}, {"probability", 100}, {"forecast_category", "closed"}}}}}};
  const auto first = load(bundle);
  REQUIRE(first.pack);
  const std::string text = save_pack_bundle(*first.pack);
  CHECK(text.rfind("{\n  \"format\": 1,\n  \"id\": \"test-pack\",\n  \"title\": \"Test pack\",", 0) == 0);
  CHECK(text.find("\"conversion\": 0.35") != std::string::npos);
  const auto second = load_pack_from_text(text, "again.json");
  CHECK(lines(second.diagnostics) == "");
  REQUIRE(second.pack);
  CHECK(save_pack_bundle(*second.pack) == text);
  CHECK(second.pack->roleplay["scenarios"][0]["lines"][1] == 2);
}

TEST_CASE("writer: a folder pack loads back to the same bundle") {
  const auto example = load_pack(source_dir() / "content/example");
  REQUIRE(example.pack);
  ScratchDir dir;
  const fs::path out = dir.path() / "copy";
  CHECK(write_pack_folder(*example.pack, out, "all").empty());
  CHECK(fs::exists(out / "pack.json"));
  CHECK(fs::exists(out / "questions/all.json"));
  CHECK(fs::exists(out / "glossary/glossary.json"));
  CHECK(fs::exists(out / "pipeline/presets.json"));
  CHECK(fs::exists(out / "roleplay/scenarios.json"));
  CHECK_FALSE(fs::exists(dir.path() / "copy.partial"));
  const auto reloaded = load_pack(out);
  REQUIRE(reloaded.pack);
  CHECK(save_pack_bundle(*reloaded.pack) == save_pack_bundle(*example.pack));
}

TEST_CASE("writer: a folder is never written over one that has files") {
  const auto example = load_pack(source_dir() / "content/example");
  REQUIRE(example.pack);
  ScratchDir dir;
  dir.write("taken/readme.txt", "mine");
  const auto problems = write_pack_folder(*example.pack, dir.path() / "taken");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "already exists and is not an empty folder; choose a new folder");
  CHECK(read_text(dir.path() / "taken/readme.txt") == "mine");
}
