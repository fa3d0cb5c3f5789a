// tests/data/hostile: every file must be rejected with exactly the diagnostics in
// its .expected sibling (see the README there).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "content_test_support.hpp"

using namespace content_test;

namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("every hostile pack is rejected with exactly its listed messages") {
  const fs::path dir = source_dir() / "tests/data/hostile";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 25);
  for (const fs::path& file : files) {
    const std::string name = file.filename().string();
    CAPTURE(name);
    const fs::path expected_path = fs::path(file).replace_extension(".expected");
    REQUIRE_MESSAGE(fs::exists(expected_path), "missing " << expected_path.filename().string());
    const auto result = dealdojo::content::load_pack(file);
    CHECK_FALSE(result.pack.has_value());
    CHECK(result.has_errors());
    CHECK(lines(result.diagnostics) == read_text(expected_path));
  }
}

TEST_CASE("the hostile corpus gives the same result from bytes as from the file") {
  const fs::path file = source_dir() / "tests/data/hostile/correct-option-missing.json";
  const auto from_file = dealdojo::content::load_pack(file);
  const auto from_bytes = dealdojo::content::load_pack_from_text(read_text(file), "correct-option-missing.json");
  CHECK(lines(from_file.diagnostics) == lines(from_bytes.diagnostics));
  CHECK(lines(from_bytes.diagnostics) ==
        "error: correct-option-missing.json: /questions/0/correct/0: option 'e' does not exist; options are a–d\n");
}
