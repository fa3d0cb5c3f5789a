#include <doctest/doctest.h>

#include <array>

#include "core/content/text_checks.hpp"

using namespace dealdojo::content;

TEST_CASE("text: kebab-case ids") {
  CHECK(is_kebab_case("sales-rep"));
  CHECK(is_kebab_case("q1"));
  CHECK(is_kebab_case("close-plan-2"));
  CHECK_FALSE(is_kebab_case(""));
  CHECK_FALSE(is_kebab_case("Sales-rep"));
  CHECK_FALSE(is_kebab_case("sales--rep"));
  CHECK_FALSE(is_kebab_case("-sales"));
  CHECK_FALSE(is_kebab_case("sales-"));
  CHECK_FALSE(is_kebab_case("sales_rep"));
  CHECK_FALSE(is_kebab_case("café"));
}

TEST_CASE("text: slugify makes an id from a title") {
  CHECK(slugify("Close Plan: Basics!") == "close-plan-basics");
  CHECK(slugify("  --Deal   Management-- ") == "deal-management");
  CHECK(slugify("!!!") == "");
  CHECK(slugify("abcdefgh", 4) == "abcd");
}

TEST_CASE("text: UTF-8 validity and length") {
  CHECK(is_valid_utf8("café 😀"));
  CHECK_FALSE(is_valid_utf8("caf\xe9"));
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // a surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  CHECK(utf8_length("café") == 4);
}

TEST_CASE("text: values quoted for messages are short and printable") {
  CHECK(quote_value("e") == "'e'");
  CHECK(quote_value("a\nb") == "'a?b'");
  CHECK(quote_value(std::string(100, 'x')) == std::string("'") + std::string(40, 'x') + "…'");
}

TEST_CASE("text: typo suggestions") {
  constexpr std::array<std::string_view, 3> words = {"stem", "source", "explanation"};
  CHECK(closest_match("stme", words) == std::optional<std::string_view>("stem"));
  CHECK(closest_match("explenation", words) == std::optional<std::string_view>("explanation"));
  CHECK_FALSE(closest_match("banana", words).has_value());
}

TEST_CASE("text: option letters and ordinals") {
  CHECK(option_letter_range(4) == "a–d");
  CHECK(option_letter_range(2) == "a–b");
  CHECK(ordinal_word(3) == "third");
  CHECK(ordinal_word(9) == "#9");
  CHECK(pointer_token("a/b~c") == "a~1b~0c");
}
