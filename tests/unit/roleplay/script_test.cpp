#include <doctest/doctest.h>

#include "core/roleplay/script.hpp"
#include "unit/roleplay/roleplay_fixture.hpp"

using namespace dealdojo::roleplay;

namespace {

// The fixture, written as a script.
constexpr std::string_view kFixtureScript = R"(// The test fixture as a script.
id: fixture
title: Fixture
kind: objection
focus: reply-reverse
persona: Sam, a buyer
briefing: A test conversation.
vars: trust 40, clarity 30, resistance 60
required: reply

=== open
stage: Cushion
mood: sceptical
buyer: Too expensive.
* [cushion best] I hear you.
  id: cushioned
  effects: trust +10, resistance -5
  feedback: A Cushion.
  -> probe
* [reply-reverse weak] It's worth it.
  effects: trust -5
  feedback: Too soon.
  reply: Hmm.
  -> probe
* [arguing poor] You're wrong.
  effects: trust -50
  feedback: Arguing.
  -> lost

=== probe ===
stage: Clarify
mood: guarded
buyer: It's the total.
* [clarify best] Compared with what?
  effects: clarity +20
  feedback: A Clarify.
  -> only
* [cross-check good] Anything else?
  feedback: Early.
  -> only
* [pressure-too-early poor] Can we sign the order today?
  effects: trust -20
  feedback: Pressure.
  -> lost

=== only
buyer: Against the others.
* [cross-check best] Is that the only thing?
  effects: resistance -10
  feedback: A Cross-Check.
  -> answer
* [reply-reverse weak] Let me explain why it's worth it.
  feedback: Early reply.
  -> answer
* [connect good] Good to talk.
  if: trust >= 50 and said cushioned
  feedback: Connect.
  -> answer

=== answer
mood: curious
buyer: Yes, only that.
* [reply-reverse best] It pays back.
  effects: resistance -30, trust +10
  feedback: A Reply-Reverse.
  -> trial
* [reply-deny weak] It isn't expensive.
  effects: trust -10
  feedback: Deny.
  -> trial
* [jumping-to-price poor] Discount!
  feedback: Price.
  blocker: yes
  -> trial

=== trial
buyer: Makes sense.
* [trial-commitment best] Does that settle it?
  effects: trust +10
  feedback: A Trial Commitment.
  -> close
* [direct-question weak] Shall we go ahead?
  feedback: No trial.
  -> won if trust >= 60
  -> stalled
* [opportunity poor] Prices rise soon.
  feedback: Deadline.
  -> stalled

=== close
stage: Commit
buyer: It does.
* [direct-question best] Ready to go ahead?
  feedback: Direct.
  -> won if trust >= 60
  -> stalled
* [opportunity weak] Prices rise soon.
  feedback: Deadline.
  -> stalled
* [weighing good] Shall we weigh it?
  feedback: Weighing.
  -> won if trust >= 60
  -> stalled

=== won
end: committed
buyer: Deal.
debrief: Won.

=== stalled
end: stalled
buyer: Later.
debrief: Stalled.

=== lost
end: lost
buyer: Bye.
debrief: Lost.
)";

std::string problems(const std::vector<dealdojo::content::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += std::string(dealdojo::content::severity_name(d.severity)) + ": " + d.to_string() + "\n";
  return out;
}

std::string with_line_replaced(std::string_view script, std::string_view from, std::string_view to) {
  std::string s(script);
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
  return s;
}

}  // namespace

TEST_CASE("a script compiles to exactly the JSON form") {
  const ScriptCompile compiled = compile_script(kFixtureScript, "fixture.txt");
  CHECK(problems(compiled.diagnostics).empty());
  REQUIRE(compiled.scenario);
  CHECK(nlohmann::json(*compiled.scenario) == roleplay_test::fixture_json());
}

TEST_CASE("the shipped file text is stable and reads back as the same scenario") {
  const ScriptCompile compiled = compile_script(kFixtureScript, "fixture.txt");
  REQUIRE(compiled.scenario);
  const std::string text = scenario_file_text(*compiled.scenario);
  CHECK(text.starts_with("{\n  \"roleplay\": {\n    \"format\": 1,\n    \"scenarios\": [\n      {\n        \"id\": \"fixture\","));
  CHECK(text.ends_with("}\n"));
  CHECK(scenario_file_text(*compile_script(kFixtureScript, "again.txt").scenario) == text);
  const ScriptBuild build = build_script(kFixtureScript, "fixture.txt");
  CHECK(build.ok());
  CHECK(build.scenario_id == "fixture");
  CHECK(build.file_text == text);
  CHECK(problems(build.diagnostics).empty());
}

