#pragma once
// A generated pack of any size for the benchmarks: deterministic filler text,
// six domains, every fourth question of the two kinds, all fields set.
#include <cstddef>
#include <string>
#include <vector>

#include "core/content/pack.hpp"

namespace bench {

using namespace dealdojo::content;

// Deterministic filler text of about `chars` characters.
inline std::string words(std::size_t seed, std::size_t chars) {
  static const char* const kWords[] = {"pipeline", "customer", "forecast", "territory", "renewal", "value",
                                       "discovery", "proposal", "objection", "commitment", "quota", "account"};
  std::string out;
  std::size_t state = seed * 2654435761u + 1;
  while (out.size() < chars) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    out += kWords[(state >> 33) % 12];
    out += ' ';
  }
  out.pop_back();
  return out;
}

inline Pack generate_pack(std::size_t question_count) {
  Pack pack;
  pack.manifest = {kFormatVersion, "bench", "Benchmark pack", "1.0.0", "en-GB", {"DealDojo"}, "CC-BY-4.0", ""};
  Blueprint bp{60, 105, 70, {}};
  const char* const domains[] = {"planning", "customer-engagement", "deal-management",
                                 "pipeline-management", "forecasting", "customer-success"};
  const int weights[] = {21, 15, 37, 12, 6, 9};
  for (int d = 0; d < 6; ++d) bp.domains.push_back({domains[d], domains[d], weights[d]});
  pack.blueprint = bp;
  for (std::size_t i = 0; i < question_count; ++i) {
    Question q;
    q.id = std::string("q-") + std::to_string(i);
    q.domain = domains[i % 6];
    q.subtopic = "topic-" + std::to_string(i % 20);
    const bool multiple = i % 5 == 0;
    q.kind = multiple ? QuestionKind::Multiple : QuestionKind::Single;
    q.choose = multiple ? 2 : 1;
    q.stem = words(i, 150);
    for (std::size_t o = 0; o < 4; ++o) {
      q.options.push_back({std::string(1, static_cast<char>('a' + o)), words(i * 7 + o, 60), words(i * 11 + o, 100)});
    }
    q.correct = multiple ? std::vector<std::string>{"a", "c"} : std::vector<std::string>{std::string(1, static_cast<char>('a' + i % 4))};
    q.explanation = words(i * 13, 250);
    q.source = "Study guide, section " + std::to_string(i % 40);
    q.difficulty = static_cast<Difficulty>(i % 3);
    q.tags = {"tag-" + std::to_string(i % 7), "bench"};
    pack.questions.push_back(std::move(q));
  }
  return pack;
}


}  // namespace bench
