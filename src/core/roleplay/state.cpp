#include "core/roleplay/state.hpp"

#include <algorithm>

namespace dealdojo::roleplay {

namespace {

void enter(const Scenario& scenario, ConversationState& state, std::size_t node) {
  state.node = node;
  state.visited[node] = 1;
  state.mood = scenario.nodes[node].mood.value_or(mood_for(state.values[kTrust], state.values[kResistance]));
}

}  // namespace

ConversationState start_state(const Scenario& scenario) {
  ConversationState state;
  for (const Variable& v : scenario.variables) state.values.push_back(v.initial);
  state.said.assign(scenario.choice_count, 0);
  state.visited.assign(scenario.nodes.size(), 0);
  enter(scenario, state, scenario.start);
  return state;
}

bool is_offered(const Choice& choice, const ConversationState& state) {
  return !choice.condition || choice.condition->evaluate(state.facts());
}

std::vector<std::size_t> offered_choices(const Scenario& scenario, const ConversationState& state) {
  std::vector<std::size_t> out;
  const Node& node = scenario.nodes[state.node];
  for (std::size_t i = 0; i < node.choices.size(); ++i) {
    if (is_offered(node.choices[i], state)) out.push_back(i);
  }
  return out;
}

std::size_t take_choice(const Scenario& scenario, ConversationState& state, std::size_t choice) {
  const Choice& c = scenario.nodes[state.node].choices[choice];
  state.said[c.key] = 1;
  state.used |= technique_bit(c.technique);
  for (const Effect& e : c.effects) {
    state.values[e.variable] = std::clamp(state.values[e.variable] + e.delta, kMinValue, kMaxValue);
  }
  for (std::size_t b = 0; b < c.next.size(); ++b) {
    const Branch& branch = c.next[b];
    if (!branch.condition || branch.condition->evaluate(state.facts())) {
      enter(scenario, state, branch.target);
      return b;
    }
  }
  // Unreachable for a scenario that was read without errors: its last branch has no condition.
  return c.next.size();
}

}  // namespace dealdojo::roleplay
