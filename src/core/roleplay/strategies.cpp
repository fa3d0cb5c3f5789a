#include "core/roleplay/strategies.hpp"

#include <vector>

#include "core/content/text_checks.hpp"
#include "core/roleplay/state.hpp"
#include "core/util/random.hpp"

namespace dealdojo::roleplay {
namespace {

// Plays from the start with `pick` choosing among the offered choices (authored
// indices); scores the run where it ends (a stuck run scores as stalled).
template <typename Pick>
Score play(const Scenario& s, Pick&& pick) {
  ConversationState state = start_state(s);
  std::vector<TakenStep> steps;
  // A scenario's graph has no cycles, so a run has at most one step per node.
  for (std::size_t guard = 0; guard <= s.nodes.size(); ++guard) {
    if (s.nodes[state.node].is_ending()) return score_run(s, steps, state.node);
    const std::vector<std::size_t> offered = offered_choices(s, state);
    if (offered.empty()) break;
    const std::size_t choice = pick(state, offered);
    steps.push_back({state.node, choice, state.values});
    take_choice(s, state, choice);
  }
  return score_run(s, steps, std::nullopt);
}

}  // namespace

Score play_by_length(const Scenario& s, LengthStrategy strategy) {
  return play(s, [&](const ConversationState& state, const std::vector<std::size_t>& offered) {
    const Node& node = s.nodes[state.node];
    std::size_t chosen = offered.front();
    for (std::size_t i : offered) {
      const std::size_t length = content::utf8_length(node.choices[i].say);
      const std::size_t chosen_length = content::utf8_length(node.choices[chosen].say);
      if (strategy == LengthStrategy::Longest ? length > chosen_length : length < chosen_length) chosen = i;
    }
    return chosen;
  });
}

RandomPlay play_randomly(const Scenario& s, std::size_t runs, std::uint64_t seed) {
  Rng rng(seed);
  RandomPlay result;
  for (std::size_t r = 0; r < runs; ++r) {
    const Score score = play(s, [&](const ConversationState&, const std::vector<std::size_t>& offered) {
      return offered[static_cast<std::size_t>(rng.below(offered.size()))];
    });
    ++result.runs;
    if (score.passed) ++result.passed;
  }
  return result;
}

}  // namespace dealdojo::roleplay
