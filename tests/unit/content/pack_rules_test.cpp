// One case per rule of the pack format: a valid bundle, one change, and the exact
// diagnostics the loader must report for it.
#include <doctest/doctest.h>

#include <functional>

#include "content_test_support.hpp"

using content_test::lines;
using content_test::load;
using content_test::valid_bundle;
using content_test::valid_question;
using nlohmann::json;

namespace {

struct RuleCase {
  const char* rule;
  std::function<void(json&)> change;
  const char* expected;  // every diagnostic, in order
};

json& q0(json& p) { return p["questions"][0]; }

json two_stage_preset() {
  return {{"id", "simple"},
          {"name", "Simple"},
          {"stages",
           {{{"id", "open"}, {"name", "Open"}, {"probability", 10}, {"conversion", 0.5}, {"forecast_category", "pipeline"}},
            {{"id", "won"}, {"name", "Won"}, {"probability", 100}, {"forecast_category", "closed"}}}}};
}

const RuleCase kErrorCases[] = {
    {"manifest: format missing", [](json& p) { p.erase("format"); },
     "error: test.json: /format: 'format' is missing: add \"format\": 1\n"},
    {"manifest: newer format stops reading", [](json& p) { p["format"] = 2; p["id"] = "BAD"; },
     "error: test.json: /format: this pack is written in format 2; this version of DealDojo reads format 1: update "
     "DealDojo to load it\n"},
    {"manifest: id kebab-case", [](json& p) { p["id"] = "Test_Pack"; },
     "error: test.json: /id: 'Test_Pack' is not a valid id: use lowercase letters, digits and single hyphens, such as "
     "'test-pack'\n"},
    {"manifest: title required", [](json& p) { p.erase("title"); },
     "error: test.json: /title: 'title' is missing: add the pack's title\n"},
    {"manifest: version shape", [](json& p) { p["version"] = "v1"; },
     "error: test.json: /version: 'v1' is not a version number; write it like \"1.0.0\"\n"},
    {"manifest: locale shape", [](json& p) { p["locale"] = "en_GB"; },
     "error: test.json: /locale: 'en_GB' is not a language tag; write it like \"en-GB\" or \"de\"\n"},
    {"manifest: authors not empty", [](json& p) { p["authors"] = json::array(); },
     "error: test.json: /authors: names no author: add at least one\n"},
    {"manifest: authors are text", [](json& p) { p["authors"] = {"Ann", 7}; },
     "error: test.json: /authors/1: must be text in quotes, not a whole number (7)\n"},
    {"manifest: licence required", [](json& p) { p["licence"] = ""; },
     "error: test.json: /licence: is empty: add the licence, such as \"CC-BY-4.0\"\n"},
    {"blueprint: pass mark range", [](json& p) { p["blueprint"]["pass_percent"] = 101; },
     "error: test.json: /blueprint/pass_percent: must be between 1 and 100, not 101\n"},
    {"blueprint: question count is whole", [](json& p) { p["blueprint"]["questions"] = 2.5; },
     "error: test.json: /blueprint/questions: must be a whole number, not a number (2.5)\n"},
    {"blueprint: weights add up to 100",
     [](json& p) { p["blueprint"]["domains"].push_back({{"id", "closing"}, {"name", "Closing"}, {"weight", 5}}); },
     "error: test.json: /blueprint/domains: the domain weights add up to 105%; they must add up to 100%\n"},
    {"blueprint: domain ids unique",
     [](json& p) {
       p["blueprint"]["domains"][0]["weight"] = 50;
       p["blueprint"]["domains"].push_back({{"id", "planning"}, {"name", "Again"}, {"weight", 50}});
     },
     "error: test.json: /blueprint/domains/1/id: the domain 'planning' is listed twice\n"},
    {"blueprint: needs domains", [](json& p) { p["blueprint"]["domains"] = json::array(); },
     "error: test.json: /blueprint/domains: a blueprint needs 1 to 50 domains; this one has 0\n"},
    {"blueprint: required for questions", [](json& p) { p.erase("blueprint"); },
     "error: test.json: /blueprint: 'blueprint' is missing: questions need a blueprint that lists their domains\n"},
    {"question: id kebab-case", [](json& p) { q0(p)["id"] = "Q 1"; },
     "error: test.json: /questions/0/id: 'Q 1' is not a valid id: use lowercase letters, digits and single hyphens, "
     "such as 'q-1'\n"},
    {"question: ids unique", [](json& p) { p["questions"][1]["id"] = "q1"; },
     "error: test.json: /questions/1/id: the question id 'q1' is used twice; the first is in test.json at /questions/0\n"},
    {"question: domain from the blueprint", [](json& p) { q0(p)["domain"] = "planing"; },
     "error: test.json: /questions/0/domain: 'planing' is not a domain of this pack's blueprint (planning); did you "
     "mean 'planning'?\n"},
    {"question: subtopic kebab-case", [](json& p) { q0(p)["subtopic"] = "Territory planning"; },
     "error: test.json: /questions/0/subtopic: 'Territory planning' is not a valid id: use lowercase letters, digits and "
     "single hyphens, such as 'territory-planning'\n"},
    {"question: kind is single or multiple", [](json& p) { q0(p)["kind"] = "either"; },
     "error: test.json: /questions/0/kind: 'either' is not a kind of question; use 'single' or 'multiple'\n"},
    {"question: stem required", [](json& p) { q0(p).erase("stem"); },
     "error: test.json: /questions/0/stem: 'stem' is missing: add the question text\n"},
    {"question: at least two options",
     [](json& p) { q0(p)["options"] = json::array({q0(p)["options"][0]}); q0(p)["correct"] = {"a"}; },
     "error: test.json: /questions/0/options: a question needs 2 to 8 options; this one has 1\n"},
    {"question: option ids in order", [](json& p) { q0(p)["options"][1]["id"] = "B"; },
     "error: test.json: /questions/0/options/1/id: option ids go a, b, c... in order: the second option must be 'b', "
     "not 'B'\n"},
    {"question: option text required", [](json& p) { q0(p)["options"][2]["text"] = "  "; },
     "error: test.json: /questions/0/options/2/text: is empty: add the option's text\n"},
    {"question: correct option exists", [](json& p) { q0(p)["correct"] = {"e"}; },
     "error: test.json: /questions/0/correct/0: option 'e' does not exist; options are a–d\n"},
    {"question: correct not empty", [](json& p) { q0(p)["correct"] = json::array(); },
     "error: test.json: /questions/0/correct: lists no correct option: add the id of the right answer, such as [\"b\"]\n"},
    {"question: correct listed once",
     [](json& p) { q0(p)["kind"] = "multiple"; q0(p)["choose"] = 2; q0(p)["correct"] = {"a", "a"}; },
     "error: test.json: /questions/0/correct/1: option 'a' is listed twice\n"},
    {"question: single has one correct", [](json& p) { q0(p)["correct"] = {"a", "c"}; },
     "error: test.json: /questions/0/correct: a 'single' question has exactly one correct option; this one lists 2 (use "
     "kind 'multiple' with choose 2)\n"},
    {"question: single has choose 1", [](json& p) { q0(p)["choose"] = 2; },
     "error: test.json: /questions/0/choose: a 'single' question has choose 1; for 2 answers use kind 'multiple'\n"},
    {"question: multiple needs choose",
     [](json& p) { q0(p)["kind"] = "multiple"; q0(p).erase("choose"); q0(p)["correct"] = {"a", "c"}; },
     "error: test.json: /questions/0/choose: 'choose' is missing: a 'multiple' question says how many options to pick, "
     "which is the number of correct options (2)\n"},
    {"question: multiple chooses two or more",
     [](json& p) { q0(p)["kind"] = "multiple"; q0(p)["choose"] = 1; },
     "error: test.json: /questions/0/choose: a 'multiple' question asks for 2 or more options; use kind 'single' for "
     "one\n"},
    {"question: choose matches correct",
     [](json& p) { q0(p)["kind"] = "multiple"; q0(p)["choose"] = 3; q0(p)["correct"] = {"a", "c"}; },
     "error: test.json: /questions/0/choose: choose is 3 but 2 options are marked correct; they must match\n"},
    {"question: choose leaves a wrong option",
     [](json& p) { q0(p)["kind"] = "multiple"; q0(p)["choose"] = 4; q0(p)["correct"] = {"a", "b", "c", "d"}; },
     "error: test.json: /questions/0/choose: choose 4 of 4 options leaves no wrong option to rule out; add options\n"},
    {"question: difficulty", [](json& p) { q0(p)["difficulty"] = "Easy"; },
     "error: test.json: /questions/0/difficulty: 'Easy' is not a difficulty; use 'easy', 'medium' or 'hard'\n"},
    {"question: tags are text", [](json& p) { q0(p)["tags"] = {"ok", ""}; },
     "error: test.json: /questions/0/tags/1: is empty: remove it or write the text\n"},
    {"question: glossary references resolve", [](json& p) { q0(p)["glossary"] = {"quota", "churn"}; },
     "error: test.json: /questions/0/glossary/1: the glossary has no term 'churn': add it to a glossary file or remove "
     "it here\n"},
    {"question: must be an object", [](json& p) { p["questions"][1] = "q2"; },
     "error: test.json: /questions/1: a question must be an object { ... }, not text\n"},
    {"glossary: ids unique", [](json& p) { p["glossary"].push_back(p["glossary"][0]); },
     "error: test.json: /glossary/1/id: the glossary term id 'quota' is used twice; the first is in test.json at "
     "/glossary/0\n"},
    {"glossary: definition required", [](json& p) { p["glossary"][0].erase("definition"); },
     "error: test.json: /glossary/0/definition: 'definition' is missing: add what the term means\n"},
    {"pipeline: conversion in 0–1",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset()}; p["pipeline_presets"][0]["stages"][0]["conversion"] = -0.1; },
     "error: test.json: /pipeline_presets/0/stages/0/conversion: must be a number from 0 to 1, not -0.1\n"},
    {"pipeline: conversion required before the last stage",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset()}; p["pipeline_presets"][0]["stages"][0].erase("conversion"); },
     "error: test.json: /pipeline_presets/0/stages/0/conversion: 'conversion' is missing: add the share of deals that "
     "move on to the next stage (0–1)\n"},
    {"pipeline: probability 0–100",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset()}; p["pipeline_presets"][0]["stages"][1]["probability"] = 110; },
     "error: test.json: /pipeline_presets/0/stages/1/probability: must be between 0 and 100, not 110\n"},
    {"pipeline: forecast category",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset()}; p["pipeline_presets"][0]["stages"][0]["forecast_category"] = "BestCase"; },
     "error: test.json: /pipeline_presets/0/stages/0/forecast_category: 'BestCase' is not a forecast category; use "
     "pipeline, best_case, commit, closed or omitted\n"},
    {"pipeline: stage ids unique",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset()}; p["pipeline_presets"][0]["stages"][1]["id"] = "open"; },
     "error: test.json: /pipeline_presets/0/stages/1/id: the stage id 'open' is used twice in this preset\n"},
    {"pipeline: preset ids unique",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset(), two_stage_preset()}; },
     "error: test.json: /pipeline_presets/1/id: the pipeline preset id 'simple' is used twice; the first is in "
     "test.json at /pipeline_presets/0\n"},
    {"roleplay: format 1", [](json& p) { p["roleplay"] = {{"format", 3}, {"scenarios", json::array()}}; },
     "error: test.json: /roleplay/format: these role-play scenarios are in format 3; this version of DealDojo reads "
     "format 1\n"},
    {"roleplay: scenarios need ids",
     [](json& p) { p["roleplay"] = {{"format", 1}, {"scenarios", {{{"title", "x"}}}}}; },
     "error: test.json: /roleplay/scenarios/0/id: 'id' is missing: add a scenario id\n"},
    {"roleplay: scenario ids unique",
     [](json& p) { p["roleplay"] = {{"format", 1}, {"scenarios", {{{"id", "a"}}, {{"id", "a"}}}}}; },
     "error: test.json: /roleplay/scenarios/1/id: the scenario id 'a' is used twice; the first is in test.json at "
     "/roleplay/scenarios/0\n"},
};

