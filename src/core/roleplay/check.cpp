// [SECTION] graph  [SECTION] ideal path  [SECTION] exploration  [SECTION] node rules  [SECTION] entry
#include "core/roleplay/check.hpp"

#include <algorithm>
#include <unordered_set>

#include "core/roleplay/cue_checks.hpp"
#include "core/roleplay/scoring.hpp"
#include "core/roleplay/state.hpp"
#include "core/roleplay/state_key.hpp"

namespace dealdojo::roleplay {
namespace {

using content::DiagnosticSink;

// ---------------------------------------------------------------------------------
// [SECTION] graph

std::vector<std::size_t> targets_of(const Node& node) {
  std::vector<std::size_t> out;
  for (const Choice& c : node.choices) {
    for (const Branch& b : c.next) out.push_back(b.target);
  }
  return out;
}

// A cycle as node ids ("a → b → a"), or empty. Depth-first with colours.
std::vector<std::size_t> find_cycle(const Scenario& s) {
  enum Colour : std::uint8_t { White, Grey, Black };
  std::vector<Colour> colour(s.nodes.size(), White);
  std::vector<std::size_t> stack;
  std::vector<std::size_t> cycle;
  const auto visit = [&](auto&& self, std::size_t n) -> bool {
    colour[n] = Grey;
    stack.push_back(n);
    for (std::size_t t : targets_of(s.nodes[n])) {
      if (colour[t] == Grey) {
        cycle.assign(std::find(stack.begin(), stack.end(), t), stack.end());
        cycle.push_back(t);
        return true;
      }
      if (colour[t] == White && self(self, t)) return true;
    }
    stack.pop_back();
    colour[n] = Black;
    return false;
  };
  for (std::size_t n = 0; n < s.nodes.size(); ++n) {
    if (colour[n] == White && visit(visit, n)) return cycle;
  }
  return {};
}

std::vector<std::uint8_t> statically_reachable(const Scenario& s) {
  std::vector<std::uint8_t> seen(s.nodes.size(), 0);
  std::vector<std::size_t> queue = {s.start};
  seen[s.start] = 1;
  while (!queue.empty()) {
    const std::size_t n = queue.back();
    queue.pop_back();
    for (std::size_t t : targets_of(s.nodes[n])) {
      if (!seen[t]) {
        seen[t] = 1;
        queue.push_back(t);
      }
    }
  }
  return seen;
}

std::string describe_path(const Scenario& s, const std::vector<PathStep>& path) {
  if (path.empty()) return "at the start";
  std::string out;
  for (const PathStep& p : path) {
    out += (out.empty() ? "" : ", ") + s.nodes[p.node].id + ": choice " + std::to_string(p.choice + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] ideal path

struct IdealSearch {
  const Scenario& s;
  std::optional<IdealPath> best;
  std::size_t paths = 0;
  std::optional<std::vector<PathStep>> below_best_example;  // a best-only path to a lesser ending
  std::vector<PathStep> path;
  std::vector<TakenStep> steps;
  std::size_t expansions = 0;
  bool complete = true;

  void run(const ConversationState& state) {
    // Bounded both by finished paths and by work, so a wide graph of dead ends
    // cannot make the search exponential.
    if (paths >= kMaxIdealPaths || ++expansions > kMaxIdealExpansions) {
      complete = false;
      return;
    }
    const Node& node = s.nodes[state.node];
    if (node.is_ending()) {
      ++paths;
      const int score = score_run(s, steps, state.node).total;
      if (!best || score > best->score) best = IdealPath{path, state.node, score};
      if (*node.ending != s.best_ending() && !below_best_example) below_best_example = path;
      return;
    }
    for (std::size_t i : offered_choices(s, state)) {
      if (node.choices[i].grade != Grade::Best) continue;
      ConversationState next = state;
      path.push_back({state.node, i});
      steps.push_back({state.node, i, state.values});
      take_choice(s, next, i);
      run(next);
      path.pop_back();
      steps.pop_back();
    }
  }
};

// ---------------------------------------------------------------------------------
// [SECTION] exploration

struct Exploration {
  std::vector<std::uint8_t> reached;                  // by node
  std::vector<std::vector<std::uint8_t>> offered;     // by node, by choice
  std::vector<std::vector<std::vector<std::uint8_t>>> taken;  // by node, choice, branch
  std::vector<std::optional<std::vector<PathStep>>> stuck;    // by node: a path that gets stuck there
  std::vector<EndingKind> endings;
  std::size_t states = 0;
  bool complete = true;
};

Exploration explore(const Scenario& s) {
  Exploration e;
  e.reached.assign(s.nodes.size(), 0);
  e.stuck.resize(s.nodes.size());
  for (const Node& n : s.nodes) {
    e.offered.emplace_back(n.choices.size(), 0);
    std::vector<std::vector<std::uint8_t>> branches;
    for (const Choice& c : n.choices) branches.emplace_back(c.next.size(), 0);
    e.taken.push_back(std::move(branches));
  }
  const Relevant relevant = relevant_parts(s);
  // Each record remembers how it was reached, to show a path in messages.
  struct Record {
    std::size_t parent;
    PathStep step;
  };
  constexpr std::size_t kRoot = static_cast<std::size_t>(-1);
  std::vector<Record> records;
  std::vector<std::pair<ConversationState, std::size_t>> stack;
  std::unordered_set<std::string> seen;
  const ConversationState start = start_state(s);
  seen.insert(state_key(start, relevant));
  stack.emplace_back(start, kRoot);
  const auto path_to = [&](std::size_t record) {
    std::vector<PathStep> path;
    for (std::size_t r = record; r != kRoot; r = records[r].parent) path.push_back(records[r].step);
    std::reverse(path.begin(), path.end());
    return path;
  };
  while (!stack.empty()) {
    auto [state, record] = std::move(stack.back());
    stack.pop_back();
    ++e.states;
    const Node& node = s.nodes[state.node];
    e.reached[state.node] = 1;
    if (node.is_ending()) {
      if (std::find(e.endings.begin(), e.endings.end(), *node.ending) == e.endings.end()) e.endings.push_back(*node.ending);
      continue;
    }
    const std::vector<std::size_t> offered = offered_choices(s, state);
    if (offered.empty() && !e.stuck[state.node]) e.stuck[state.node] = path_to(record);
    for (std::size_t i : offered) {
      e.offered[state.node][i] = 1;
      ConversationState next = state;
      const std::size_t branch = take_choice(s, next, i);
      e.taken[state.node][i][branch] = 1;
      if (!seen.insert(state_key(next, relevant)).second) continue;
      if (seen.size() > kMaxExploredStates) {
        e.complete = false;
        return e;
      }
      records.push_back({record, {state.node, i}});
      stack.emplace_back(std::move(next), records.size() - 1);
    }
  }
  std::sort(e.endings.begin(), e.endings.end(),
            [](EndingKind a, EndingKind b) { return ending_value(a) > ending_value(b); });
  return e;
}

// ---------------------------------------------------------------------------------
// [SECTION] node rules

void check_nodes(const Scenario& s, DiagnosticSink& sink) {
  bool any_lesser_ending = false;
  const EndingKind best = s.best_ending();
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    if (n.is_ending()) {
      any_lesser_ending = any_lesser_ending || *n.ending != best;
      continue;
    }
    if (n.choices.size() < kMinChoicesPerPoint) {
      sink.warning(s.file, s.node_pointer(i),
                   "a decision point needs at least " + std::to_string(kMinChoicesPerPoint) +
                       " choices; this one has " + std::to_string(n.choices.size()));
    }
    if (std::none_of(n.choices.begin(), n.choices.end(), [](const Choice& c) { return c.grade == Grade::Best; })) {
      sink.error(s.file, s.node_pointer(i), "no choice here is graded \"best\": mark the right move at this point");
    }
    for (std::size_t j = 0; j < n.choices.size(); ++j) {
      const Choice& c = n.choices[j];
      if (is_anti_pattern(c.technique) && c.grade == Grade::Best) {
        sink.error(s.file, s.choice_pointer(i, j) + "/grade",
                   std::string(technique_label(c.technique)) + " is an anti-pattern: it cannot be the best move");
      } else if (is_anti_pattern(c.technique) && c.grade == Grade::Good) {
        sink.warning(s.file, s.choice_pointer(i, j) + "/grade",
                     std::string(technique_label(c.technique)) + " is an anti-pattern graded \"good\": is that meant?");
      }
      for (std::size_t k = 0; k < j; ++k) {
        if (n.choices[k].say == c.say) {
          sink.warning(s.file, s.choice_pointer(i, j) + "/say",
                       "the same line as choice " + std::to_string(k + 1) + " at this point");
        }
      }
    }
  }
  if (ending_value(best) == 0) {
    sink.error(s.file, s.pointer + "/nodes", "no ending is better than \"lost\": add the ending a good conversation reaches");
  } else if (!any_lesser_ending) {
    sink.warning(s.file, s.pointer + "/nodes",
                 "every ending is \"" + std::string(ending_name(best)) + "\": let wrong choices cost something");
  }
}

void check_exploration(const Scenario& s, const Exploration& e, const std::vector<std::uint8_t>& statically,
                       DiagnosticSink& sink, ScenarioCheck& result) {
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    if (!statically[i]) {
      sink.error(s.file, s.node_pointer(i), "no choice leads to the node '" + n.id + "'");
      continue;
    }
    if (e.stuck[i]) {
      result.stuck_nodes.push_back(i);
      sink.error(s.file, s.node_pointer(i),
                 "the conversation can get stuck at '" + n.id + "': no choice's condition holds (for example after " +
                     describe_path(s, *e.stuck[i]) + ")");
    }
    if (!e.complete) continue;
    if (!e.reached[i]) {
      result.never_reached_nodes.push_back(i);
      sink.error(s.file, s.node_pointer(i),
                 "the conversation never reaches '" + n.id + "': the conditions on the way to it never hold");
      continue;
    }
    for (std::size_t j = 0; j < n.choices.size(); ++j) {
      if (!e.offered[i][j]) {
        sink.warning(s.file, s.choice_pointer(i, j) + "/if",
                     "this choice is never offered: its condition never holds when the conversation is here");
        continue;
      }
      const auto& branches = e.taken[i][j];
      for (std::size_t b = 0; b + 1 < branches.size(); ++b) {
        if (!branches[b]) {
          sink.warning(s.file, s.choice_pointer(i, j) + "/next/" + std::to_string(b),
                       "this branch is never taken: its condition never holds after this choice");
        }
      }
    }
  }
  if (!e.complete) {
    sink.warning(s.file, s.pointer,
                 "more than " + std::to_string(kMaxExploredStates) +
                     " distinct conversation states: not every path could be checked; simplify the conditions");
  }
}

void check_ideal(const Scenario& s, const IdealSearch& search, DiagnosticSink& sink) {
  if (!search.best) {
    sink.error(s.file, s.pointer,
               search.complete ? "following the best-graded choice at every point never reaches an ending"
                               : "too many paths of best-graded choices to search; give fewer choices the grade \"best\"");
    return;
  }
  const IdealPath& ideal = *search.best;
  const std::string path = describe_path(s, ideal.steps);
  if (ideal.score < 100) {
    std::vector<TakenStep> steps;
    ConversationState st = start_state(s);
    for (const PathStep& p : ideal.steps) {
      steps.push_back({p.node, p.choice, st.values});
      take_choice(s, st, p.choice);
    }
    const Score score = score_run(s, steps, ideal.ending);
    std::string reasons;
    for (const RubricLine& line : score.rubric) {
      if (line.points == line.max) continue;
      if (line.criteria.empty()) reasons += " " + line.label + ": " + line.detail;
      for (const Criterion& c : line.criteria) {
        if (c.status == CriterionStatus::Missed) reasons += " " + c.label + ": " + c.detail;
      }
    }
    sink.error(s.file, s.pointer,
               "the best achievable score is " + std::to_string(ideal.score) +
                   ", not 100: the best-graded choices (" + path + ") fall short." + reasons);
  }
  const std::size_t points = ideal.steps.size();
  if (points < kMinDecisionPoints || points > kMaxDecisionPoints) {
    sink.warning(s.file, s.pointer,
                 "the ideal path has " + std::to_string(points) + " decision points; aim for " +
                     std::to_string(kMinDecisionPoints) + " to " + std::to_string(kMaxDecisionPoints));
  }
  if (s.focus) {
    const bool used = std::any_of(ideal.steps.begin(), ideal.steps.end(), [&](const PathStep& p) {
      return s.nodes[p.node].choices[p.choice].technique == *s.focus;
    });
    if (!used) {
      sink.warning(s.file, s.pointer + "/focus",
                   "the scenario centres on " + std::string(technique_label(*s.focus)) +
                       " but its ideal path never uses it");
    }
  }
  if (search.below_best_example) {
    sink.warning(s.file, s.pointer,
                 "best-graded choices can still end below \"" + std::string(ending_name(s.best_ending())) +
                     "\" (" + describe_path(s, *search.below_best_example) + ")");
  }
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] entry

std::optional<IdealPath> find_ideal_path(const Scenario& scenario) {
  if (!find_cycle(scenario).empty()) return std::nullopt;  // the search would not end
  IdealSearch search{scenario, {}, 0, {}, {}, {}, 0, true};
  search.run(start_state(scenario));
  return search.best;
}

ScenarioCheck check_scenario(const Scenario& s) {
  ScenarioCheck result;
  DiagnosticSink sink;
  check_nodes(s, sink);
  const std::vector<std::size_t> cycle = find_cycle(s);
  if (!cycle.empty()) {
    std::string ids;
    for (std::size_t n : cycle) ids += (ids.empty() ? "" : " -> ") + s.nodes[n].id;
    sink.error(s.file, s.node_pointer(cycle.front()),
               "the conversation can go round in a circle (" + ids + "); a conversation only moves forward, so "
               "lead to a new node instead");
    result.diagnostics = sink.take();
    return result;
  }
  const Exploration e = explore(s);
  result.states_explored = e.states;
  result.explored_all = e.complete;
  result.reachable_endings = e.endings;
  check_exploration(s, e, statically_reachable(s), sink, result);
  IdealSearch search{s, {}, 0, {}, {}, {}, 0, true};
  search.run(start_state(s));
  check_ideal(s, search, sink);
  check_cues(s, search.best, sink);
  result.ideal = search.best;
  result.diagnostics = sink.take();
  return result;
}

}  // namespace dealdojo::roleplay
