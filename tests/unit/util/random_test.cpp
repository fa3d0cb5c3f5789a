#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>

#include "core/util/random.hpp"

using dealdojo::Rng;

TEST_CASE("Rng reproduces the published SplitMix64 sequence") {
  // Reference values for seed 1234567 from the SplitMix64 reference implementation.
  Rng rng(1234567);
  CHECK(rng.next() == 6457827717110365317ull);
  CHECK(rng.next() == 3203168211198807973ull);
  CHECK(rng.next() == 9817491932198370423ull);
}

TEST_CASE("below stays in range and reaches every value") {
  Rng rng(42);
  std::vector<int> hits(7, 0);
  for (int i = 0; i < 7000; ++i) {
    const auto v = rng.below(7);
    REQUIRE(v < 7);
    ++hits[static_cast<std::size_t>(v)];
  }
  for (int h : hits) CHECK(h > 800);  // each near 1000
}

TEST_CASE("unit is at least 0 and below 1") {
  Rng rng(9);
  for (int i = 0; i < 1000; ++i) {
    const double u = rng.unit();
    REQUIRE(u >= 0.0);
    REQUIRE(u < 1.0);
  }
}

TEST_CASE("shuffle is a permutation and depends on the seed") {
  std::vector<int> a(20), b(20);
  std::iota(a.begin(), a.end(), 0);
  std::iota(b.begin(), b.end(), 0);
  Rng(1).shuffle(a);
  Rng(2).shuffle(b);
  CHECK(a != b);
  std::vector<int> sorted = a;
  std::sort(sorted.begin(), sorted.end());
  std::vector<int> expected(20);
  std::iota(expected.begin(), expected.end(), 0);
  CHECK(sorted == expected);
  std::vector<int> again(20);
  std::iota(again.begin(), again.end(), 0);
  Rng(1).shuffle(again);
  CHECK(again == a);
}