const RuleCase kWarningCases[] = {
    {"warning: option without why", [](json& p) { q0(p)["options"][3].erase("why"); },
     "warning: test.json: /questions/0/options/3/why: option 'd' has no 'why': say why this option is right or wrong\n"},
    {"warning: no explanation", [](json& p) { q0(p).erase("explanation"); },
     "warning: test.json: /questions/0/explanation: this question has no explanation: say why the right answer is "
     "right\n"},
    {"warning: no source", [](json& p) { q0(p)["source"] = ""; },
     "warning: test.json: /questions/0/source: this question has no source: name where the fact comes from\n"},
    {"warning: unknown field with a suggestion", [](json& p) { q0(p)["explaination"] = "x"; },
     "warning: test.json: /questions/0/explaination: a question has no field 'explaination'; it is ignored (did you "
     "mean 'explanation'?)\n"},
    {"warning: options with the same text", [](json& p) { q0(p)["options"][2]["text"] = "Option a"; },
     "warning: test.json: /questions/0/options/2/text: options 'a' and 'c' have the same text\n"},
    {"warning: fewer questions than an exam", [](json& p) { p["blueprint"]["questions"] = 3; },
     "warning: test.json: /blueprint/questions: the pack has 2 questions; one exam needs 3\n"
     "warning: test.json: /blueprint/domains/0: the domain 'planning' has 2 questions; an exam draws 3 from it (100% "
     "of 3): add at least 1\n"},
    {"warning: domain short of its exam share",
     [](json& p) {
       p["blueprint"]["domains"][0]["weight"] = 50;
       p["blueprint"]["domains"].push_back({{"id", "closing"}, {"name", "Closing"}, {"weight", 50}});
     },
     "warning: test.json: /blueprint/domains/1: the domain 'closing' has 0 questions; an exam draws 1 from it (50% of "
     "2): add at least 1\n"},
    {"warning: probability goes down",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset()}; p["pipeline_presets"][0]["stages"][1]["probability"] = 5; },
     "warning: test.json: /pipeline_presets/0/stages/1/probability: the probability drops from 10% at 'open' to 5% "
     "here; later stages usually have a higher probability\n"},
    {"warning: last stage conversion unused",
     [](json& p) { p["pipeline_presets"] = {two_stage_preset()}; p["pipeline_presets"][0]["stages"][1]["conversion"] = 1; },
     "warning: test.json: /pipeline_presets/0/stages/1/conversion: the last stage has no next stage, so its conversion "
     "is not used\n"},
};

}  // namespace

