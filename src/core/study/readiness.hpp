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
  // A domain's estimate rests on the learner once the weights of its answers add up
  // to this many times the prior's pseudo-answers (prior_alpha + prior_beta). The
  // posterior mean is (prior_alpha + weighted right) / (prior_alpha + prior_beta +
  // weighted answers), so at 2 the prior makes up at most a third of it: with
  // Beta(1, 1) and a half-life of 20 that takes 5 answers (4 weigh 3.80, 5 weigh 4.67).
  // Fewer answers mostly repeat the prior's 50%, and with none at all every learner
  // would be told the same chance of passing (10% for 60 questions at 70%).
  double evidence_over_prior = 2.0;
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
  bool enough_evidence = false;  // answered >= answers_for_evidence(options)
};

// The fewest answers in one domain whose weights reach options.evidence_over_prior
// times the prior's weight; numeric_limits<int>::max() when no number of answers can
// (the weights shrink geometrically, so their sum stays below 1 / (1 − 2^(−1/half-life))).
int answers_for_evidence(const ReadinessOptions& options = {});

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
  int answers_for_evidence = 0;  // per domain (study::answers_for_evidence)

  double expected_percent() const;
  double low_percent() const;
  double high_percent() const;
  // Every domain on the exam has enough answers. Until then the pass probability and
  // the expected score lean on the prior of the domains without (each spreads its
  // exam questions almost evenly from none right to all right), and a weakest domain
  // would compare the learner with the prior's 50%: neither says anything yet.
  bool enough_evidence() const;
  int domains_with_evidence() const;  // among those on the exam
  int domains_on_exam() const;
  // The domain to study next: the lowest mastery among domains on the exam (ties:
  // the one with more exam questions, then blueprint order); -1 until
  // enough_evidence(), and when no domain is on the exam.
  int weakest() const;
  // The domain on the exam to answer questions in before the estimate counts: the
  // one short of evidence with the most exam questions, as it moves the score most
  // (ties: blueprint order); -1 once every domain has enough answers.
  int next_to_measure() const;
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
  int answered = 0;  // the questions given an answer; the rest were left blank
};
// A mock counts towards calibration when at least half its questions were answered.
// The model predicts the score of a learner who answers every question; blanks count
// as wrong, so a mock submitted mostly blank measures when the learner stopped, not
// what they know, and would make the estimate look far off when it was not.
bool counts_for_calibration(const MockOutcome& mock);
struct MockPrediction {
  double predicted_percent = 0.0;
  double pass_probability = 0.0;
  double actual_percent = 0.0;
  bool passed = false;
};
struct Calibration {
  std::vector<MockPrediction> mocks;  // the mocks counted, in the order given
  int left_out = 0;                   // mocks given that fail counts_for_calibration
  double mean_absolute_error = 0.0;  // percentage points of the expected score
  double brier_score = 0.0;          // mean (pass probability − passed)²
};
Calibration calibrate(const content::Pack& pack, std::span<const AnswerEvent> events,
                      std::span<const MockOutcome> mocks, const ReadinessOptions& options = {});

}  // namespace dealdojo::study
