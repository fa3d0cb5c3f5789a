#include "core/exam/blueprint_split.hpp"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <numeric>

namespace dealdojo::exam {

std::vector<int> split_by_weight(int total, std::span<const int> weights) {
  const std::int64_t weight_sum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
  assert(total >= 0 && weight_sum > 0);
  std::vector<int> counts(weights.size(), 0);
  std::vector<std::int64_t> remainders(weights.size(), 0);
  int assigned = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    // Integer arithmetic: quota = total × weight ÷ sum, exactly.
    const std::int64_t scaled = std::int64_t{total} * weights[i];
    counts[i] = static_cast<int>(scaled / weight_sum);
    remainders[i] = scaled % weight_sum;
    assigned += counts[i];
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (remainders[a] != remainders[b]) return remainders[a] > remainders[b];
    return weights[a] > weights[b];
  });
  for (std::size_t k = 0; assigned < total && k < order.size(); ++k, ++assigned) {
    ++counts[order[k]];
  }
  return counts;
}

}  // namespace dealdojo::exam
