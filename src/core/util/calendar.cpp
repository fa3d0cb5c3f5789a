// Howard Hinnant's days_from_civil and civil_from_days (public-domain algorithms,
// "chrono-Compatible Low-Level Date Algorithms"). The year is shifted to start in
// March, so the leap day falls at the end of a year; an era is the 400-year cycle
// of 146,097 days that repeats the Gregorian calendar exactly.
#include "core/util/calendar.hpp"

namespace dealdojo::util {
namespace {

constexpr std::int64_t kDaysPerEra = 146'097;      // 400 years
constexpr std::int64_t kEpochFromEraStart = 719'468;  // 0000-03-01 to 1970-01-01

// Floor division by a positive divisor.
std::int64_t floor_div(std::int64_t value, std::int64_t divisor) {
  return (value >= 0 ? value : value - (divisor - 1)) / divisor;
}

}  // namespace

std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t year_of_era = y - era * 400;                       // 0–399
  const std::int64_t shifted_month = (month + 9) % 12;                  // March = 0
  const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1;  // 0–365
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPerEra + day_of_era - kEpochFromEraStart;
}

CivilDate civil_from_days(std::int64_t days) {
  const std::int64_t z = days + kEpochFromEraStart;
  const std::int64_t era = floor_div(z, kDaysPerEra);
  const std::int64_t day_of_era = z - era * kDaysPerEra;  // 0–146096
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36'524 - day_of_era / 146'096) / 365;  // 0–399
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;  // March = 0
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  return {static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

}  // namespace dealdojo::util
