#include <doctest/doctest.h>

#include "core/exam/attempt.hpp"
#include "core/exam/scoring.hpp"
#include "unit/exam/exam_fixture.hpp"

using namespace dealdojo;

namespace {

exam::Attempt start(exam::Mode mode, std::uint64_t seed = 21) {
  static const auto pack = testing::make_exam_pack(30);
  auto paper = exam::assemble_mock_exam(pack, seed).value();
  REQUIRE(paper);
  return exam::Attempt(*paper, mode, 1'700'000'000'000);
}

// Answers item i with its key (or a wrong answer when `right` is false).
void answer(exam::Attempt& a, const content::Pack& pack, std::size_t i, bool right) {
  const content::Question* q = pack.find_question(a.paper().items[i].question_id);
  REQUIRE(q != nullptr);
  if (right) {
    for (const auto& id : q->correct) REQUIRE(a.select(i, id));
  } else {
    REQUIRE(a.select(i, "a"));
  }
}

}  // namespace

TEST_CASE("single answers replace; multiple answers toggle up to the number to choose") {
  auto a = start(exam::Mode::ExamConditions);
  std::size_t single = 0, multiple = 0;
  while (a.paper().items[single].choose != 1) ++single;
  while (a.paper().items[multiple].choose != 2) ++multiple;
  CHECK(a.select(single, "a"));
  CHECK(a.select(single, "b"));
  CHECK(a.response(single).selected == std::vector<std::string>{"b"});
  CHECK(a.select(multiple, "a"));
  CHECK(a.select(multiple, "c"));
  CHECK_FALSE(a.select(multiple, "d"));  // already two chosen
  CHECK(a.select(multiple, "a"));        // deselect
  CHECK(a.select(multiple, "d"));
  CHECK(a.response(multiple).selected == std::vector<std::string>{"c", "d"});
}

TEST_CASE("multiple-select is right only for exactly the right set") {
  const auto pack = testing::make_exam_pack(3);
  const content::Question& q = *pack.find_question("planning-0");  // keys b, d
  CHECK(exam::is_answer_correct(q, {"b", "d"}));
  CHECK(exam::is_answer_correct(q, {"d", "b"}));
  CHECK_FALSE(exam::is_answer_correct(q, {"b"}));
  CHECK_FALSE(exam::is_answer_correct(q, {"b", "c"}));
  CHECK_FALSE(exam::is_answer_correct(q, {"b", "d", "e"}));
  CHECK_FALSE(exam::is_answer_correct(q, {}));
  const content::Question& single = *pack.find_question("planning-1");  // key c
  CHECK(exam::is_answer_correct(single, {"c"}));
  CHECK_FALSE(exam::is_answer_correct(single, {"a"}));
}

TEST_CASE("scoring counts per domain, overall, and passes at exactly the mark") {
  const auto pack = testing::make_exam_pack(30);
  auto a = exam::Attempt(*exam::assemble_mock_exam(pack, 4).value(), exam::Mode::ExamConditions, 0);
  // 42 of 60 right is exactly 70%.
  for (std::size_t i = 0; i < a.size(); ++i) answer(a, pack, i, i < 42);
  a.submit();
  const auto score = exam::score_attempt(a, pack);
  CHECK(score.right == 42);
  CHECK(score.total == 60);
  CHECK(score.percent() == 70);
  CHECK(score.passed);
  REQUIRE(score.domains.size() == 6);
  CHECK(score.domains[0].id == "planning");
  CHECK(score.domains[0].total == 13);
  int right = 0;
  for (const auto& d : score.domains) right += d.right;
  CHECK(right == 42);

  auto b = exam::Attempt(*exam::assemble_mock_exam(pack, 4).value(), exam::Mode::ExamConditions, 0);
  for (std::size_t i = 0; i < b.size(); ++i) answer(b, pack, i, i < 41);
  const auto fail = exam::score_attempt(b, pack);
  CHECK(fail.right == 41);
  CHECK(fail.percent() == 68);
  CHECK_FALSE(fail.passed);
}

