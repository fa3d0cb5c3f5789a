#include <doctest/doctest.h>

#include "core/content/json_reader.hpp"
#include "core/session/session.hpp"

using namespace dealdojo;

namespace {

session::Session sales_rep_session() {
  session::Session s;
  s.packs().load_path(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/sales-rep", true);
  REQUIRE(s.packs().active_pack() != nullptr);
  return s;
}

}  // namespace

TEST_CASE("a mock exam on the default pack follows the real blueprint") {
  auto s = sales_rep_session();
  CHECK(s.start_mock(exam::Mode::ExamConditions, 42, 1000).ok());
  REQUIRE(s.mock());
  CHECK(s.mock()->size() == 60);
  CHECK(s.mock()->remaining_ms() == 105 * 60'000);
}

TEST_CASE("running out of time submits the mock exam and records it once") {
  auto s = sales_rep_session();
  REQUIRE(s.start_mock(exam::Mode::ExamConditions, 1, 0).ok());
  s.mock().select(0, s.packs().active_pack()->find_question(s.mock()->paper().items[0].question_id)->correct[0]);
  s.tick(105 * 60'000 - 1, 10);
  CHECK_FALSE(s.mock()->is_submitted());
  s.tick(5, 20);
  CHECK(s.mock()->is_submitted());
  REQUIRE(s.history().size() == 1);
  CHECK(s.history().records()[0].finished_at_ms == 20);
  CHECK(s.history().records()[0].total == 60);
  s.finish_mock(30);
  CHECK(s.history().size() == 1);  // not recorded twice
  CHECK(s.seen_count("sales-rep", s.mock()->paper().items[0].question_id) == 1);
  CHECK(s.seen_count("sales-rep", s.mock()->paper().items[1].question_id) == 0);  // unanswered
}

TEST_CASE("seen questions are drawn last in the next exam") {
  auto s = sales_rep_session();
  REQUIRE(s.start_mock(exam::Mode::ExamConditions, 3, 0).ok());
  for (std::size_t i = 0; i < s.mock()->size(); ++i) s.mock().select(i, "a");
  const auto first = s.mock()->paper().items;
  s.finish_mock(1);
  REQUIRE(s.start_mock(exam::Mode::ExamConditions, 4, 2).ok());
  // The bank has enough unseen questions in every domain for a second exam.
  for (const auto& item : s.mock()->paper().items) {
    CHECK(s.seen_count("sales-rep", item.question_id) == 0);
  }
}

TEST_CASE("attempt records survive a JSON round trip and damaged ones are refused") {
  auto s = sales_rep_session();
  REQUIRE(s.start_practice({{"forecasting"}, {}, {}, 5}, 9, 0).ok());
  s.finish_practice(77);
  REQUIRE(s.history().size() == 1);
  const auto json = s.history().records()[0].to_json();
  auto back = content::read_object<session::AttemptRecord>(json);
  REQUIRE(back);
  CHECK(back->to_json() == json);
  auto damaged = json;
  damaged["right"] = 99;
  CHECK_FALSE(content::read_object<session::AttemptRecord>(damaged));
  damaged = json;
  damaged["mode"] = 3;
  CHECK_FALSE(content::read_object<session::AttemptRecord>(damaged));
}

TEST_CASE("with no pack loaded, starting says why") {
  session::Session s;
  const auto started = s.start_mock(exam::Mode::Study, 1, 0);
  CHECK_FALSE(started.ok());
  REQUIRE(started.error_messages().size() == 1);
  CHECK(started.error_messages()[0] == "No content pack is loaded, so there are no questions to ask.");
}
