#include "core/util/text.hpp"

namespace dealdojo::text {

std::string with_thousands(std::int64_t value) {
  const bool negative = value < 0;
  // Work on the unsigned magnitude so INT64_MIN does not overflow.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 + 1);
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (i % 3) == lead) out.push_back(',');
    out.push_back(digits[i]);
  }
  return negative ? "-" + out : out;
}

std::string count_noun(std::int64_t count, std::string_view singular, std::string_view plural) {
  return with_thousands(count) + " " + std::string(count == 1 ? singular : plural);
}

}  // namespace dealdojo::text
