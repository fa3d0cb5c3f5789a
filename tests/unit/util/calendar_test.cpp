#include <doctest/doctest.h>

#include <cstdint>

#include "core/util/calendar.hpp"

using namespace dealdojo;

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

}  // namespace

TEST_CASE("days_from_civil counts from 1970-01-01") {
  CHECK(util::days_from_civil(1970, 1, 1) == 0);
  CHECK(util::days_from_civil(1969, 12, 31) == -1);
  CHECK(util::days_from_civil(2000, 2, 29) == 11'016);
  CHECK(util::days_from_civil(2026, 7, 1) == 20'635);
  CHECK(util::days_from_civil(1900, 3, 1) == -25'508);
  CHECK(util::days_from_civil(1600, 1, 1) == -135'140);
  CHECK(util::days_from_civil(1, 1, 1) == -719'162);
  CHECK(util::days_from_civil(9999, 12, 31) == 2'932'896);
}

TEST_CASE("civil_from_days gives the calendar date of a day") {
  const util::CivilDate leap = util::civil_from_days(11'016);
  CHECK(leap.year == 2000);
  CHECK(leap.month == 2);
  CHECK(leap.day == 29);
  const util::CivilDate before = util::civil_from_days(-1);
  CHECK(before.year == 1969);
  CHECK(before.month == 12);
  CHECK(before.day == 31);
}

TEST_CASE("every day from 1599 to 2401 round-trips, one after the other") {
  std::int64_t expected = util::days_from_civil(1599, 1, 1);
  int mismatches = 0;
  for (int year = 1599; year <= 2401; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= days_in_month(year, month); ++day) {
        const util::CivilDate c = util::civil_from_days(expected);
        if (util::days_from_civil(year, month, day) != expected || c.year != year || c.month != month || c.day != day) {
          ++mismatches;
        }
        ++expected;
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(expected == util::days_from_civil(2402, 1, 1));
}
