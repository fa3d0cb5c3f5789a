// The shipped packs' scenarios (sales-rep and manufacturing): every one passes
// `dojo roleplay check` with no warning (the cue checks included), a learner who
// reads only surface cues passes none of them, every shipped JSON is what its
// script compiles to, and the worked example in content/FORMAT.md is a valid scenario.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/content/pack_loader.hpp"
#include "core/roleplay/check.hpp"
#include "core/roleplay/cue_checks.hpp"
#include "core/roleplay/script.hpp"
#include "core/roleplay/strategies.hpp"
#include "unit/content/content_test_support.hpp"

using namespace dealdojo::roleplay;
namespace fs = std::filesystem;

namespace {

const fs::path kPack = fs::path(DEALDOJO_SOURCE_DIR) / "content" / "sales-rep";
const fs::path kManufacturing = fs::path(DEALDOJO_SOURCE_DIR) / "content" / "manufacturing";
// Each shipped pack with role-play, and how many scripts it has at least.
struct ShippedPack {
  fs::path path;
  const char* id;
  int scripts;
};
const ShippedPack kShipped[] = {{kPack, "sales-rep", 19}, {kManufacturing, "manufacturing", 6}};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every scenario of `set` passes the check with no warning, its ideal path scores 100
// within the decision-point bounds, and more than one ending can be reached.
void check_every_scenario(const ScenarioSet& set) {
  for (const Scenario& s : set.scenarios) {
    CAPTURE(s.id);
    const ScenarioCheck check = check_scenario(s);
    INFO(content_test::lines(check.diagnostics));
    CHECK(check.diagnostics.empty());
    REQUIRE(check.ideal);
    CHECK(check.ideal->score == 100);
    CHECK(check.ideal->steps.size() >= kMinDecisionPoints);
    CHECK(check.ideal->steps.size() <= kMaxDecisionPoints);
    CHECK(check.reachable_endings.size() >= 2);
  }
}

}  // namespace

TEST_CASE("every scenario of the default pack passes the check without warnings") {
  const auto loaded = dealdojo::content::load_pack(kPack);
  REQUIRE(loaded.pack);
  const ScenarioSet set = read_scenarios(loaded.pack->roleplay, "sales-rep");
  INFO(content_test::lines(set.diagnostics));
  CHECK(set.diagnostics.empty());
  CHECK(set.scenarios.size() >= 19);
  for (const char* id :
       {"price-too-high", "no-budget-now", "happy-with-current-setup", "bad-past-experience", "false-belief",
        "not-now-timing", "not-the-decision-maker", "competitor-offer", "just-send-information", "risk-of-change",
        "legal-contract-terms", "upset-customer-ofnr", "alternate-choice", "weighing-commitment",
        "direct-question-commitment", "minor-point-commitment", "next-step-commitment", "opportunity-commitment",
        "guidance-drill"}) {
    CAPTURE(id);
    CHECK(set.find(id) != nullptr);
  }
  int objections = 0;
  int commitments = 0;
  int conversations = 0;
  for (const Scenario& s : set.scenarios) {
    if (s.kind == ScenarioKind::Objection) ++objections;
    if (s.kind == ScenarioKind::Commitment) ++commitments;
    if (s.kind == ScenarioKind::Conversation) ++conversations;
  }
  // One commitment scenario per method; the rest handle objections, plus the OFNR conversation.
  CHECK(objections >= 11);
  CHECK(commitments >= 6);
  CHECK(conversations >= 1);
  check_every_scenario(set);
}

TEST_CASE("every scenario of the manufacturing pack passes the check without warnings") {
  const auto loaded = dealdojo::content::load_pack(kManufacturing);
  REQUIRE(loaded.pack);
  const ScenarioSet set = read_scenarios(loaded.pack->roleplay, "manufacturing");
  INFO(content_test::lines(set.diagnostics));
  CHECK(set.diagnostics.empty());
  // Objections a manufacturer's buyer raises (seed 001's scenarios), and two commitment methods.
  for (const char* id : {"dealer-channel-conflict", "erp-integration-risk", "custom-quote-turnaround",
                         "service-contract-price", "run-rate-agreement-commitment", "pilot-line-commitment"}) {
    CAPTURE(id);
    CHECK(set.find(id) != nullptr);
  }
  check_every_scenario(set);
}

TEST_CASE("no strategy that knows nothing of selling passes the shipped packs' scenarios") {
  std::vector<Scenario> scenarios;
  for (const ShippedPack& shipped : kShipped) {
    const auto loaded = dealdojo::content::load_pack(shipped.path);
    REQUIRE(loaded.pack);
    ScenarioSet set = read_scenarios(loaded.pack->roleplay, shipped.id);
    for (Scenario& s : set.scenarios) scenarios.push_back(std::move(s));
  }
  std::size_t runs = 0, passed = 0, best_longest = 0, points = 0;
  for (const Scenario& s : scenarios) {
    CAPTURE(s.id);
    CHECK_FALSE(play_by_length(s, LengthStrategy::Longest).passed);
    CHECK_FALSE(play_by_length(s, LengthStrategy::Shortest).passed);
    const RandomPlay random = play_randomly(s, 1000, 2026);
    runs += random.runs;
    passed += random.passed;
    for (const Node& n : s.nodes) {
      if (n.is_ending() || n.choices.size() < 2) continue;
      ++points;
      if (best_line_is_longest(n)) ++best_longest;
    }
  }
  MESSAGE("random picks pass " << passed << " of " << runs << " runs; the best line is the longest at "
                               << best_longest << " of " << points << " decision points");
  CHECK(passed * 100 <= runs * 5);
  CHECK(best_longest * 3 <= points);  // a third of the pack's decision points at most
}

TEST_CASE("every shipped scenario JSON is up to date with its script") {
  for (const ShippedPack& shipped : kShipped) {
    CAPTURE(shipped.id);
    const fs::path scripts = shipped.path / "roleplay-scripts";
    REQUIRE(fs::is_directory(scripts));
    int count = 0;
    for (const auto& entry : fs::directory_iterator(scripts)) {
      if (entry.path().extension() != ".txt") continue;
      ++count;
      CAPTURE(entry.path().filename().string());
      const ScriptBuild build = build_script(read_all(entry.path()), entry.path().filename().string());
      INFO(content_test::lines(build.diagnostics));
      CHECK(build.ok());
      CHECK(build.diagnostics.empty());
      const fs::path json = shipped.path / "roleplay" / (entry.path().stem().string() + ".json");
      REQUIRE(fs::exists(json));
      // On a mismatch, run: dojo roleplay compile content/<pack>/roleplay-scripts -o content/<pack>/roleplay
      CHECK(read_all(json) == build.file_text);
    }
    CHECK(count >= shipped.scripts);
  }
}

TEST_CASE("the worked example in content/FORMAT.md compiles with no problem") {
  const std::string doc = read_all(fs::path(DEALDOJO_SOURCE_DIR) / "content" / "FORMAT.md");
  const auto section = doc.find("### 7.10 A worked example");
  REQUIRE(section != std::string::npos);
  const auto open = doc.find("```\n", section);
  REQUIRE(open != std::string::npos);
  const auto close = doc.find("```\n", open + 4);
  REQUIRE(close != std::string::npos);
  const ScriptBuild build = build_script(doc.substr(open + 4, close - open - 4), "FORMAT.md");
  INFO(content_test::lines(build.diagnostics));
  CHECK(build.ok());
  CHECK(build.diagnostics.empty());
  CHECK(build.scenario_id == "too-small");
}
