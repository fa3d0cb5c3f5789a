#include "core/deals/deal_text.hpp"

#include <array>
#include <cstdint>

#include "core/util/text.hpp"

namespace dealdojo::deals {

using util::Money;
using util::format_money;
using util::kMaxAmount;

std::string format_year_month(YearMonth ym) {
  std::string out = std::to_string(ym.year);
  out += '-';
  if (ym.month < 10) out += '0';
  out += std::to_string(ym.month);
  return out;
}

namespace {

// Anything longer is refused before arithmetic, so accumulation cannot overflow.
constexpr std::uint64_t kScanCap = 1'000'000'000'000'000u;  // 10^15

enum class ScanError { None, NotANumber, Scientific, Grouping, TooManyDecimals, DanglingPoint, TooLarge };

struct Decimal {
  std::uint64_t whole = 0;
  int hundredths = 0;  // the fraction scaled to two digits: ".5" -> 50
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// The user's text in quotes for a message, cut short (at a UTF-8 boundary) if long.
std::string quoted(std::string_view text) {
  constexpr std::size_t kMaxQuoted = 40;
  text = trim(text);
  if (text.size() <= kMaxQuoted) return "'" + std::string(text) + "'";
  std::size_t cut = kMaxQuoted;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u) --cut;
  return "'" + std::string(text.substr(0, cut)) + "...'";
}

// Removes a leading '-' or '+'; true for '-'.
bool take_sign(std::string_view& s, bool& had_sign) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    const bool negative = s.front() == '-';
    s.remove_prefix(1);
    had_sign = true;
    return negative;
  }
  return false;
}

constexpr std::array<std::string_view, 7> kCurrencyMarks = {"$", "€", "£", "¥", "USD", "EUR", "GBP"};

void strip_currency(std::string_view& s) {
  for (std::string_view mark : kCurrencyMarks) {
    if (s.starts_with(mark)) {
      s = trim(s.substr(mark.size()));
      return;
    }
    if (s.ends_with(mark)) {
      s = trim(s.substr(0, s.size() - mark.size()));
      return;
    }
  }
}

bool valid_grouping(std::string_view whole) {
  std::size_t group = 0;
  bool first = true;
  for (char c : whole) {
    if (c == ',') {
      if (group == 0 || group > 3 || (!first && group != 3)) return false;
      first = false;
      group = 0;
    } else {
      ++group;
    }
  }
  return group == 3 || (first && group > 0);
}

// Scans unsigned "digits[,ddd...][.dd]" with at most `max_decimals` decimals.
ScanError scan_decimal(std::string_view s, int max_decimals, Decimal& out) {
  const std::size_t e = s.find_first_of("eE");
  if (e != std::string_view::npos && e > 0 && (is_digit(s[e - 1]) || s[e - 1] == '.')) {
    return ScanError::Scientific;
  }
  const std::size_t point = s.find('.');
  std::string_view whole = s.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
  bool has_digit = false;
  for (char c : whole) {
    if (!is_digit(c) && c != ',') return ScanError::NotANumber;
    has_digit = has_digit || is_digit(c);
  }
  for (char c : fraction) {
    if (c == '.' || c == ',') return ScanError::Grouping;  // "1.234.567", European style
    if (!is_digit(c)) return ScanError::NotANumber;
  }
  if (!has_digit && fraction.empty()) return ScanError::NotANumber;
  if (whole.find(',') != std::string_view::npos && !valid_grouping(whole)) return ScanError::Grouping;
  if (point != std::string_view::npos && fraction.empty()) return ScanError::DanglingPoint;
  if (fraction.size() > static_cast<std::size_t>(max_decimals)) return ScanError::TooManyDecimals;
  out = {};
  for (char c : whole) {
    if (c == ',') continue;
    out.whole = out.whole * 10u + static_cast<unsigned>(c - '0');
    if (out.whole > kScanCap) return ScanError::TooLarge;
  }
  if (!fraction.empty()) out.hundredths = (fraction[0] - '0') * 10;
  if (fraction.size() > 1) out.hundredths += fraction[1] - '0';
  return ScanError::None;
}

// What each parser calls its value in messages, with a correct example.
struct Noun {
  std::string_view a_thing;  // "an amount"
  std::string_view example;  // "1,250,000 or 1250000.50"
  int max_decimals;
};

