// The playbook graph checks against brute force on many small random graphs, and
// the guidance limits on hostile packs (each refused with its exact message,
// before any work on the steps).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>

#include "content_test_support.hpp"
#include "core/content/guidance_graph.hpp"

using content_test::lines;
using content_test::load;
using content_test::valid_bundle;
using nlohmann::json;
using namespace dealdojo::content;
using namespace dealdojo::content::detail;

namespace {

// A small deterministic generator (std distributions differ between libraries).
struct Lcg {
  std::uint64_t state;
  int below(int n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(n));
  }
};

StepGraph random_graph(Lcg& rng, int max_steps) {
  const int n = 1 + rng.below(max_steps);
  StepGraph g;
  for (int s = 0; s < n; ++s) {
    std::vector<int> next;
    const int outcomes = 1 + rng.below(3);
    for (int o = 0; o < outcomes; ++o) {
      const int roll = rng.below(n + 2);
      next.push_back(roll < n ? roll : (roll == n ? kToEnd : kToOtherEnd));
    }
    g.next.push_back(next);
    g.wait.push_back(rng.below(4) == 0);
    g.automated.push_back(g.wait.back());
    g.required.push_back(true);
  }
  return g;
}

// Steps reached from the first, never entering `avoided`.
std::vector<bool> reach_avoiding(const StepGraph& g, int avoided) {
  std::vector<bool> seen(g.next.size(), false);
  if (avoided == 0) return seen;
  std::vector<int> stack = {0};
  seen[0] = true;
  while (!stack.empty()) {
    const int s = stack.back();
    stack.pop_back();
    for (const int t : g.next[static_cast<std::size_t>(s)]) {
      if (t < 0 || t == avoided || seen[static_cast<std::size_t>(t)]) continue;
      seen[static_cast<std::size_t>(t)] = true;
      stack.push_back(t);
    }
  }
  return seen;
}

bool has_edge(const StepGraph& g, int from, int to) {
  const auto& next = g.next[static_cast<std::size_t>(from)];
  return std::find(next.begin(), next.end(), to) != next.end();
}

// Some reached step has an outcome "end".
bool reaches_end(const StepGraph& g, const std::vector<bool>& reached) {
  for (std::size_t s = 0; s < g.next.size(); ++s) {
    if (reached[s] && has_edge(g, static_cast<int>(s), kToEnd)) return true;
  }
  return false;
}

// Some cycle among reachable non-wait steps: a non-wait step that can come back
// to itself through non-wait steps.
bool has_loop_without_wait(const StepGraph& g, const std::vector<bool>& reachable) {
  const std::size_t n = g.next.size();
  for (std::size_t start = 0; start < n; ++start) {
    if (!reachable[start] || g.wait[start]) continue;
    std::vector<bool> seen(n, false);
    std::vector<int> stack = {static_cast<int>(start)};
    while (!stack.empty()) {
      const int s = stack.back();
      stack.pop_back();
      for (const int t : g.next[static_cast<std::size_t>(s)]) {
        if (t < 0 || g.wait[static_cast<std::size_t>(t)]) continue;
        if (t == static_cast<int>(start)) return true;
        if (!seen[static_cast<std::size_t>(t)]) {
          seen[static_cast<std::size_t>(t)] = true;
          stack.push_back(t);
        }
      }
    }
  }
  return false;
}

}  // namespace

TEST_CASE("guidance graph: dominators of a diamond and a loop") {
  // 0 → 1, 0 → 2, 1 → 3, 2 → 3, 3 → 4, 4 → 3; 5 unreached.
  const std::vector<std::vector<int>> edges = {{1, 2}, {3}, {3}, {4}, {3}, {}};
  CHECK(immediate_dominators(edges, 0) == std::vector<int>{0, 0, 0, 0, 3, -1});
}

