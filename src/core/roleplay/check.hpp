#pragma once
// Validating a scenario beyond its fields: the checks `dojo roleplay check`
// runs and content/FORMAT.md (section 7) lists.
//
// Errors: a cycle (a conversation only moves forward, so every path ends); a
// node no choice leads to, or that the conditions on the way never let the
// conversation reach; a point where the conversation can get stuck because no
// choice's condition holds; a decision point with no choice graded "best"; an
// anti-pattern graded "best"; no path of best-graded choices that reaches an
// ending, or one that does but scores less than 100 (with the reasons).
// Warnings (content guidance): fewer than 3 choices at a point; an ideal path
// with fewer than 5 or more than 12 decision points; choices never offered and
// branches never taken; no ending worse than the best; the scenario's focus
// technique not on its ideal path.
//
// Reachability is proven by exploring every distinct conversation state (node,
// plus whatever the conditions look at), up to kMaxExploredStates.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {

inline constexpr std::size_t kMaxExploredStates = 50000;
inline constexpr std::size_t kMaxIdealPaths = 20000;         // paths of best-graded choices considered
inline constexpr std::size_t kMaxIdealExpansions = 200000;   // steps taken while searching them
inline constexpr std::size_t kMinDecisionPoints = 5;
inline constexpr std::size_t kMaxDecisionPoints = 12;
inline constexpr std::size_t kMinChoicesPerPoint = 3;

struct PathStep {
  std::size_t node = 0;
  std::size_t choice = 0;  // authored index
};

struct IdealPath {
  std::vector<PathStep> steps;
  std::size_t ending = 0;  // node index
  int score = 0;           // 100 for a sound scenario
};

// Follows only best-graded choices from the start (in authored order) and
// returns the first path with the highest score; nullopt when none reaches an
// ending. Requires a scenario without cycles (check_scenario tests that first).
std::optional<IdealPath> find_ideal_path(const Scenario& scenario);

struct ScenarioCheck {
  std::vector<content::Diagnostic> diagnostics;  // errors first
  std::optional<IdealPath> ideal;
  std::size_t states_explored = 0;
  bool explored_all = true;  // false when the state limit was reached
  std::vector<EndingKind> reachable_endings;  // kinds some path reaches, best first
  // Node indices the exploration found, as its errors say them (for the studio's map):
  // where the conversation can get stuck, and where its conditions never let it go.
  std::vector<std::size_t> stuck_nodes;
  std::vector<std::size_t> never_reached_nodes;

  bool has_errors() const { return content::has_errors(diagnostics); }
};

ScenarioCheck check_scenario(const Scenario& scenario);

}  // namespace dealdojo::roleplay