TEST_CASE("the timer submits with what is answered when time runs out") {
  const auto pack = testing::make_exam_pack(30);
  auto a = exam::Attempt(*exam::assemble_mock_exam(pack, 4).value(), exam::Mode::ExamConditions, 0);
  answer(a, pack, 0, true);
  CHECK(a.remaining_ms() == 105 * 60'000);
  a.advance_time(104 * 60'000);
  CHECK_FALSE(a.is_submitted());
  CHECK(a.remaining_ms() == 60'000);
  a.advance_time(90'000);
  CHECK(a.is_submitted());
  CHECK(a.submit_reason() == exam::SubmitReason::TimeUp);
  CHECK(a.remaining_ms() == 0);
  CHECK(a.elapsed_ms() == 105 * 60'000);
  CHECK_FALSE(a.select(1, "a"));  // no changes after submission
  const auto score = exam::score_attempt(a, pack);
  CHECK(score.right == 1);
  CHECK(score.unanswered == 59);
}

TEST_CASE("exam conditions allow no pause and no feedback; study mode allows both") {
  auto exam_mode = start(exam::Mode::ExamConditions);
  exam_mode.select(0, "a");
  CHECK_FALSE(exam_mode.set_paused(true));
  CHECK_FALSE(exam_mode.check(0));
  CHECK_FALSE(exam_mode.shows_feedback());

  auto study = start(exam::Mode::Study);
  CHECK(study.set_paused(true));
  study.advance_time(60'000);
  CHECK(study.elapsed_ms() == 0);  // paused time does not count
  CHECK_FALSE(study.select(0, "a"));
  CHECK(study.set_paused(false));
  CHECK(study.select(0, "a"));
  CHECK(study.check(0));
  CHECK_FALSE(study.select(0, "b"));  // locked once checked
  CHECK_FALSE(study.check(1));        // nothing answered yet
}

TEST_CASE("flags and navigation") {
  auto a = start(exam::Mode::ExamConditions);
  CHECK(a.toggle_flag(3));
  CHECK(a.toggle_flag(5));
  CHECK(a.toggle_flag(5));
  CHECK(a.flagged_count() == 1);
  CHECK(a.go_to(59));
  CHECK_FALSE(a.next());
  CHECK(a.current() == 59);
  CHECK(a.previous());
  CHECK(a.current() == 58);
  CHECK_FALSE(a.go_to(60));
}

TEST_CASE("an attempt saved mid-way resumes exactly") {
  const auto pack = testing::make_exam_pack(30);
  auto a = exam::Attempt(*exam::assemble_mock_exam(pack, 8).value(), exam::Mode::Study, 123);
  answer(a, pack, 0, true);
  answer(a, pack, 1, false);
  a.toggle_flag(2);
  a.go_to(7);
  a.check(0);
  a.advance_time(5'000);
  const auto saved = a.to_json();
  std::string error;
  auto b = exam::Attempt::from_json(nlohmann::json::parse(saved.dump()), error);
  REQUIRE(b);
  CHECK(error.empty());
  CHECK(b->to_json() == saved);
  CHECK(b->current() == 7);
  CHECK(b->elapsed_ms() == 5'000);
  CHECK(b->response(0).checked);
  CHECK(b->response(2).flagged);
  CHECK(exam::score_attempt(*b, pack).right == exam::score_attempt(a, pack).right);
}

TEST_CASE("a damaged saved attempt is refused with the place and the problem") {
  const auto pack = testing::make_exam_pack(30);
  auto a = exam::Attempt(*exam::assemble_mock_exam(pack, 8).value(), exam::Mode::Study, 0);
  auto first_error = [](const nlohmann::json& data) {
    const auto read = exam::Attempt::from_json(data, "attempt.json");
    CHECK_FALSE(read.ok());
    return read.first_error() ? read.first_error()->to_string() : std::string("(no error)");
  };
  auto data = a.to_json();
  data["mode"] = "sprint";
  CHECK(first_error(data) == "attempt.json: /mode: must be \"exam\", \"study\" or \"practice\"");
  data = a.to_json();
  data["items"][3]["option_order"] = {0, 9, 1, 2};
  CHECK(first_error(data) == "attempt.json: /items/3/option_order/1: must be an option's position, from 0 to 3");
  data = a.to_json();
  data["responses"].erase(0);
  CHECK(first_error(data) == "attempt.json: /responses: must have one answer per question (60)");
  data = a.to_json();
  data.erase("elapsed_ms");
  CHECK(first_error(data) == "attempt.json: /elapsed_ms: 'elapsed_ms' is missing: add a duration in milliseconds");
  CHECK(first_error(nlohmann::json::array()) == "attempt.json: a saved attempt must be an object { ... }, not a list [ ... ]");
}
