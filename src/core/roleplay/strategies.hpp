#pragma once
// Strategies that know nothing of selling, played through a scenario to measure
// whether its text gives the answers away: always the longest line, always the
// shortest, and uniformly random picks. A sound scenario passes none of the first
// two and few random runs. `dojo roleplay probe` prints these figures and the
// default pack's tests hold them.
#include <cstddef>
#include <cstdint>

#include "core/roleplay/scenario.hpp"
#include "core/roleplay/scoring.hpp"

namespace dealdojo::roleplay {

enum class LengthStrategy { Longest, Shortest };

// Plays the scenario picking, at every point, the offered line with the most (or
// fewest) characters; ties go to the first in authored order.
Score play_by_length(const Scenario& scenario, LengthStrategy strategy);

struct RandomPlay {
  std::size_t runs = 0;
  std::size_t passed = 0;
  double pass_rate() const { return runs == 0 ? 0.0 : static_cast<double>(passed) / static_cast<double>(runs); }
};

// `runs` conversations with uniformly random picks from a seeded generator.
RandomPlay play_randomly(const Scenario& scenario, std::size_t runs, std::uint64_t seed);

}  // namespace dealdojo::roleplay
