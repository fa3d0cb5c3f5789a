#pragma once
// Small text helpers shared by the UI, the CLI and tests, so all print alike.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dealdojo::text {

// 1234567 -> "1,234,567"; -42 -> "-42".
std::string with_thousands(std::int64_t value);

// "1 question" / "2 questions".
std::string count_noun(std::int64_t count, std::string_view singular, std::string_view plural);

// Splits `text` into lines no wider than `width`, as measured by `measure`,
// breaking only at spaces and at '\n' (so "11,000" and "3.5%" are never split,
// as a break after any comma or full stop would). A word wider than a line on its
// own is cut where it must be. Spaces at a break are dropped.
std::vector<std::string_view> break_lines(std::string_view text, float width,
                                          const std::function<float(std::string_view)>& measure);

}  // namespace dealdojo::text
