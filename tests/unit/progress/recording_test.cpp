// Recording: every answered question becomes one AnswerEvent (practice when
// checked, a mock when submitted), seen counts follow the answers, and the
// revision moves with every change the app must save.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/progress/progress_document.hpp"
#include "core/session/session.hpp"

using namespace dealdojo;

namespace {

session::Session example_session() {
  session::Session s;
  s.packs().load_path(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/example", true);
  REQUIRE(s.packs().active_pack() != nullptr);
  return s;
}

std::string right_option(const session::Session& s, const exam::Attempt& a, std::size_t i) {
  return s.packs().active_pack()->find_question(a.paper().items[i].question_id)->correct[0];
}

std::string wrong_option(const session::Session& s, const exam::Attempt& a, std::size_t i) {
  const auto* q = s.packs().active_pack()->find_question(a.paper().items[i].question_id);
  for (const auto& o : q->options) {
    if (!q->is_correct(o.id)) return o.id;
  }
  return "";
}

}  // namespace

TEST_CASE("practice logs an answer when it is checked, once, with its pack, domain and result") {
  auto s = example_session();
  REQUIRE(s.start_practice({{}, {}, {}, 3}, 1, 100).ok());
  auto& p = s.practice();
  p.select(0, right_option(s, *p.attempt(), 0));
  s.observe(200);
  CHECK(s.answers().events().empty());  // picked, not checked yet
  p.check(0);
  p.advance_time(9000);
  s.observe(300);
  REQUIRE(s.answers().size() == 1);
  const auto& e = s.answers().events()[0];
  CHECK(e.pack_id == "example");
  CHECK(e.question_id == p->paper().items[0].question_id);
  CHECK(e.domain == p->paper().items[0].domain);
  CHECK(e.correct);
  CHECK(e.at_ms == 300);
  CHECK(e.time_taken_ms == 9000);
  CHECK(e.source == study::AnswerSource::Practice);
  CHECK(s.seen_count("example", e.question_id) == 1);
  s.observe(400);
  CHECK(s.answers().size() == 1);
  // Finishing logs the answered-but-unchecked question too, and nothing twice.
  p.select(1, wrong_option(s, *p.attempt(), 1));
  s.finish_practice(500);
  REQUIRE(s.answers().size() == 2);
  CHECK_FALSE(s.answers().events()[1].correct);
  CHECK(s.answers().events()[1].at_ms == 500);
  CHECK(s.history().size() == 1);
}

TEST_CASE("a mock logs nothing until submitted, then one Mock answer per answered question") {
  auto s = example_session();
  REQUIRE(s.start_mock(exam::Mode::Study, 2, 0).ok());
  auto& m = s.mock();
  REQUIRE(m->size() >= 3);
  m.select(0, right_option(s, *m.attempt(), 0));
  m.check(0);
  m.select(2, wrong_option(s, *m.attempt(), 2));
  s.observe(10);
  CHECK(s.answers().events().empty());
  s.finish_mock(20);
  REQUIRE(s.answers().size() == 2);
  CHECK(s.answers().events()[0].question_id == m->paper().items[0].question_id);
  CHECK(s.answers().events()[0].correct);
  CHECK(s.answers().events()[1].question_id == m->paper().items[2].question_id);
  CHECK_FALSE(s.answers().events()[1].correct);
  for (const auto& e : s.answers().events()) CHECK(e.source == study::AnswerSource::Mock);
  CHECK(s.seen_count("example", m->paper().items[1].question_id) == 0);
  s.finish_mock(30);
  CHECK(s.answers().size() == 2);
}

TEST_CASE("the revision moves with each change to the learner's data and stays put otherwise") {
  auto s = example_session();
  s.observe(0);
  const auto start = s.revision();
  s.observe(1);
  CHECK(s.revision() == start);
  REQUIRE(s.start_practice({{}, {}, {}, 2}, 3, 0).ok());
  s.observe(2);
  const auto started = s.revision();
  CHECK(started > start);
  s.practice().advance_time(500);  // time alone is not worth a save
  s.observe(2);
  CHECK(s.revision() == started);
  s.practice().select(0, "a");
  s.observe(3);
  const auto picked = s.revision();
  CHECK(picked > started);
  s.practice().toggle_flag(0);
  s.observe(4);
  CHECK(s.revision() > picked);
  const auto flagged = s.revision();
  s.drills().record({deals::DrillKind::Aov, true, 1, util::Money::from_cents(1), util::Money::from_cents(1)});
  s.observe(5);
  CHECK(s.revision() > flagged);
}

TEST_CASE("a restored practice resumes without logging its checked answers again") {
  auto s = example_session();
  REQUIRE(s.start_practice({{}, {}, {}, 3}, 4, 0).ok());
  s.practice().select(0, right_option(s, *s.practice().attempt(), 0));
  s.practice().check(0);
  s.observe(1);
  REQUIRE(s.answers().size() == 1);
  auto saved = progress::to_json(s.saved(), 2);

  auto next = example_session();
  auto read = progress::read_progress(saved.dump());
  REQUIRE(read.state);
  next.adopt(std::move(*read.state));
  REQUIRE(next.practice());
  CHECK(next.practice()->response(0).checked);
  next.observe(3);
  CHECK(next.answers().size() == 1);
  CHECK(next.seen_count("example", next.practice()->paper().items[0].question_id) == 1);
  next.practice().select(1, right_option(next, *next.practice().attempt(), 1));
  next.practice().check(1);
  next.observe(4);
  CHECK(next.answers().size() == 2);
  next.finish_practice(5);
  CHECK(next.history().size() == 1);
}

TEST_CASE("a restored finished mock is not recorded again") {
  auto s = example_session();
  REQUIRE(s.start_mock(exam::Mode::ExamConditions, 5, 0).ok());
  s.mock().select(0, "a");
  s.finish_mock(1);
  const auto answers = s.answers().size();
  auto read = progress::read_progress(progress::to_json(s.saved(), 2).dump());
  REQUIRE(read.state);
  auto next = example_session();
  next.adopt(std::move(*read.state));
  next.finish_mock(3);
  CHECK(next.history().size() == 1);
  CHECK(next.answers().size() == answers);
}

TEST_CASE("answers in today's reviews are logged as reviews, and a practice started after it logs as practice") {
  auto s = example_session();
  REQUIRE(s.start_review(7, 1000, 0, 2).ok());
  auto& review = s.practice();
  review.select(0, right_option(s, *review.attempt(), 0));
  review.check(0);
  s.observe(1100);
  REQUIRE(s.answers().size() == 1);
  CHECK(s.answers().events()[0].source == study::AnswerSource::Review);
  s.finish_practice(1200);

  REQUIRE(s.start_practice({{}, {}, {}, 2}, 2, 1300).ok());
  auto& p = s.practice();
  p.select(0, wrong_option(s, *p.attempt(), 0));
  p.check(0);
  s.observe(1400);
  REQUIRE(s.answers().size() == 2);
  CHECK(s.answers().events().back().source == study::AnswerSource::Practice);
}
