// FSRS-6 against its reference implementation, py-fsrs 6.3.1
// (github.com/open-spaced-repetition/py-fsrs, commit 3abe686).
//
// Where the vectors come from. Each sequence is a list of (rating, days since the
// previous review) with the stability, difficulty and interval py-fsrs gives after
// that review. They were produced by running py-fsrs 6.3.1 itself:
//   Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
// (default weights and retention 0.9; no steps and no fuzz, which is DealDojo's model),
// reviewing a new Card at 2024-01-01 12:00 UTC and then `days` later each time, and
// printing card.stability, card.difficulty and (card.due - card.last_review).days to
// 10 significant digits. The first sequence is also py-fsrs's own published test
// (tests/test_basic.py, test_memo_state: S = 53.62691, D = 6.3574867 after the last
// review); the others add lapses, same-day reviews, Hard and Easy, a 1000-day gap and
// difficulty at its floor and ceiling.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
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

struct ReferenceStep {
  int rating;
  int days_since_previous;
  double stability;
  double difficulty;
  int interval_days;
};

struct ReferenceSequence {
  std::string name;
  std::vector<ReferenceStep> steps;
};

// Relative agreement the issue asks for: 1e-4.
bool agrees(double ours, double reference) {
  return std::abs(ours - reference) <= 1e-4 * std::abs(reference);
}

const std::vector<ReferenceSequence> kReference = {
    {"published: test_memo_state",
     {
         {1, 0, 0.212, 6.4133, 1},
         {3, 0, 0.2466891878, 6.402115069, 1},
         {3, 1, 2.021477252, 6.390941324, 2},
         {3, 3, 7.863698841, 6.379778751, 8},
         {3, 8, 21.91771315, 6.368627342, 22},
         {3, 21, 53.62690292, 6.357487084, 54},
     }},
    {"steady recall",
     {
         {3, 0, 2.3065, 2.11810397, 2},
         {3, 3, 13.82690369, 2.111214236, 14},
         {3, 10, 47.45203373, 2.104331391, 47},
         {3, 30, 132.1682132, 2.097455429, 132},
         {3, 90, 343.146924, 2.090586343, 343},
         {3, 240, 820.5422882, 2.083724126, 821},
     }},
    {"two lapses",
     {
         {3, 0, 2.3065, 2.11810397, 2},
         {3, 3, 13.82690369, 2.111214236, 14},
         {1, 10, 1.666140748, 7.392238132, 2},
         {3, 1, 3.689035237, 7.380074264, 4},
         {1, 2, 0.7303061249, 9.124076595, 1},
         {3, 1, 1.695919911, 9.110180888, 2},
         {3, 4, 4.437493296, 9.096299076, 4},
     }},
    {"same-day reviews",
     {
         {1, 0, 0.212, 6.4133, 1},
         {1, 0, 0.08335671711, 8.806304469, 1},
         {3, 0, 0.1031406501, 8.792726534, 1},
         {3, 1, 0.6952546987, 8.779162176, 1},
         {3, 0, 0.7482005371, 8.765611384, 1},
         {4, 0, 1.378477051, 8.3383646, 1},
         {2, 2, 2.831693015, 8.882157358, 3},
     }},
    {"a long gap, then a lapse",
     {
         {3, 0, 2.3065, 2.11810397, 2},
         {3, 2, 10.96433234, 2.111214236, 11},
         {3, 7, 36.12363575, 2.104331391, 36},
         {3, 1000, 469.957211, 2.097455429, 470},
         {1, 3000, 8.847185988, 7.387715706, 9},
         {3, 1, 10.70822371, 7.37555636, 11},
     }},
    {"hard and easy",
     {
         {2, 0, 1.2931, 5.112170706, 1},
         {4, 2, 11.18501209, 3.464114298, 11},
         {2, 9, 26.76241679, 5.646402868, 27},
         {4, 30, 117.3845082, 4.176861953, 117},
         {2, 1, 118.8297798, 6.119557976, 119},
         {4, 60, 275.0371015, 4.808123449, 275},
         {4, 200, 807.4850512, 3.058468616, 807},
     }},
    {"easy down to the floor",
     {
         {4, 0, 8.2956, 1, 8},
         {4, 0, 13.04606469, 1, 13},
         {4, 5, 53.38171118, 1, 53},
         {4, 40, 277.7792148, 1, 278},
         {4, 400, 1686.432769, 1, 1686},
     }},
    {"again from the start",
     {
         {1, 0, 0.212, 6.4133, 1},
         {1, 1, 0.1008857898, 8.806304469, 1},
         {1, 1, 0.05503453012, 9.592868765, 1},
         {2, 1, 0.2200171509, 9.714955683, 1},
         {3, 1, 0.695820402, 9.700469097, 1},
         {3, 2, 1.696237918, 9.685996997, 2},
     }},
};
}  // namespace

