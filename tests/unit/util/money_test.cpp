#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "core/util/money.hpp"

using namespace dealdojo::util;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
Money cents(std::int64_t c) { return Money::from_cents(c); }
}  // namespace

TEST_CASE("money stores whole cents and converts units") {
  CHECK(Money::from_units(500000).cents() == 50'000'000);
  CHECK(cents(12345).whole_units() == 123);
  CHECK(cents(-150).whole_units() == -1);
  CHECK(Money::from_units(3).is_whole_units());
  CHECK_FALSE(cents(301).is_whole_units());
  CHECK(cents(1) < cents(2));
  CHECK(kMaxAmount == Money::from_units(1'000'000'000'000));
}

TEST_CASE("checked add and subtract report overflow instead of wrapping") {
  CHECK(checked_add(cents(150), cents(250)).value == cents(400));
  CHECK(checked_sub(cents(150), cents(250)).value == cents(-100));
  CHECK(checked_add(cents(kMax), cents(1)).error == MoneyError::Overflow);
  CHECK(checked_add(cents(kMin), cents(-1)).error == MoneyError::Overflow);
  CHECK(checked_sub(cents(kMin), cents(1)).error == MoneyError::Overflow);
  CHECK(checked_sub(cents(0), cents(kMin)).error == MoneyError::Overflow);
  CHECK(checked_negate(cents(kMin)).error == MoneyError::Overflow);
  CHECK(checked_add(cents(kMax), cents(0)).ok());
  CHECK(checked_sub(cents(-1), cents(kMax)).value == cents(kMin));
}

TEST_CASE("checked multiply reports overflow, including through INT64_MIN") {
  CHECK(checked_mul(cents(-250), 4).value == cents(-1000));
  CHECK(checked_mul(cents(kMax), 2).error == MoneyError::Overflow);
  CHECK(checked_mul(cents(kMin), -1).error == MoneyError::Overflow);
  CHECK(checked_mul(cents(kMin / 2), 2).value == cents(kMin));
  CHECK(checked_mul(cents(0), kMax).value == cents(0));
  CHECK(checked_from_units(kMax / 100).ok());
  CHECK(checked_from_units(kMax / 100 + 1).error == MoneyError::Overflow);
}

TEST_CASE("division rounds half-up to the cent, halves away from zero") {
  // 1,000,000 ÷ 3 = 333,333.333… -> .33 (below half: down)
  MoneyResult third = checked_div(Money::from_units(1'000'000), 3);
  CHECK(third.value == cents(33'333'333));
  CHECK(third.rounded);
  // 2 ÷ 3 cents = 0.666… -> 1 (above half: up)
  CHECK(checked_div(cents(2), 3).value == cents(1));
  // exactly half: 1 ÷ 2 cents -> 1, and -1 ÷ 2 -> -1 (symmetric)
  CHECK(checked_div(cents(1), 2).value == cents(1));
  CHECK(checked_div(cents(-1), 2).value == cents(-1));
  CHECK(checked_div(cents(1), -2).value == cents(-1));
  CHECK(checked_div(cents(-5), -2).value == cents(3));
  // exact: not rounded
  const MoneyResult exact = checked_div(Money::from_units(1'000'000), 2);
  CHECK(exact.value == Money::from_units(500'000));
  CHECK_FALSE(exact.rounded);
  CHECK(checked_div(cents(5), 0).error == MoneyError::DivisionByZero);
  CHECK(checked_div(cents(kMin), -1).error == MoneyError::Overflow);
  CHECK(checked_div(cents(kMin), 1).value == cents(kMin));
}

TEST_CASE("mul_div is exact before its one rounding") {
  // 1,000,000 × 12 ÷ 30 months = 400,000 exactly.
  CHECK(checked_mul_div(Money::from_units(1'000'000), 12, 30).value == Money::from_units(400'000));
  // 100 × 1 ÷ 3 = 33.33; computing ÷3 then ×1 would agree, but × 2 ÷ 3 must give 66.67, not 2 × 33.33.
  CHECK(checked_mul_div(Money::from_units(100), 2, 3).value == cents(6667));
  // half-up on the exact quotient: 5 cents × 1 ÷ 2 = 2.5 -> 3; negative -> -3
  CHECK(checked_mul_div(cents(5), 1, 2).value == cents(3));
  CHECK(checked_mul_div(cents(-5), 1, 2).value == cents(-3));
  CHECK(checked_mul_div(cents(5), -1, 2).value == cents(-3));
  // A large amount whose direct product would overflow int64 still works.
  const MoneyResult big = checked_mul_div(cents(kMax), 12, 12);
  CHECK(big.value == cents(kMax));
  CHECK_FALSE(big.rounded);
  CHECK(checked_mul_div(cents(kMax), 13, 12).error == MoneyError::Overflow);
  CHECK(checked_mul_div(cents(kMin), 1, 1).value == cents(kMin));
  CHECK(checked_mul_div(cents(1), 1, 0).error == MoneyError::DivisionByZero);
  CHECK(checked_mul_div(cents(kMax), std::numeric_limits<std::int32_t>::max(),
                        std::numeric_limits<std::int32_t>::max())
            .value == cents(kMax));
}

TEST_CASE("format_money groups thousands and shows cents only when needed") {
  CHECK(format_money(Money::from_units(500000)) == "500,000");
  CHECK(format_money(cents(123456789)) == "1,234,567.89");
  CHECK(format_money(cents(-50)) == "-0.50");
  CHECK(format_money(cents(5)) == "0.05");
  CHECK(format_money(Money{}) == "0");
  CHECK(format_money(Money::from_units(500000), CentsStyle::Always) == "500,000.00");
  CHECK(format_money(cents(kMin)) == "-92,233,720,368,547,758.08");
  CHECK(format_money_plain(cents(123456789)) == "1234567.89");
  CHECK(format_money_plain(cents(-7)) == "-0.07");
  CHECK(format_money_plain(Money::from_units(3)) == "3.00");
}

TEST_CASE("money error messages are plain words") {
  CHECK(std::string(money_error_message(MoneyError::Overflow)) == "the amount is too large to compute");
  CHECK(std::string(money_error_message(MoneyError::DivisionByZero)) == "division by zero");
}
