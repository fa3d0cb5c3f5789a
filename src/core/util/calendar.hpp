#pragma once
// Day numbers and calendar dates: a day is a count of days from 1970-01-01 in the
// proleptic Gregorian calendar (negative before it), so differences and
// comparisons are integer arithmetic. The pipeline's dates and the progress
// file's time stamps both convert through here.
#include <cstdint>

namespace dealdojo::util {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1–12
  int day = 1;    // 1–31
};

// The day number of a calendar date. The caller checks that the month is 1–12
// and the day exists in it; the year may be any that fits.
std::int64_t days_from_civil(int year, int month, int day);
// The calendar date of a day number.
CivilDate civil_from_days(std::int64_t days);

}  // namespace dealdojo::util