// Parses the sign and number in `s` (trimmed, non-empty), or a message for `original`.
template <typename T>
bool scan_signed(std::string_view s, std::string_view original, const Noun& noun, bool& negative,
                 Decimal& value, Parsed<T>& result) {
  bool had_sign = false;
  negative = take_sign(s, had_sign);
  const std::string q = quoted(original);
  switch (scan_decimal(trim(s), noun.max_decimals, value)) {
    case ScanError::None: return true;
    case ScanError::NotANumber:
      result.error = q + " is not " + std::string(noun.a_thing) + "; use digits, e.g. " + std::string(noun.example) + ".";
      break;
    case ScanError::Scientific:
      result.error = q + " uses scientific notation; write the number in full digits, e.g. " +
                     std::string(noun.example) + ".";
      break;
    case ScanError::Grouping:
      result.error = q + " has separators in the wrong places; use a comma between groups of three digits "
                         "and a point for decimals, e.g. 1,234,567.89.";
      break;
    case ScanError::DanglingPoint:
      result.error = q + " ends with a decimal point; add the decimals or remove the point.";
      break;
    case ScanError::TooManyDecimals:
      result.error = noun.max_decimals == 0
                         ? q + " is not a whole number; use whole numbers, e.g. " + std::string(noun.example) + "."
                         : q + " has more than " + std::to_string(noun.max_decimals) +
                               " decimal places; round it (thousands are written with commas: 1,234).";
      break;
    case ScanError::TooLarge:
      result.error = q + " is far too large to be " + std::string(noun.a_thing) + " here.";
      break;
  }
  return false;
}

constexpr Noun kAmount{"an amount", "1,250,000 or 1250000.50", 2};
constexpr Noun kPercent{"a percentage", "15 or 12.5", 2};
constexpr Noun kMonths{"a number of months", "24", 0};
constexpr Noun kYears{"a number of years", "2 or 2.5", 2};

}  // namespace

Parsed<Money> parse_money(std::string_view text) {
  Parsed<Money> result;
  std::string_view s = trim(text);
  if (s.empty()) {
    result.error = "Enter an amount, e.g. 1,250,000.";
    return result;
  }
  // The sign may stand before or after a currency mark: "-$500" and "$-500".
  bool had_sign = false;
  const bool sign_first = take_sign(s, had_sign);
  strip_currency(s);
  s = trim(s);
  if (had_sign && (s.starts_with('-') || s.starts_with('+'))) {  // "-$-5", "--5"
    result.error = quoted(text) + " has two signs; write it once, e.g. -500.";
    return result;
  }
  Decimal value;
  bool negative = false;
  if (!scan_signed(s, text, kAmount, negative, value, result)) return result;
  negative = negative || sign_first;
  // Whole units are at most 10^15 here, so the cent count fits easily in int64.
  const auto cents = static_cast<std::int64_t>(value.whole) * Money::kCentsPerUnit + value.hundredths;
  if (cents > kMaxAmount.cents()) {
    result.error = quoted(text) + " is above the largest amount accepted (" + format_money(kMaxAmount) + ").";
    return result;
  }
  result.value = Money::from_cents(negative ? -cents : cents);
  return result;
}

Parsed<int> parse_percent(std::string_view text) {
  Parsed<int> result;
  std::string_view s = trim(text);
  if (s.ends_with('%')) s = trim(s.substr(0, s.size() - 1));
  if (s.empty()) {
    result.error = "Enter a percentage, e.g. 15.";
    return result;
  }
  Decimal value;
  bool negative = false;
  if (!scan_signed(s, text, kPercent, negative, value, result)) return result;
  if (value.whole > 1'000'000u) {
    result.error = quoted(text) + " is far too large to be a percentage here.";
    return result;
  }
  const int basis_points = static_cast<int>(value.whole) * 100 + value.hundredths;
  result.value = negative ? -basis_points : basis_points;
  return result;
}

Parsed<int> parse_months(std::string_view text) {
  Parsed<int> result;
  const std::string_view s = trim(text);
  if (s.empty()) {
    result.error = "Enter the number of months, e.g. 24.";
    return result;
  }
  Decimal value;
  bool negative = false;
  if (!scan_signed(s, text, kMonths, negative, value, result)) return result;
  if (value.whole > 1'000'000u) {
    result.error = quoted(text) + " is far too many months.";
    return result;
  }
  const int months = static_cast<int>(value.whole);
  result.value = negative ? -months : months;
  return result;
}

