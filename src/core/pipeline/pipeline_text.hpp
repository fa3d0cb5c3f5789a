#pragma once
// How the pipeline's numbers are written, in one place so the UI, the CLI and
// tests print them alike. Text uses ASCII plus × and ÷, like the deal calculators.
#include <cstdint>
#include <string>

#include "core/util/money.hpp"

namespace dealdojo::pipeline {

// A share as a percentage with at most one decimal: 0.25 -> "25%", 1/3 -> "33.3%".
std::string format_share(double share);
// Days with at most one decimal: "1 day", "60 days", "52.5 days".
std::string format_days(double days);
// A multiple with one decimal: 2.4 -> "2.4×", 3 -> "3.0×".
std::string format_multiple(double multiple);
// A plain decimal with at most `decimals` decimals, trailing zeros dropped: "0.3", "12".
std::string format_decimal(double value, int decimals);
// Whole currency units: 1234567 -> "1,234,567".
std::string format_units(std::int64_t units);
// Money rounded half-up to whole units (bookings are reported in whole units).
std::int64_t whole_units_rounded(util::Money amount);

}  // namespace dealdojo::pipeline
