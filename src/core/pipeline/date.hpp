#pragma once
// Calendar days for the pipeline: a deal's created, stage-entered and close dates,
// a forecast period and the quarter that holds a day. A day is a count from
// 1970-01-01 (proleptic Gregorian), so differences and comparisons are integer
// arithmetic. Written as "2026-07-01".
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/calendar.hpp"

namespace dealdojo::pipeline {

struct Date {
  int days = 0;  // days since 1970-01-01

  friend constexpr bool operator==(Date, Date) = default;
  friend constexpr auto operator<=>(Date, Date) = default;
};

// Years accepted in files: anything outside is a typo, not a deal.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2199;

// The day of a valid calendar date (caller checks month 1–12 and the day).
Date make_date(int year, int month, int day);
using util::CivilDate;
CivilDate to_civil(Date date);

// "2026-07-01" exactly (four-digit year kMinYear–kMaxYear, two-digit month and
// day, a real day of that month); nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date date);  // "2026-07-01"

constexpr Date add_days(Date date, int days) { return Date{date.days + days}; }
constexpr int days_between(Date from, Date to) { return to.days - from.days; }

// Inclusive on both ends: a quarter is 2026-07-01 to 2026-09-30.
struct Period {
  Date start;
  Date end;

  bool contains(Date day) const { return start <= day && day <= end; }
  int days() const { return days_between(start, end) + 1; }
};

// The calendar day of a Unix time in milliseconds (UTC).
Date date_from_unix_ms(std::int64_t unix_ms);
// The calendar quarter that contains `day` (Jan–Mar, Apr–Jun, ...).
Period quarter_containing(Date day);
// The Monday on or before `day`.
Date monday_on_or_before(Date day);

}  // namespace dealdojo::pipeline
