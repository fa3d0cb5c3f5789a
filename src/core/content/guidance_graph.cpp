// The graph checks of a playbook (guidance_graph.hpp). Searches are breadth-first
// and iterative, so a long chain of steps needs no deep recursion.
//
// [SECTION] searches
// [SECTION] loops without a wait (strongly connected parts)
// [SECTION] required steps (dominators)
// [SECTION] all checks
#include "core/content/guidance_graph.hpp"

#include <algorithm>
#include <utility>

namespace dealdojo::content::detail {
namespace {

using Adjacency = std::vector<std::vector<int>>;

std::size_t at(int node) { return static_cast<std::size_t>(node); }

// ---------------------------------------------------------------------------------
// [SECTION] searches

// Every node reached from `start` along `edges` (negative targets are ends).
std::vector<bool> reached_from(const Adjacency& edges, const std::vector<int>& starts) {
  std::vector<bool> seen(edges.size(), false);
  std::vector<int> queue;
  for (const int s : starts) {
    if (!seen[at(s)]) {
      seen[at(s)] = true;
      queue.push_back(s);
    }
  }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for (const int next : edges[at(queue[head])]) {
      if (next < 0 || seen[at(next)]) continue;
      seen[at(next)] = true;
      queue.push_back(next);
    }
  }
  return seen;
}

Adjacency reversed(const Adjacency& edges) {
  Adjacency back(edges.size());
  for (std::size_t from = 0; from < edges.size(); ++from) {
    for (const int to : edges[from]) {
      if (to >= 0) back[at(to)].push_back(static_cast<int>(from));
    }
  }
  return back;
}

// The steps from the first to one with an outcome "end", avoiding `avoided`; empty when there is none.
std::vector<int> path_to_end_avoiding(const Adjacency& next, int avoided) {
  if (avoided == 0 || next.empty()) return {};
  std::vector<int> parent(next.size(), -2);  // -2: not seen; -1: the first step
  std::vector<int> queue = {0};
  parent[0] = -1;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const int step = queue[head];
    for (const int to : next[at(step)]) {
      if (to == kToEnd) {
        std::vector<int> path;
        for (int s = step; s != -1; s = parent[at(s)]) path.push_back(s);
        std::reverse(path.begin(), path.end());
        return path;
      }
      if (to < 0 || to == avoided || parent[at(to)] != -2) continue;
      parent[at(to)] = step;
      queue.push_back(to);
    }
  }
  return {};
}

// ---------------------------------------------------------------------------------
// [SECTION] loops without a wait (strongly connected parts)

// Tarjan's strongly connected components of the nodes in `include`, iteratively.
// Returns each node's component number (-1 outside `include`).
std::vector<int> components(const Adjacency& edges, const std::vector<bool>& include) {
  const std::size_t n = edges.size();
  std::vector<int> order(n, -1), low(n, 0), component(n, -1), stack;
  std::vector<bool> on_stack(n, false);
  std::vector<std::pair<int, std::size_t>> frames;  // node, next edge to look at
  int counter = 0, count = 0;
  const auto enter = [&](int v) {
    order[at(v)] = low[at(v)] = counter++;
    stack.push_back(v);
    on_stack[at(v)] = true;
    frames.emplace_back(v, 0);
  };
  for (std::size_t s = 0; s < n; ++s) {
    if (!include[s] || order[s] != -1) continue;
    enter(static_cast<int>(s));
    while (!frames.empty()) {
      const int v = frames.back().first;
      const std::size_t edge = frames.back().second++;
      if (edge < edges[at(v)].size()) {
        const int w = edges[at(v)][edge];
        if (w < 0 || !include[at(w)]) continue;
        if (order[at(w)] == -1) {
          enter(w);
        } else if (on_stack[at(w)]) {
          low[at(v)] = std::min(low[at(v)], order[at(w)]);
        }
        continue;
      }
      frames.pop_back();
      if (!frames.empty()) low[at(frames.back().first)] = std::min(low[at(frames.back().first)], low[at(v)]);
      if (low[at(v)] != order[at(v)]) continue;
      int w = -1;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[at(w)] = false;
        component[at(w)] = count;
      } while (w != v);
      ++count;
    }
  }
  return component;
}

