#include "core/study/readiness.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/exam/blueprint_split.hpp"
#include "core/study/beta.hpp"
#include "core/study/history.hpp"

namespace dealdojo::study {
namespace {

double percent_of(double right, int total) { return total == 0 ? 0.0 : right * 100.0 / static_cast<double>(total); }

// The smallest k whose cumulative probability reaches q.
int pmf_quantile(const std::vector<double>& pmf, double q) {
  double cumulative = 0.0;
  for (std::size_t k = 0; k < pmf.size(); ++k) {
    cumulative += pmf[k];
    if (cumulative >= q - 1e-12) return static_cast<int>(k);
  }
  return static_cast<int>(pmf.size()) - 1;
}

}  // namespace

DomainMastery domain_mastery(std::string_view domain, std::span<const AnswerEvent> events,
                             const ReadinessOptions& options) {
  DomainMastery out;
  out.id = std::string(domain);
  out.alpha = options.prior_alpha;
  out.beta = options.prior_beta;
  const double per_step = std::exp2(-1.0 / options.half_life_answers);
  double weight = 1.0;
  for (auto it = events.rbegin(); it != events.rend(); ++it) {  // newest first
    if (it->domain != domain) continue;
    (it->correct ? out.alpha : out.beta) += weight;
    weight *= per_step;
    ++out.answered;
  }
  out.enough_evidence = out.answered >= answers_for_evidence(options);
  const double tail = (1.0 - options.interval_mass) / 2.0;
  out.mean = out.alpha / (out.alpha + out.beta);
  out.low = beta_quantile(tail, out.alpha, out.beta);
  out.high = beta_quantile(1.0 - tail, out.alpha, out.beta);
  return out;
}

int answers_for_evidence(const ReadinessOptions& options) {
  const double needed = options.evidence_over_prior * (options.prior_alpha + options.prior_beta);
  const double per_step = std::exp2(-1.0 / options.half_life_answers);
  // The weights 1, r, r², … add up to less than 1 / (1 − r): past that no number of answers is enough.
  if (needed * (1.0 - per_step) >= 1.0 - 1e-12) return std::numeric_limits<int>::max();
  int answers = 0;
  for (double total = 0.0, weight = 1.0; total < needed - 1e-9; weight *= per_step) {
    total += weight;
    ++answers;
  }
  return answers;
}

double Readiness::expected_percent() const { return percent_of(expected_right, total); }
double Readiness::low_percent() const { return percent_of(low_right, total); }
double Readiness::high_percent() const { return percent_of(high_right, total); }

int Readiness::domains_on_exam() const {
  const auto on_exam = [](int questions) { return questions > 0; };
  return static_cast<int>(std::count_if(exam_questions.begin(), exam_questions.end(), on_exam));
}

int Readiness::domains_with_evidence() const {
  int count = 0;
  for (std::size_t i = 0; i < domains.size(); ++i) {
    if (exam_questions[i] > 0 && domains[i].enough_evidence) ++count;
  }
  return count;
}

bool Readiness::enough_evidence() const { return domains_with_evidence() == domains_on_exam(); }

int Readiness::next_to_measure() const {
  int best = -1;
  for (std::size_t i = 0; i < domains.size(); ++i) {
    if (exam_questions[i] == 0 || domains[i].enough_evidence) continue;
    const bool more_questions = best >= 0 && exam_questions[i] > exam_questions[static_cast<std::size_t>(best)];
    if (best < 0 || more_questions) best = static_cast<int>(i);
  }
  return best;
}

int Readiness::weakest() const {
  if (!enough_evidence()) return -1;
  int best = -1;
  for (std::size_t i = 0; i < domains.size(); ++i) {
    if (exam_questions[i] == 0) continue;
    if (best < 0) {
      best = static_cast<int>(i);
      continue;
    }
    const auto b = static_cast<std::size_t>(best);
    if (domains[i].mean < domains[b].mean ||
        (domains[i].mean == domains[b].mean && exam_questions[i] > exam_questions[b])) {
      best = static_cast<int>(i);
    }
  }
  return best;
}

bool passes_exam(int right, int total, int pass_percent) {
  return pass_percent > 0 && total > 0 && right * 100 >= pass_percent * total;
}

std::optional<Readiness> compute_readiness(const content::Pack& pack, std::span<const AnswerEvent> events,
                                           const ReadinessOptions& options, std::int64_t before_ms) {
  if (!pack.blueprint) return std::nullopt;
  const content::Blueprint& bp = *pack.blueprint;
  std::vector<AnswerEvent> history;
  for (const AnswerEvent& e : events_for_pack(events, pack.manifest.id)) {
    if (e.at_ms < before_ms) history.push_back(e);
  }
  Readiness out;
  std::vector<int> weights;
  for (const auto& d : bp.domains) weights.push_back(d.weight);
  out.exam_questions = exam::split_by_weight(bp.questions, weights);
  out.total = bp.questions;
  out.pass_percent = bp.pass_percent;
  out.answers_for_evidence = answers_for_evidence(options);
  out.score_pmf = {1.0};
  for (std::size_t i = 0; i < bp.domains.size(); ++i) {
    DomainMastery m = domain_mastery(bp.domains[i].id, history, options);
    m.name = bp.domains[i].name;
    out.answered += m.answered;
    out.score_pmf = convolve(out.score_pmf, beta_binomial_pmf(out.exam_questions[i], m.alpha, m.beta));
    out.domains.push_back(std::move(m));
  }
  out.pass_right = out.total + 1;
  for (int k = out.total; k >= 0; --k) {
    if (passes_exam(k, out.total, out.pass_percent)) out.pass_right = k;
  }
  for (std::size_t k = 0; k < out.score_pmf.size(); ++k) {
    out.expected_right += static_cast<double>(k) * out.score_pmf[k];
    if (static_cast<int>(k) >= out.pass_right) out.pass_probability += out.score_pmf[k];
  }
  const double tail = (1.0 - options.interval_mass) / 2.0;
  out.low_right = pmf_quantile(out.score_pmf, tail);
  out.high_right = pmf_quantile(out.score_pmf, 1.0 - tail);
  return out;
}

bool counts_for_calibration(const MockOutcome& mock) {
  return mock.total > 0 && mock.answered * 2 >= mock.total;
}

Calibration calibrate(const content::Pack& pack, std::span<const AnswerEvent> events,
                      std::span<const MockOutcome> mocks, const ReadinessOptions& options) {
  Calibration out;
  for (const MockOutcome& mock : mocks) {
    if (!counts_for_calibration(mock)) {
      ++out.left_out;
      continue;
    }
    const auto before = compute_readiness(pack, events, options, mock.started_ms);
    if (!before) continue;
    MockPrediction p;
    p.predicted_percent = before->expected_percent();
    p.pass_probability = before->pass_probability;
    p.actual_percent = percent_of(mock.right, mock.total);
    p.passed = passes_exam(mock.right, mock.total, before->pass_percent);
    out.mean_absolute_error += std::fabs(p.predicted_percent - p.actual_percent);
    const double miss = p.pass_probability - (p.passed ? 1.0 : 0.0);
    out.brier_score += miss * miss;
    out.mocks.push_back(p);
  }
  if (!out.mocks.empty()) {
    out.mean_absolute_error /= static_cast<double>(out.mocks.size());
    out.brier_score /= static_cast<double>(out.mocks.size());
  }
  return out;
}

}  // namespace dealdojo::study
