#pragma once
// Deterministic randomness, identical on every platform. The standard
// distributions differ between libstdc++ (native) and libc++ (WebAssembly), so
// the few transforms we need are written here.
#include <cstdint>
#include <utility>
#include <vector>

namespace dealdojo {

// SplitMix64 (Steele, Lea, Flood 2014): small, fast, passes BigCrush; plenty for
// shuffling exams and sampling simulations.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : m_state(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  // Uniform in [0, bound) without modulo bias (rejection sampling); bound > 0.
  std::uint64_t below(std::uint64_t bound) {
    const std::uint64_t limit = (~std::uint64_t{0}) - ((~std::uint64_t{0}) % bound);
    std::uint64_t value = next();
    while (value >= limit) value = next();
    return value % bound;
  }

  // Uniform in [0, 1) with 53 random bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // True with probability p, from one draw: never for p <= 0, always for p >= 1.
  bool chance(double p) { return unit() < p; }

  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) {
      const auto j = static_cast<std::size_t>(below(i));
      std::swap(items[i - 1], items[j]);
    }
  }

 private:
  std::uint64_t m_state;
};

// The seed of an independent stream `stream` of `seed` (one per simulated week,
// say), so that how much one stream draws never shifts what another draws.
inline std::uint64_t derive_seed(std::uint64_t seed, std::uint64_t stream) {
  return Rng(seed ^ (stream * 0xD1B54A32D192ED03ull)).next();
}

}  // namespace dealdojo
