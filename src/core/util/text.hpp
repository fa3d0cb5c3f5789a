#pragma once
// Small text helpers shared by the UI, the CLI and tests, so all print alike.
#include <cstdint>
#include <string>
#include <string_view>

namespace dealdojo::text {

// 1234567 -> "1,234,567"; -42 -> "-42".
std::string with_thousands(std::int64_t value);

// "1 question" / "2 questions".
std::string count_noun(std::int64_t count, std::string_view singular, std::string_view plural);

}  // namespace dealdojo::text
