#pragma once
// Exam readiness from the answer history: per domain a recency-weighted Beta
// posterior over the chance of answering a question right, and from those the exact
// distribution of a mock exam's score under the blueprint split (Beta-Binomial per
// domain, convolved). docs/STUDY.md explains the model.
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/pack.hpp"
#include "core/study/answer_event.hpp"

namespace dealdojo::study {

struct ReadinessOptions {
  // The newest answer in a domain weighs 1, the one before 2^(-1/h), and so on: an
  // answer h answers old counts half.
  double half_life_answers = 20.0;
  double prior_alpha = 1.0;  // Beta(1, 1): no opinion before the first answer
  double prior_beta = 1.0;
  double interval_mass = 0.9;  // central credible interval: 5% to 95%
};

struct DomainMastery {
  std::string id;
  std::string name;
  double alpha = 1.0;
  double beta = 1.0;
  double mean = 0.5;  // alpha / (alpha + beta)
  double low = 0.0;   // credible interval of the chance of a right answer
  double high = 1.0;
  int answered = 0;   // answers counted (unweighted)
};

// The posterior for one domain from `events` (oldest first; other domains ignored).
DomainMastery domain_mastery(std::string_view domain, std::span<const AnswerEvent> events,
                             const ReadinessOptions& options = {});

struct Readiness {
  std::vector<DomainMastery> domains;  // blueprint order
  std::vector<int> exam_questions;     // per domain: the blueprint split of one exam
  std::vector<double> score_pmf;       // P(right = k) for k = 0..total
  int total = 0;
  int pass_percent = 0;
  int pass_right = 0;  // the fewest right answers that pass
  double pass_probability = 0.0;
  double expected_right = 0.0;
  int low_right = 0;   // central credible interval of the number right
  int high_right = 0;
  int answered = 0;

  double expected_percent() const;
  double low_percent() const;
  double high_percent() const;
  // The domain to study next: the lowest mastery among domains on the exam (ties:
  // the one with more exam questions, then blueprint order); -1 when none.
  int weakest() const;
};

// The exam's pass rule (exam/scoring.cpp): right·100 >= pass_percent·total.
bool passes_exam(int right, int total, int pass_percent);

// Readiness for `pack` from the answers to it given before `before_ms`; nullopt
// when the pack has no blueprint.
std::optional<Readiness> compute_readiness(const content::Pack& pack, std::span<const AnswerEvent> events,
                                           const ReadinessOptions& options = {},
                                           std::int64_t before_ms = std::numeric_limits<std::int64_t>::max());

// Calibration: what the model would have predicted before each past mock exam,
// against what the learner scored, so no prediction needs storing.
struct MockOutcome {
  std::int64_t started_ms = 0;
  int right = 0;
  int total = 0;
};
struct MockPrediction {
  double predicted_percent = 0.0;
  double pass_probability = 0.0;
  double actual_percent = 0.0;
  bool passed = false;
};
struct Calibration {
  std::vector<MockPrediction> mocks;
  double mean_absolute_error = 0.0;  // percentage points of the expected score
  double brier_score = 0.0;          // mean (pass probability − passed)²
};
Calibration calibrate(const content::Pack& pack, std::span<const AnswerEvent> events,
                      std::span<const MockOutcome> mocks, const ReadinessOptions& options = {});

}  // namespace dealdojo::study