TEST_CASE("guidance graph: every finding agrees with brute force on random graphs") {
  Lcg rng{20240601};
  for (int round = 0; round < 3000; ++round) {
    const StepGraph g = random_graph(rng, round % 3 == 0 ? 40 : 9);  // small ones reach every shape
    CAPTURE(round);
    const GraphFindings found = check_step_graph(g, 1000);
    const std::size_t n = g.next.size();
    const std::vector<bool> reachable = reach_avoiding(g, -1);
    for (std::size_t s = 0; s < n; ++s) {
      const bool listed = std::count(found.unreachable.begin(), found.unreachable.end(), static_cast<int>(s)) > 0;
      CHECK(listed == !reachable[s]);
      // Endless: reachable, and no step it reaches (itself included) has an outcome to any end.
      bool can_end = false;
      std::vector<bool> from(n, false);
      std::vector<int> stack = {static_cast<int>(s)};
      from[s] = true;
      while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        for (const int t : g.next[static_cast<std::size_t>(x)]) {
          if (t < 0) can_end = true;
          if (t >= 0 && !from[static_cast<std::size_t>(t)]) {
            from[static_cast<std::size_t>(t)] = true;
            stack.push_back(t);
          }
        }
      }
      const bool endless = std::count(found.endless.begin(), found.endless.end(), static_cast<int>(s)) > 0;
      CHECK(endless == (reachable[s] && !can_end));
      // Bypassed: some path from the first step to "end" avoids it (every step is required here).
      const auto bypass = std::find_if(found.bypassed.begin(), found.bypassed.end(),
                                       [&](const GraphFindings::Bypass& b) { return b.step == static_cast<int>(s); });
      const bool avoidable = reachable[s] && reaches_end(g, reach_avoiding(g, static_cast<int>(s)));
      CHECK((bypass != found.bypassed.end()) == avoidable);
      if (bypass == found.bypassed.end()) continue;
      REQUIRE_FALSE(bypass->path.empty());
      CHECK(bypass->path.front() == 0);
      CHECK(has_edge(g, bypass->path.back(), kToEnd));
      for (std::size_t i = 0; i < bypass->path.size(); ++i) {
        CHECK(bypass->path[i] != static_cast<int>(s));
        if (i > 0) CHECK(has_edge(g, bypass->path[i - 1], bypass->path[i]));
      }
    }
    CHECK(found.loops.empty() == !has_loop_without_wait(g, reachable));
    for (const std::vector<int>& loop : found.loops) {
      REQUIRE(loop.size() >= 2);
      CHECK(loop.front() == loop.back());
      for (std::size_t i = 0; i < loop.size(); ++i) {
        CHECK_FALSE(g.wait[static_cast<std::size_t>(loop[i])]);
        if (i > 0) CHECK(has_edge(g, loop[i - 1], loop[i]));
      }
    }
  }
}

TEST_CASE("guidance graph: a long chain needs no deep recursion") {
  StepGraph g;
  const int n = 200000;
  for (int s = 0; s < n; ++s) {
    g.next.push_back({s + 1 < n ? s + 1 : kToEnd, s > 0 ? s - 1 : kToEnd});
    g.wait.push_back(s % 2 == 1);
    g.automated.push_back(g.wait.back());
    g.required.push_back(true);
  }
  const GraphFindings found = check_step_graph(g, 10);
  CHECK(found.unreachable.empty());
  CHECK(found.endless.empty());
  CHECK(found.loops.empty());
  // 0 ends at once, so every later step can be bypassed; only 10 paths are built.
  CHECK(found.bypassed.size() == 10);
}

// ---------------------------------------------------------------------------------
// Hostile packs

