#pragma once
// Scoring as the real exam does it: a single-answer question is right or wrong; a
// multiple-select question is right only when exactly the right set is chosen.
#include <cstdint>
#include <string>
#include <vector>

#include "core/content/pack.hpp"
#include "core/exam/attempt.hpp"

namespace dealdojo::exam {

bool is_answer_correct(const content::Question& question, const std::vector<std::string>& selected);

struct DomainScore {
  std::string id;
  std::string name;
  int right = 0;
  int total = 0;
  int percent() const { return total == 0 ? 0 : (right * 100) / total; }
};

struct ExamScore {
  int right = 0;
  int total = 0;
  int pass_percent = 0;  // 0 when the paper has no pass mark
  bool passed = false;
  std::vector<DomainScore> domains;  // blueprint order, only domains on the paper
  std::vector<bool> item_correct;    // per paper item
  std::size_t unanswered = 0;
  std::size_t flagged = 0;
  std::int64_t time_used_ms = 0;
  // Whole percent, rounded down, so "69.9%" never shows as a pass at 70.
  int percent() const { return total == 0 ? 0 : (right * 100) / total; }
};

// Scores an attempt against the pack it was drawn from. Questions missing from
// the pack (a changed pack) count as wrong.
ExamScore score_attempt(const Attempt& attempt, const content::Pack& pack);

}  // namespace dealdojo::exam
