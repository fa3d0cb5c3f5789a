#pragma once
// Reading the numbers of a deal from what a person typed, and writing them back,
// in one place so the UI, the CLI and tests accept and print exactly the same.
//
// Every parser accepts surrounding whitespace and thousand separators (commas in
// groups of three: "1,234,567.89") and returns either a value or one plain-words
// message that quotes the text and shows a correct example. Nothing here throws,
// and no text ever becomes NaN: "NaN", "inf", "1e9" and "abc" are all refused.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/money.hpp"
#include "core/deals/year_month.hpp"

namespace dealdojo::deals {

template <typename T>
struct Parsed {
  T value{};
  std::string error;  // empty on success; else what is wrong, for the field's error line

  bool ok() const { return error.empty(); }
};

// An amount: "1,250,000", "1250000.5", "$ 1,250,000.00", "-500", "€99". At most two
// decimals (cents); magnitude at most kMaxAmount. The sign is kept: whether a
// negative amount makes sense is the calculator's call.
Parsed<util::Money> parse_money(std::string_view text);

// A percentage as basis points (hundredths of a percent): "15" -> 1500,
// "12.5%" -> 1250. At most two decimals. Range checks are the calculator's.
Parsed<int> parse_percent(std::string_view text);

// A whole number of months: "30", "-3". Range checks are the calculator's.
Parsed<int> parse_months(std::string_view text);

// Years as months without floating point: "2" -> 24, "2.5" -> 30, "1.25" -> 15.
// Refuses years that are not a whole number of months ("2.1" is 25.2 months).
Parsed<int> parse_years_as_months(std::string_view text);

// "2026-03" (also "2026-3", "2026/03"); years 1900..2199.
Parsed<YearMonth> parse_year_month(std::string_view text);

// Splits a typed list of amounts into items: on ';' when there is one (so
// "100,000; 150,000" keeps its thousand separators), otherwise on ','
// ("100000,150000,200000"). Items are trimmed; empty items are kept so the
// parser can point at them. Comma lists that read as thousand separators
// ("100,000,150,000", "1,500,2,000") are refused rather than guessed at.
Parsed<std::vector<std::string>> split_amount_list(std::string_view text);

// "15%", "12.5%", "12.25%", "-5%"
std::string format_percent(int basis_points);

// A term in years when it is a whole number of them ("2 years", "1 year"),
// otherwise in months ("30 months", "1 month").
std::string format_term(int months);

// The term as exact decimal years ("2", "2.5", "2.25") when months × 100 is a
// multiple of 12, else nullopt (25 months is 2.0833… years: no exact decimal).
std::optional<std::string> exact_years(int months);

}  // namespace dealdojo::deals
