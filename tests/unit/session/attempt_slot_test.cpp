// The attempt slot passes the attempt's rules on: a partial multi-select answer is
// not checked, so nothing changes and nothing is logged.
#include <doctest/doctest.h>

#include "core/exam/paper.hpp"
#include "core/session/attempt_slot.hpp"
#include "unit/exam/exam_fixture.hpp"

using namespace dealdojo;

TEST_CASE("the attempt slot refuses to check a partial answer and changes nothing") {
  session::AttemptSlot slot("practice", session::AnswerLogging::OnCheck);
  const auto pack = testing::make_exam_pack(30);
  slot.start(exam::Attempt(*exam::assemble_mock_exam(pack, 21).value(), exam::Mode::Practice, 0),
             study::AnswerSource::Practice);
  std::size_t i = 0;
  while (i < slot->size() && slot->paper().items[i].choose != 2) ++i;
  REQUIRE(i < slot->size());  // the fixture's multi-select: keys b and d of a-e
  REQUIRE(slot.select(i, "b"));
  const auto revision = slot.revision();
  CHECK_FALSE(slot.check(i));
  CHECK(slot.revision() == revision);
  CHECK(slot.unlogged_answers(false).empty());  // nothing checked, so nothing to log yet
  REQUIRE(slot.select(i, "d"));
  CHECK(slot.check(i));
  CHECK(slot.unlogged_answers(false) == std::vector<std::size_t>{i});
}
