#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

#include "core/util/text.hpp"

using namespace dealdojo;

TEST_CASE("with_thousands groups digits in threes") {
  CHECK(text::with_thousands(0) == "0");
  CHECK(text::with_thousands(999) == "999");
  CHECK(text::with_thousands(1000) == "1,000");
  CHECK(text::with_thousands(1234567) == "1,234,567");
  CHECK(text::with_thousands(-500000) == "-500,000");
  CHECK(text::with_thousands(std::numeric_limits<std::int64_t>::min()) == "-9,223,372,036,854,775,808");
}

TEST_CASE("count_noun picks singular or plural") {
  CHECK(text::count_noun(1, "question", "questions") == "1 question");
  CHECK(text::count_noun(0, "question", "questions") == "0 questions");
  CHECK(text::count_noun(1200, "question", "questions") == "1,200 questions");
}

namespace {
// A monospace measure: one unit per character (UTF-8 continuation bytes are free).
float monospace(std::string_view s) {
  float width = 0;
  for (const char c : s) width += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0.0f : 1.0f;
  return width;
}
std::vector<std::string> lines_of(std::string_view text, float width) {
  std::vector<std::string> out;
  for (std::string_view line : dealdojo::text::break_lines(text, width, monospace)) out.emplace_back(line);
  return out;
}
}  // namespace

TEST_CASE("break_lines: numbers and percentages are never split at their comma or point") {
  // ImGui's own wrap would break after "11," here (width 11 fits "booked 11,").
  CHECK(lines_of("booked 11,000 of 150,000", 11) == std::vector<std::string>{"booked", "11,000 of", "150,000"});
  CHECK(lines_of("move on 87.5% of deals", 9) == std::vector<std::string>{"move on", "87.5% of", "deals"});
}

TEST_CASE("break_lines: spaces at breaks are dropped, newlines kept, long words cut") {
  CHECK(lines_of("a  b", 1) == std::vector<std::string>{"a", "b"});
  CHECK(lines_of("one\n\ntwo", 20) == std::vector<std::string>{"one", "", "two"});
  CHECK(lines_of("abcdefgh", 3) == std::vector<std::string>{"abc", "def", "gh"});
  CHECK(lines_of("", 5) == std::vector<std::string>{""});
  CHECK(lines_of("fits exactly", 12) == std::vector<std::string>{"fits exactly"});
  // A multi-byte character is never cut in half.
  CHECK(lines_of("ééééé", 2) == std::vector<std::string>{"éé", "éé", "é"});
}
