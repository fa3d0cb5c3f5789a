// The default pack's size and balance are product requirements: these checks keep
// them from regressing as questions are edited.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/content/cue_lint.hpp"
#include "core/content/pack_loader.hpp"
#include "core/content/pack_stats.hpp"
#include "unit/content/content_test_support.hpp"

using namespace dealdojo;

namespace {

const content::Pack& default_pack() {
  static const content::LoadResult result =
      content::load_pack(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/sales-rep");
  REQUIRE_MESSAGE(result.pack, "the default pack must load");
  return *result.pack;
}

bool has_tag(const content::Question& q, const char* tag) {
  return std::find(q.tags.begin(), q.tags.end(), tag) != q.tags.end();
}

}  // namespace

TEST_CASE("the default pack validates with no errors") {
  const auto result = content::load_pack(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/sales-rep");
  INFO(content_test::lines(result.diagnostics));
  CHECK_FALSE(result.has_errors());
}

TEST_CASE("the blueprint is the real exam's") {
  const auto& bp = *default_pack().blueprint;
  CHECK(bp.questions == 60);
  CHECK(bp.minutes == 105);
  CHECK(bp.pass_percent == 70);
  std::map<std::string, int> weights;
  for (const auto& d : bp.domains) weights[d.id] = d.weight;
  CHECK(weights == std::map<std::string, int>{{"planning", 21}, {"customer-engagement", 15},
                                               {"deal-management", 37}, {"pipeline-management", 12},
                                               {"forecasting", 6}, {"customer-success", 9}});
}

TEST_CASE("at least six full mock exams, split by the exam weights") {
  const auto& pack = default_pack();
  CHECK(pack.questions.size() >= 360);
  std::map<std::string, int> per_domain;
  for (const auto& q : pack.questions) ++per_domain[q.domain];
  CHECK(per_domain["planning"] >= 76);
  CHECK(per_domain["customer-engagement"] >= 54);
  CHECK(per_domain["deal-management"] >= 134);
  CHECK(per_domain["pipeline-management"] >= 44);
  CHECK(per_domain["forecasting"] >= 22);
  CHECK(per_domain["customer-success"] >= 33);
}

TEST_CASE("the mix: multiple-select, scenarios, difficulty spread") {
  const auto& pack = default_pack();
  const auto total = static_cast<double>(pack.questions.size());
  std::size_t multiple = 0, scenario = 0, calculation = 0;
  std::map<content::Difficulty, std::size_t> difficulty;
  for (const auto& q : pack.questions) {
    if (q.kind == content::QuestionKind::Multiple) ++multiple;
    if (has_tag(q, "scenario")) ++scenario;
    if (has_tag(q, "calculation")) ++calculation;
    ++difficulty[q.difficulty];
  }
  CHECK(static_cast<double>(multiple) / total >= 0.20);
  CHECK(static_cast<double>(scenario) / total >= 0.40);
  CHECK(calculation >= 20);
  for (auto level : {content::Difficulty::Easy, content::Difficulty::Medium, content::Difficulty::Hard}) {
    CHECK(static_cast<double>(difficulty[level]) / total >= 0.15);
  }
}

TEST_CASE("no option position holds more than 35% of single-answer keys") {
  std::map<std::string, int> positions;
  int singles = 0;
  for (const auto& q : default_pack().questions) {
    if (q.kind != content::QuestionKind::Single) continue;
    ++singles;
    ++positions[q.correct.front()];
  }
  for (const auto& [letter, count] : positions) {
    INFO("position " << letter << ": " << count << " of " << singles);
    CHECK(count * 100 <= 35 * singles);
  }
}

TEST_CASE("every question teaches: explanation, a why for every option, a source in the guide") {
  for (const auto& q : default_pack().questions) {
    INFO(q.id);
    CHECK(q.explanation.size() >= 40);
    CHECK(q.source.starts_with("Exam guide, "));
    for (const auto& o : q.options) CHECK_FALSE(o.why.empty());
    CHECK(q.choose == static_cast<int>(q.correct.size()));
    const std::string stem = q.stem;
    CHECK(stem.find("all of the above") == std::string::npos);
    CHECK(stem.find("All of the above") == std::string::npos);
    for (const auto& o : q.options) {
      CHECK(o.text.find("All of the above") == std::string::npos);
      CHECK(o.text.find("None of the above") == std::string::npos);
    }
  }
}

TEST_CASE("a glossary of at least 60 terms, each linked from a question") {
  const auto& pack = default_pack();
  CHECK(pack.glossary.size() >= 60);
  std::set<std::string> linked;
  for (const auto& q : pack.questions) linked.insert(q.glossary.begin(), q.glossary.end());
  for (const auto& term : pack.glossary) {
    INFO(term.id);
    CHECK(linked.count(term.id) == 1);
  }
}

TEST_CASE("every subtopic has at least two questions") {
  std::map<std::pair<std::string, std::string>, int> per_subtopic;
  for (const auto& q : default_pack().questions) ++per_subtopic[{q.domain, q.subtopic}];
  for (const auto& [subtopic, count] : per_subtopic) {
    CAPTURE(subtopic.first + " / " + subtopic.second);
    CHECK(count >= 2);
  }
}

// The exam weighs commitment and objection handling heavily: each of the six
// commitment methods and five objection tactics is asked about in at least three
// questions and is the answer in at least two. Questions say which with tags
// "about:<technique>" and "answer:<technique>" (never shown to the learner).
TEST_CASE("each commitment method and objection tactic is asked about and is the answer") {
  const char* techniques[] = {"direct-question", "alternate-choice", "minor-point", "next-step",
                              "opportunity",     "weighing",         "cushion",     "clarify",
                              "cross-check",     "reply",            "trial-commitment"};
  for (const char* technique : techniques) {
    CAPTURE(technique);
    int about = 0, answer = 0;
    for (const auto& q : default_pack().questions) {
      const bool is_about = has_tag(q, ("about:" + std::string(technique)).c_str());
      const bool is_answer = has_tag(q, ("answer:" + std::string(technique)).c_str());
      if (is_answer) CHECK_MESSAGE(is_about, q.id, " answers with a technique it is not tagged about");
      about += is_about ? 1 : 0;
      answer += is_answer ? 1 : 0;
    }
    CHECK(about >= 3);
    CHECK(answer >= 2);
  }
}

TEST_CASE("the stems read like the exam and the options give nothing away (the cue lint)") {
  const content::CueLint lint = content::lint_cues(default_pack());
  MESSAGE(content::format_cue_lint(lint));
  CHECK(lint.failing() == 0);
}