TEST_CASE("syntax errors name the script line") {
  const std::string bad = "id: x\ntitel: Oops\n\n=== a\nbuyer: Hi.\n* clarify best What?\n* [clarify] What?\n"
                          "  effects: trust ten\n  stage: Late\n  -> b if\n-> c\n* [clarify best]\n=== \n";
  const ScriptCompile compiled = compile_script(bad, "bad.txt");
  CHECK_FALSE(compiled.scenario);
  CHECK(problems(compiled.diagnostics) ==
        "error: bad.txt: line 2: 'titel' is not a line the header understands (did you mean 'title'?)\n"
        "error: bad.txt: line 6: a choice starts with its technique and grade in brackets: '* [clarify best] What do "
        "you mean?'\n"
        "error: bad.txt: line 7: the brackets hold two words, the technique and the grade: '[cushion best]'\n"
        "error: bad.txt: line 8: 'ten' is not a change such as +10 or -5\n"
        "error: bad.txt: line 9: 'stage' belongs to the node: put the node's lines before its first choice\n"
        "error: bad.txt: line 10: write '-> node' or '-> node if condition'\n"
        "error: bad.txt: line 12: the choice has no line after the brackets: write what the learner says\n"
        "error: bad.txt: line 13: a node starts with '=== node-id': give the node an id\n");
}

TEST_CASE("header and node lines in the wrong place are errors") {
  const ScriptCompile compiled =
      compile_script("* [clarify best] Hi\n-> a\n=== a\ntitle: Late\nbuyer: One.\nbuyer: Two.\n", "order.txt");
  CHECK(problems(compiled.diagnostics) ==
        "error: order.txt: line 1: a choice belongs to a node: start one with '=== node-id' first\n"
        "error: order.txt: line 2: '-> node' belongs to a choice: write it under the '* [...]' line\n"
        "error: order.txt: line 4: 'title' belongs in the header, before the first '=== node'\n"
        "error: order.txt: line 6: 'buyer' is given twice in the node 'a'\n");
  CHECK(problems(compile_script("id: x\n", "empty.txt").diagnostics) ==
        "error: empty.txt: line 1: the script has no node: add '=== node-id'\n");
  CHECK(problems(compile_script("id: x\n\xff\n", "bytes.txt").diagnostics) ==
        "error: bytes.txt: line 1: the script is not UTF-8 text: save it as UTF-8\n");
}

TEST_CASE("problems found after compiling are reported on the script line") {
  // Line 15 is the first choice of 'open'.
  const std::string script = with_line_replaced(kFixtureScript, "* [cushion best] I hear you.", "* [cushon best] I hear you.");
  const ScriptBuild build = build_script(script, "fixture.txt");
  CHECK_FALSE(build.ok());
  CHECK(problems(build.diagnostics).starts_with(
      "error: fixture.txt: line 15: 'cushon' is not a technique (did you mean 'cushion'?)"));
  const std::string target = with_line_replaced(kFixtureScript, "  -> only\n* [cross-check good]", "  -> onyl\n* [cross-check good]");
  CHECK(problems(build_script(target, "fixture.txt").diagnostics) ==
        "error: fixture.txt: line 37: there is no node 'onyl' (did you mean 'only'?)\n");
  const std::string missing = with_line_replaced(kFixtureScript, "title: Fixture\n", "");
  CHECK(problems(build_script(missing, "fixture.txt").diagnostics) ==
        "error: fixture.txt: line 1: 'title' is missing: add a title for the scenario\n");
}

TEST_CASE("validation problems are mapped to the script too") {
  const std::string script = with_line_replaced(kFixtureScript, "* [clarify best] Compared with what?", "* [clarify good] Compared with what?");
  const std::string p = problems(build_script(script, "fixture.txt").diagnostics);
  CHECK(p.find("error: fixture.txt: line 30: no choice here is graded \"best\"") != std::string::npos);
}
