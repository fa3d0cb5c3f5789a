// Readiness on cases small enough to work out by hand.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/study/beta.hpp"
#include "core/study/readiness.hpp"
#include "study_fixtures.hpp"

using namespace dealdojo::study;
using namespace study_fixtures;
using doctest::Approx;

TEST_CASE("readiness: beta quantiles match closed forms") {
  // Beta(1,1) is uniform; Beta(2,1) has CDF x², so its q-quantile is √q.
  CHECK(beta_quantile(0.05, 1, 1) == Approx(0.05));
  CHECK(beta_quantile(0.05, 2, 1) == Approx(std::sqrt(0.05)));
  CHECK(beta_quantile(0.95, 2, 1) == Approx(std::sqrt(0.95)));
  // Beta(1,3) has CDF 1 − (1−x)³.
  CHECK(beta_cdf(0.5, 1, 3) == Approx(0.875));
}

TEST_CASE("readiness: beta-binomial and convolution by hand") {
  // BB(2, 2, 1): P(k) = C(2,k)·B(k+2, 3−k)/B(2,1) with B(2,1) = 1/2:
  // k=0: B(2,3) = 1/12 -> 1/6; k=1: 2·B(3,2) = 1/6 -> 1/3; k=2: B(4,1) = 1/4 -> 1/2.
  const auto pmf = beta_binomial_pmf(2, 2.0, 1.0);
  REQUIRE(pmf.size() == 3);
  CHECK(pmf[0] == Approx(1.0 / 6));
  CHECK(pmf[1] == Approx(1.0 / 3));
  CHECK(pmf[2] == Approx(1.0 / 2));
  // Two fair coins: 1/4, 1/2, 1/4.
  const auto sum = convolve(beta_binomial_pmf(1, 1, 1), beta_binomial_pmf(1, 1, 1));
  REQUIRE(sum.size() == 3);
  CHECK(sum[0] == Approx(0.25));
  CHECK(sum[1] == Approx(0.5));
  CHECK(sum[2] == Approx(0.25));
}

TEST_CASE("readiness: recent answers weigh more than old ones") {
  std::vector<AnswerEvent> events{answer("a-0", "a", false, 1), answer("a-1", "a", true, 2),
                                  answer("b-0", "b", true, 3)};
  ReadinessOptions options;
  options.half_life_answers = 1.0;
  // Newest right weighs 1, the older wrong 0.5: Beta(1 + 1, 1 + 0.5), mean 2/3.5.
  const DomainMastery m = domain_mastery("a", events, options);
  CHECK(m.alpha == Approx(2.0));
  CHECK(m.beta == Approx(1.5));
  CHECK(m.mean == Approx(2.0 / 3.5));
  CHECK(m.answered == 2);
  CHECK(m.low < m.mean);
  CHECK(m.high > m.mean);
  // With no answers the prior stays: Beta(1,1), interval 5%..95%.
  const DomainMastery none = domain_mastery("c", events, options);
  CHECK(none.mean == Approx(0.5));
  CHECK(none.low == Approx(0.05));
  CHECK(none.high == Approx(0.95));
}

TEST_CASE("readiness: one domain, two questions, one right answer") {
  const auto pack = make_pack({"a"}, {100}, 3, 2, 50);
  const std::vector<AnswerEvent> events{answer("a-0", "a", true, 100)};
  const auto r = compute_readiness(pack, events);
  REQUIRE(r.has_value());
  // Beta(2,1): the score is BB(2,2,1) = 1/6, 1/3, 1/2; 50% of 2 needs 1 right.
  CHECK(r->exam_questions == std::vector<int>{2});
  CHECK(r->pass_right == 1);
  CHECK(r->expected_right == Approx(4.0 / 3));
  CHECK(r->pass_probability == Approx(5.0 / 6));
  CHECK(r->expected_percent() == Approx(200.0 / 3));
  CHECK(r->low_right == 0);   // P(0) = 1/6 >= 5%
  CHECK(r->high_right == 2);  // P(<=1) = 1/2 < 95%
  CHECK(r->answered == 1);
}

