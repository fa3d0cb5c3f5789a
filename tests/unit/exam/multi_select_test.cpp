// "Choose 2": an answer is checked only with exactly the number of picks asked
// for, and a pick past that number is refused in a way the screens can explain.
#include <doctest/doctest.h>

#include "core/exam/attempt.hpp"
#include "core/exam/paper.hpp"
#include "unit/exam/exam_fixture.hpp"

using namespace dealdojo;

namespace {

exam::Attempt start(exam::Mode mode) {
  static const auto pack = testing::make_exam_pack(30);
  return exam::Attempt(*exam::assemble_mock_exam(pack, 21).value(), mode, 0);
}

// The first item asking for `choose` picks (the fixture's multi-select: keys b and d of a-e).
std::size_t first_item_choosing(const exam::Attempt& a, int choose) {
  std::size_t i = 0;
  while (i < a.size() && a.paper().items[i].choose != choose) ++i;
  REQUIRE(i < a.size());
  return i;
}

}  // namespace

TEST_CASE("a multi-select answer is checked only with exactly the number of picks asked for") {
  for (exam::Mode mode : {exam::Mode::Study, exam::Mode::Practice}) {
    const std::string mode_text(exam::mode_name(mode));
    CAPTURE(mode_text);
    auto a = start(mode);
    const std::size_t i = first_item_choosing(a, 2);
    CHECK_FALSE(a.is_complete(i));
    REQUIRE(a.select(i, "b"));
    CHECK(a.is_answered(i));
    CHECK_FALSE(a.is_complete(i));
    CHECK_FALSE(a.check(i));  // one of two
    CHECK_FALSE(a.response(i).checked);
    REQUIRE(a.select(i, "d"));
    CHECK(a.is_complete(i));
    CHECK(a.check(i));
    CHECK(a.response(i).checked);
  }
}

TEST_CASE("a single answer is complete with its one pick") {
  auto a = start(exam::Mode::Practice);
  const std::size_t i = first_item_choosing(a, 1);
  CHECK_FALSE(a.check(i));
  REQUIRE(a.select(i, "a"));
  CHECK(a.is_complete(i));
  CHECK(a.check(i));
}

TEST_CASE("a pick past the number to choose is refused and reported as over the limit") {
  auto a = start(exam::Mode::ExamConditions);
  const std::size_t multi = first_item_choosing(a, 2);
  CHECK_FALSE(a.pick_over_limit(multi, "a"));
  REQUIRE(a.select(multi, "a"));
  REQUIRE(a.select(multi, "c"));
  CHECK(a.pick_over_limit(multi, "e"));
  CHECK_FALSE(a.select(multi, "e"));
  CHECK(a.response(multi).selected == std::vector<std::string>{"a", "c"});
  CHECK_FALSE(a.pick_over_limit(multi, "a"));  // a picked option is unselected, not refused
  REQUIRE(a.select(multi, "a"));
  CHECK_FALSE(a.pick_over_limit(multi, "e"));
  CHECK(a.select(multi, "e"));

  const std::size_t single = first_item_choosing(a, 1);
  REQUIRE(a.select(single, "a"));
  CHECK_FALSE(a.pick_over_limit(single, "b"));  // a single answer is replaced

  // Refused for another reason (submitted) is not "over the limit".
  a.submit();
  CHECK_FALSE(a.pick_over_limit(multi, "b"));
}

TEST_CASE("a checked multi-select answer is locked, not over the limit") {
  auto a = start(exam::Mode::Study);
  const std::size_t i = first_item_choosing(a, 2);
  REQUIRE(a.select(i, "b"));
  REQUIRE(a.select(i, "d"));
  REQUIRE(a.check(i));
  CHECK_FALSE(a.select(i, "a"));
  CHECK_FALSE(a.pick_over_limit(i, "a"));
}
