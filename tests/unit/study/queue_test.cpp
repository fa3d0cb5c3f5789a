// The review queue: what is due, the new questions and the interleaving.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/study/activity.hpp"
#include "core/study/review_queue.hpp"
#include "study_fixtures.hpp"

using namespace dealdojo::study;
using namespace study_fixtures;

namespace {
std::string domains_of(const std::vector<QueueItem>& items) {
  std::string out;
  for (const auto& item : items) out += item.domain;
  return out;
}
QueueItem item(const char* id, const char* domain) { return {id, domain, false, 0}; }
}  // namespace

TEST_CASE("queue: a question is due at the end of the day FSRS schedules it") {
  const auto pack = make_pack({"a", "b"}, {50, 50}, 3, 10, 70);
  // a-0 right on day 10: S = 2.3065, due day 12. a-1 wrong on day 10: due day 11.
  const std::vector<AnswerEvent> events{answer("a-0", "a", true, 10 * kDay + 1000),
                                        answer("a-1", "a", false, 10 * kDay + 2000)};
  QueueOptions options;
  options.new_questions = 0;
  options.now_ms = 10 * kDay + 5000;
  CHECK(due_today(pack, events, {}, options).empty());
  options.now_ms = 11 * kDay;  // start of day 11
  auto queue = due_today(pack, events, {}, options);
  REQUIRE(queue.size() == 1);
  CHECK(queue[0].question_id == "a-1");
  options.now_ms = 12 * kDay + kDay - 1;  // the last millisecond of day 12
  queue = due_today(pack, events, {}, options);
  REQUIRE(queue.size() == 2);
  CHECK(queue[0].question_id == "a-1");  // the more overdue first
  CHECK(due_count(pack, events, 12 * kDay, 0) == 2);
  // At UTC−1 the answers fell on local day 9 (23:00), so a-0 is due on day 11 there:
  // at 23:30 UTC on day 11 one question is due in UTC and two at UTC−1.
  CHECK(due_count(pack, events, 12 * kDay - 1'800'000, 0) == 1);
  CHECK(due_count(pack, events, 12 * kDay - 1'800'000, -3'600'000) == 2);
}

TEST_CASE("queue: new questions are never-answered ones and the draw is repeatable") {
  const auto pack = make_pack({"a", "b"}, {50, 50}, 3, 10, 70);
  const std::vector<AnswerEvent> events{answer("a-0", "a", true, 0)};
  QueueOptions options;
  options.new_questions = 5;
  options.seed = 7;
  const auto first = due_today(pack, events, {}, options);
  CHECK(first.size() == 5);
  for (const auto& q : first) {
    CHECK(q.is_new);
    CHECK(q.question_id != "a-0");
  }
  const auto again = due_today(pack, events, {}, options);
  REQUIRE(again.size() == first.size());
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(again[i].question_id == first[i].question_id);
  options.new_questions = 50;  // more than there are: all five unseen, once each
  CHECK(due_today(pack, events, {}, options).size() == 5);
}

TEST_CASE("queue: new questions lean towards the weakest domain") {
  const auto pack = make_pack({"a", "b"}, {50, 50}, 20, 10, 70);
  std::vector<DomainMastery> mastery(2);
  mastery[0].id = "a";
  mastery[0].mean = 0.95;  // weight 0.10
  mastery[1].id = "b";
  mastery[1].mean = 0.05;  // weight 1.00: b should win about 91% of single draws
  int weak_picks = 0;
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    QueueOptions options;
    options.new_questions = 1;
    options.seed = seed;
    const auto queue = due_today(pack, {}, mastery, options);
    REQUIRE(queue.size() == 1);
    weak_picks += queue[0].domain == "b" ? 1 : 0;
  }
  CHECK(weak_picks > 160);
  CHECK(weak_picks < 200);
}

TEST_CASE("queue: interleaving avoids neighbours from one domain when it can") {
  auto out = interleave_domains({item("1", "a"), item("2", "a"), item("3", "a"), item("4", "b"), item("5", "b")});
  CHECK(domains_of(out) == "ababa");
  CHECK(out[0].question_id == "1");
  CHECK(out[2].question_id == "2");  // each domain keeps its order
  // Unavoidable: three a's and one b.
  CHECK(domains_of(interleave_domains({item("1", "a"), item("2", "a"), item("3", "a"), item("4", "b")})) == "abaa");
  CHECK(domains_of(interleave_domains({item("1", "a"), item("2", "b"), item("3", "b"), item("4", "c"),
                                       item("5", "c")})) == "bcabc");
}

TEST_CASE("activity: the streak counts back from today or yesterday") {
  const std::vector<AnswerEvent> events{answer("a-0", "a", true, 5 * kDay), answer("a-1", "a", true, 6 * kDay + 5),
                                        answer("a-2", "a", false, 7 * kDay + 9), answer("a-0", "a", true, 3 * kDay)};
  CHECK(streak_days(events, 7 * kDay + 100, 0) == 3);
  CHECK(streak_days(events, 8 * kDay + 100, 0) == 3);  // nothing yet today: yesterday's streak holds
  CHECK(streak_days(events, 9 * kDay, 0) == 0);
  CHECK(streak_days({}, 9 * kDay, 0) == 0);
}

TEST_CASE("activity: accuracy per day and per Monday week") {
  // Day 4 (1970-01-05) was a Monday; day 3 the Sunday before.
  const std::vector<AnswerEvent> events{answer("x", "a", true, 3 * kDay), answer("x", "a", false, 4 * kDay),
                                        answer("y", "a", true, 4 * kDay + 1), answer("z", "a", true, 10 * kDay)};
  const auto daily = accuracy_over_time(events, Period::Day, 3, 4 * kDay + 5, 0);
  REQUIRE(daily.size() == 3);
  CHECK(daily[0].first_day == 2);
  CHECK(daily[0].answered == 0);
  CHECK(daily[1].answered == 1);
  CHECK(daily[2].answered == 2);
  CHECK(daily[2].accuracy() == doctest::Approx(0.5));
  const auto weekly = accuracy_over_time(events, Period::Week, 2, 10 * kDay, 0);
  REQUIRE(weekly.size() == 2);
  CHECK(weekly[0].first_day == -3);  // the week of Monday 1969-12-29
  CHECK(weekly[0].answered == 1);
  CHECK(weekly[1].first_day == 4);
  CHECK(weekly[1].answered == 3);
  CHECK(weekly[1].correct == 2);
}
