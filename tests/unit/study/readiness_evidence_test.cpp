// Readiness only speaks once there is evidence: no weakest domain and no chance of
// passing until every domain on the exam has enough answers; and calibration leaves
// out mock exams submitted mostly blank.
#include <doctest/doctest.h>

#include <limits>
#include <vector>

#include "core/study/history.hpp"
#include "core/study/readiness.hpp"
#include "study_fixtures.hpp"

using namespace dealdojo::study;
using namespace study_fixtures;
using doctest::Approx;

TEST_CASE("evidence: the answers needed follow the prior and the recency weights") {
  // Beta(1, 1) weighs 2 answers; twice that is 4, and with a half-life of 20 four
  // answers weigh 1 + 0.966 + 0.933 + 0.901 = 3.80, five 4.67.
  CHECK(answers_for_evidence() == 5);
  ReadinessOptions flat;
  flat.half_life_answers = 1e12;  // every answer weighs 1
  CHECK(answers_for_evidence(flat) == 4);
  flat.prior_alpha = 2.0;
  flat.prior_beta = 3.0;
  CHECK(answers_for_evidence(flat) == 10);
  ReadinessOptions none;
  none.evidence_over_prior = 0.0;
  CHECK(answers_for_evidence(none) == 0);
  // Half-life 20 caps the weights at ~29.4 answers' worth: 40 can never be reached.
  ReadinessOptions out_of_reach;
  out_of_reach.evidence_over_prior = 20.0;
  CHECK(answers_for_evidence(out_of_reach) == std::numeric_limits<int>::max());
}

TEST_CASE("evidence: a new learner has no weakest domain and no estimate") {
  const auto pack = make_pack({"a", "b", "c"}, {20, 50, 30}, 8, 10, 70);
  const auto r = compute_readiness(pack, {});
  REQUIRE(r.has_value());
  CHECK(r->answers_for_evidence == 5);
  CHECK_FALSE(r->enough_evidence());
  CHECK(r->weakest() == -1);
  CHECK(r->domains_with_evidence() == 0);
  CHECK(r->domains_on_exam() == 3);
  CHECK(r->next_to_measure() == 1);  // the most exam questions: 5 of 10
  for (const auto& d : r->domains) CHECK_FALSE(d.enough_evidence);
}

TEST_CASE("evidence: a domain short of answers keeps the weakest back, even a clearly weak one") {
  const auto pack = make_pack({"a", "b", "c"}, {20, 50, 30}, 8, 10, 70);
  std::vector<AnswerEvent> events = answers("a", {false, false, false, false, false}, 1);
  append(events, answers("b", {true, true, true, true, true}, 100));
  append(events, answers("c", {true, true, true, true}, 200));  // one short
  auto r = compute_readiness(pack, events);
  REQUIRE(r.has_value());
  CHECK(r->domains[0].enough_evidence);
  CHECK(r->domains[1].enough_evidence);
  CHECK_FALSE(r->domains[2].enough_evidence);
  CHECK(r->domains_with_evidence() == 2);
  CHECK_FALSE(r->enough_evidence());
  CHECK(r->weakest() == -1);
  CHECK(r->next_to_measure() == 2);
  // The fifth answer in c: now every domain counts, and a is the weakest.
  events.push_back(answer("c-4", "c", true, 300));
  r = compute_readiness(pack, events);
  CHECK(r->enough_evidence());
  CHECK(r->next_to_measure() == -1);
  CHECK(r->weakest() == 0);
}

TEST_CASE("evidence: a domain not on the exam needs no answers") {
  // 10 questions by 50/50/0: domain c gets none, so a and b are enough.
  const auto pack = make_pack({"a", "b", "c"}, {50, 50, 0}, 8, 10, 70);
  std::vector<AnswerEvent> events = answers("a", {true, true, false, true, true}, 1);
  append(events, answers("b", {false, true, false, true, false}, 100));
  const auto r = compute_readiness(pack, events);
  REQUIRE(r.has_value());
  REQUIRE(r->exam_questions == std::vector<int>{5, 5, 0});
  CHECK(r->domains_on_exam() == 2);
  CHECK(r->enough_evidence());
  CHECK(r->weakest() == 1);
}

TEST_CASE("calibration: a mock counts only with at least half its questions answered") {
  CHECK_FALSE(counts_for_calibration({0, 3, 60, 3}));  // 57 of 60 left blank
  CHECK_FALSE(counts_for_calibration({0, 20, 60, 29}));
  CHECK(counts_for_calibration({0, 20, 60, 30}));  // exactly half counts
  CHECK(counts_for_calibration({0, 0, 60, 60}));
  CHECK_FALSE(counts_for_calibration({0, 0, 3, 1}));
  CHECK(counts_for_calibration({0, 0, 3, 2}));
  CHECK_FALSE(counts_for_calibration({0, 0, 0, 0}));  // no questions: nothing to compare
}

TEST_CASE("calibration: mostly blank mocks are left out and counted as such") {
  const auto pack = make_pack({"a"}, {100}, 3, 2, 50);
  const std::vector<AnswerEvent> events{answer("a-0", "a", true, 100)};
  // Before 100 the model expects 50%. The counted mocks: 2 of 2 right (100%, error
  // 50) and 2 of 4 answered, both right (50%, error 0): mean error 25. The two mostly
  // blank ones, 0 of 2 and 1 of 3 answered, would have added errors of 50 and 16.7.
  const std::vector<MockOutcome> mocks{{50, 2, 2, 2}, {60, 0, 2, 0}, {70, 1, 3, 1}, {80, 2, 4, 2}};
  const Calibration c = calibrate(pack, events, mocks);
  CHECK(c.left_out == 2);
  REQUIRE(c.mocks.size() == 2);
  CHECK(c.mocks[0].actual_percent == Approx(100.0));
  CHECK(c.mocks[1].actual_percent == Approx(50.0));
  CHECK(c.mean_absolute_error == Approx(25.0));
  // Both passed, each predicted with probability 2/3 (uniform over 0..2, 1 right passes).
  CHECK(c.brier_score == Approx(1.0 / 9));
  // Only blank mocks: nothing counted, the errors stay zero.
  const std::vector<MockOutcome> blank{{60, 0, 2, 0}};
  const Calibration none = calibrate(pack, events, blank);
  CHECK(none.mocks.empty());
  CHECK(none.left_out == 1);
  CHECK(none.mean_absolute_error == 0.0);
}

TEST_CASE("history: a finished mock's answers are the mock events logged at its finish") {
  std::vector<AnswerEvent> events;
  for (int i = 0; i < 3; ++i) {
    events.push_back({"pack", "a-" + std::to_string(i), "a", i == 0, 500, 0, AnswerSource::Mock});
  }
  events.push_back({"pack", "a-5", "a", true, 500, 0, AnswerSource::Practice});  // same moment, not the mock
  events.push_back({"pack", "a-6", "a", true, 501, 0, AnswerSource::Mock});      // another mock
  CHECK(answers_logged_at(events, AnswerSource::Mock, 500) == 3);
  CHECK(answers_logged_at(events, AnswerSource::Mock, 501) == 1);
  CHECK(answers_logged_at(events, AnswerSource::Mock, 499) == 0);
}
