#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/roleplay/debrief.hpp"
#include "core/roleplay/run.hpp"
#include "core/studio/scenario_map.hpp"
#include "core/studio/script_workbench.hpp"

using namespace dealdojo;
namespace fs = std::filesystem;

namespace {

// A branch (clarify leads to `probe` or to `limbo` on trust), a dead end (`limbo`
// offers choices only above trust 90) and a node nothing leads to (`orphan`).
constexpr std::string_view kSmallScript = R"(id: small-map
title: A small map
kind: objection
persona: Sam, a buyer
briefing: A test conversation.
vars: trust 40, clarity 30, resistance 60

=== open
buyer: Too expensive.
* [cushion best] I hear you.
  feedback: Why.
  effects: trust +10, resistance -5
  -> probe
* [clarify good] Compared with what?
  feedback: Why.
  -> probe if trust >= 50
  -> limbo
* [arguing poor] You're wrong.
  feedback: Why.
  effects: trust -30
  -> lost

=== probe
buyer: It's the total.
* [reply-reverse best] It pays back within the year.
  feedback: Why.
  effects: resistance -40, trust +20
  -> close
* [reply-deny weak] It isn't expensive.
  feedback: Why.
  -> stalled
* [jumping-to-price poor] I can take ten percent off.
  feedback: Why.
  -> lost

=== limbo
buyer: Hm.
* [connect good] Good to talk.
  feedback: Why.
  if: trust >= 90
  -> stalled
* [direct-question weak] Shall we go ahead?
  feedback: Why.
  if: trust >= 90
  -> won

=== close
buyer: Makes sense.
* [direct-question best] Shall we go ahead?
  feedback: Why.
  -> won if trust >= 60
  -> stalled
* [opportunity weak] Prices rise next month.
  feedback: Why.
  -> stalled
* [arguing poor] You'd be mad to say no.
  feedback: Why.
  -> lost

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

=== orphan
end: lost
buyer: Nobody gets here.
debrief: Never.
)";

struct Compiled {
  std::shared_ptr<const studio::GoodCompile> good;
  std::vector<studio::ScriptProblem> problems;
};

Compiled compile(std::string_view text, const std::string& file = "small-map.txt") {
  studio::ScriptResult r = studio::compile_script_text(std::string(text), file);
  return {r.good, r.problems};
}

std::size_t index_of(const roleplay::Scenario& s, std::string_view id) {
  const auto i = s.node_index(id);
  REQUIRE(i);
  return *i;
}

std::set<std::string> ids_where(const roleplay::Scenario& s, const studio::ScenarioMap& map, bool studio::MapNode::*flag) {
  std::set<std::string> out;
  for (const studio::MapNode& n : map.nodes) {
    if (n.*flag) out.insert(s.nodes[n.node].id);
  }
  return out;
}

