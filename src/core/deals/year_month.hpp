#pragma once
// A calendar month ("2026-03"): the grain of revenue recognition schedules.
#include <compare>
#include <string>

namespace dealdojo::deals {

struct YearMonth {
  int year = 2026;
  int month = 1;  // 1..12

  // Months since year 0, so differences and offsets are plain integer arithmetic.
  constexpr int serial() const { return year * 12 + (month - 1); }
  static constexpr YearMonth from_serial(int serial) { return {serial / 12, serial % 12 + 1}; }
  constexpr YearMonth plus_months(int months) const { return from_serial(serial() + months); }

  friend constexpr bool operator==(const YearMonth&, const YearMonth&) = default;
  friend constexpr auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

// Months from `from` to `to` (2026-01 -> 2026-03 is 2).
constexpr int months_between(YearMonth from, YearMonth to) { return to.serial() - from.serial(); }

// "2026-03"
std::string format_year_month(YearMonth ym);

}  // namespace dealdojo::deals
