#include "core/pipeline/date.hpp"

#include <cstdio>

namespace dealdojo::pipeline {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool digits(std::string_view text, std::size_t from, std::size_t count, int& out) {
  out = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

Date make_date(int year, int month, int day) {
  return Date{static_cast<int>(util::days_from_civil(year, month, day))};
}

CivilDate to_civil(Date date) { return util::civil_from_days(date.days); }

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!digits(text, 0, 4, year) || !digits(text, 5, 2, month) || !digits(text, 8, 2, day)) return std::nullopt;
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return make_date(year, month, day);
}

std::string format_date(Date date) {
  const CivilDate c = to_civil(date);
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buffer;
}

Date date_from_unix_ms(std::int64_t unix_ms) {
  constexpr std::int64_t kMsPerDay = 86'400'000;
  std::int64_t days = unix_ms / kMsPerDay;
  if (unix_ms % kMsPerDay < 0) --days;  // floor for times before 1970
  return Date{static_cast<int>(days)};
}

Period quarter_containing(Date day) {
  const CivilDate c = to_civil(day);
  const int first_month = (c.month - 1) / 3 * 3 + 1;
  const Date start = make_date(c.year, first_month, 1);
  const Date next = first_month == 10 ? make_date(c.year + 1, 1, 1) : make_date(c.year, first_month + 3, 1);
  return {start, add_days(next, -1)};
}

Date monday_on_or_before(Date day) {
  const int weekday = ((day.days + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; Monday = 0
  return add_days(day, -weekday);
}

}  // namespace dealdojo::pipeline
