#pragma once
// A small objection scenario for the role-play tests. Its ideal path is
// open 1 (cushion), probe 1 (clarify), only 1 (cross-check), answer 1
// (reply-reverse), trial 1 (trial commitment), close 1 (direct question) ->
// won, scoring 100. Values along it: trust 40 -> 50 -> 50 -> 50 -> 60 -> 70;
// resistance 60 -> 55 -> 55 -> 45 -> 15.
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/roleplay/check.hpp"
#include "core/roleplay/scenario.hpp"
#include "unit/content/content_test_support.hpp"

namespace roleplay_test {

inline nlohmann::json fixture_json() {
  return nlohmann::json::parse(R"({
  "id": "fixture", "title": "Fixture", "kind": "objection", "focus": "reply-reverse",
  "persona": "Sam, a buyer", "briefing": "A test conversation.",
  "variables": {"trust": 40, "clarity": 30, "resistance": 60},
  "required": ["reply"],
  "nodes": [
    {"id": "open", "stage": "Cushion", "mood": "sceptical", "buyer": "Too expensive.", "choices": [
      {"id": "cushioned", "say": "I hear you.", "technique": "cushion", "grade": "best",
       "effects": {"trust": 10, "resistance": -5}, "feedback": "A Cushion.", "next": "probe"},
      {"say": "It's worth it.", "technique": "reply-reverse", "grade": "weak", "effects": {"trust": -5},
       "feedback": "Too soon.", "reply": "Hmm.", "next": "probe"},
      {"say": "You're wrong.", "technique": "arguing", "grade": "poor", "effects": {"trust": -50},
       "feedback": "Arguing.", "next": "lost"}]},
    {"id": "probe", "stage": "Clarify", "mood": "guarded", "buyer": "It's the total.", "choices": [
      {"say": "Compared with what?", "technique": "clarify", "grade": "best", "effects": {"clarity": 20},
       "feedback": "A Clarify.", "next": "only"},
      {"say": "Anything else?", "technique": "cross-check", "grade": "good", "feedback": "Early.", "next": "only"},
      {"say": "Can we sign the order today?", "technique": "pressure-too-early", "grade": "poor", "effects": {"trust": -20},
       "feedback": "Pressure.", "next": "lost"}]},
    {"id": "only", "buyer": "Against the others.", "choices": [
      {"say": "Is that the only thing?", "technique": "cross-check", "grade": "best", "effects": {"resistance": -10},
       "feedback": "A Cross-Check.", "next": "answer"},
      {"say": "Let me explain why it's worth it.", "technique": "reply-reverse", "grade": "weak", "feedback": "Early reply.",
       "next": "answer"},
      {"say": "Good to talk.", "technique": "connect", "grade": "good", "if": "trust >= 50 and said cushioned",
       "feedback": "Connect.", "next": "answer"}]},
    {"id": "answer", "mood": "curious", "buyer": "Yes, only that.", "choices": [
      {"say": "It pays back.", "technique": "reply-reverse", "grade": "best", "effects": {"resistance": -30, "trust": 10},
       "feedback": "A Reply-Reverse.", "next": "trial"},
      {"say": "It isn't expensive.", "technique": "reply-deny", "grade": "weak", "effects": {"trust": -10},
       "feedback": "Deny.", "next": "trial"},
      {"say": "Discount!", "technique": "jumping-to-price", "grade": "poor", "feedback": "Price.", "blocker": true,
       "next": "trial"}]},
    {"id": "trial", "buyer": "Makes sense.", "choices": [
      {"say": "Does that settle it?", "technique": "trial-commitment", "grade": "best", "effects": {"trust": 10},
       "feedback": "A Trial Commitment.", "next": "close"},
      {"say": "Shall we go ahead?", "technique": "direct-question", "grade": "weak", "feedback": "No trial.",
       "next": [{"if": "trust >= 60", "to": "won"}, {"to": "stalled"}]},
      {"say": "Prices rise soon.", "technique": "opportunity", "grade": "poor", "feedback": "Deadline.",
       "next": "stalled"}]},
    {"id": "close", "stage": "Commit", "buyer": "It does.", "choices": [
      {"say": "Ready to go ahead?", "technique": "direct-question", "grade": "best", "feedback": "Direct.",
       "next": [{"if": "trust >= 60", "to": "won"}, {"to": "stalled"}]},
      {"say": "Prices rise soon.", "technique": "opportunity", "grade": "weak", "feedback": "Deadline.",
       "next": "stalled"},
      {"say": "Shall we weigh it?", "technique": "weighing", "grade": "good", "feedback": "Weighing.",
       "next": [{"if": "trust >= 60", "to": "won"}, {"to": "stalled"}]}]},
    {"id": "won", "ending": "committed", "buyer": "Deal.", "debrief": "Won."},
    {"id": "stalled", "ending": "stalled", "buyer": "Later.", "debrief": "Stalled."},
    {"id": "lost", "ending": "lost", "buyer": "Bye.", "debrief": "Lost."}
  ]})");
}

inline dealdojo::roleplay::Scenario read_fixture(const nlohmann::json& json) {
  auto read = dealdojo::roleplay::read_scenario(json, "fixture.json", "/roleplay/scenarios/0");
  INFO(content_test::lines(read.diagnostics));
  REQUIRE(read.scenario);
  return std::move(*read.scenario);
}

inline dealdojo::roleplay::Scenario fixture() { return read_fixture(fixture_json()); }

// The diagnostics of reading `json`, one per line: "error: /roleplay/scenarios/0/...: message".
inline std::string read_problems(const nlohmann::json& json) {
  const auto read = dealdojo::roleplay::read_scenario(json, "fixture.json", "/roleplay/scenarios/0");
  std::string out;
  for (const auto& d : read.diagnostics) {
    out += std::string(dealdojo::content::severity_name(d.severity)) + ": " + d.pointer + ": " + d.message + "\n";
  }
  return out;
}

// check_scenario's diagnostics for `json`, one per line: "error: <pointer>: message".
inline std::string check_problems(const nlohmann::json& json) {
  const dealdojo::roleplay::ScenarioCheck check = dealdojo::roleplay::check_scenario(read_fixture(json));
  std::string out;
  for (const auto& d : check.diagnostics) {
    out += std::string(dealdojo::content::severity_name(d.severity)) + ": " + d.pointer + ": " + d.message + "\n";
  }
  return out;
}

}  // namespace roleplay_test
