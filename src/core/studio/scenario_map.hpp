#pragma once
// The map of a role-play scenario the trainer studio draws (like Twine's story map
// or H5P's branching-scenario view): every node placed in a column and a row, one
// edge per (choice, branch target), the ideal path and the nodes the checker
// finds wrong. Pure layout data; the Role-play tab draws it with ImGui's draw lists.
//
// Layout: a node's column is its depth, the longest path to it (from the start, or
// from a node nothing leads to), so every edge of an acyclic scenario goes left to
// right; rows order each column to keep crossings low (barycentre sweeps). The
// ideal path is the one the debrief shows as best (roleplay::find_ideal_path);
// unreachable nodes and dead ends come from the graph and from the checker's
// exploration of every conversation state (roleplay::check_scenario).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/roleplay/check.hpp"
#include "core/roleplay/scenario.hpp"

namespace dealdojo::studio {

struct MapNode {
  std::size_t node = 0;  // index in Scenario::nodes (MapNode i describes node i)
  int column = 0;
  int row = 0;           // 0-based within its column
  std::optional<roleplay::EndingKind> ending;
  std::optional<roleplay::Mood> mood;  // as written; none: it follows the numbers
  // No branch leads here from the start, or the conditions on the way never hold.
  bool unreachable = false;
  // Not an ending, yet the conversation can stop here (every choice can be withheld
  // by its condition) or no ending can be reached from here.
  bool dead_end = false;
  bool on_ideal_path = false;
  std::string problem;  // why it is marked, in plain words ("" when it is not)
};

struct MapEdge {
  std::size_t from = 0;    // node index
  std::size_t to = 0;      // node index
  std::size_t choice = 0;  // authored index in `from`
  std::size_t branch = 0;  // index in the choice's `next`
  roleplay::Grade grade = roleplay::Grade::Good;
  roleplay::Technique technique = roleplay::Technique::Connect;
  bool conditional = false;     // this branch is taken only when its `if` holds
  bool offered_if = false;      // the choice itself is offered only when its `if` holds
  bool on_ideal_path = false;
};

struct ScenarioMap {
  std::vector<MapNode> nodes;  // in the scenario's node order
  std::vector<MapEdge> edges;  // by node, choice, branch
  int columns = 0;
  std::vector<int> column_sizes;  // nodes per column
  // The ideal path as the debrief shows it: the choices in order and where it ends.
  std::vector<roleplay::PathStep> ideal_steps;
  std::optional<std::size_t> ideal_ending;
  bool has_cycle = false;  // the scenario has an error; some edges then go right to left
  std::size_t unreachable_count = 0;
  std::size_t dead_end_count = 0;
};

// `check` is check_scenario(scenario) when the caller has it already (the
// workbench does); otherwise it is run here.
ScenarioMap build_scenario_map(const roleplay::Scenario& scenario, const roleplay::ScenarioCheck* check = nullptr);

// The choices (authored indices, as roleplay::replay takes them) that bring a
// conversation from the start to `node`: the ideal path's prefix when the node is
// on it, else a shortest path whose conditions hold. nullopt when none does (or
// `node` is out of range).
std::optional<std::vector<std::size_t>> path_to(const roleplay::Scenario& scenario, std::size_t node);

}  // namespace dealdojo::studio
