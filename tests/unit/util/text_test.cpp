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
