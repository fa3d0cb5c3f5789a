#include "core/exam/scoring.hpp"

#include <algorithm>

namespace dealdojo::exam {

bool is_answer_correct(const content::Question& question, const std::vector<std::string>& selected) {
  if (selected.size() != question.correct.size()) return false;
  return std::all_of(selected.begin(), selected.end(),
                     [&](const std::string& id) { return question.is_correct(id); }) &&
         std::all_of(question.correct.begin(), question.correct.end(), [&](const std::string& id) {
           return std::find(selected.begin(), selected.end(), id) != selected.end();
         });
}

ExamScore score_attempt(const Attempt& attempt, const content::Pack& pack) {
  ExamScore score;
  const Paper& paper = attempt.paper();
  score.pass_percent = paper.pass_percent;
  score.total = static_cast<int>(paper.items.size());
  score.unanswered = attempt.unanswered_count();
  score.flagged = attempt.flagged_count();
  score.time_used_ms = attempt.elapsed_ms();

  auto domain_score = [&](const std::string& id) -> DomainScore& {
    auto it = std::find_if(score.domains.begin(), score.domains.end(),
                           [&](const DomainScore& d) { return d.id == id; });
    if (it != score.domains.end()) return *it;
    const content::BlueprintDomain* bd = pack.blueprint ? pack.blueprint->find_domain(id) : nullptr;
    score.domains.push_back({id, bd ? bd->name : id, 0, 0});
    return score.domains.back();
  };
  for (std::size_t i = 0; i < paper.items.size(); ++i) {
    const PaperItem& item = paper.items[i];
    const content::Question* q = pack.find_question(item.question_id);
    const bool right = q != nullptr && is_answer_correct(*q, attempt.response(i).selected);
    score.item_correct.push_back(right);
    DomainScore& d = domain_score(item.domain);
    ++d.total;
    if (right) {
      ++d.right;
      ++score.right;
    }
  }
  if (pack.blueprint) {
    // Present domains in blueprint order.
    const auto& order = pack.blueprint->domains;
    auto rank = [&](const DomainScore& d) {
      auto it = std::find_if(order.begin(), order.end(), [&](const auto& bd) { return bd.id == d.id; });
      return it - order.begin();
    };
    std::stable_sort(score.domains.begin(), score.domains.end(),
                     [&](const DomainScore& a, const DomainScore& b) { return rank(a) < rank(b); });
  }
  // Integer comparison: right/total ≥ pass% exactly, with no rounding up.
  score.passed = paper.pass_percent > 0 && score.total > 0 &&
                 score.right * 100 >= paper.pass_percent * score.total;
  return score;
}

}  // namespace dealdojo::exam