// Every node has its own place; rows of a column are 0..k-1; columns grow along edges.
void check_layout(const roleplay::Scenario& s, const studio::ScenarioMap& map) {
  REQUIRE(map.nodes.size() == s.nodes.size());
  std::set<std::pair<int, int>> places;
  for (const studio::MapNode& n : map.nodes) {
    CHECK(n.column >= 0);
    CHECK(n.column < map.columns);
    CHECK(n.row >= 0);
    CHECK(n.row < map.column_sizes[static_cast<std::size_t>(n.column)]);
    CHECK(places.insert({n.column, n.row}).second);
  }
  CHECK(map.nodes[s.start].column == 0);
  CHECK_FALSE(map.has_cycle);
  for (const studio::MapEdge& e : map.edges) {
    INFO(s.nodes[e.from].id << " -> " << s.nodes[e.to].id);
    CHECK(map.nodes[e.to].column > map.nodes[e.from].column);
  }
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("the map places every node, columns growing along edges") {
  const Compiled c = compile(kSmallScript);
  REQUIRE(c.good);
  const roleplay::Scenario& s = c.good->scenario;
  const studio::ScenarioMap& map = c.good->map;
  check_layout(s, map);
  CHECK(map.nodes[index_of(s, "open")].column == 0);
  CHECK(map.nodes[index_of(s, "probe")].column == 1);
  CHECK(map.nodes[index_of(s, "close")].column == 2);
  CHECK(map.nodes[index_of(s, "won")].column == 3);  // the longest path: open, probe, close, won
  CHECK(map.nodes[index_of(s, "orphan")].column == 0);  // nothing leads to it
  CHECK(map.columns == 4);
}

TEST_CASE("rows are ordered to cut crossings") {
  // Met breadth first, the last column reads x, z, y, and c -> x crosses a -> z and b -> y.
  std::string text = "id: crossings\ntitle: T\nkind: objection\npersona: P\nbriefing: B\n";
  const auto node = [&](const char* id, std::vector<const char*> targets) {
    text += std::string("=== ") + id + "\nbuyer: Hm.\n";
    for (const char* t : targets) text += std::string("* [clarify best] Go.\n  feedback: F.\n  -> ") + t + "\n";
  };
  node("open", {"a", "b", "c"});
  node("a", {"x", "z"});
  node("b", {"y"});
  node("c", {"x"});
  for (const char* end : {"x", "y", "z"}) text += std::string("=== ") + end + "\nend: committed\nbuyer: Yes.\ndebrief: D.\n";
  const Compiled c = compile(text, "crossings.txt");
  REQUIRE(c.good);
  const studio::ScenarioMap& map = c.good->map;
  check_layout(c.good->scenario, map);
  std::size_t crossings = 0;
  for (const studio::MapEdge& e : map.edges) {
    for (const studio::MapEdge& f : map.edges) {
      if (map.nodes[e.from].column != map.nodes[f.from].column || map.nodes[e.to].column != map.nodes[f.to].column) continue;
      if (map.nodes[e.from].row < map.nodes[f.from].row && map.nodes[e.to].row > map.nodes[f.to].row) ++crossings;
    }
  }
  CHECK(crossings <= 1);
}

TEST_CASE("one edge per choice and branch, with its grade, technique and condition") {
  const Compiled c = compile(kSmallScript);
  REQUIRE(c.good);
  const roleplay::Scenario& s = c.good->scenario;
  std::size_t from_open = 0;
  for (const studio::MapEdge& e : c.good->map.edges) {
    if (e.from != index_of(s, "open")) continue;
    ++from_open;
    if (e.choice == 1) {
      CHECK(e.grade == roleplay::Grade::Good);
      CHECK(e.technique == roleplay::Technique::Clarify);
      CHECK(e.conditional == (e.branch == 0));
      CHECK(e.to == (e.branch == 0 ? index_of(s, "probe") : index_of(s, "limbo")));
    }
  }
  CHECK(from_open == 4);  // cushion, clarify (two branches), arguing
  const auto limbo_edges = std::count_if(c.good->map.edges.begin(), c.good->map.edges.end(),
                                         [&](const studio::MapEdge& e) { return e.from == index_of(s, "limbo"); });
  CHECK(limbo_edges == 2);
  for (const studio::MapEdge& e : c.good->map.edges) {
    if (e.from == index_of(s, "limbo")) CHECK(e.offered_if);
  }
}

TEST_CASE("unreachable nodes and dead ends are marked as the checker reports them") {
  const Compiled c = compile(kSmallScript);
  REQUIRE(c.good);
  const roleplay::Scenario& s = c.good->scenario;
  const studio::ScenarioMap& map = c.good->map;
  CHECK(ids_where(s, map, &studio::MapNode::unreachable) == std::set<std::string>{"orphan"});
  CHECK(ids_where(s, map, &studio::MapNode::dead_end) == std::set<std::string>{"limbo"});
  CHECK(map.unreachable_count == 1);
  CHECK(map.dead_end_count == 1);
  CHECK(map.nodes[index_of(s, "limbo")].problem.find("can get stuck at 'limbo'") != std::string::npos);
  // The problems list names the same two places at their lines.
  std::string all;
  for (const auto& p : c.problems) all += p.to_string() + "\n";
  INFO(all);
  CHECK(all.find("line 75, column 5: no choice leads to the node 'orphan'") != std::string::npos);
  CHECK(all.find("can get stuck at 'limbo'") != std::string::npos);
}

TEST_CASE("a scenario with a cycle (an error the checker reports) still gets every node a place") {
  std::string text(kSmallScript);
  text.replace(text.find("  -> stalled\n* [direct-question weak]"), 12, "  -> open");
  const Compiled c = compile(text);
  REQUIRE(c.good);
  const roleplay::Scenario& s = c.good->scenario;
  CHECK(c.good->map.has_cycle);
  CHECK(c.good->map.nodes.size() == s.nodes.size());
  std::set<std::pair<int, int>> places;
  for (const studio::MapNode& n : c.good->map.nodes) CHECK(places.insert({n.column, n.row}).second);
}

TEST_CASE("the ideal path is the one the debrief shows as best") {
  const Compiled c = compile(kSmallScript);
  REQUIRE(c.good);
  const roleplay::Scenario& s = c.good->scenario;
  const studio::ScenarioMap& map = c.good->map;
  REQUIRE(map.ideal_ending);
  CHECK(s.nodes[*map.ideal_ending].id == "won");
  std::vector<std::size_t> path;
  for (const roleplay::PathStep& p : map.ideal_steps) path.push_back(p.choice);
  const auto run = roleplay::replay(s, path);
  REQUIRE(run);
  const auto debrief = roleplay::make_debrief(*run);
  REQUIRE(debrief);
  REQUIRE(debrief->ideal_path.size() == map.ideal_steps.size());
  for (std::size_t i = 0; i < map.ideal_steps.size(); ++i) {
    CHECK(debrief->ideal_path[i].node == map.ideal_steps[i].node);
    CHECK(debrief->ideal_path[i].choice == map.ideal_steps[i].choice);
  }
  CHECK(debrief->ideal_ending == map.ideal_ending);
  CHECK(ids_where(s, map, &studio::MapNode::on_ideal_path) == std::set<std::string>{"open", "probe", "close", "won"});
  const auto ideal_edges = std::count_if(map.edges.begin(), map.edges.end(),
                                         [](const studio::MapEdge& e) { return e.on_ideal_path; });
  CHECK(ideal_edges == 3);
}

TEST_CASE("path_to replays to the node: the ideal prefix, else a shortest playable path") {
  const Compiled c = compile(kSmallScript);
  REQUIRE(c.good);
  const roleplay::Scenario& s = c.good->scenario;
  CHECK(studio::path_to(s, index_of(s, "open")) == std::vector<std::size_t>{});
  CHECK(studio::path_to(s, index_of(s, "probe")) == std::vector<std::size_t>{0});
  CHECK(studio::path_to(s, index_of(s, "won")) == std::vector<std::size_t>{0, 0, 0});
  // Off the ideal path: `limbo` is reached by Clarify only while trust is under 50.
  const auto to_limbo = studio::path_to(s, index_of(s, "limbo"));
  CHECK(to_limbo == std::vector<std::size_t>{1});
  for (std::size_t n = 0; n < s.nodes.size(); ++n) {
    const auto path = studio::path_to(s, n);
    if (s.nodes[n].id == "orphan") {
      CHECK_FALSE(path);
      continue;
    }
    INFO(s.nodes[n].id);
    REQUIRE(path);
    const auto run = roleplay::replay(s, *path);
    REQUIRE(run);
    CHECK(run->node_index() == n);
  }
  CHECK_FALSE(studio::path_to(s, s.nodes.size()));
}

TEST_CASE("every shipped scenario compiles cleanly and maps: all nodes placed, the ideal path ends at an ending") {
  std::size_t scripts = 0;
  for (const char* pack : {"sales-rep", "manufacturing", "example"}) {
    const fs::path dir = fs::path(DEALDOJO_SOURCE_DIR) / "content" / pack / "roleplay-scripts";
    if (!fs::exists(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      ++scripts;
      const std::string file = entry.path().filename().string();
      INFO(pack << "/" << file);
      const Compiled c = compile(read_file(entry.path()), file);
      std::size_t errors = 0;
      for (const auto& p : c.problems) errors += p.is_error() ? 1u : 0u;
      CHECK(errors == 0);
      REQUIRE(c.good);
      const roleplay::Scenario& s = c.good->scenario;
      const studio::ScenarioMap& map = c.good->map;
      check_layout(s, map);
      CHECK(map.unreachable_count == 0);
      CHECK(map.dead_end_count == 0);
      REQUIRE(map.ideal_ending);
      CHECK(s.nodes[*map.ideal_ending].is_ending());
      CHECK(map.nodes[*map.ideal_ending].on_ideal_path);
      for (std::size_t n = 0; n < s.nodes.size(); ++n) {
        const auto path = studio::path_to(s, n);
        INFO(s.nodes[n].id);
        REQUIRE(path);
        const auto run = roleplay::replay(s, *path);
        REQUIRE(run);
        CHECK(run->node_index() == n);
      }
    }
  }
  CHECK(scripts >= 20);
}
