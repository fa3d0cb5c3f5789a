// Load + validate time for a generated pack of 10,000 questions (target: under
// 200 ms native). The pack is built in memory, written as a bundle, then parsed and
// checked by load_pack_from_text, the path the app takes for a pack a user adds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/content/pack_loader.hpp"
#include "core/content/pack_writer.hpp"

namespace {

using namespace dealdojo::content;

// Deterministic filler text of about `chars` characters.
std::string words(std::size_t seed, std::size_t chars) {
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

Pack generate_pack(std::size_t question_count) {
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

}  // namespace

int main() {
  constexpr std::size_t kQuestions = 10000;
  constexpr int kRuns = 7;
  const std::string text = save_pack_bundle(generate_pack(kQuestions));
  std::vector<double> ms;
  std::size_t loaded = 0;
  for (int run = 0; run < kRuns; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const LoadResult result = load_pack_from_text(text, "bench.json");
    const auto stop = std::chrono::steady_clock::now();
    if (!result.pack || result.has_errors()) {
      std::fprintf(stderr, "the generated pack did not validate: %s\n",
                   result.diagnostics.empty() ? "?" : result.diagnostics.front().to_string().c_str());
      return 1;
    }
    loaded = result.pack->questions.size();
    ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("packs: load+validate %zu questions (%.1f MB bundle): median %.1f ms, min %.1f ms, max %.1f ms over %d runs "
              "(target < 200 ms)\n",
              loaded, static_cast<double>(text.size()) / 1e6, ms[ms.size() / 2], ms.front(), ms.back(), kRuns);
  return 0;
}
