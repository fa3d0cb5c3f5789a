#include <doctest/doctest.h>

#include <numeric>
#include <vector>

#include "core/exam/blueprint_split.hpp"

using dealdojo::exam::split_by_weight;

TEST_CASE("the real blueprint splits 60 questions as 13, 9, 22, 7, 4, 5") {
  const std::vector<int> weights{21, 15, 37, 12, 6, 9};
  CHECK(split_by_weight(60, weights) == std::vector<int>{13, 9, 22, 7, 4, 5});
}

TEST_CASE("a 100-question exam takes the weights as counts") {
  const std::vector<int> weights{21, 15, 37, 12, 6, 9};
  CHECK(split_by_weight(100, weights) == weights);
}

TEST_CASE("remainders go to the largest remainder, then the heavier domain, then the earlier") {
  CHECK(split_by_weight(7, std::vector<int>{1, 1}) == std::vector<int>{4, 3});
  CHECK(split_by_weight(1, std::vector<int>{30, 70}) == std::vector<int>{0, 1});
  CHECK(split_by_weight(10, std::vector<int>{1, 1, 1}) == std::vector<int>{4, 3, 3});
  CHECK(split_by_weight(20, std::vector<int>{21, 15, 37, 12, 6, 9}) == std::vector<int>{4, 3, 8, 2, 1, 2});
}

TEST_CASE("the split always sums to the total") {
  const std::vector<int> weights{21, 15, 37, 12, 6, 9};
  for (int total = 0; total <= 200; ++total) {
    const auto counts = split_by_weight(total, weights);
    CHECK(std::accumulate(counts.begin(), counts.end(), 0) == total);
  }
}