TEST_CASE("the valid test bundle has no problems") {
  const auto result = load(valid_bundle());
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  CHECK(result.pack->questions.size() == 2);
}

TEST_CASE("each rule reports its error and no pack") {
  for (const RuleCase& c : kErrorCases) {
    const std::string rule = c.rule;
    CAPTURE(rule);
    json pack = valid_bundle();
    c.change(pack);
    const auto result = load(pack);
    CHECK(lines(result.diagnostics) == std::string(c.expected));
    CHECK_FALSE(result.pack.has_value());
  }
}

TEST_CASE("each advice rule reports a warning and still gives the pack") {
  for (const RuleCase& c : kWarningCases) {
    const std::string rule = c.rule;
    CAPTURE(rule);
    json pack = valid_bundle();
    c.change(pack);
    const auto result = load(pack);
    CHECK(lines(result.diagnostics) == std::string(c.expected));
    CHECK(result.pack.has_value());
  }
}

TEST_CASE("every problem is collected in one pass, errors before warnings") {
  json pack = valid_bundle();
  q0(pack)["correct"] = {"e"};
  q0(pack).erase("source");
  pack["questions"][1]["difficulty"] = "tricky";
  pack["glossary"][0].erase("term");
  const auto result = load(pack);
  CHECK(lines(result.diagnostics) ==
        "error: test.json: /questions/0/correct/0: option 'e' does not exist; options are a–d\n"
        "error: test.json: /questions/1/difficulty: 'tricky' is not a difficulty; use 'easy', 'medium' or 'hard'\n"
        "error: test.json: /glossary/0/term: 'term' is missing: add the term itself\n"
        "warning: test.json: /questions/0/source: this question has no source: name where the fact comes from\n");
}

