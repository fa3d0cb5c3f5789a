#include <doctest/doctest.h>

#include "unit/roleplay/roleplay_fixture.hpp"

using namespace dealdojo::roleplay;
using roleplay_test::fixture;
using roleplay_test::fixture_json;
using roleplay_test::read_problems;

TEST_CASE("the fixture reads into nodes, choices and resolved references") {
  const Scenario s = fixture();
  CHECK(s.id == "fixture");
  CHECK(s.kind == ScenarioKind::Objection);
  CHECK(s.focus == Technique::ReplyReverse);
  REQUIRE(s.nodes.size() == 9);
  CHECK(s.start == 0);
  CHECK(s.choice_count == 18);
  CHECK(s.variables.size() == 3);
  CHECK(s.variables[kTrust].initial == 40);
  CHECK(s.best_ending() == EndingKind::Committed);
  const Choice& cushion = s.nodes[0].choices[0];
  CHECK(cushion.technique == Technique::Cushion);
  CHECK(cushion.grade == Grade::Best);
  REQUIRE(cushion.effects.size() == 2);
  CHECK(cushion.next.size() == 1);
  CHECK(s.nodes[cushion.next[0].target].id == "probe");
  const Choice& direct = s.nodes[5].choices[0];
  REQUIRE(direct.next.size() == 2);
  CHECK(direct.next[0].condition->bound());
  CHECK(s.nodes[direct.next[1].target].id == "stalled");
  CHECK(s.nodes[6].is_ending());
  CHECK(s.nodes[3].choices[2].blocker);
  CHECK(s.fit_for(Technique::Opportunity).describe() == "trust at least 75 and resistance at most 40");
}

TEST_CASE("variables default to 50 and a scenario may add its own") {
  auto j = fixture_json();
  j["variables"] = {{"budget-known", 0}, {"clarity", 10}};
  const Scenario s = roleplay_test::read_fixture(j);
  REQUIRE(s.variables.size() == 4);
  CHECK(s.variables[kTrust].initial == 50);
  CHECK(s.variables[kClarity].initial == 10);
  CHECK(s.variables[3].name == "budget-known");
}

TEST_CASE("a fit override replaces the default condition for that method") {
  auto j = fixture_json();
  j["fit"] = {{"weighing", "resistance >= 40"}};
  const Scenario s = roleplay_test::read_fixture(j);
  CHECK(s.fit_for(Technique::Weighing).describe() == "resistance at least 40");
  CHECK(s.fit_for(Technique::DirectQuestion).describe() == "trust at least 60 and resistance at most 40");
}

