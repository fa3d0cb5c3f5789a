#pragma once
// Internal to the pack loader: the graph checks of a playbook's steps (templates
// expanded), on plain indices so that they can be tested on any graph. Every
// check is linear or near it in the steps and outcomes, whatever the graph: a
// hostile playbook gets no path enumeration.
#include <cstddef>
#include <vector>

namespace dealdojo::content::detail {

// Where an outcome leads: a step's index, or one of these.
inline constexpr int kToEnd = -1;        // "end": the playbook's work is done
inline constexpr int kToOtherEnd = -2;   // "retire" or "lost"

struct StepGraph {
  std::vector<std::vector<int>> next;  // per step, where each outcome leads
  std::vector<bool> wait;              // a wait step (the buyer gets time)
  std::vector<bool> automated;         // a wait or send step
  std::vector<bool> required;          // cannot be skipped
};

struct GraphFindings {
  std::vector<int> unreachable;  // steps no path from the first step reaches, in order
  std::vector<int> endless;      // reachable steps from which no path reaches any end
  // Cycles through no wait step, one per strongly connected part: the steps in
  // order, starting and ending with the part's earliest step ({2, 5, 2}).
  std::vector<std::vector<int>> loops;
  struct Bypass {
    int step = 0;           // a required step ...
    std::vector<int> path;  // ... that this path from the first step to "end" avoids
  };
  std::vector<Bypass> bypassed;
};

// Runs every check from step 0. At most `max_bypasses` bypass paths are built
// (each costs a search); the other findings are all listed.
GraphFindings check_step_graph(const StepGraph& graph, std::size_t max_bypasses);

// For each node, its immediate dominator from `root` (Lengauer–Tarjan): the root
// names itself, a node the root does not reach gets -1. Exposed for the tests.
std::vector<int> immediate_dominators(const std::vector<std::vector<int>>& successors, int root);

}  // namespace dealdojo::content::detail