Parsed<int> parse_years_as_months(std::string_view text) {
  Parsed<int> result;
  const std::string_view s = trim(text);
  if (s.empty()) {
    result.error = "Enter the number of years, e.g. 2.";
    return result;
  }
  Decimal value;
  bool negative = false;
  if (!scan_signed(s, text, kYears, negative, value, result)) return result;
  if (value.whole > 100'000u) {
    result.error = quoted(text) + " is far too many years.";
    return result;
  }
  // months = years × 12 = hundredths × 12 ÷ 100, which must be whole.
  const std::int64_t hundredths_x12 = (static_cast<std::int64_t>(value.whole) * 100 + value.hundredths) * 12;
  if (hundredths_x12 % 100 != 0) {
    result.error = quoted(text) + " years is not a whole number of months; enter the term in months instead.";
    return result;
  }
  const int months = static_cast<int>(hundredths_x12 / 100);
  result.value = negative ? -months : months;
  return result;
}

Parsed<YearMonth> parse_year_month(std::string_view text) {
  Parsed<YearMonth> result;
  const std::string_view s = trim(text);
  if (s.empty()) {
    result.error = "Enter a month as year-month, e.g. 2026-03.";
    return result;
  }
  const std::size_t dash = s.find_first_of("-/");
  const std::string_view year = s.substr(0, dash);
  const std::string_view month = dash == std::string_view::npos ? std::string_view{} : s.substr(dash + 1);
  auto all_digits = [](std::string_view part) {
    for (char c : part) {
      if (!is_digit(c)) return false;
    }
    return !part.empty();
  };
  if (year.size() != 4 || month.empty() || month.size() > 2 || !all_digits(year) || !all_digits(month)) {
    result.error = quoted(text) + " is not a month; write year-month, e.g. 2026-03.";
    return result;
  }
  YearMonth ym;
  ym.year = (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 + (year[3] - '0');
  ym.month = month.size() == 1 ? month[0] - '0' : (month[0] - '0') * 10 + (month[1] - '0');
  if (ym.year < 1900 || ym.year > 2199) {
    result.error = quoted(text) + ": the year must be between 1900 and 2199.";
  } else if (ym.month < 1 || ym.month > 12) {
    result.error = quoted(text) + ": the month must be 1 to 12.";
  } else {
    result.value = ym;
  }
  return result;
}

Parsed<std::vector<std::string>> split_amount_list(std::string_view text) {
  Parsed<std::vector<std::string>> result;
  const char separator = text.find(';') != std::string_view::npos ? ';' : ',';
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    result.value.emplace_back(
        trim(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (separator == ',' && result.value.size() > 1) {
    // "100,000,150,000" is one amount to the parser and two to the writer; a
    // "000" item ("1,500,2,000") can only be a thousands group. Either way, ask.
    bool looks_grouped = parse_money(text).ok();
    for (std::size_t i = 1; i < result.value.size() && !looks_grouped; ++i) {
      const std::string& item = result.value[i];
      looks_grouped = item.size() == 3 && item[0] == '0' && is_digit(item[1]) && is_digit(item[2]);
    }
    if (looks_grouped) {
      result.error = quoted(text) + " is ambiguous: commas could be thousand separators. Separate the amounts with "
                                    "';' (100,000; 150,000) or write them without separators (100000,150000).";
    }
  }
  return result;
}

std::string format_percent(int basis_points) {
  const bool negative = basis_points < 0;
  const long long magnitude = negative ? -static_cast<long long>(basis_points) : basis_points;
  std::string out = negative ? "-" : "";
  out += std::to_string(magnitude / 100);
  const auto fraction = static_cast<int>(magnitude % 100);
  if (fraction != 0) {
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) out += static_cast<char>('0' + fraction % 10);
  }
  return out + "%";
}

std::string format_term(int months) {
  if (months != 0 && months % 12 == 0) return text::count_noun(months / 12, "year", "years");
  return text::count_noun(months, "month", "months");
}

std::optional<std::string> exact_years(int months) {
  if (months % 3 != 0) return std::nullopt;
  const std::int64_t hundredths = static_cast<std::int64_t>(months) * 100 / 12;
  const std::int64_t magnitude = hundredths < 0 ? -hundredths : hundredths;
  std::string out = hundredths < 0 ? "-" : "";
  out += std::to_string(magnitude / 100);
  const std::int64_t fraction = magnitude % 100;
  if (fraction != 0) {
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) out += static_cast<char>('0' + fraction % 10);
  }
  return out;
}

}  // namespace dealdojo::deals
