#include <doctest/doctest.h>

#include "core/pipeline/date.hpp"

using namespace dealdojo::pipeline;

TEST_CASE("dates: the epoch, leap days and differences") {
  CHECK(make_date(1970, 1, 1).days == 0);
  CHECK(format_date(make_date(2026, 7, 1)) == "2026-07-01");
  CHECK(days_between(make_date(2026, 7, 1), make_date(2026, 9, 30)) == 91);  // Q3 has 92 days
  CHECK(days_between(make_date(2024, 2, 28), make_date(2024, 3, 1)) == 2);   // 2024 is a leap year
  CHECK(days_between(make_date(2100, 2, 28), make_date(2100, 3, 1)) == 1);   // 2100 is not
  CHECK(format_date(add_days(make_date(2026, 12, 31), 1)) == "2027-01-01");
}

TEST_CASE("dates: every day from 1900 to 2199 survives format and parse") {
  const Date first = make_date(1900, 1, 1);
  const Date last = make_date(2199, 12, 31);
  for (Date d = first; d <= last; d = add_days(d, 1)) {
    const auto again = parse_date(format_date(d));
    REQUIRE(again.has_value());
    REQUIRE(*again == d);
  }
}

TEST_CASE("dates: only real YYYY-MM-DD dates parse") {
  CHECK(parse_date("2026-02-29") == std::nullopt);  // not a leap year
  CHECK(parse_date("2028-02-29").has_value());
  CHECK(parse_date("2026-13-01") == std::nullopt);
  CHECK(parse_date("2026-04-31") == std::nullopt);
  CHECK(parse_date("2026-7-1") == std::nullopt);
  CHECK(parse_date("26-07-01") == std::nullopt);
  CHECK(parse_date("2026/07/01") == std::nullopt);
  CHECK(parse_date("1899-12-31") == std::nullopt);
  CHECK(parse_date("2200-01-01") == std::nullopt);
  CHECK(parse_date("") == std::nullopt);
  CHECK(parse_date("2026-07-01T00:00") == std::nullopt);
}

TEST_CASE("quarter_containing and monday_on_or_before find calendar boundaries") {
  const Period q = quarter_containing(make_date(2026, 8, 10));
  CHECK(format_date(q.start) == "2026-07-01");
  CHECK(format_date(q.end) == "2026-09-30");
  CHECK(format_date(quarter_containing(make_date(2026, 12, 31)).end) == "2026-12-31");
  CHECK(format_date(monday_on_or_before(make_date(2026, 7, 1))) == "2026-06-29");
  CHECK(format_date(monday_on_or_before(make_date(2026, 6, 29))) == "2026-06-29");
  CHECK(format_date(date_from_unix_ms(86'400'000LL * 3 + 5)) == "1970-01-04");
  CHECK(format_date(date_from_unix_ms(-1)) == "1969-12-31");
}
