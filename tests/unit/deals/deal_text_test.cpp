#include <doctest/doctest.h>

#include <string>

#include "core/deals/deal_text.hpp"

using namespace dealdojo::deals;
using dealdojo::util::CentsStyle;
using dealdojo::util::Money;
using dealdojo::util::format_money;
using dealdojo::util::format_money_plain;
using dealdojo::util::kMaxAmount;

namespace {
Money cents(std::int64_t c) { return Money::from_cents(c); }

// The parse error for `text`, or "" when it parsed.
std::string money_error(std::string_view text) { return parse_money(text).error; }
}  // namespace

TEST_CASE("parse_money accepts thousand separators, decimals, currency marks and spaces") {
  CHECK(parse_money("1,234,567.89").value == cents(123456789));
  CHECK(parse_money("1234567.89").value == cents(123456789));
  CHECK(parse_money("  500000  ").value == Money::from_units(500000));
  CHECK(parse_money("$1,000,000").value == Money::from_units(1000000));
  CHECK(parse_money("$ 1,000,000.00").value == Money::from_units(1000000));
  CHECK(parse_money("€99").value == Money::from_units(99));
  CHECK(parse_money("250 USD").value == Money::from_units(250));
  CHECK(parse_money("1.5").value == cents(150));
  CHECK(parse_money(".5").value == cents(50));
  CHECK(parse_money("0").value == Money{});
  CHECK(parse_money("-500").value == Money::from_units(-500));
  CHECK(parse_money("-$500").value == Money::from_units(-500));
  CHECK(parse_money("$-500").value == Money::from_units(-500));
  CHECK(parse_money("+12").value == Money::from_units(12));
  CHECK(parse_money("999").value == Money::from_units(999));
  CHECK(parse_money("1,000,000,000,000").value == kMaxAmount);
}

TEST_CASE("parse_money refuses non-numbers with a message that quotes the text") {
  CHECK(money_error("") == "Enter an amount, e.g. 1,250,000.");
  CHECK(money_error("   ") == "Enter an amount, e.g. 1,250,000.");
  CHECK(money_error("abc") == "'abc' is not an amount; use digits, e.g. 1,250,000 or 1250000.50.");
  CHECK(money_error("NaN").starts_with("'NaN' is not an amount"));
  CHECK(money_error("inf").starts_with("'inf' is not an amount"));
  CHECK(money_error("-").starts_with("'-' is not an amount"));
  CHECK(money_error("$").starts_with("'$' is not an amount"));
  CHECK(money_error("12abc").starts_with("'12abc' is not an amount"));
  CHECK(money_error("1e9") == "'1e9' uses scientific notation; write the number in full digits, e.g. "
                              "1,250,000 or 1250000.50.");
  CHECK(money_error("2.5E3").starts_with("'2.5E3' uses scientific notation"));
}

TEST_CASE("parse_money refuses misplaced separators and extra decimals") {
  CHECK(money_error("1.234") == "'1.234' has more than 2 decimal places; round it (thousands are written with "
                                "commas: 1,234).");
  CHECK(money_error("1,23").starts_with("'1,23' has separators in the wrong places"));
  CHECK(money_error("1,2345").starts_with("'1,2345' has separators in the wrong places"));
  CHECK(money_error(",123").starts_with("',123' has separators in the wrong places"));
  CHECK(money_error("1,,234").starts_with("'1,,234' has separators in the wrong places"));
  CHECK(money_error("1234,567").starts_with("'1234,567' has separators in the wrong places"));
  CHECK(money_error("1.234.567").starts_with("'1.234.567' has separators in the wrong places"));
  CHECK(money_error("1.").starts_with("'1.' ends with a decimal point"));
  CHECK(money_error("--5").starts_with("'--5' has two signs"));
  CHECK(money_error("-$-5").starts_with("'-$-5' has two signs"));
}

TEST_CASE("parse_money refuses absurd amounts without overflowing") {
  CHECK(money_error("1,000,000,000,000.01") ==
        "'1,000,000,000,000.01' is above the largest amount accepted (1,000,000,000,000).");
  CHECK(money_error("5000000000000").starts_with("'5000000000000' is above the largest amount"));
  CHECK(money_error("-5000000000000").starts_with("'-5000000000000' is above the largest amount"));
  CHECK(money_error("99999999999999999999999999999").starts_with("'99999999999999999999999999999' is far too large"));
  // A pasted essay is quoted only in part.
  const std::string long_text(500, 'x');
  CHECK(money_error(long_text).size() < 120);
}

TEST_CASE("format and parse round-trip") {
  for (std::int64_t c : {0LL, 1LL, 99LL, 100LL, 123456789LL, -4200LL, 100000000000000LL}) {
    CHECK(parse_money(format_money(cents(c))).value == cents(c));
    CHECK(parse_money(format_money(cents(c), CentsStyle::Always)).value == cents(c));
    CHECK(parse_money(format_money_plain(cents(c))).value == cents(c));
  }
}

TEST_CASE("parse_percent reads basis points") {
  CHECK(parse_percent("15").value == 1500);
  CHECK(parse_percent("12.5%").value == 1250);
  CHECK(parse_percent(" 12.25 % ").value == 1225);
  CHECK(parse_percent("0").value == 0);
  CHECK(parse_percent("-5").value == -500);
  CHECK(parse_percent("").error == "Enter a percentage, e.g. 15.");
  CHECK(parse_percent("%").error == "Enter a percentage, e.g. 15.");
  CHECK(parse_percent("fifteen").error == "'fifteen' is not a percentage; use digits, e.g. 15 or 12.5.");
  CHECK(parse_percent("12.345").error.starts_with("'12.345' has more than 2 decimal places"));
  CHECK(parse_percent("1e2").error.starts_with("'1e2' uses scientific notation"));
  CHECK(parse_percent("99999999").error == "'99999999' is far too large to be a percentage here.");
}

