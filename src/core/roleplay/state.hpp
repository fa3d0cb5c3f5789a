#pragma once
// Where a conversation stands: the current node, the buyer's mood, the
// variables, and what has been said, used and visited. The run (run.hpp) and
// the validator (check.hpp) both move through a scenario with these functions,
// so what the checker proves is what the learner gets.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {

struct ConversationState {
  std::size_t node = 0;
  Mood mood = Mood::Neutral;
  std::vector<int> values;            // by variable index, each within 0..100
  std::vector<std::uint8_t> said;     // by choice key: 1 once picked
  std::vector<std::uint8_t> visited;  // by node index: 1 once reached
  TechniqueMask used = 0;

  Facts facts() const { return Facts{values, said, visited, used}; }
};

// At the scenario's start node (which counts as visited).
ConversationState start_state(const Scenario& scenario);

bool is_offered(const Choice& choice, const ConversationState& state);
// The current node's choices whose condition holds, as indices in authored order.
std::vector<std::size_t> offered_choices(const Scenario& scenario, const ConversationState& state);

// Takes choice `choice` (an authored index) of the current node: records it as
// said and its technique as used, applies its effects (clamped to 0..100), then
// follows the first branch whose condition holds on the new values. Returns the
// index of that branch.
std::size_t take_choice(const Scenario& scenario, ConversationState& state, std::size_t choice);

}  // namespace dealdojo::roleplay
