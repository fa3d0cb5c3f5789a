#pragma once
// Telling conversation states apart for the checks that explore every path: two
// states with the same key have the same future, because only these parts of a
// state are ever read by a condition.
#include <cstddef>
#include <string>
#include <vector>

#include "core/roleplay/scenario.hpp"
#include "core/roleplay/state.hpp"

namespace dealdojo::roleplay {

// What the scenario's conditions look at.
struct Relevant {
  std::vector<std::size_t> variables, said, visited;
  TechniqueMask used = 0;
};

Relevant relevant_parts(const Scenario& s);

// The node plus the relevant parts, as bytes.
std::string state_key(const ConversationState& state, const Relevant& relevant);

}  // namespace dealdojo::roleplay