namespace {

json lead_playbook(const std::string& id, const std::string& lead, json steps) {
  return {{"id", id}, {"name", "P"}, {"lead", lead}, {"exit_criteria", {"Done"}}, {"steps", std::move(steps)}};
}

// A template of `count` action steps in a chain, the last ending it.
json chain_template(int count) {
  json steps = json::array();
  for (int i = 0; i < count; ++i) {
    const std::string next = i + 1 < count ? "s" + std::to_string(i + 1) : "end";
    steps.push_back({{"id", "s" + std::to_string(i)},
                     {"kind", "action"},
                     {"text", "Step"},
                     {"outcomes", {{{"name", "ok"}, {"next", next}, {"meets", {1}}}}}});
  }
  return {{"id", "chain"}, {"name", "Chain"}, {"steps", steps}};
}

// `uses` use steps of the chain template, one after another.
json uses_of_chain(int uses) {
  json steps = json::array();
  for (int i = 0; i < uses; ++i) {
    steps.push_back({{"id", "u" + std::to_string(i)},
                     {"use", "chain"},
                     {"next", i + 1 < uses ? "u" + std::to_string(i + 1) : "end"}});
  }
  return steps;
}

}  // namespace

TEST_CASE("guidance limits: 100,000 steps are refused before any is read") {
  json pack = valid_bundle();
  pack["guidance"] = {{"playbooks", {lead_playbook("big", "qualified", json::array())}}};
  json& steps = pack["guidance"]["playbooks"][0]["steps"];
  for (int i = 0; i < 100000; ++i) steps.push_back(json::object());
  Limits roomy;
  roomy.max_array_items = 200000;
  const LoadResult result = load(pack, roomy);
  CHECK(lines(result.diagnostics) == "error: test.json: /guidance/playbooks/0/steps: playbook has 100000 steps; at most 200\n");
}

TEST_CASE("guidance limits: playbooks and templates in a pack") {
  json pack = valid_bundle();
  json playbooks = json::array();
  for (int i = 0; i < 501; ++i) playbooks.push_back(json::object());
  pack["guidance"] = {{"playbooks", playbooks}};
  CHECK(lines(load(pack).diagnostics) == "error: test.json: /guidance/playbooks: the pack has 501 playbooks; at most 500\n");
  pack["guidance"] = {{"templates", json::array()}, {"playbooks", json::array()}};
  for (int i = 0; i < 201; ++i) pack["guidance"]["templates"].push_back(json::object());
  CHECK(lines(load(pack).diagnostics) == "error: test.json: /guidance/templates: the pack has 201 templates; at most 200\n");
}

TEST_CASE("guidance limits: steps once templates are expanded") {
  json pack = valid_bundle();
  pack["guidance"] = {{"templates", {chain_template(200)}},
                      {"playbooks", {lead_playbook("wide", "qualified", uses_of_chain(11))}}};
  CHECK(lines(load(pack).diagnostics) ==
        "error: test.json: /guidance/playbooks/0/steps: playbook has 2200 steps once its templates are expanded; at "
        "most 2000\n");

  // Ten playbooks of 2,000 steps fill the pack; the eleventh is one too many.
  json stages = json::array();
  for (int i = 0; i < 12; ++i) {
    stages.push_back({{"id", "s" + std::to_string(i)}, {"name", "S"}, {"probability", 50}, {"conversion", 0.5},
                      {"forecast_category", "pipeline"}, {"exit_criteria", {"Done"}}});
  }
  stages.back().erase("conversion");  // the last stage has no next one
  pack["pipeline_presets"] = {{{"id", "long"}, {"name", "Long"}, {"stages", stages}}};
  pack["guidance"]["playbooks"] = json::array();
  for (int i = 0; i < 11; ++i) {
    pack["guidance"]["playbooks"].push_back(
        {{"id", "p" + std::to_string(i)}, {"name", "P"}, {"preset", "long"}, {"stage", "s" + std::to_string(i)},
         {"steps", uses_of_chain(10)}});
  }
  CHECK(lines(load(pack).diagnostics) ==
        "error: test.json: /guidance/playbooks/10/steps: with this playbook the pack's playbooks have 22,000 steps once "
        "templates are expanded; at most 20,000\n");
  pack["guidance"]["playbooks"].erase(10);
  const LoadResult full = load(pack);
  CHECK(lines(full.diagnostics) == "");
  REQUIRE(full.pack);
  CHECK(full.pack->guidance.playbooks[9].steps.size() == 2000);
}
