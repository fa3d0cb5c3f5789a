#include <array>
#include <doctest/doctest.h>

#include "core/roleplay/condition.hpp"

using namespace dealdojo::roleplay;

namespace {

const std::array<std::string, 3> kVariables = {"trust", "clarity", "resistance"};
const std::array<std::string, 3> kChoices = {"asked-budget", "", "cushioned"};
const std::array<std::string, 2> kNodes = {"open", "pushback"};

Condition bound(std::string_view text) {
  ConditionParse parsed = parse_condition(text);
  INFO(parsed.error);
  REQUIRE(parsed.condition);
  const auto errors = parsed.condition->bind({kVariables, kChoices, kNodes});
  REQUIRE(errors.empty());
  return std::move(*parsed.condition);
}

struct World {
  std::array<int, 3> values{50, 40, 30};
  std::array<std::uint8_t, 3> said{0, 0, 0};
  std::array<std::uint8_t, 2> visited{1, 0};
  TechniqueMask used = 0;
  Facts facts() const { return {values, said, visited, used}; }
};

}  // namespace

TEST_CASE("comparisons use every operator against whole numbers") {
  const World w;
  CHECK(bound("trust >= 50").evaluate(w.facts()));
  CHECK_FALSE(bound("trust > 50").evaluate(w.facts()));
  CHECK(bound("trust<=50").evaluate(w.facts()));
  CHECK(bound("clarity < 41").evaluate(w.facts()));
  CHECK(bound("resistance == 30").evaluate(w.facts()));
  CHECK(bound("resistance = 30").evaluate(w.facts()));
  CHECK(bound("resistance != 31").evaluate(w.facts()));
}

TEST_CASE("said, used and visited look at what happened") {
  World w;
  CHECK_FALSE(bound("said asked-budget").evaluate(w.facts()));
  w.said[0] = 1;
  CHECK(bound("said asked-budget").evaluate(w.facts()));
  CHECK(bound("visited open and not visited pushback").evaluate(w.facts()));
  CHECK_FALSE(bound("used reply").evaluate(w.facts()));
  w.used = technique_bit(Technique::ReplyAdmit);
  CHECK(bound("used reply").evaluate(w.facts()));
  CHECK_FALSE(bound("used reply-deny").evaluate(w.facts()));
  CHECK_FALSE(bound("used commitment").evaluate(w.facts()));
}

TEST_CASE("'and' binds tighter than 'or', and parentheses regroup") {
  const World w;  // trust 50, clarity 40
  CHECK(bound("trust > 90 and clarity > 90 or trust == 50").evaluate(w.facts()));
  CHECK_FALSE(bound("trust > 90 and (clarity > 90 or trust == 50)").evaluate(w.facts()));
  CHECK(bound("!(trust > 90) && (clarity > 90 || trust == 50)").evaluate(w.facts()));
  CHECK(bound("not not trust == 50").evaluate(w.facts()));
}

TEST_CASE("syntax errors name the character and what was expected") {
  CHECK(parse_condition("trust >= ").error == "at character 10: expected a whole number from 0 to 100 after '>=', not the end");
  CHECK(parse_condition("trust 60").error ==
        "at character 7: expected a comparison (<, <=, >, >=, ==, !=) after 'trust', not '60'");
  CHECK(parse_condition("(trust > 1").error == "at character 11: expected ')' to close the '(', not the end");
  CHECK(parse_condition("trust > 1 trust").error == "at character 11: expected 'and', 'or' or the end, not 'trust'");
  CHECK(parse_condition("trust > 101").error == "at character 9: expected a whole number from 0 to 100 after '>', not '101'");
  CHECK(parse_condition("used cushions").error.find("'cushions' is not a technique") != std::string::npos);
  CHECK(parse_condition("   ").error == "the condition is empty");
}

TEST_CASE("nesting and length are bounded") {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "(";
  deep += "trust > 1";
  for (int i = 0; i < 40; ++i) deep += ")";
  CHECK(parse_condition(deep).error.find("nests more than 16 levels") != std::string::npos);
  CHECK(parse_condition(std::string(600, 'a')).error == "a condition has at most 500 characters");
}

TEST_CASE("binding reports names that do not exist, with a suggestion") {
  ConditionParse parsed = parse_condition("trusst > 1 and said asked-budgt and visited nowhere");
  REQUIRE(parsed.condition);
  const auto errors = parsed.condition->bind({kVariables, kChoices, kNodes});
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == "there is no variable 'trusst' (did you mean 'trust'?)");
  CHECK(errors[1] == "no choice has the id 'asked-budgt' (did you mean 'asked-budget'?)");
  CHECK(errors[2] == "there is no node 'nowhere'");
  CHECK_FALSE(parsed.condition->bound());
}

TEST_CASE("a condition explains itself and what it is missing") {
  const World w;  // trust 50, resistance 30
  const Condition c = bound("trust >= 75 and resistance <= 40 and not said cushioned");
  CHECK(c.describe() == "trust at least 75 and resistance at most 40 and not having said 'cushioned'");
  const auto unmet = c.unmet_parts(w.facts());
  REQUIRE(unmet.size() == 1);
  CHECK(unmet[0] == "trust at least 75 (it was 50)");
  CHECK(bound("trust > 1 and (clarity < 2 or used clarify)").describe() ==
        "trust above 1 and (clarity below 2 or having used Clarify)");
}
