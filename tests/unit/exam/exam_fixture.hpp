#pragma once
// A generated pack with the real exam's blueprint, for exam tests.
#include <string>

#include "core/content/pack.hpp"

namespace dealdojo::testing {

// `per_domain` questions in each of the six exam domains. Every third question is
// multiple-select (choose 2 of 5, keys b and d); the others single (key c of 4).
inline content::Pack make_exam_pack(int per_domain) {
  content::Pack pack;
  pack.manifest.id = "test-pack";
  pack.manifest.title = "Test pack";
  content::Blueprint bp;
  bp.questions = 60;
  bp.minutes = 105;
  bp.pass_percent = 70;
  bp.domains = {{"planning", "Planning", 21},
                {"customer-engagement", "Customer Engagement", 15},
                {"deal-management", "Deal Management", 37},
                {"pipeline-management", "Pipeline Management", 12},
                {"forecasting", "Forecasting", 6},
                {"customer-success", "Customer Success", 9}};
  pack.blueprint = bp;
  for (const auto& domain : bp.domains) {
    for (int i = 0; i < per_domain; ++i) {
      content::Question q;
      q.id = domain.id + "-" + std::to_string(i);
      q.domain = domain.id;
      q.subtopic = (i % 2 == 0) ? "even" : "odd";
      q.stem = "Question " + q.id;
      const bool multiple = i % 3 == 0;
      const int option_count = multiple ? 5 : 4;
      for (int o = 0; o < option_count; ++o) {
        q.options.push_back({std::string(1, static_cast<char>('a' + o)), "Option", "Because"});
      }
      q.kind = multiple ? content::QuestionKind::Multiple : content::QuestionKind::Single;
      q.choose = multiple ? 2 : 1;
      q.correct = multiple ? std::vector<std::string>{"b", "d"} : std::vector<std::string>{"c"};
      pack.questions.push_back(q);
    }
  }
  return pack;
}

}  // namespace dealdojo::testing
