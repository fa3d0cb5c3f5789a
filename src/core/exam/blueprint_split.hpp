#pragma once
#include <span>
#include <vector>

namespace dealdojo::exam {

// Splits `total` questions across domains in proportion to `weights` with
// largest-remainder rounding: each domain gets the whole part of its quota, and
// the questions left over go to the largest remainders (ties: the heavier domain,
// then the earlier one). 60 by 21/15/37/12/6/9 gives 13/9/22/7/4/5.
// Weights must be non-negative with a positive sum; total must be non-negative.
std::vector<int> split_by_weight(int total, std::span<const int> weights);

}  // namespace dealdojo::exam
