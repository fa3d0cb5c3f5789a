#include "core/util/money.hpp"

#include <limits>

#include "core/util/text.hpp"

namespace dealdojo::util {

namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::uint64_t kUint64Max = std::numeric_limits<std::uint64_t>::max();
// |INT64_MIN|, the largest magnitude a negative int64 can hold.
constexpr std::uint64_t kNegativeLimit = static_cast<std::uint64_t>(kInt64Max) + 1u;

// Work on unsigned magnitudes so INT64_MIN never overflows on negation.
std::uint64_t magnitude(std::int64_t value) {
  return value < 0 ? 0u - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

MoneyResult success(std::int64_t cents, bool rounded = false) {
  return {Money::from_cents(cents), MoneyError::None, rounded};
}

MoneyResult failure(MoneyError error) { return {Money{}, error, false}; }

MoneyResult from_magnitude(std::uint64_t mag, bool negative, bool rounded) {
  if (negative) {
    if (mag > kNegativeLimit) return failure(MoneyError::Overflow);
    if (mag == kNegativeLimit) return success(kInt64Min, rounded);
    return success(-static_cast<std::int64_t>(mag), rounded);
  }
  if (mag > static_cast<std::uint64_t>(kInt64Max)) return failure(MoneyError::Overflow);
  return success(static_cast<std::int64_t>(mag), rounded);
}

// quotient + 1 when the remainder is at least half the divisor (half-up, on
// magnitudes, which is "away from zero" once the sign is put back).
bool rounds_up(std::uint64_t remainder, std::uint64_t divisor) {
  return remainder >= divisor - remainder;  // 2r ≥ d without overflowing 2r
}

}  // namespace

const char* money_error_message(MoneyError error) {
  switch (error) {
    case MoneyError::None: return "no error";
    case MoneyError::Overflow: return "the amount is too large to compute";
    case MoneyError::DivisionByZero: return "division by zero";
  }
  return "unknown error";
}

MoneyResult checked_from_units(std::int64_t units) {
  return checked_mul(Money::from_cents(units), Money::kCentsPerUnit);
}

MoneyResult checked_add(Money a, Money b) {
  const std::int64_t x = a.cents();
  const std::int64_t y = b.cents();
  if ((y > 0 && x > kInt64Max - y) || (y < 0 && x < kInt64Min - y)) return failure(MoneyError::Overflow);
  return success(x + y);
}

MoneyResult checked_sub(Money a, Money b) {
  const std::int64_t x = a.cents();
  const std::int64_t y = b.cents();
  if ((y < 0 && x > kInt64Max + y) || (y > 0 && x < kInt64Min + y)) return failure(MoneyError::Overflow);
  return success(x - y);
}

MoneyResult checked_negate(Money a) { return checked_sub(Money{}, a); }

MoneyResult checked_mul(Money a, std::int64_t factor) {
  const std::uint64_t x = magnitude(a.cents());
  const std::uint64_t y = magnitude(factor);
  if (x != 0 && y > kUint64Max / x) return failure(MoneyError::Overflow);
  return from_magnitude(x * y, (a.cents() < 0) != (factor < 0), false);
}

MoneyResult checked_div(Money a, std::int64_t divisor) {
  if (divisor == 0) return failure(MoneyError::DivisionByZero);
  const std::uint64_t x = magnitude(a.cents());
  const std::uint64_t d = magnitude(divisor);
  std::uint64_t quotient = x / d;
  const std::uint64_t remainder = x % d;
  if (remainder != 0 && rounds_up(remainder, d)) ++quotient;  // cannot wrap: x/d < 2^64 - 1 when d ≥ 2
  return from_magnitude(quotient, (a.cents() < 0) != (divisor < 0), remainder != 0);
}

MoneyResult checked_mul_div(Money a, std::int32_t numerator, std::int32_t denominator) {
  if (denominator == 0) return failure(MoneyError::DivisionByZero);
  const std::uint64_t x = magnitude(a.cents());
  const std::uint64_t n = magnitude(numerator);
  const std::uint64_t d = magnitude(denominator);
  // x·n/d = (x/d)·n + (x%d)·n/d exactly; (x%d)·n < 2^31·2^31 fits in 64 bits.
  const std::uint64_t whole = x / d;
  if (n != 0 && whole > kUint64Max / n) return failure(MoneyError::Overflow);
  const std::uint64_t high = whole * n;
  const std::uint64_t low_numerator = (x % d) * n;
  const std::uint64_t low = low_numerator / d;
  const std::uint64_t remainder = low_numerator % d;
  if (high > kUint64Max - low - 1u) return failure(MoneyError::Overflow);
  std::uint64_t quotient = high + low;
  if (remainder != 0 && rounds_up(remainder, d)) ++quotient;
  const bool negative = ((a.cents() < 0) != (numerator < 0)) != (denominator < 0);
  return from_magnitude(quotient, negative, remainder != 0);
}

std::string format_money(Money amount, CentsStyle style) {
  const std::uint64_t mag = magnitude(amount.cents());
  const auto units = static_cast<std::int64_t>(mag / 100u);  // ≤ 2^63 / 100: fits
  const auto cents = static_cast<unsigned>(mag % 100u);
  std::string out = amount.is_negative() ? "-" : "";
  out += text::with_thousands(units);
  if (cents != 0 || style == CentsStyle::Always) {
    out += '.';
    out += static_cast<char>('0' + cents / 10u);
    out += static_cast<char>('0' + cents % 10u);
  }
  return out;
}

std::string format_money_plain(Money amount) {
  const std::uint64_t mag = magnitude(amount.cents());
  const auto cents = static_cast<unsigned>(mag % 100u);
  std::string out = amount.is_negative() ? "-" : "";
  out += std::to_string(mag / 100u);
  out += '.';
  out += static_cast<char>('0' + cents / 10u);
  out += static_cast<char>('0' + cents % 10u);
  return out;
}

}  // namespace dealdojo::util