TEST_CASE("readiness: the blueprint split with no answers is centred on half") {
  const auto pack = make_pack({"a", "b", "c", "d", "e", "f"}, {21, 15, 37, 12, 6, 9}, 1, 60, 70);
  const auto r = compute_readiness(pack, {});
  REQUIRE(r.has_value());
  CHECK(r->exam_questions == std::vector<int>{13, 9, 22, 7, 4, 5});
  CHECK(r->pass_right == 42);  // 42·100 >= 70·60 and 41·100 < 70·60
  CHECK(r->expected_right == Approx(30.0));
  double total = 0;
  for (double p : r->score_pmf) total += p;
  CHECK(total == Approx(1.0));
  // Symmetric: P(>= 42) = P(<= 18).
  double low_tail = 0;
  for (int k = 0; k <= 18; ++k) low_tail += r->score_pmf[static_cast<std::size_t>(k)];
  CHECK(r->pass_probability == Approx(low_tail));
  CHECK(r->pass_probability > 0.0);
  CHECK(r->pass_probability < 0.2);
}

TEST_CASE("readiness: the weakest domain is the lowest mastery on the exam") {
  const auto pack = make_pack({"a", "b", "c"}, {50, 30, 20}, 8, 10, 70);
  // Five answers each, enough evidence in every domain (answers_for_evidence()).
  std::vector<AnswerEvent> events = answers("a", {true, true, true, true, false}, 1);
  append(events, answers("b", {true, false, false, true, false}, 100));
  append(events, answers("c", {true, true, false, true, true}, 200));
  const auto r = compute_readiness(pack, events);
  REQUIRE(r.has_value());
  REQUIRE(r->enough_evidence());
  CHECK(r->weakest() == 1);
  // Ties go to the domain with more exam questions.
  std::vector<AnswerEvent> even = answers("a", {true, false, true, false, true}, 1);
  append(even, answers("b", {true, false, true, false, true}, 100));
  append(even, answers("c", {true, false, true, false, true}, 200));
  CHECK(compute_readiness(pack, even)->weakest() == 0);
}

TEST_CASE("readiness: answers to other packs and after the cut-off are ignored") {
  const auto pack = make_pack({"a"}, {100}, 3, 2, 50);
  std::vector<AnswerEvent> events{answer("a-0", "a", true, 100), answer("a-1", "a", false, 300)};
  events.push_back({"elsewhere", "a-0", "a", false, 50, 0, AnswerSource::Practice});
  const auto r = compute_readiness(pack, events, {}, 200);
  REQUIRE(r.has_value());
  CHECK(r->answered == 1);
  CHECK(r->domains[0].mean == Approx(2.0 / 3));
}

TEST_CASE("readiness: calibration replays the prediction before each mock") {
  const auto pack = make_pack({"a"}, {100}, 3, 2, 50);
  const std::vector<AnswerEvent> events{answer("a-0", "a", true, 100)};
  // Mock 1 starts before any answer: Beta(1,1), uniform over 0..2, expects 50%,
  // passes with 2/3; the learner scores 2/2 = 100%: error 50.
  // Mock 2 starts after the right answer: expects 66.7%, passes with 5/6; the
  // learner scores 1/2 = 50% (a pass): error 16.7. Mean error 33.3.
  // Brier: ((2/3 − 1)² + (5/6 − 1)²)/2 = (1/9 + 1/36)/2 = 5/72.
  const std::vector<MockOutcome> mocks{{50, 2, 2, 2}, {200, 1, 2, 2}};
  const Calibration c = calibrate(pack, events, mocks);
  REQUIRE(c.mocks.size() == 2);
  CHECK(c.mocks[0].predicted_percent == Approx(50.0));
  CHECK(c.mocks[1].predicted_percent == Approx(200.0 / 3));
  CHECK(c.mocks[1].pass_probability == Approx(5.0 / 6));
  CHECK(c.mean_absolute_error == Approx(100.0 / 3));
  CHECK(c.brier_score == Approx(5.0 / 72));
  CHECK(c.left_out == 0);
}