TEST_CASE("each problem is reported on its JSON Pointer") {
  struct Case {
    const char* name;
    void (*mutate)(nlohmann::json&);
    const char* expected;
  };
  const Case cases[] = {
      {"missing line", [](nlohmann::json& j) { j["nodes"][0]["choices"][0].erase("say"); },
       "error: /roleplay/scenarios/0/nodes/0/choices/0/say: 'say' is missing: add the learner's line\n"},
      {"unknown technique", [](nlohmann::json& j) { j["nodes"][0]["choices"][0]["technique"] = "cushon"; },
       "error: /roleplay/scenarios/0/nodes/0/choices/0/technique: 'cushon' is not a technique (did you mean "
       "'cushion'?); the techniques are listed in content/FORMAT.md, section 7\n"},
      {"unknown grade", [](nlohmann::json& j) { j["nodes"][0]["choices"][0]["grade"] = "great"; },
       "error: /roleplay/scenarios/0/nodes/0/choices/0/grade: 'great' is not one of best, good, weak, poor\n"},
      {"missing target", [](nlohmann::json& j) { j["nodes"][0]["choices"][0]["next"] = "prob"; },
       "error: /roleplay/scenarios/0/nodes/0/choices/0/next: there is no node 'prob' (did you mean 'probe'?)\n"},
      {"duplicate node id", [](nlohmann::json& j) { j["nodes"].push_back(j["nodes"][6]); },
       "error: /roleplay/scenarios/0/nodes/9/id: the node id 'won' is used twice; the first is at "
       "/roleplay/scenarios/0/nodes/6\n"},
      {"duplicate choice id", [](nlohmann::json& j) { j["nodes"][1]["choices"][0]["id"] = "cushioned"; },
       "error: /roleplay/scenarios/0/nodes/1/choices/0/id: the choice id 'cushioned' is used twice; the first is at "
       "/roleplay/scenarios/0/nodes/0/choices/0/id\n"},
      {"bad condition", [](nlohmann::json& j) { j["nodes"][2]["choices"][2]["if"] = "trust >="; },
       "error: /roleplay/scenarios/0/nodes/2/choices/2/if: this condition cannot be read, at character 9: expected a "
       "whole number from 0 to 100 after '>=', not the end\n"},
      {"condition names a missing choice", [](nlohmann::json& j) { j["nodes"][2]["choices"][2]["if"] = "said nope"; },
       "error: /roleplay/scenarios/0/nodes/2/choices/2/if: in this condition, no choice has the id 'nope'\n"},
      {"last branch conditional",
       [](nlohmann::json& j) { j["nodes"][5]["choices"][0]["next"][1]["if"] = "trust < 60"; },
       "error: /roleplay/scenarios/0/nodes/5/choices/0/next/1/if: the last branch must have no 'if', so that the "
       "conversation always goes somewhere\n"},
      {"early branch unconditional", [](nlohmann::json& j) { j["nodes"][5]["choices"][0]["next"][0].erase("if"); },
       "error: /roleplay/scenarios/0/nodes/5/choices/0/next/0: only the last branch may leave out 'if': the branches "
       "after this one could never be taken\n"},
      {"effect on an undeclared variable", [](nlohmann::json& j) { j["nodes"][0]["choices"][0]["effects"]["mood"] = 5; },
       "error: /roleplay/scenarios/0/nodes/0/choices/0/effects/mood: there is no variable 'mood': declare it in the "
       "scenario's 'variables'\n"},
      {"effect out of range", [](nlohmann::json& j) { j["nodes"][0]["choices"][0]["effects"]["trust"] = 500; },
       "error: /roleplay/scenarios/0/nodes/0/choices/0/effects/trust: must be between -100 and 100, not 500\n"},
      {"variable out of range", [](nlohmann::json& j) { j["variables"]["trust"] = 101; },
       "error: /roleplay/scenarios/0/variables/trust: must be between 0 and 100, not 101\n"},
      {"blocker not true or false", [](nlohmann::json& j) { j["nodes"][3]["choices"][2]["blocker"] = "yes"; },
       "error: /roleplay/scenarios/0/nodes/3/choices/2/blocker: must be true or false, not text 'yes'\n"},
      {"empty ending", [](nlohmann::json& j) { j["nodes"][6]["ending"] = ""; },
       "error: /roleplay/scenarios/0/nodes/6/ending: is empty: add one of committed, next-step, stalled, lost\n"},
      {"ending with choices",
       [](nlohmann::json& j) { j["nodes"][6]["choices"] = j["nodes"][0]["choices"]; },
       "error: /roleplay/scenarios/0/nodes/6/choices: an ending has no choices: remove them, or remove 'ending'\n"},
      {"decision node without choices", [](nlohmann::json& j) { j["nodes"][1].erase("choices"); },
       "error: /roleplay/scenarios/0/nodes/1/choices: 'choices' is missing: give the learner choices here, or make this "
       "node an ending\n"},
      {"fit on a tactic", [](nlohmann::json& j) { j["fit"] = {{"cushion", "trust > 1"}}; },
       "error: /roleplay/scenarios/0/fit/cushion: 'cushion' is not a commitment method: use direct-question, "
       "alternate-choice, minor-point, next-step, opportunity or weighing\n"},
      {"fit looking back", [](nlohmann::json& j) { j["fit"] = {{"opportunity", "said cushioned"}}; },
       "error: /roleplay/scenarios/0/fit/opportunity: a fit condition may compare variables and use 'used', but not "
       "'said' or 'visited'\n"},
      {"bad mood", [](nlohmann::json& j) { j["nodes"][0]["mood"] = "grumpy"; },
       "error: /roleplay/scenarios/0/nodes/0/mood: 'grumpy' is not one of hostile, frustrated, sceptical, guarded, "
       "neutral, curious, warm, keen\n"},
      {"start at an ending", [](nlohmann::json& j) { j["start"] = "won"; },
       "error: /roleplay/scenarios/0/start: the conversation cannot start at an ending\n"},
      {"unknown field is a warning", [](nlohmann::json& j) { j["nodes"][0]["choices"][0]["feedbak"] = "x"; },
       "warning: /roleplay/scenarios/0/nodes/0/choices/0/feedbak: a choice has no field 'feedbak'; it is ignored "
       "(did you mean 'feedback'?)\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    nlohmann::json j = fixture_json();
    c.mutate(j);
    CHECK(read_problems(j) == c.expected);
  }
}

TEST_CASE("an optional text left empty counts as absent, as in every file the one reader reads") {
  auto j = fixture_json();
  j["nodes"][0]["choices"][1]["reply"] = "";
  j["nodes"][0]["stage"] = " ";
  const Scenario s = roleplay_test::read_fixture(j);
  CHECK(s.nodes[0].choices[1].reply.empty());
  CHECK(s.nodes[0].stage.empty());
}

TEST_CASE("hostile shapes are reported, never crash") {
  CHECK(read_problems(nlohmann::json::array()) ==
        "error: /roleplay/scenarios/0: a scenario must be an object { ... }, not a list [ ... ]\n");
  nlohmann::json j = fixture_json();
  j["nodes"][0]["choices"][0] = 7;
  j["nodes"][1]["choices"][0]["next"] = {{{"to", 3}}};
  j["nodes"][2]["choices"][0]["effects"] = "lots";
  j["variables"] = {{"Bad Name", 1}};
  const std::string problems = read_problems(j);
  CHECK(problems.find("/nodes/0/choices/0: a choice must be an object") != std::string::npos);
  CHECK(problems.find("/nodes/1/choices/0/next/0/to: must be text in quotes, not a whole number (3)") != std::string::npos);
  CHECK(problems.find("/nodes/2/choices/0/effects: 'effects' must be an object") != std::string::npos);
  CHECK(problems.find("/variables/Bad Name: a variable name must be an id") != std::string::npos);
  CHECK(read_problems({{"id", "x"}}).find("'nodes' is missing") != std::string::npos);
}

TEST_CASE("a pack's scenarios are read with their places") {
  nlohmann::json roleplay = {{"format", 1}, {"scenarios", {fixture_json(), fixture_json()}}};
  roleplay["scenarios"][1]["id"] = "second";
  roleplay["scenarios"][1]["nodes"][0]["choices"][0]["grade"] = "great";
  const ScenarioPlace places[] = {{"roleplay/a.json", "/roleplay/scenarios/0"}, {"roleplay/b.json", "/roleplay/scenarios/4"}};
  const ScenarioSet set = read_scenarios(roleplay, "pack", places);
  REQUIRE(set.scenarios.size() == 1);
  CHECK(set.find("fixture") != nullptr);
  CHECK(set.find("second") == nullptr);
  REQUIRE(set.diagnostics.size() == 1);
  CHECK(set.diagnostics[0].to_string() ==
        "roleplay/b.json: /roleplay/scenarios/4/nodes/0/choices/0/grade: 'great' is not one of best, good, weak, poor");
  CHECK(read_scenarios(nlohmann::json(), "pack").scenarios.empty());
}
