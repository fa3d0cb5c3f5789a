#pragma once
// Money as a whole number of cents (minor units) in an int64. No floating point
// touches an amount: every operation is integer arithmetic, checked for overflow,
// and returns a result-or-error value instead of wrapping or throwing.
//
// Rounding rule (the one place it is decided): divisions round HALF-UP TO THE
// CENT, where "half-up" means halves round away from zero, so 0.005 -> 0.01 and
// -0.005 -> -0.01 (commercial rounding, symmetric for refunds and credits).
#include <compare>
#include <cstdint>
#include <string>

namespace dealdojo::util {

class Money {
 public:
  // Cents in one whole currency unit.
  static constexpr std::int64_t kCentsPerUnit = 100;

  constexpr Money() = default;
  static constexpr Money from_cents(std::int64_t cents) { return Money(cents); }
  // Whole units, for literals in code and tests (|units| ≤ INT64_MAX / 100; use
  // checked_from_units for untrusted values).
  static constexpr Money from_units(std::int64_t units) { return Money(units * kCentsPerUnit); }

  constexpr std::int64_t cents() const { return m_cents; }
  // The whole-unit part, truncated toward zero (-1.50 -> -1).
  constexpr std::int64_t whole_units() const { return m_cents / kCentsPerUnit; }
  constexpr bool is_whole_units() const { return m_cents % kCentsPerUnit == 0; }
  constexpr bool is_negative() const { return m_cents < 0; }
  constexpr bool is_zero() const { return m_cents == 0; }

  friend constexpr bool operator==(Money, Money) = default;
  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  explicit constexpr Money(std::int64_t cents) : m_cents(cents) {}
  std::int64_t m_cents = 0;
};

// The largest amount a user may enter: 1 trillion units. Anything above is a typo
// in a deal calculator, and the cap keeps every product below far from int64 overflow.
inline constexpr Money kMaxAmount = Money::from_units(1'000'000'000'000);

enum class MoneyError { None, Overflow, DivisionByZero };

// The outcome of one checked operation: the amount, or what stopped it. This is
// arithmetic, like an overflow flag, not a problem with anyone's input, so it is
// not a util::Result with diagnostics: a caller that takes input (a calculator)
// turns a failed MoneyResult into a field error on the input it came from.
struct MoneyResult {
  Money value;
  MoneyError error = MoneyError::None;
  bool rounded = false;  // a division had a remainder and was rounded half-up

  bool ok() const { return error == MoneyError::None; }
};

// "the amount is too large to compute" / "division by zero"
const char* money_error_message(MoneyError error);

MoneyResult checked_from_units(std::int64_t units);
MoneyResult checked_add(Money a, Money b);
MoneyResult checked_sub(Money a, Money b);
MoneyResult checked_negate(Money a);
MoneyResult checked_mul(Money a, std::int64_t factor);
// a ÷ divisor, rounded half-up to the cent.
MoneyResult checked_div(Money a, std::int64_t divisor);
// a × numerator ÷ denominator computed exactly, then rounded half-up to the cent
// once (so 1,000,000 × 12 ÷ 30 has no intermediate rounding). The int32 factors
// keep the exact intermediate inside 64 bits without a 128-bit type.
MoneyResult checked_mul_div(Money a, std::int32_t numerator, std::int32_t denominator);

enum class CentsStyle {
  WhenNeeded,  // "500,000" for whole units, "333,333.33" otherwise (working, prompts)
  Always,      // "500,000.00" (schedule tables, where columns must line up)
};

// "1,234,567.89", "-0.50", "500,000"; no currency symbol (the UI adds one if it wants).
std::string format_money(Money amount, CentsStyle style = CentsStyle::WhenNeeded);
// "1234567.89": no separators, always two decimals, for machine output.
std::string format_money_plain(Money amount);

}  // namespace dealdojo::util
