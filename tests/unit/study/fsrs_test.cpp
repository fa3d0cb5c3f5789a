// FSRS-6 against figures worked out by hand from the default weights
// w = 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
//     0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542.
#include <doctest/doctest.h>

#include <vector>

#include "core/study/fsrs.hpp"
#include "core/study/history.hpp"

using namespace dealdojo::study;
using doctest::Approx;

namespace {
constexpr std::int64_t kDay = kMsPerDay;
AnswerEvent answer(const char* id, bool correct, std::int64_t at_ms) {
  return {"pack", id, "d", correct, at_ms, 0, AnswerSource::Practice};
}
}  // namespace

TEST_CASE("fsrs: the forgetting curve is 0.9 after S days whatever S") {
  const FsrsParams p;
  // decay = -0.1542; factor = 0.9^(1/-0.1542) - 1 = 0.98035 (to 5 places).
  CHECK(fsrs_factor(p) == Approx(0.980346).epsilon(1e-6));
  CHECK(retrievability(5.0, 5.0, p) == Approx(0.9));
  CHECK(retrievability(0.0, 5.0, p) == Approx(1.0));
  // R(2, 2.3065) = (1 + 0.980346·2/2.3065)^-0.1542 = 1.850068^-0.1542 = 0.909493.
  CHECK(retrievability(2.0, 2.3065, p) == Approx(0.909493).epsilon(1e-5));
}

TEST_CASE("fsrs: the interval at retention 0.9 equals the stability, rounded and clamped") {
  FsrsParams p;
  CHECK(raw_interval(7.3, p) == Approx(7.3));
  CHECK(next_interval_days(7.3, p) == 7);
  CHECK(next_interval_days(7.6, p) == 8);
  CHECK(next_interval_days(0.212, p) == 1);  // never under a day
  p.maximum_interval = 30;
  CHECK(next_interval_days(500.0, p) == 30);
  // A higher desired retention gives a shorter interval: S/factor·(0.95^(1/decay) − 1)
  // = 10/0.980346·(1.395 − 1) ≈ 4.03 days for S = 10.
  p.desired_retention = 0.95;
  CHECK(raw_interval(10.0, p) == Approx(4.03).epsilon(0.01));
}

TEST_CASE("fsrs: first ratings set stability to w0..w3 and difficulty to D0") {
  const FsrsParams p;
  CHECK(initial_stability(Rating::Again, p) == Approx(0.212));
  CHECK(initial_stability(Rating::Hard, p) == Approx(1.2931));
  CHECK(initial_stability(Rating::Good, p) == Approx(2.3065));
  CHECK(initial_stability(Rating::Easy, p) == Approx(8.2956));
  // D0(G) = w4 − e^(w5·(G−1)) + 1: Again 6.4133 − 1 + 1 = 6.4133;
  // Good 7.4133 − e^1.6668 = 7.4133 − 5.2952 = 2.1181; Easy 7.4133 − e^2.5002 < 1, so 1.
  CHECK(initial_difficulty(Rating::Again, p) == Approx(6.4133));
  CHECK(initial_difficulty(Rating::Good, p) == Approx(2.118104).epsilon(1e-5));
  CHECK(initial_difficulty(Rating::Easy, p) == Approx(1.0));
}

TEST_CASE("fsrs: a recall two days after a first Good") {
  const FsrsParams p;
  // S = 2.3065, D = 2.118104, t = 2, R = 0.909493.
  // S' = S·(1 + e^w8·(11−D)·S^−w9·(e^(w10·(1−R)) − 1))
  //    = 2.3065·(1 + 6.502586·8.881896·0.870025·0.074702) = 2.3065·4.753692 = 10.9643.
  CHECK(recall_stability(2.118104, 2.3065, 0.909493, Rating::Good, p) == Approx(10.9643).epsilon(1e-4));
  // Good leaves ΔD = 0; mean reversion: 0.001·1 + 0.999·2.118104 = 2.116986.
  CHECK(next_difficulty(2.118104, Rating::Good, p) == Approx(2.116986).epsilon(1e-5));

  CardState card = review({}, Rating::Good, 100, p);
  CHECK(card.due_day == 102);  // round(2.3065) = 2 days
  card = review(card, Rating::Good, 102, p);
  CHECK(card.stability == Approx(10.9643).epsilon(1e-4));
  CHECK(card.interval_days == 11);
  CHECK(card.due_day == 113);
}

