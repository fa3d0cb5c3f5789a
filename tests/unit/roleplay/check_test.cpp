#include <chrono>
#include <doctest/doctest.h>

#include "core/roleplay/check.hpp"
#include "unit/roleplay/roleplay_fixture.hpp"

using namespace dealdojo::roleplay;

namespace {

std::string problems_of(const nlohmann::json& j) { return roleplay_test::check_problems(j); }

// The caller INFOs the text, so that a failed CHECK shows it.
bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the fixture passes every check, with its ideal path and endings") {
  const Scenario s = roleplay_test::fixture();
  const ScenarioCheck check = check_scenario(s);
  INFO(content_test::lines(check.diagnostics));
  CHECK(check.diagnostics.empty());
  REQUIRE(check.ideal);
  CHECK(check.ideal->score == 100);
  CHECK(check.ideal->steps.size() == 6);
  CHECK(s.nodes[check.ideal->ending].id == "won");
  CHECK(check.explored_all);
  CHECK(check.reachable_endings == std::vector<EndingKind>{EndingKind::Committed, EndingKind::Stalled, EndingKind::Lost});
  const auto ideal = find_ideal_path(s);
  REQUIRE(ideal);
  CHECK(ideal->steps.size() == 6);
}

TEST_CASE("a cycle is an error: a conversation only moves forward") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][5]["choices"][2]["next"] = "open";
  const std::string p = problems_of(j);
  INFO(p);
  CHECK(has(p, "error: /roleplay/scenarios/0/nodes/0: the conversation can go round in a circle (open -> probe -> only "
               "-> answer -> trial -> close -> open)"));
  CHECK_FALSE(find_ideal_path(roleplay_test::read_fixture(j)));
}

TEST_CASE("a node no choice leads to is an error") {
  auto j = roleplay_test::fixture_json();
  j["nodes"].push_back({{"id", "orphan"}, {"ending", "lost"}, {"buyer", "x"}, {"debrief", "y"}});
  CHECK(problems_of(j) == "error: /roleplay/scenarios/0/nodes/9: no choice leads to the node 'orphan'\n");
}

TEST_CASE("a point where no choice's condition holds is an error, with a path that gets there") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][2]["choices"][0]["if"] = "trust > 95";
  j["nodes"][2]["choices"][1]["if"] = "trust > 95";
  const std::string p = problems_of(j);
  INFO(p);
  CHECK(has(p, "error: /roleplay/scenarios/0/nodes/2: the conversation can get stuck at 'only': no choice's condition "
               "holds (for example after open: choice "));
  CHECK(has(p, "following the best-graded choice at every point never reaches an ending"));
}

TEST_CASE("a node the conditions never let the conversation reach is an error") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][5]["choices"][1]["next"] = {{{"if", "trust > 99"}, {"to", "bonus"}}, {{"to", "stalled"}}};
  j["nodes"].push_back({{"id", "bonus"}, {"ending", "committed"}, {"buyer", "x"}, {"debrief", "y"}});
  const std::string p = problems_of(j);
  INFO(p);
  CHECK(has(p, "error: /roleplay/scenarios/0/nodes/9: the conversation never reaches 'bonus': the conditions on the "
               "way to it never hold\n"));
  CHECK(has(p, "warning: /roleplay/scenarios/0/nodes/5/choices/1/next/0: this branch is never taken"));
}

TEST_CASE("a choice that is never offered is a warning") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][2]["choices"][2]["if"] = "trust > 90";
  CHECK(problems_of(j) == "warning: /roleplay/scenarios/0/nodes/2/choices/2/if: this choice is never offered: its "
                          "condition never holds when the conversation is here\n");
}

TEST_CASE("every decision point needs a best move, and an anti-pattern cannot be it") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][1]["choices"][0]["grade"] = "good";
  j["nodes"][0]["choices"][2]["grade"] = "best";
  const std::string p = problems_of(j);
  INFO(p);
  CHECK(has(p, "error: /roleplay/scenarios/0/nodes/1: no choice here is graded \"best\": mark the right move at this point\n"));
  CHECK(has(p, "error: /roleplay/scenarios/0/nodes/0/choices/2/grade: Arguing is an anti-pattern: it cannot be the best move\n"));
}

