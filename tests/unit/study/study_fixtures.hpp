#pragma once
// Small packs and answers for the study tests.
#include <string>
#include <vector>

#include "core/content/pack.hpp"
#include "core/study/answer_event.hpp"
#include "core/study/history.hpp"

namespace study_fixtures {

using dealdojo::content::Pack;
using dealdojo::study::AnswerEvent;

// A pack "pack" with `per_domain` questions "<domain>-<n>" in each domain and a
// blueprint of `questions` split by `weights`.
inline Pack make_pack(const std::vector<std::string>& domains, const std::vector<int>& weights, int per_domain,
                      int questions, int pass_percent) {
  Pack pack;
  pack.manifest.id = "pack";
  dealdojo::content::Blueprint bp;
  bp.questions = questions;
  bp.pass_percent = pass_percent;
  for (std::size_t i = 0; i < domains.size(); ++i) {
    bp.domains.push_back({domains[i], "Domain " + domains[i], weights[i]});
    for (int n = 0; n < per_domain; ++n) {
      dealdojo::content::Question q;
      q.id = domains[i] + "-" + std::to_string(n);
      q.domain = domains[i];
      pack.questions.push_back(q);
    }
  }
  pack.blueprint = bp;
  return pack;
}

inline AnswerEvent answer(const std::string& id, const std::string& domain, bool correct, std::int64_t at_ms) {
  return {"pack", id, domain, correct, at_ms, 0, dealdojo::study::AnswerSource::Practice};
}

// One practice answer per outcome in `domain`, a millisecond apart from `first_ms`.
inline std::vector<AnswerEvent> answers(const std::string& domain, const std::vector<bool>& outcomes,
                                        std::int64_t first_ms) {
  std::vector<AnswerEvent> out;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const auto at_ms = first_ms + static_cast<std::int64_t>(i);
    out.push_back(answer(domain + "-" + std::to_string(i), domain, outcomes[i], at_ms));
  }
  return out;
}

inline void append(std::vector<AnswerEvent>& to, const std::vector<AnswerEvent>& more) {
  to.insert(to.end(), more.begin(), more.end());
}

constexpr std::int64_t kDay = dealdojo::study::kMsPerDay;

}  // namespace study_fixtures
