// The Role-play tab's compiler: problems at their line and column, the last good
// compile kept through errors and replaced once they are fixed, and the debounce.
#include <doctest/doctest.h>

#include <string>

#include "core/studio/draft.hpp"
#include "core/studio/script_workbench.hpp"

using namespace dealdojo;
using studio::Draft;
using studio::Json;

namespace {

constexpr std::string_view kScript = R"(id: tiny
title: A tiny scenario
kind: objection
persona: Sam, a buyer
briefing: A test conversation.
vars: trust 40, clarity 30, resistance 60

=== open
buyer: Too expensive.
* [cushion best] I hear you.
  feedback: Why.
  effects: trust +30, resistance -50
  -> close
* [arguing poor] You're wrong.
  feedback: Why.
  -> lost
* [reply-deny weak] It isn't.
  feedback: Why.
  -> lost

=== close
buyer: Fine.
* [direct-question best] Shall we go ahead?
  feedback: Why.
  -> won
* [opportunity weak] Prices rise soon.
  feedback: Why.
  -> lost
* [arguing poor] You'd be mad not to.
  feedback: Why.
  -> lost

=== won
end: committed
buyer: Deal.
debrief: Won.

=== lost
end: lost
buyer: Bye.
debrief: Lost.
)";

std::string with(std::string_view text, std::string_view from, std::string_view to) {
  std::string s(text);
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
  return s;
}

Draft draft_with(std::string_view text, std::string file = "tiny.txt") {
  Draft draft;
  REQUIRE(draft.insert("/scripts", 0, Json{{"file", std::move(file)}, {"text", std::string(text)}}));
  return draft;
}

void type(Draft& draft, std::size_t index, const std::string& text) {
  REQUIRE(draft.set("/scripts/" + std::to_string(index) + "/text", text, "script-" + std::to_string(index)));
}

}  // namespace

TEST_CASE("a script is compiled when first seen: a good compile with its map") {
  Draft draft = draft_with(kScript);
  studio::ScriptWorkbench bench;
  bench.update(draft, 1000);
  REQUIRE(bench.scripts().size() == 1);
  const studio::ScriptCompileState& s = bench.scripts()[0];
  CHECK(s.file == "tiny.txt");
  CHECK(s.compiled);
  CHECK_FALSE(s.pending);
  CHECK(s.errors == 0);
  REQUIRE(s.good);
  CHECK(s.good_is_current);
  CHECK(s.good->scenario.id == "tiny");
  CHECK(s.good->map.nodes.size() == 4);
  CHECK(bench.compiles() == 1);
  CHECK_FALSE(bench.next_compile_ms());
}

TEST_CASE("problems name their line and the column of the name they quote") {
  const studio::ScriptResult r = studio::compile_script_text(with(kScript, "-> won", "-> wno"), "tiny.txt");
  REQUIRE_FALSE(r.problems.empty());
  const studio::ScriptProblem& p = r.problems.front();
  CHECK(p.is_error());
  CHECK(p.line == 25);
  CHECK(p.column == 6);  // "  -> wno": the w of wno
  CHECK(p.to_string().starts_with("line 25, column 6: "));
  CHECK(p.message.find("'wno'") != std::string::npos);
}

TEST_CASE("a syntax error keeps the last good scenario; the fix replaces it") {
  Draft draft = draft_with(kScript);
  studio::ScriptWorkbench bench;
  bench.update(draft, 0);
  const auto first = bench.scripts()[0].good;
  REQUIRE(first);
  const std::uint64_t generation = bench.scripts()[0].generation;

  type(draft, 0, with(kScript, "* [cushion best]", "* [cushion bset]"));
  bench.compile_now(draft);
  const studio::ScriptCompileState& broken = bench.scripts()[0];
  CHECK(broken.errors > 0);
  CHECK_FALSE(broken.good_is_current);
  CHECK(broken.good == first);  // the map and preview keep working on it
  CHECK(broken.generation == generation);
  CHECK(broken.problems.front().line == 10);

  // Fixed, and changed: the new compile replaces the old one.
  type(draft, 0, with(kScript, "Too expensive.", "Far too expensive."));
  bench.compile_now(draft);
  const studio::ScriptCompileState& fixed = bench.scripts()[0];
  CHECK(fixed.errors == 0);
  CHECK(fixed.good_is_current);
  REQUIRE(fixed.good);
  CHECK(fixed.good != first);
  CHECK(fixed.good->scenario.nodes[0].line == "Far too expensive.");
  CHECK(fixed.generation == generation + 1);
}

TEST_CASE("typing is compiled only once the text has stood still for 300 ms") {
  Draft draft = draft_with(kScript);
  studio::ScriptWorkbench bench;
  bench.update(draft, 0);
  REQUIRE(bench.compiles() == 1);

  std::string text(kScript);
  std::int64_t now = 1000;
  for (int key = 0; key < 5; ++key) {  // a keystroke every 100 ms
    text += "x";
    type(draft, 0, text);
    bench.update(draft, now);
    CHECK(bench.scripts()[0].pending);
    REQUIRE(bench.next_compile_ms());
    CHECK(*bench.next_compile_ms() == now + studio::kCompileDelayMs);
    now += 100;
    bench.update(draft, now);
  }
  CHECK(bench.compiles() == 1);
  const std::int64_t last_key = now - 100;
  bench.update(draft, last_key + studio::kCompileDelayMs - 1);
  CHECK(bench.compiles() == 1);
  bench.update(draft, last_key + studio::kCompileDelayMs);
  CHECK(bench.compiles() == 2);
  CHECK_FALSE(bench.scripts()[0].pending);
  CHECK(bench.scripts()[0].compiled_text == text);
  // Nothing changed: frames that follow compile nothing.
  bench.update(draft, last_key + 5000);
  CHECK(bench.compiles() == 2);
}

TEST_CASE("a compile follows its script when another is added or removed") {
  Draft draft = draft_with(kScript, "a.txt");
  studio::ScriptWorkbench bench;
  bench.update(draft, 0);
  REQUIRE(draft.insert("/scripts", 0, Json{{"file", "b.txt"}, {"text", "id: b\n"}}));
  bench.update(draft, 10);
  REQUIRE(bench.scripts().size() == 2);
  CHECK(bench.scripts()[0].file == "b.txt");
  CHECK(bench.scripts()[0].errors > 0);  // no node: compiled at once, as a new script
  CHECK_FALSE(bench.scripts()[0].good);
  CHECK(bench.scripts()[1].file == "a.txt");
  CHECK(bench.scripts()[1].good);
  CHECK(bench.compiles() == 2);  // a.txt was not compiled again

  REQUIRE(draft.remove("/scripts/0"));
  bench.update(draft, 20);
  REQUIRE(bench.scripts().size() == 1);
  CHECK(bench.scripts()[0].file == "a.txt");
  CHECK(bench.scripts()[0].good);

  // Renamed: the same script, compiled again because its problems name the file.
  REQUIRE(draft.set("/scripts/0/file", "c.txt"));
  bench.update(draft, 30);
  CHECK(bench.scripts()[0].file == "c.txt");
  CHECK(bench.scripts()[0].good);
  bench.update(draft, 30 + studio::kCompileDelayMs);
  CHECK(bench.compiles() == 3);
}