TEST_CASE("best-graded choices that score less than 100 are an error that says why") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][0]["choices"][0]["technique"] = "connect";  // the ideal path no longer cushions
  const std::string p = problems_of(j);
  INFO(p);
  CHECK(has(p, "error: /roleplay/scenarios/0: the best achievable score is 95, not 100: the best-graded choices (open: "
               "choice 1, probe: choice 1, only: choice 1, answer: choice 1, trial: choice 1, close: choice 1) fall "
               "short. Cushion before the Reply: You replied at step 4 before cushioning the concern"));
}

TEST_CASE("content guidance is given as warnings") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][1]["choices"].erase(2);
  j["focus"] = "weighing";
  for (auto& node : j["nodes"]) {
    if (node.contains("ending") && node["ending"] != "committed") node["ending"] = "committed";
  }
  const std::string p = problems_of(j);
  INFO(p);
  CHECK(has(p, "warning: /roleplay/scenarios/0/nodes/1: a decision point needs at least 3 choices; this one has 2\n"));
  CHECK(has(p, "warning: /roleplay/scenarios/0/focus: the scenario centres on Weighing but its ideal path never uses it\n"));
  CHECK(has(p, "warning: /roleplay/scenarios/0/nodes: every ending is \"committed\": let wrong choices cost something\n"));
}

TEST_CASE("an ideal path outside 5 to 12 decision points is a warning") {
  auto j = roleplay_test::fixture_json();
  j["nodes"][1]["choices"][0]["next"] = "won";  // clarify ends the conversation
  j["nodes"][1]["choices"][0]["technique"] = "direct-question";
  j["nodes"][1]["choices"][0]["effects"] = {{"trust", 20}};
  j["fit"] = {{"direct-question", "trust >= 0"}};
  const std::string p = problems_of(j);
  INFO(p);
  CHECK(has(p, "warning: /roleplay/scenarios/0: the ideal path has 2 decision points; aim for 5 to 12\n"));
}

TEST_CASE("a hostile scenario with astronomically many paths is checked in bounded time") {
  // 300 nodes, each offering 8 best-graded choices to the next 8 nodes, and a
  // variable every choice changes: far too many paths to enumerate.
  nlohmann::json j = roleplay_test::fixture_json();
  j["variables"] = {{"mood-points", 0}};
  nlohmann::json nodes = nlohmann::json::array();
  constexpr int kNodes = 300;
  for (int i = 0; i < kNodes - 1; ++i) {
    nlohmann::json choices = nlohmann::json::array();
    for (int k = 1; k <= 8; ++k) {
      const int target = std::min(i + k, kNodes - 1);
      choices.push_back({{"say", "Line " + std::to_string(k)}, {"technique", "connect"}, {"grade", "best"},
                         {"effects", {{"mood-points", k}}}, {"feedback", "Fine."},
                         {"next", {{{"if", "mood-points > 50"}, {"to", "n" + std::to_string(target)}},
                                   {{"to", "n" + std::to_string(target)}}}}});
    }
    nodes.push_back({{"id", "n" + std::to_string(i)}, {"buyer", "Hello."}, {"choices", choices}});
  }
  nodes.push_back({{"id", "n" + std::to_string(kNodes - 1)}, {"ending", "committed"}, {"buyer", "Bye."}, {"debrief", "Done."}});
  j["nodes"] = nodes;
  j.erase("focus");
  j.erase("required");
  const Scenario s = roleplay_test::read_fixture(j);
  const auto started = std::chrono::steady_clock::now();
  const ScenarioCheck check = check_scenario(s);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  CHECK(seconds < 10.0);
  CHECK(check.states_explored <= kMaxExploredStates + 1);
  REQUIRE(check.ideal);
  CHECK(check.ideal->steps.size() > kMaxDecisionPoints);
  std::string all;
  for (const auto& d : check.diagnostics) all += d.to_string() + "\n";
  CHECK(all.find("decision points; aim for 5 to 12") != std::string::npos);
}
