// The two transforms the pipeline added beside dealdojo::Rng (core/util/random.hpp).
#include <doctest/doctest.h>

#include "core/util/random.hpp"

using dealdojo::Rng;

TEST_CASE("random: chance(p) is never for 0, always for 1, and about p otherwise") {
  Rng rng(5);
  int hits = 0;
  for (int i = 0; i < 10'000; ++i) {
    REQUIRE_FALSE(rng.chance(0.0));
    REQUIRE(rng.chance(1.0));
    hits += rng.chance(0.3) ? 1 : 0;
  }
  CHECK(hits > 2'800);  // 3,000 expected; the standard deviation is about 46
  CHECK(hits < 3'200);
}

TEST_CASE("random: derived seeds are reproducible and differ by stream") {
  CHECK(dealdojo::derive_seed(7, 3) == dealdojo::derive_seed(7, 3));
  CHECK(dealdojo::derive_seed(7, 3) != dealdojo::derive_seed(7, 4));
  CHECK(dealdojo::derive_seed(7, 3) != dealdojo::derive_seed(8, 3));
  CHECK(dealdojo::derive_seed(7, 0) != 7);
}