TEST_CASE("fsrs: every step of the py-fsrs reference sequences") {
  const FsrsParams p;
  for (const ReferenceSequence& sequence : kReference) {
    CardState card;
    std::int64_t day = 1000;
    int step_number = 0;
    for (const ReferenceStep& step : sequence.steps) {
      ++step_number;
      CAPTURE(sequence.name);
      CAPTURE(step_number);
      day += step.days_since_previous;
      card = review(card, static_cast<Rating>(step.rating), day, p);
      CHECK_MESSAGE(agrees(card.stability, step.stability), "S ", card.stability, " vs ", step.stability);
      CHECK_MESSAGE(agrees(card.difficulty, step.difficulty), "D ", card.difficulty, " vs ", step.difficulty);
      CHECK(card.interval_days == step.interval_days);
      CHECK(card.due_day == day + step.interval_days);
    }
  }
}

TEST_CASE("fsrs: py-fsrs's published memory state after Again, Good x5") {
  // tests/test_basic.py, test_memo_state: reviews at +0, +0, +1, +3, +8, +21
  // days.
  const FsrsParams p;
  CardState card;
  std::int64_t day = 0;
  const int gaps[] = {0, 0, 1, 3, 8, 21};
  const Rating ratings[] = {Rating::Again, Rating::Good, Rating::Good,
                            Rating::Good,  Rating::Good, Rating::Good};
  for (int i = 0; i < 6; ++i) card = review(card, ratings[i], day += gaps[i], p);
  CHECK(card.stability == Approx(53.62691).epsilon(1e-6));
  CHECK(card.difficulty == Approx(6.3574867).epsilon(1e-6));
}

TEST_CASE("fsrs: the difficulty reverts towards the unclamped D0(Easy)") {
  const FsrsParams p;
  // D0(Easy) = w4 − e^(3·w5) + 1 is about −4.77 with the default weights; the
  // clamped 1 is what the card starts at, but the reversion aims at the raw
  // value.
  CHECK(initial_difficulty(Rating::Easy, p) == Approx(1.0));
  const double raw_easy = p.w[4] - std::exp(3.0 * p.w[5]) + 1.0;
  CHECK(raw_easy < 0.0);
  CHECK(next_difficulty(5.0, Rating::Good, p) == Approx(p.w[7] * raw_easy + (1.0 - p.w[7]) * 5.0));
  CHECK(next_difficulty(1.0, Rating::Easy, p) == Approx(1.0));  // clamped at the floor
  CHECK(next_difficulty(10.0, Rating::Again, p) <= 10.0);
}

TEST_CASE("fsrs: the forgetting curve is 0.9 after S days whatever S") {
  const FsrsParams p;
  CHECK(retrievability(5.0, 5.0, p) == Approx(0.9));
  CHECK(retrievability(0.0, 5.0, p) == Approx(1.0));
  CHECK(retrievability(400.0, 5.0, p) < retrievability(40.0, 5.0, p));
}

TEST_CASE("fsrs: intervals round as Python's round() does and stay within limits") {
  FsrsParams p;
  CHECK(round_half_even(2.5) == 2.0);
  CHECK(round_half_even(3.5) == 4.0);
  CHECK(round_half_even(2.4999) == 2.0);
  CHECK(round_half_even(2.5001) == 3.0);
  CHECK(next_interval_days(7.3, p) == 7);
  CHECK(next_interval_days(7.6, p) == 8);
  CHECK(next_interval_days(0.212, p) == 1);  // never under a day
  p.maximum_interval = 30;
  CHECK(next_interval_days(500.0, p) == 30);
  p.desired_retention = 0.95;  // a higher retention asks for an earlier review
  CHECK(raw_interval(10.0, p) < 10.0);
}

TEST_CASE(
    "fsrs: answers map to Again and Good and replay per question in time "
    "order") {
  CHECK(rating_for(answer("q", false, 0)) == Rating::Again);
  CHECK(rating_for(answer("q", true, 0)) == Rating::Good);
  // Recorded out of order on purpose: the replay sorts by time. q1 is Good on
  // day 100 and Good two days later: the "a long gap" reference sequence's
  // first two steps.
  std::vector<AnswerEvent> events{answer("q1", true, 102 * kDay), answer("q1", true, 100 * kDay),
                                  answer("q2", false, 100 * kDay)};
  events.push_back({"other-pack", "q1", "d", false, 103 * kDay, 0, AnswerSource::Practice});
  const auto cards = replay_cards(events, "pack", 0);
  REQUIRE(cards.size() == 2);
  CHECK(cards.at("q1").reviews == 2);
  CHECK(cards.at("q1").stability == Approx(10.96433234).epsilon(1e-6));
  CHECK(cards.at("q1").due_day == 113);
  CHECK(cards.at("q2").due_day == 101);
  CHECK(cards.at("q2").lapses == 1);
}

TEST_CASE("fsrs: days are local days") {
  // 23:30 UTC on day 10 is 00:30 on day 11 at UTC+1 and 18:30 on day 10 at
  // UTC−5.
  const std::int64_t at = 10 * kDay + 23 * 3'600'000 + 30 * 60'000;
  CHECK(local_day(at, 0) == 10);
  CHECK(local_day(at, 3'600'000) == 11);
  CHECK(local_day(at, -5 * 3'600'000) == 10);
  CHECK(local_day(-1, 0) == -1);
}
