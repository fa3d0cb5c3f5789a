#pragma once
// The FSRS-6 spaced-repetition scheduler, with the published default weights, no
// learning steps and no interval fuzz, so a card's state is a pure function of its
// answers. open-spaced-repetition's py-fsrs 6 is the reference: the unit test replays
// vectors it computed. docs/STUDY.md gives the formulas exactly as implemented.
#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "core/study/answer_event.hpp"

namespace dealdojo::study {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct FsrsParams {
  // FSRS-6 default weights w0..w20.
  std::array<double, 21> w{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                           0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                           1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
  double desired_retention = 0.9;
  int maximum_interval = 36'500;  // days
};

inline constexpr double kMinStability = 0.001;  // days, as py-fsrs

// The forgetting curve's constants: decay = -w20, factor = 0.9^(1/decay) - 1, so
// R(S, S) = 0.9 for any S.
double fsrs_decay(const FsrsParams& p);
double fsrs_factor(const FsrsParams& p);

// R(t, S) = (1 + factor·t/S)^decay: the chance of recall t days after a review.
double retrievability(double elapsed_days, double stability, const FsrsParams& p);
// The interval in days (unrounded) after which R falls to the desired retention.
double raw_interval(double stability, const FsrsParams& p);
// raw_interval rounded to whole days (halves to even, as Python's round() in py-fsrs)
// and clamped to [1, maximum_interval].
int next_interval_days(double stability, const FsrsParams& p);
double round_half_even(double days);

double initial_stability(Rating g, const FsrsParams& p);   // w[g-1]
double initial_difficulty(Rating g, const FsrsParams& p);  // w4 - e^(w5(g-1)) + 1, in [1, 10]
// Damped step, then mean reversion towards the *unclamped* D0(Easy); only the result
// is clamped to [1, 10].
double next_difficulty(double d, Rating g, const FsrsParams& p);
double recall_stability(double d, double s, double r, Rating g, const FsrsParams& p);
double forget_stability(double d, double s, double r, const FsrsParams& p);
double short_term_stability(double s, Rating g, const FsrsParams& p);

// One question's memory state, replayed from its answers.
struct CardState {
  double stability = 0;
  double difficulty = 0;
  std::int64_t last_day = 0;  // local day of the last answer
  std::int64_t due_day = 0;   // local day it is due again
  int interval_days = 0;
  int reviews = 0;
  int lapses = 0;  // answers rated Again
};

// Applies one review on local day `day` (the first review when card.reviews == 0).
// Reviews on the same day as the previous one use the short-term formula.
CardState review(CardState card, Rating g, std::int64_t day, const FsrsParams& p);

// The grade an answer counts as: wrong -> Again, right -> Good. Multiple-choice
// answers say nothing reliable about effort, so Hard and Easy are never inferred.
Rating rating_for(const AnswerEvent& event);

// Every answered question of `pack_id` replayed in time order, keyed by question id.
std::map<std::string, CardState, std::less<>> replay_cards(std::span<const AnswerEvent> events,
                                                           std::string_view pack_id,
                                                           std::int64_t utc_offset_ms,
                                                           const FsrsParams& p = {});

}  // namespace dealdojo::study
