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
#include "generated_pack.hpp"

using namespace dealdojo::content;
using bench::generate_pack;

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