TEST_CASE("parse_months and parse_years_as_months") {
  CHECK(parse_months("30").value == 30);
  CHECK(parse_months("-3").value == -3);
  CHECK(parse_months("").error == "Enter the number of months, e.g. 24.");
  CHECK(parse_months("2.5").error == "'2.5' is not a whole number; use whole numbers, e.g. 24.");
  CHECK(parse_months("two").error == "'two' is not a number of months; use digits, e.g. 24.");
  CHECK(parse_months("99999999").error == "'99999999' is far too many months.");

  CHECK(parse_years_as_months("2").value == 24);
  CHECK(parse_years_as_months("2.5").value == 30);
  CHECK(parse_years_as_months("1.25").value == 15);
  CHECK(parse_years_as_months("0").value == 0);
  CHECK(parse_years_as_months("-1").value == -12);
  CHECK(parse_years_as_months("2.1").error ==
        "'2.1' years is not a whole number of months; enter the term in months instead.");
  CHECK(parse_years_as_months("").error == "Enter the number of years, e.g. 2.");
  CHECK(parse_years_as_months("NaN").error == "'NaN' is not a number of years; use digits, e.g. 2 or 2.5.");
  CHECK(parse_years_as_months("1e3").error.starts_with("'1e3' uses scientific notation"));
  CHECK(parse_years_as_months("1000000").error == "'1000000' is far too many years.");
}

TEST_CASE("parse_year_month") {
  CHECK(parse_year_month("2026-03").value == YearMonth{2026, 3});
  CHECK(parse_year_month("2026-3").value == YearMonth{2026, 3});
  CHECK(parse_year_month(" 2026/12 ").value == YearMonth{2026, 12});
  CHECK(parse_year_month("").error == "Enter a month as year-month, e.g. 2026-03.");
  CHECK(parse_year_month("March").error == "'March' is not a month; write year-month, e.g. 2026-03.");
  CHECK(parse_year_month("03-2026").error.starts_with("'03-2026' is not a month"));
  CHECK(parse_year_month("2026-123").error.starts_with("'2026-123' is not a month"));
  CHECK(parse_year_month("2026-13").error == "'2026-13': the month must be 1 to 12.");
  CHECK(parse_year_month("2026-00").error == "'2026-00': the month must be 1 to 12.");
  CHECK(parse_year_month("1800-01").error == "'1800-01': the year must be between 1900 and 2199.");
}

TEST_CASE("year-month arithmetic and formatting") {
  CHECK(months_between({2026, 1}, {2026, 3}) == 2);
  CHECK(months_between({2026, 11}, {2027, 2}) == 3);
  CHECK(YearMonth{2026, 3}.plus_months(11) == YearMonth{2027, 2});
  CHECK(YearMonth{2026, 1}.plus_months(-1) == YearMonth{2025, 12});
  CHECK(format_year_month({2026, 3}) == "2026-03");
  CHECK(format_year_month({2026, 11}) == "2026-11");
}

TEST_CASE("split_amount_list splits on semicolons when present, else commas") {
  CHECK(split_amount_list("100000,150000,200000").value == std::vector<std::string>{"100000", "150000", "200000"});
  CHECK(split_amount_list("100,000; 150,000 ;200,000").value ==
        std::vector<std::string>{"100,000", "150,000", "200,000"});
  CHECK(split_amount_list("5").value == std::vector<std::string>{"5"});
  CHECK(split_amount_list("100,000;").value == std::vector<std::string>{"100,000", ""});
  CHECK(split_amount_list("1,,2").value == std::vector<std::string>{"1", "", "2"});
}

TEST_CASE("split_amount_list refuses comma lists that read as thousand separators") {
  const std::string expected_tail = " is ambiguous: commas could be thousand separators. Separate the amounts with "
                                    "';' (100,000; 150,000) or write them without separators (100000,150000).";
  CHECK(split_amount_list("100,000,150,000").error == "'100,000,150,000'" + expected_tail);
  CHECK(split_amount_list("1,500,2,000").error == "'1,500,2,000'" + expected_tail);
  CHECK(split_amount_list("250,500").error == "'250,500'" + expected_tail);
  CHECK(split_amount_list("100,000").error == "'100,000'" + expected_tail);  // one year, or 100 and 0?
  CHECK(split_amount_list("2500,5000").ok());
}

TEST_CASE("format_percent, format_term and exact_years") {
  CHECK(format_percent(1500) == "15%");
  CHECK(format_percent(1250) == "12.5%");
  CHECK(format_percent(1225) == "12.25%");
  CHECK(format_percent(5) == "0.05%");
  CHECK(format_percent(-500) == "-5%");
  CHECK(format_term(24) == "2 years");
  CHECK(format_term(12) == "1 year");
  CHECK(format_term(30) == "30 months");
  CHECK(format_term(1) == "1 month");
  CHECK(format_term(0) == "0 months");
  CHECK(exact_years(24) == "2");
  CHECK(exact_years(30) == "2.5");
  CHECK(exact_years(27) == "2.25");
  CHECK(exact_years(3) == "0.25");
  CHECK_FALSE(exact_years(25).has_value());
}