TEST_CASE("a multiple-answer question loads with its correct options in option order") {
  json pack = valid_bundle();
  q0(pack)["kind"] = "multiple";
  q0(pack)["choose"] = 2;
  q0(pack)["correct"] = {"d", "a"};
  const auto result = load(pack);
  REQUIRE(result.pack);
  const auto& q = result.pack->questions[0];
  CHECK(q.kind == dealdojo::content::QuestionKind::Multiple);
  CHECK(q.choose == 2);
  CHECK(q.correct == std::vector<std::string>{"a", "d"});
  CHECK(q.is_correct("d"));
  CHECK_FALSE(q.is_correct("b"));
}

TEST_CASE("a single question may leave out choose") {
  json pack = valid_bundle();
  q0(pack).erase("choose");
  const auto result = load(pack);
  REQUIRE(result.pack);
  CHECK(result.pack->questions[0].choose == 1);
}

TEST_CASE("whole numbers written as 60.0 are accepted") {
  json pack = valid_bundle();
  pack["blueprint"]["minutes"] = 60.0;
  const auto result = load(pack);
  REQUIRE(result.pack);
  CHECK(result.pack->blueprint->minutes == 60);
}

TEST_CASE("a pack with very many problems lists the first ones and says the list stops") {
  json pack = valid_bundle();
  for (int i = 0; i < 50; ++i) {
    json q = valid_question("bad-" + std::to_string(i));
    q["correct"] = {"x"};
    pack["questions"].push_back(q);
  }
  dealdojo::content::Limits limits;
  limits.max_diagnostics = 10;
  const auto result = load(pack, limits);
  REQUIRE(result.diagnostics.size() == 11);
  CHECK(result.diagnostics.back().message == "the list stops at 10 problems; there may be more: fix the ones above and check again");
  CHECK(result.diagnostics.back().is_error());
  CHECK_FALSE(result.pack.has_value());
}