TEST_CASE("fsrs: a lapse two days after a first Good") {
  const FsrsParams p;
  // Long-term: w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R))
  //   = 1.4835·2.118104^−0.0614·(3.3065^0.2629 − 1)·e^(1.6483·0.090507) = 0.60758.
  // Cap: S/e^(w17·w18) = 2.3065/e^0.049476 = 2.19516. The smaller wins: 0.60758.
  CHECK(forget_stability(2.118104, 2.3065, 0.909493, p) == Approx(0.60758).epsilon(1e-4));
  // Again: ΔD = −w6·(1−3) = 6.0388; damped: 2.118104 + 6.0388·(10 − 2.118104)/9 = 7.406681;
  // reverted: 0.001·1 + 0.999·7.406681 = 7.400274.
  CHECK(next_difficulty(2.118104, Rating::Again, p) == Approx(7.400274).epsilon(1e-5));

  CardState card = review({}, Rating::Good, 100, p);
  card = review(card, Rating::Again, 102, p);
  CHECK(card.stability == Approx(0.60758).epsilon(1e-4));
  CHECK(card.lapses == 1);
  CHECK(card.due_day == 103);  // round(0.61) = 1 day
}

TEST_CASE("fsrs: same-day reviews use the short-term formula") {
  const FsrsParams p;
  // Good: e^(w17·w18)·S^−w19 = 1.050720·0.946494 = 0.994502, raised to 1: S is kept.
  CHECK(short_term_stability(2.3065, Rating::Good, p) == Approx(2.3065));
  // Again: 2.3065·e^(0.5425·(−2 + 0.0912))·2.3065^−0.0658 = 0.775084.
  CHECK(short_term_stability(2.3065, Rating::Again, p) == Approx(0.775084).epsilon(1e-5));
  CardState card = review({}, Rating::Good, 100, p);
  card = review(card, Rating::Again, 100, p);
  CHECK(card.stability == Approx(0.775084).epsilon(1e-5));
  CHECK(card.due_day == 101);
}

TEST_CASE("fsrs: answers map to Again and Good and replay per question in time order") {
  CHECK(rating_for(answer("q", false, 0)) == Rating::Again);
  CHECK(rating_for(answer("q", true, 0)) == Rating::Good);
  // Recorded out of order on purpose: the replay sorts by time.
  std::vector<AnswerEvent> events{answer("q1", true, 102 * kDay), answer("q1", true, 100 * kDay),
                                  answer("q2", false, 100 * kDay)};
  events.push_back({"other-pack", "q1", "d", false, 103 * kDay, 0, AnswerSource::Practice});
  const auto cards = replay_cards(events, "pack", 0);
  REQUIRE(cards.size() == 2);
  CHECK(cards.at("q1").reviews == 2);
  CHECK(cards.at("q1").due_day == 113);
  CHECK(cards.at("q2").due_day == 101);
}

TEST_CASE("fsrs: days are local days") {
  // 23:30 UTC on day 10 is 00:30 on day 11 at UTC+1 and 18:30 on day 10 at UTC−5.
  const std::int64_t at = 10 * kDay + 23 * 3'600'000 + 30 * 60'000;
  CHECK(local_day(at, 0) == 10);
  CHECK(local_day(at, 3'600'000) == 11);
  CHECK(local_day(at, -5 * 3'600'000) == 10);
  CHECK(local_day(-1, 0) == -1);
}
