// The trainer studio on a generated 10,000-question pack: the work one keystroke in
// a question's form does (the edit, then the loader's check of that question alone;
// target: well inside 50 ms, so the frame that draws it is not late), the
// whole-draft check that runs once typing pauses, and the autosave's text.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/content/pack_writer.hpp"
#include "core/studio/draft.hpp"
#include "core/studio/draft_checks.hpp"
#include "generated_pack.hpp"

namespace {

struct Figures {
  double median = 0, max = 0;
};

Figures time_runs(int runs, const std::function<void(int)>& work) {
  std::vector<double> ms;
  for (int run = 0; run < runs; ++run) {
    const auto start = std::chrono::steady_clock::now();
    work(run);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.back()};
}

}  // namespace

int main() {
  using namespace dealdojo;
  constexpr std::size_t kQuestions = 10000;
  studio::Draft draft(content::pack_to_json(bench::generate_pack(kQuestions)), "bench");
  const std::string stem = "/pack/questions/5000/stem";
  std::string typed = draft.at(stem).get<std::string>();
  std::size_t problems = 0;
  const Figures keystroke = time_runs(60, [&](int run) {
    typed += static_cast<char>('a' + run % 26);
    draft.set(stem, typed, stem);
    problems += studio::check_question(draft, 5000).diagnostics.size();
  });
  const Figures whole = time_runs(3, [&](int) {
    if (studio::check_draft(draft).has_errors()) std::fprintf(stderr, "the generated draft has errors\n");
  });
  std::size_t bytes = 0;
  const Figures save = time_runs(3, [&](int) { bytes = draft.save_text().size(); });
  std::printf("studio: %zu questions: a keystroke in a question's form (edit + that question's check): median %.2f ms, "
              "max %.2f ms over 60 keys (target < 50 ms)\n",
              kQuestions, keystroke.median, keystroke.max);
  std::printf("studio: whole-draft check after a pause: median %.0f ms, max %.0f ms; autosave text (%.1f MB): "
              "median %.0f ms\n",
              whole.median, whole.max, static_cast<double>(bytes) / 1e6, save.median);
  return problems == 0 ? 0 : 1;
}