// A shortest cycle through `start` inside its component, as {start, ..., start};
// empty if none. `parent` is all -2 on entry and left so, so that the searches of
// all components together stay linear.
std::vector<int> cycle_through(const Adjacency& edges, const std::vector<int>& component, int start,
                               std::vector<int>& parent) {
  const int part = component[at(start)];
  std::vector<int> queue = {start};
  std::vector<int> cycle;
  parent[at(start)] = -1;
  for (std::size_t head = 0; head < queue.size() && cycle.empty(); ++head) {
    const int step = queue[head];
    for (const int to : edges[at(step)]) {
      if (to < 0 || component[at(to)] != part) continue;
      if (to == start) {
        cycle.push_back(start);
        for (int s = step; s != -1; s = parent[at(s)]) cycle.push_back(s);
        std::reverse(cycle.begin(), cycle.end());  // start, ..., step, start
        break;
      }
      if (parent[at(to)] != -2) continue;
      parent[at(to)] = step;
      queue.push_back(to);
    }
  }
  for (const int s : queue) parent[at(s)] = -2;
  return cycle;
}

// One cycle per component of the reachable steps that are not waits.
std::vector<std::vector<int>> loops_without_wait(const StepGraph& graph, const std::vector<bool>& reachable) {
  const std::size_t n = graph.next.size();
  std::vector<bool> include(n, false);
  for (std::size_t s = 0; s < n; ++s) include[s] = reachable[s] && !graph.wait[s];
  const std::vector<int> component = components(graph.next, include);
  std::vector<std::size_t> size(n, 0);
  for (const int c : component) {
    if (c >= 0) ++size[at(c)];
  }
  std::vector<bool> part_done(n, false);
  std::vector<int> parent(n, -2);
  std::vector<std::vector<int>> loops;
  for (std::size_t s = 0; s < n; ++s) {  // a component's earliest step comes first
    if (component[s] < 0 || part_done[at(component[s])]) continue;
    part_done[at(component[s])] = true;
    const int step = static_cast<int>(s);
    const bool self = std::find(graph.next[s].begin(), graph.next[s].end(), step) != graph.next[s].end();
    if (size[at(component[s])] == 1 && !self) continue;  // a lone step loops only through itself
    std::vector<int> cycle = cycle_through(graph.next, component, step, parent);
    if (!cycle.empty()) loops.push_back(std::move(cycle));
  }
  return loops;
}

// ---------------------------------------------------------------------------------
// [SECTION] required steps (dominators)

// Path compression of the Lengauer–Tarjan forest, without recursion.
struct Forest {
  std::vector<int> ancestor, label;
  const std::vector<int>& semi;

  int eval(int v) {
    if (ancestor[at(v)] == -1) return v;
    std::vector<int> chain;
    for (int x = v; ancestor[at(ancestor[at(x)])] != -1; x = ancestor[at(x)]) chain.push_back(x);
    while (!chain.empty()) {  // from the top of the chain down, as the recursive version returns
      const int y = chain.back();
      chain.pop_back();
      const int a = ancestor[at(y)];
      if (semi[at(label[at(a)])] < semi[at(label[at(y)])]) label[at(y)] = label[at(a)];
      ancestor[at(y)] = ancestor[at(a)];
    }
    return label[at(v)];
  }
};

// Dominators of the virtual node "end" (index n): the steps on every path from the
// first step to an outcome "end". Empty when no path reaches "end".
std::vector<bool> on_every_path_to_end(const Adjacency& next) {
  const std::size_t n = next.size();
  Adjacency with_end(n + 1);
  for (std::size_t s = 0; s < n; ++s) {
    for (const int to : next[s]) {
      if (to >= 0) with_end[s].push_back(to);
      if (to == kToEnd) with_end[s].push_back(static_cast<int>(n));
    }
  }
  const std::vector<int> idom = immediate_dominators(with_end, 0);
  std::vector<bool> on_path(n, false);
  if (idom[n] == -1) return {};
  for (int s = idom[n]; s != 0; s = idom[at(s)]) on_path[at(s)] = true;
  on_path[0] = true;
  return on_path;
}

}  // namespace

