#include "core/roleplay/state_key.hpp"

#include <algorithm>

namespace dealdojo::roleplay {

Relevant relevant_parts(const Scenario& s) {
  Relevant r;
  const auto add = [](std::vector<std::size_t>& list, std::size_t i) {
    if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
  };
  const auto scan = [&](const Condition& c) {
    for (const Condition::Term& t : c.terms()) {
      if (t.kind == Condition::Kind::Compare) add(r.variables, t.index);
      if (t.kind == Condition::Kind::Said) add(r.said, t.index);
      if (t.kind == Condition::Kind::Visited) add(r.visited, t.index);
      if (t.kind == Condition::Kind::Used) r.used |= t.mask;
    }
  };
  for (const Node& n : s.nodes) {
    for (const Choice& c : n.choices) {
      if (c.condition) scan(*c.condition);
      for (const Branch& b : c.next) {
        if (b.condition) scan(*b.condition);
      }
    }
  }
  return r;
}

std::string state_key(const ConversationState& st, const Relevant& r) {
  std::string key;
  key.push_back(static_cast<char>(st.node & 0xFF));
  key.push_back(static_cast<char>(st.node >> 8));
  for (std::size_t v : r.variables) key.push_back(static_cast<char>(st.values[v]));
  for (std::size_t c : r.said) key.push_back(static_cast<char>(st.said[c]));
  for (std::size_t n : r.visited) key.push_back(static_cast<char>(st.visited[n]));
  const TechniqueMask used = st.used & r.used;
  for (int shift = 0; shift < 64; shift += 8) key.push_back(static_cast<char>((used >> shift) & 0xFF));
  return key;
}

}  // namespace dealdojo::roleplay
