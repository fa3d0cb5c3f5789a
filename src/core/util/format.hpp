#pragma once
// How times and percentages are written, in one place so the UI, the CLI and
// tests print them alike (money: deals/deal_text.hpp; pipeline figures:
// pipeline/pipeline_text.hpp; counts: util/text.hpp).
#include <cstdint>
#include <string>

namespace dealdojo::util {

// A countdown or a time taken, in whole seconds rounded up: "1:44:59" from an
// hour, "4:05" under one (minutes unpadded).
std::string format_duration(std::int64_t ms);

// A fraction 0–1 as a whole percentage, rounded half up: 0.734 -> "73%", 0.125 -> "13%".
std::string format_fraction_percent(double fraction);
// Percentage points 0–100 as a whole percentage, rounded half up: 73.5 -> "74%".
std::string format_points_percent(double points);
// One decimal place, rounded half away from zero, no locale: 20.83 -> "20.8", -0.05 -> "-0.1".
std::string format_one_decimal(double value);

}  // namespace dealdojo::util