std::vector<int> immediate_dominators(const Adjacency& successors, int root) {
  const std::size_t n = successors.size();
  std::vector<int> number(n, -1), vertex, parent(n, -1), semi(n, -1), idom(n, -1);
  // Depth-first numbering, iteratively.
  std::vector<std::pair<int, std::size_t>> frames = {{root, 0}};
  number[at(root)] = 0;
  vertex.push_back(root);
  while (!frames.empty()) {
    const int v = frames.back().first;
    const std::size_t edge = frames.back().second++;
    if (edge >= successors[at(v)].size()) {
      frames.pop_back();
      continue;
    }
    const int w = successors[at(v)][edge];
    if (w < 0 || number[at(w)] != -1) continue;
    number[at(w)] = static_cast<int>(vertex.size());
    vertex.push_back(w);
    parent[at(w)] = v;
    frames.emplace_back(w, 0);
  }
  const Adjacency predecessors = reversed(successors);
  for (std::size_t v = 0; v < n; ++v) semi[v] = number[v];
  Forest forest{std::vector<int>(n, -1), std::vector<int>(n), semi};
  for (std::size_t v = 0; v < n; ++v) forest.label[v] = static_cast<int>(v);
  std::vector<std::vector<int>> bucket(n);
  for (std::size_t i = vertex.size() - 1; i >= 1; --i) {
    const int w = vertex[i];
    for (const int v : predecessors[at(w)]) {
      if (number[at(v)] == -1) continue;  // not reached from the root
      const int u = forest.eval(v);
      semi[at(w)] = std::min(semi[at(w)], semi[at(u)]);
    }
    bucket[at(vertex[at(semi[at(w)])])].push_back(w);
    const int p = parent[at(w)];
    forest.ancestor[at(w)] = p;
    for (const int v : bucket[at(p)]) {
      const int u = forest.eval(v);
      idom[at(v)] = semi[at(u)] < semi[at(v)] ? u : p;
    }
    bucket[at(p)].clear();
  }
  for (std::size_t i = 1; i < vertex.size(); ++i) {
    const int w = vertex[i];
    if (idom[at(w)] != vertex[at(semi[at(w)])]) idom[at(w)] = idom[at(idom[at(w)])];
  }
  idom[at(root)] = root;
  return idom;
}

// ---------------------------------------------------------------------------------
// [SECTION] all checks

GraphFindings check_step_graph(const StepGraph& graph, std::size_t max_bypasses) {
  GraphFindings found;
  const std::size_t n = graph.next.size();
  if (n == 0) return found;
  const std::vector<bool> reachable = reached_from(graph.next, {0});
  std::vector<int> ending;  // steps with an outcome that ends the playbook
  for (std::size_t s = 0; s < n; ++s) {
    if (std::any_of(graph.next[s].begin(), graph.next[s].end(), [](int to) { return to < 0; })) {
      ending.push_back(static_cast<int>(s));
    }
  }
  const std::vector<bool> can_end = reached_from(reversed(graph.next), ending);
  for (std::size_t s = 0; s < n; ++s) {
    if (!reachable[s]) {
      found.unreachable.push_back(static_cast<int>(s));
    } else if (!can_end[s]) {
      found.endless.push_back(static_cast<int>(s));
    }
  }
  found.loops = loops_without_wait(graph, reachable);
  const std::vector<bool> on_every_path = on_every_path_to_end(graph.next);
  if (on_every_path.empty()) return found;  // no path reaches "end": nothing to bypass
  for (std::size_t s = 0; s < n && found.bypassed.size() < max_bypasses; ++s) {
    if (!graph.required[s] || !reachable[s] || on_every_path[s]) continue;
    found.bypassed.push_back({static_cast<int>(s), path_to_end_avoiding(graph.next, static_cast<int>(s))});
  }
  return found;
}

}  // namespace dealdojo::content::detail
