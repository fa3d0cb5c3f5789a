#include "core/study/fsrs.hpp"

#include <algorithm>
#include <cmath>

#include "core/study/history.hpp"

namespace dealdojo::study {
namespace {

double clamp_difficulty(double d) { return std::clamp(d, 1.0, 10.0); }
double clamp_stability(double s) { return std::max(s, kMinStability); }
double grade(Rating g) { return static_cast<double>(static_cast<int>(g)); }

// D0 before clamping: the mean reversion aims at this value (negative for Easy with the
// default weights), as py-fsrs and ts-fsrs do; only the result is clamped.
double unclamped_initial_difficulty(Rating g, const FsrsParams& p) {
  return p.w[4] - std::exp(p.w[5] * (grade(g) - 1.0)) + 1.0;
}

}  // namespace

double round_half_even(double x) {
  const double nearest = std::round(x);  // halves away from zero
  const bool exact_half = std::abs(x - std::trunc(x)) == 0.5;
  if (exact_half && std::fmod(nearest, 2.0) != 0.0) return nearest - std::copysign(1.0, x);
  return nearest;
}

double fsrs_decay(const FsrsParams& p) { return -p.w[20]; }

double fsrs_factor(const FsrsParams& p) { return std::pow(0.9, 1.0 / fsrs_decay(p)) - 1.0; }

double retrievability(double elapsed_days, double stability, const FsrsParams& p) {
  return std::pow(1.0 + fsrs_factor(p) * std::max(elapsed_days, 0.0) / stability, fsrs_decay(p));
}

double raw_interval(double stability, const FsrsParams& p) {
  return stability / fsrs_factor(p) * (std::pow(p.desired_retention, 1.0 / fsrs_decay(p)) - 1.0);
}

int next_interval_days(double stability, const FsrsParams& p) {
  const double days = round_half_even(raw_interval(stability, p));
  return static_cast<int>(std::clamp(days, 1.0, static_cast<double>(p.maximum_interval)));
}

double initial_stability(Rating g, const FsrsParams& p) {
  return clamp_stability(p.w[static_cast<std::size_t>(static_cast<int>(g) - 1)]);
}

double initial_difficulty(Rating g, const FsrsParams& p) {
  return clamp_difficulty(unclamped_initial_difficulty(g, p));
}

double next_difficulty(double d, Rating g, const FsrsParams& p) {
  const double delta = -p.w[6] * (grade(g) - 3.0);
  const double damped = d + delta * (10.0 - d) / 9.0;  // linear damping near the ceiling
  const double reverted = p.w[7] * unclamped_initial_difficulty(Rating::Easy, p) + (1.0 - p.w[7]) * damped;
  return clamp_difficulty(reverted);
}

double recall_stability(double d, double s, double r, Rating g, const FsrsParams& p) {
  const double hard_penalty = g == Rating::Hard ? p.w[15] : 1.0;
  const double easy_bonus = g == Rating::Easy ? p.w[16] : 1.0;
  const double growth = std::exp(p.w[8]) * (11.0 - d) * std::pow(s, -p.w[9]) *
                        (std::exp((1.0 - r) * p.w[10]) - 1.0) * hard_penalty * easy_bonus;
  return clamp_stability(s * (1.0 + growth));
}

double forget_stability(double d, double s, double r, const FsrsParams& p) {
  const double long_term =
      p.w[11] * std::pow(d, -p.w[12]) * (std::pow(s + 1.0, p.w[13]) - 1.0) * std::exp((1.0 - r) * p.w[14]);
  // A lapse never leaves a card more stable than S / e^(w17·w18).
  const double short_term_cap = s / std::exp(p.w[17] * p.w[18]);
  return clamp_stability(std::min(long_term, short_term_cap));
}

double short_term_stability(double s, Rating g, const FsrsParams& p) {
  double increase = std::exp(p.w[17] * (grade(g) - 3.0 + p.w[18])) * std::pow(s, -p.w[19]);
  if (g == Rating::Good || g == Rating::Easy) increase = std::max(increase, 1.0);
  return clamp_stability(s * increase);
}

CardState review(CardState card, Rating g, std::int64_t day, const FsrsParams& p) {
  if (card.reviews == 0) {
    card.stability = initial_stability(g, p);
    card.difficulty = initial_difficulty(g, p);
  } else {
    const std::int64_t elapsed = std::max<std::int64_t>(day - card.last_day, 0);
    if (elapsed == 0) {
      card.stability = short_term_stability(card.stability, g, p);
    } else {
      const double r = retrievability(static_cast<double>(elapsed), card.stability, p);
      card.stability = g == Rating::Again ? forget_stability(card.difficulty, card.stability, r, p)
                                          : recall_stability(card.difficulty, card.stability, r, g, p);
    }
    card.difficulty = next_difficulty(card.difficulty, g, p);
  }
  card.reviews += 1;
  if (g == Rating::Again) card.lapses += 1;
  card.last_day = day;
  card.interval_days = next_interval_days(card.stability, p);
  card.due_day = day + card.interval_days;
  return card;
}

Rating rating_for(const AnswerEvent& event) { return event.correct ? Rating::Good : Rating::Again; }

std::map<std::string, CardState, std::less<>> replay_cards(std::span<const AnswerEvent> events,
                                                           std::string_view pack_id,
                                                           std::int64_t utc_offset_ms, const FsrsParams& p) {
  std::map<std::string, CardState, std::less<>> cards;
  for (const AnswerEvent& e : events_for_pack(events, pack_id)) {
    CardState& card = cards[e.question_id];
    card = review(card, rating_for(e), local_day(e.at_ms, utc_offset_ms), p);
  }
  return cards;
}

}  // namespace dealdojo::study
