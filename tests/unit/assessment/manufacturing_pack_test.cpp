// The manufacturing pack's self-assessment and pipeline presets, as shipped.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "core/assessment/assessment_report.hpp"
#include "core/content/cue_lint.hpp"
#include "core/content/pack_loader.hpp"
#include "unit/content/content_test_support.hpp"

namespace {

const dealdojo::content::Pack& manufacturing() {
  static const dealdojo::content::LoadResult result =
      dealdojo::content::load_pack(content_test::source_dir() / "content/manufacturing");
  INFO(content_test::lines(result.diagnostics));
  REQUIRE(result.pack.has_value());
  return *result.pack;
}

}  // namespace

TEST_CASE("the manufacturing assessment loads without assessment warnings") {
  const auto result = dealdojo::content::load_pack(content_test::source_dir() / "content/manufacturing");
  for (const auto& d : result.diagnostics) {
    CAPTURE(d.to_string());
    CHECK(d.file.rfind("assessment/", 0) != 0);
    CHECK(d.file.rfind("pipeline/", 0) != 0);
  }
  REQUIRE(result.pack.has_value());
  REQUIRE(result.pack->assessments.size() == 1);
}

TEST_CASE("the manufacturing assessment keeps the guide's levels") {
  const auto& a = manufacturing().assessments.front();
  CHECK(a.id == "capability-maturity");
  CHECK(a.capabilities.size() == 40);
  CHECK(a.level_name(1) == "Minimal");
  CHECK(a.level_name(3) == "Practicing");
  CHECK(a.level_name(5) == "Leading");
  struct Fact { const char* id; int minimum; int recommended; };
  // From seed 001, first appearance of each capability.
  const Fact facts[] = {{"forecasting-approach", 3, 4}, {"forecast-insights", 4, 5}, {"channel-strategy", 3, 5},
                        {"lead-management", 4, 5},      {"sales-enablement", 4, 5},  {"sales-methodology", 3, 5},
                        {"account-planning", 4, 5},     {"pipeline-strategy", 4, 5}, {"cpq", 1, 2},
                        {"account-tiering", 3, 4},      {"role-alignment", 4, 5},    {"channel-mix", 4, 5},
                        {"journey-design", 3, 4},       {"knowledge-management", 4, 5},
                        {"case-experience-design", 3, 5}};
  for (const Fact& f : facts) {
    CAPTURE(f.id);
    const auto* c = a.find_capability(f.id);
    REQUIRE(c != nullptr);
    CHECK(c->minimum == f.minimum);
    CHECK(c->recommended == f.recommended);
    CHECK(c->best_practices.size() >= 3);
  }
  const std::vector<std::string> area_list = a.areas();
  const std::set<std::string> areas(area_list.begin(), area_list.end());
  CHECK(areas.size() == 6);
}

TEST_CASE("the manufacturing pack has its two pipeline presets and its blueprint") {
  const auto& pack = manufacturing();
  CHECK(pack.manifest.id == "manufacturing");
  REQUIRE(pack.blueprint.has_value());
  CHECK(pack.blueprint->questions == 40);
  CHECK(pack.blueprint->minutes == 60);
  CHECK(pack.blueprint->pass_percent == 70);
  CHECK(pack.blueprint->domains.size() == 5);
  std::set<std::string> presets;
  for (const auto& p : pack.pipeline_presets) {
    presets.insert(p.id);
    for (const auto& s : p.stages) CHECK_FALSE(s.exit_criteria.empty());
  }
  CHECK(presets == std::set<std::string>{"lead-to-quote", "sales-agreements"});
}

TEST_CASE("the manufacturing questions pass the cue lint, with every subtopic asked twice") {
  const dealdojo::content::CueLint lint = dealdojo::content::lint_cues(manufacturing());
  MESSAGE(dealdojo::content::format_cue_lint(lint));
  CHECK(lint.failing() == 0);
  std::map<std::pair<std::string, std::string>, int> per_subtopic;
  for (const auto& q : manufacturing().questions) ++per_subtopic[{q.domain, q.subtopic}];
  for (const auto& [subtopic, count] : per_subtopic) {
    CAPTURE(subtopic.first + " / " + subtopic.second);
    CHECK(count >= 2);
  }
}
