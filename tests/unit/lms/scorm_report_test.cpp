// What a course tells its LMS (core/lms/scorm_report.hpp): status, score and
// interactions from the learner's record, in each version's data model.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/lms/scorm_report.hpp"
#include "core/session/session.hpp"

using namespace dealdojo;
using lms::ScormVersion;

namespace {

session::Session course_session() {
  session::Session s;
  s.packs().load_path(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/sales-rep", true);
  REQUIRE(s.packs().active_pack() != nullptr);
  return s;
}

const content::Question& question_of(const session::Session& s, std::size_t item) {
  return *s.packs().active_pack()->find_question(s.mock()->paper().items[item].question_id);
}

// Answers the first `right` items correctly and the next `wrong` wrongly, then submits.
void take_mock(session::Session& s, exam::Mode mode, int right, int wrong, std::int64_t now_ms) {
  REQUIRE(s.start_mock(mode, static_cast<std::uint64_t>(now_ms), now_ms).ok());
  for (int i = 0; i < right + wrong; ++i) {
    const auto item = static_cast<std::size_t>(i);
    const content::Question& q = question_of(s, item);
    s.mock().go_to(item);
    s.mock().advance_time(1500);
    for (const content::Option& option : q.options) {
      const bool key = q.is_correct(option.id);
      if (i < right ? key : !key) {
        s.mock().select(item, option.id);
        if (q.kind == content::QuestionKind::Single) break;
      }
    }
  }
  s.finish_mock(now_ms + 60'000);
}

std::string value_of(const lms::DataValues& values, const std::string& name) {
  for (const auto& [key, value] : values) if (key == name) return value;
  return "<unset>";
}

}  // namespace

TEST_CASE("before any mock the course is incomplete and its success unknown") {
  const auto s = course_session();
  const auto status = lms::course_status(s.history(), *s.packs().active_pack());
  CHECK(status.mocks_submitted == 0);
  CHECK_FALSE(status.completed);
  const auto v2004 = lms::status_values(ScormVersion::Scorm2004, status);
  CHECK(value_of(v2004, "cmi.completion_status") == "incomplete");
  CHECK(value_of(v2004, "cmi.success_status") == "unknown");
  CHECK(value_of(v2004, "cmi.score.raw") == "<unset>");
  CHECK(value_of(lms::status_values(ScormVersion::Scorm12, status), "cmi.core.lesson_status") == "incomplete");
}

TEST_CASE("the best mock under exam conditions gives the score and success; study mode does not count") {
  auto s = course_session();
  take_mock(s, exam::Mode::ExamConditions, 30, 5, 1'000'000);   // 30 of 60
  take_mock(s, exam::Mode::ExamConditions, 45, 0, 2'000'000);   // 45 of 60: passes at 70%
  take_mock(s, exam::Mode::Study, 60, 0, 3'000'000);            // not a mock for the LMS
  take_mock(s, exam::Mode::ExamConditions, 40, 0, 4'000'000);
  const auto status = lms::course_status(s.history(), *s.packs().active_pack());
  CHECK(status.mocks_submitted == 3);
  CHECK(status.completed);
  REQUIRE(status.best);
  CHECK(status.best->right == 45);
  CHECK(status.passed());
  const auto v2004 = lms::status_values(ScormVersion::Scorm2004, status);
  CHECK(value_of(v2004, "cmi.completion_status") == "completed");
  CHECK(value_of(v2004, "cmi.success_status") == "passed");
  CHECK(value_of(v2004, "cmi.score.raw") == "45");
  CHECK(value_of(v2004, "cmi.score.max") == "60");
  CHECK(value_of(v2004, "cmi.score.min") == "0");
  CHECK(value_of(v2004, "cmi.score.scaled") == "0.75");
  const auto v12 = lms::status_values(ScormVersion::Scorm12, status);
  CHECK(value_of(v12, "cmi.core.lesson_status") == "passed");
  CHECK(value_of(v12, "cmi.core.score.raw") == "75");
  CHECK(value_of(v12, "cmi.core.score.max") == "100");
}

TEST_CASE("a failed best mock reports failed; completion waits for the pack's number of mocks") {
  auto s = course_session();
  take_mock(s, exam::Mode::ExamConditions, 20, 10, 1'000'000);
  content::Pack pack = *s.packs().active_pack();
  pack.blueprint->mocks_to_complete = 2;
  auto status = lms::course_status(s.history(), pack);
  CHECK_FALSE(status.completed);
  CHECK(value_of(lms::status_values(ScormVersion::Scorm2004, status), "cmi.success_status") == "failed");
  CHECK(value_of(lms::status_values(ScormVersion::Scorm12, status), "cmi.core.lesson_status") == "incomplete");
  take_mock(s, exam::Mode::ExamConditions, 10, 0, 2'000'000);
  status = lms::course_status(s.history(), pack);
  CHECK(status.completed);
  CHECK(value_of(lms::status_values(ScormVersion::Scorm12, status), "cmi.core.lesson_status") == "failed");
}

TEST_CASE("one interaction per answered question, with responses, key, result and time on screen") {
  auto s = course_session();
  take_mock(s, exam::Mode::ExamConditions, 2, 1, 1'764'900'000'000);
  const auto interactions = lms::mock_interactions(*s.mock().attempt(), *s.packs().active_pack(), 1);
  REQUIRE(interactions.size() == 3);  // the 57 unanswered questions are not reported
  const content::Question& first = question_of(s, 0);
  CHECK(interactions[0].id == "mock1-" + first.id);
  CHECK(interactions[0].correct == first.correct);
  CHECK(interactions[0].response == first.correct);
  CHECK(interactions[0].is_correct);
  CHECK_FALSE(interactions[2].is_correct);
  CHECK(interactions[1].latency_ms == 1500);
  CHECK(interactions[0].shown_at_ms == 1'764'900'000'000);

  const auto v2004 = lms::interaction_values(ScormVersion::Scorm2004, 4, interactions[2]);
  REQUIRE(v2004.size() >= 7);
  CHECK(v2004[0].first == "cmi.interactions.4.id");
  CHECK(v2004[1] == std::pair<std::string, std::string>{"cmi.interactions.4.type", "choice"});
  CHECK(value_of(v2004, "cmi.interactions.4.result") == "incorrect");
  CHECK(value_of(v2004, "cmi.interactions.4.latency") == "PT0H0M1.50S");
  CHECK(value_of(v2004, "cmi.interactions.4.timestamp") == "2025-12-05T02:00:00.0Z");
  const auto v12 = lms::interaction_values(ScormVersion::Scorm12, 0, interactions[2]);
  CHECK(value_of(v12, "cmi.interactions.0.result") == "wrong");
  CHECK(value_of(v12, "cmi.interactions.0.latency") == "0000:00:01.50");
  CHECK(value_of(v12, "cmi.interactions.0.time") == "02:00:00");
}

TEST_CASE("multiple-select responses are joined as each version writes them") {
  lms::Interaction two;
  two.id = "mock1-x";
  two.response = {"a", "c"};
  two.correct = {"a", "d"};
  CHECK(value_of(lms::interaction_values(ScormVersion::Scorm2004, 0, two), "cmi.interactions.0.learner_response") ==
        "a[,]c");
  CHECK(value_of(lms::interaction_values(ScormVersion::Scorm12, 0, two), "cmi.interactions.0.student_response") ==
        "a,c");
  CHECK(value_of(lms::interaction_values(ScormVersion::Scorm12, 0, two), "cmi.interactions.0.correct_responses.0.pattern") ==
        "a,d");
}

TEST_CASE("durations in each version's form") {
  CHECK(lms::timespan(ScormVersion::Scorm2004, 3'723'450) == "PT1H2M3.45S");
  CHECK(lms::timespan(ScormVersion::Scorm12, 3'723'450) == "0001:02:03.45");
  CHECK(lms::timespan(ScormVersion::Scorm12, -5) == "0000:00:00.00");
  CHECK(lms::suspend_data_limit(ScormVersion::Scorm12) == 4096);
  CHECK(std::string(lms::names(ScormVersion::Scorm12).learner_name) == "cmi.core.student_name");
  CHECK(std::string(lms::names(ScormVersion::Scorm2004).location) == "cmi.location");
}

TEST_CASE("the LMS's \"family, given\" name is turned round for the greeting") {
  CHECK(lms::display_name("Doe, Jane") == "Jane Doe");
  CHECK(lms::display_name("  Jane Doe ") == "Jane Doe");
  CHECK(lms::display_name("Doe,") == "Doe");
  CHECK(lms::display_name("a, b, c") == "a, b, c");
  CHECK(lms::display_name("") == "");
}
