// [SECTION] graph  [SECTION] columns  [SECTION] rows  [SECTION] marks  [SECTION] entry  [SECTION] path_to
#include "core/studio/scenario_map.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string_view>
#include <unordered_set>

#include "core/roleplay/state.hpp"
#include "core/roleplay/state_key.hpp"

namespace dealdojo::studio {
namespace {

namespace rp = roleplay;

// ---------------------------------------------------------------------------------
// [SECTION] graph

struct Graph {
  std::vector<std::vector<std::size_t>> out;  // distinct targets, in authored order
  std::vector<std::vector<std::size_t>> in;   // distinct sources
};

Graph graph_of(const rp::Scenario& s) {
  Graph g;
  g.out.resize(s.nodes.size());
  g.in.resize(s.nodes.size());
  for (std::size_t n = 0; n < s.nodes.size(); ++n) {
    for (const rp::Choice& c : s.nodes[n].choices) {
      for (const rp::Branch& b : c.next) {
        if (b.target >= s.nodes.size()) continue;
        if (std::find(g.out[n].begin(), g.out[n].end(), b.target) == g.out[n].end()) {
          g.out[n].push_back(b.target);
          g.in[b.target].push_back(n);
        }
      }
    }
  }
  return g;
}

// Nodes reached from `from` over `edges` (any branch, whatever its condition).
std::vector<std::uint8_t> reached_over(const std::vector<std::vector<std::size_t>>& edges,
                                       const std::vector<std::size_t>& from) {
  std::vector<std::uint8_t> seen(edges.size(), 0);
  std::vector<std::size_t> stack;
  for (std::size_t n : from) {
    if (n < edges.size() && !seen[n]) {
      seen[n] = 1;
      stack.push_back(n);
    }
  }
  while (!stack.empty()) {
    const std::size_t n = stack.back();
    stack.pop_back();
    for (std::size_t t : edges[n]) {
      if (!seen[t]) {
        seen[t] = 1;
        stack.push_back(t);
      }
    }
  }
  return seen;
}

// ---------------------------------------------------------------------------------
// [SECTION] columns
// Longest path in a topological order (Kahn). Nodes left on a cycle are placed one
// column after the furthest of their already placed sources, so every node gets a
// column even in a scenario the checker rejects.

std::vector<int> columns_of(const rp::Scenario& s, const Graph& g, bool& has_cycle) {
  const std::size_t count = s.nodes.size();
  std::vector<int> column(count, 0);
  std::vector<std::size_t> pending(count, 0);
  for (std::size_t n = 0; n < count; ++n) pending[n] = g.in[n].size();
  std::deque<std::size_t> ready;
  // The start first, so that it sits in column 0 whenever nothing leads to it.
  if (count > 0 && pending[s.start] == 0) ready.push_back(s.start);
  for (std::size_t n = 0; n < count; ++n) {
    if (pending[n] == 0 && n != s.start) ready.push_back(n);
  }
  std::vector<std::uint8_t> placed(count, 0);
  std::size_t placed_count = 0;
  const auto place = [&](std::size_t n) {
    placed[n] = 1;
    ++placed_count;
    for (std::size_t t : g.out[n]) {
      column[t] = std::max(column[t], column[n] + 1);
      if (pending[t] > 0 && --pending[t] == 0) ready.push_back(t);
    }
  };
  while (placed_count < count) {
    if (ready.empty()) {
      // A cycle: break it at the first node not placed yet.
      has_cycle = true;
      for (std::size_t n = 0; n < count; ++n) {
        if (!placed[n]) {
          pending[n] = 0;
          ready.push_back(n);
          break;
        }
      }
    }
    const std::size_t n = ready.front();
    ready.pop_front();
    if (!placed[n]) place(n);
  }
  return column;
}

// ---------------------------------------------------------------------------------
// [SECTION] rows
// Start from the order a breadth-first walk from the start meets the nodes (authored
// choice order), then sweep right and left placing each node at the mean row of its
// neighbours in the columns before (or after) it.

std::vector<std::vector<std::size_t>> initial_columns(const rp::Scenario& s, const Graph& g,
                                                      const std::vector<int>& column, int columns) {
  std::vector<std::vector<std::size_t>> by_column(static_cast<std::size_t>(columns));
  std::vector<std::uint8_t> seen(s.nodes.size(), 0);
  std::deque<std::size_t> queue;
  const auto visit = [&](std::size_t n) {
    if (seen[n]) return;
    seen[n] = 1;
    by_column[static_cast<std::size_t>(column[n])].push_back(n);
    queue.push_back(n);
  };
  if (!s.nodes.empty()) visit(s.start);
  for (std::size_t root = 0; root <= s.nodes.size(); ++root) {
    while (!queue.empty()) {
      const std::size_t n = queue.front();
      queue.pop_front();
      for (std::size_t t : g.out[n]) visit(t);
    }
    if (root < s.nodes.size()) visit(root);  // what the start does not reach, in node order
  }
  return by_column;
}

// A node's position is its row less half its column's height, so that a node of a
// short column lines up with the middle of a tall one.
void place_centred(const std::vector<std::size_t>& col, std::vector<double>& position) {
  const double middle = (static_cast<double>(col.size()) - 1.0) / 2.0;
  for (std::size_t i = 0; i < col.size(); ++i) position[col[i]] = static_cast<double>(i) - middle;
}

void sweep(std::vector<std::vector<std::size_t>>& by_column, const std::vector<std::vector<std::size_t>>& neighbours,
           std::vector<double>& position, bool rightwards) {
  const std::size_t count = by_column.size();
  for (std::size_t step = 1; step < count; ++step) {
    std::vector<std::size_t>& col = by_column[rightwards ? step : count - 1 - step];
    std::vector<std::pair<double, std::size_t>> keyed;
    for (std::size_t n : col) {
      double sum = 0;
      std::size_t k = 0;
      for (std::size_t m : neighbours[n]) {
        sum += position[m];
        ++k;
      }
      keyed.emplace_back(k == 0 ? position[n] : sum / static_cast<double>(k), n);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i) col[i] = keyed[i].second;
    place_centred(col, position);
  }
}

std::vector<int> rows_of(const rp::Scenario& s, const Graph& g, const std::vector<int>& column, int columns,
                         std::vector<int>& column_sizes) {
  std::vector<std::vector<std::size_t>> by_column = initial_columns(s, g, column, columns);
  std::vector<double> position(s.nodes.size(), 0.0);
  for (const auto& col : by_column) place_centred(col, position);
  constexpr int kSweeps = 2;
  for (int i = 0; i < kSweeps; ++i) {
    sweep(by_column, g.in, position, true);
    sweep(by_column, g.out, position, false);
  }
  std::vector<int> row(s.nodes.size(), 0);
  column_sizes.clear();
  for (const auto& col : by_column) {
    for (std::size_t i = 0; i < col.size(); ++i) row[col[i]] = static_cast<int>(i);
    column_sizes.push_back(static_cast<int>(col.size()));
  }
  return row;
}

// ---------------------------------------------------------------------------------
// [SECTION] marks
// The checker's exploration names the nodes where the conversation can get stuck
// and those its conditions never let it reach: the map marks exactly what
// `dojo roleplay check` reports, with the checker's own message.

void mark_problems(const rp::Scenario& s, const Graph& g, const rp::ScenarioCheck& check, ScenarioMap& map) {
  const std::vector<std::uint8_t> from_start = reached_over(g.out, {s.start});
  std::vector<std::size_t> endings;
  for (std::size_t n = 0; n < s.nodes.size(); ++n) {
    if (s.nodes[n].is_ending()) endings.push_back(n);
  }
  const std::vector<std::uint8_t> reaches_ending = reached_over(g.in, endings);
  for (std::size_t n = 0; n < s.nodes.size(); ++n) {
    MapNode& node = map.nodes[n];
    if (!from_start[n]) {
      node.unreachable = true;
      node.problem = "no choice leads here from the start";
    }
    if (!s.nodes[n].is_ending() && !reaches_ending[n]) {
      node.dead_end = true;
      node.problem = "no ending can be reached from here";
    }
  }
  const auto message_at = [&](std::size_t n, std::string_view opening) {
    for (const content::Diagnostic& d : check.diagnostics) {
      if (d.pointer == s.node_pointer(n) && d.message.starts_with(opening)) return d.message;
    }
    return std::string(opening);
  };
  for (std::size_t n : check.stuck_nodes) {
    map.nodes[n].dead_end = true;
    map.nodes[n].problem = message_at(n, "the conversation can get stuck at");
  }
  for (std::size_t n : check.never_reached_nodes) {
    map.nodes[n].unreachable = true;
    map.nodes[n].problem = message_at(n, "the conversation never reaches");
  }
  for (const MapNode& node : map.nodes) {
    map.unreachable_count += node.unreachable ? 1 : 0;
    map.dead_end_count += node.dead_end ? 1 : 0;
  }
}

void mark_ideal(const rp::Scenario& s, ScenarioMap& map) {
  const std::optional<rp::IdealPath> ideal = rp::find_ideal_path(s);  // what the debrief shows
  if (!ideal) return;
  map.ideal_steps = ideal->steps;
  map.ideal_ending = ideal->ending;
  map.nodes[ideal->ending].on_ideal_path = true;
  for (std::size_t i = 0; i < ideal->steps.size(); ++i) {
    const rp::PathStep& step = ideal->steps[i];
    map.nodes[step.node].on_ideal_path = true;
    const std::size_t next = i + 1 < ideal->steps.size() ? ideal->steps[i + 1].node : ideal->ending;
    for (MapEdge& e : map.edges) {
      if (e.from == step.node && e.choice == step.choice && e.to == next) e.on_ideal_path = true;
    }
  }
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] entry

ScenarioMap build_scenario_map(const rp::Scenario& s, const rp::ScenarioCheck* check) {
  ScenarioMap map;
  if (s.nodes.empty()) return map;
  const Graph g = graph_of(s);
  const std::vector<int> column = columns_of(s, g, map.has_cycle);
  map.columns = column.empty() ? 0 : *std::max_element(column.begin(), column.end()) + 1;
  const std::vector<int> row = rows_of(s, g, column, map.columns, map.column_sizes);
  for (std::size_t n = 0; n < s.nodes.size(); ++n) {
    const rp::Node& node = s.nodes[n];
    MapNode m;
    m.node = n;
    m.column = column[n];
    m.row = row[n];
    m.ending = node.ending;
    m.mood = node.mood;
    map.nodes.push_back(std::move(m));
    for (std::size_t c = 0; c < node.choices.size(); ++c) {
      const rp::Choice& choice = node.choices[c];
      for (std::size_t b = 0; b < choice.next.size(); ++b) {
        if (choice.next[b].target >= s.nodes.size()) continue;
        map.edges.push_back({n, choice.next[b].target, c, b, choice.grade, choice.technique,
                             choice.next[b].condition.has_value(), choice.condition.has_value(), false});
      }
    }
  }
  if (check) {
    mark_problems(s, g, *check, map);
  } else {
    const rp::ScenarioCheck own = rp::check_scenario(s);
    mark_problems(s, g, own, map);
  }
  mark_ideal(s, map);
  return map;
}

// ---------------------------------------------------------------------------------
// [SECTION] path_to

std::optional<std::vector<std::size_t>> path_to(const rp::Scenario& s, std::size_t node) {
  if (node >= s.nodes.size()) return std::nullopt;
  if (node == s.start) return std::vector<std::size_t>{};
  if (const auto ideal = rp::find_ideal_path(s)) {
    std::vector<std::size_t> prefix;
    for (const rp::PathStep& step : ideal->steps) {
      if (step.node == node) return prefix;
      prefix.push_back(step.choice);
    }
    if (ideal->ending == node) return prefix;
  }
  // Breadth first over conversation states (what the conditions look at), so the
  // path found is a shortest one whose conditions hold as it is played.
  const rp::Relevant relevant = rp::relevant_parts(s);
  struct Record {
    std::size_t parent;
    std::size_t choice;
  };
  constexpr std::size_t kRoot = static_cast<std::size_t>(-1);
  std::vector<Record> records;
  std::deque<std::pair<rp::ConversationState, std::size_t>> queue;
  std::unordered_set<std::string> seen;
  const rp::ConversationState start = rp::start_state(s);
  seen.insert(rp::state_key(start, relevant));
  queue.emplace_back(start, kRoot);
  while (!queue.empty()) {
    auto [state, record] = std::move(queue.front());
    queue.pop_front();
    if (state.node == node) {
      std::vector<std::size_t> path;
      for (std::size_t r = record; r != kRoot; r = records[r].parent) path.push_back(records[r].choice);
      std::reverse(path.begin(), path.end());
      return path;
    }
    if (s.nodes[state.node].is_ending()) continue;
    for (std::size_t i : rp::offered_choices(s, state)) {
      rp::ConversationState next = state;
      rp::take_choice(s, next, i);
      if (next.node == state.node) continue;  // no branch held: not a move
      if (!seen.insert(rp::state_key(next, relevant)).second) continue;
      if (seen.size() > rp::kMaxExploredStates) return std::nullopt;
      records.push_back({record, i});
      queue.emplace_back(std::move(next), records.size() - 1);
    }
  }
  return std::nullopt;
}

}  // namespace dealdojo::studio
