#include <doctest/doctest.h>

#include <string>

#include "core/deals/contract_values.hpp"

using namespace dealdojo::deals;
using dealdojo::util::Money;
using dealdojo::util::kMaxAmount;

namespace {
Money units(std::int64_t u) { return Money::from_units(u); }
Money cents(std::int64_t c) { return Money::from_cents(c); }

template <typename Result>
std::string message_for(const Result& r, std::string_view field_name) {
  const dealdojo::content::Diagnostic* e = r.error_for(field_name);
  return e ? e->message : "";
}
}  // namespace

// ---- AOV -------------------------------------------------------------------

TEST_CASE("AOV: the guide's example, quote 1,000,000 over 2 years") {
  const AovResult r = calculate_aov(AovInput{units(1'000'000), 24});
  REQUIRE(r.ok());
  CHECK(r.values.aov == units(500'000));
  CHECK(r.working == std::vector<std::string>{"AOV = quote amount ÷ years", "AOV = 1,000,000 ÷ 2 years = 500,000"});
}

TEST_CASE("AOV: a partial year in months, exact and inexact decimal years") {
  const AovResult thirty = calculate_aov(AovInput{units(1'000'000), 30});
  REQUIRE(thirty.ok());
  CHECK(thirty.values.aov == units(400'000));
  CHECK(thirty.working.at(1) == "Term = 30 months ÷ 12 = 2.5 years");
  CHECK(thirty.working.at(2) == "AOV = 1,000,000 ÷ 2.5 years = 400,000");

  const AovResult twenty_five = calculate_aov(AovInput{units(1'000'000), 25});
  REQUIRE(twenty_five.ok());
  CHECK(twenty_five.values.aov == units(480'000));
  CHECK(twenty_five.working.back() == "AOV = 1,000,000 × 12 ÷ 25 months = 480,000");

  const AovResult one_month = calculate_aov(AovInput{units(1'000), 1});
  CHECK(one_month.values.aov == units(12'000));
}

TEST_CASE("AOV: rounding half-up to the cent is stated in the working") {
  const AovResult r = calculate_aov(AovInput{units(1'000'000), 36});
  REQUIRE(r.ok());
  CHECK(r.values.aov == cents(33'333'333));
  CHECK(r.working.back() == "AOV = 1,000,000 ÷ 3 years = 333,333.33 (rounded half-up to the cent)");
  // 0.02 over 3 years = 0.00666… -> 0.01 (above half: up)
  CHECK(calculate_aov(AovInput{cents(2), 36}).values.aov == cents(1));
  // exactly half a cent rounds up: 0.03 over 2 years = 0.015 -> 0.02
  CHECK(calculate_aov(AovInput{cents(3), 24}).values.aov == cents(2));
}

TEST_CASE("AOV: a zero quote is allowed and gives zero") {
  const AovResult r = calculate_aov(AovInput{Money{}, 12});
  REQUIRE(r.ok());
  CHECK(r.values.aov.is_zero());
}

TEST_CASE("AOV: each invalid input is reported on its field, all at once") {
  const AovResult r = calculate_aov(AovInput{units(-5), 0});
  CHECK_FALSE(r.ok());
  CHECK(r.errors.size() == 2);
  CHECK(message_for(r, field::kQuote) == "The quote amount cannot be negative.");
  CHECK(message_for(r, field::kTerm) == "The term must be at least 1 month.");
  CHECK(r.working.empty());

  CHECK(message_for(calculate_aov(AovInput{units(1), -24}), field::kTerm) ==
        "The term cannot be negative; enter the contract's length, e.g. 2 years.");
  CHECK(message_for(calculate_aov(AovInput{units(1), 241}), field::kTerm) ==
        "A term over 20 years (240 months) is not a realistic deal; check the number.");
  CHECK(calculate_aov(AovInput{units(1), 240}).ok());
  CHECK(message_for(calculate_aov(AovInput{cents(kMaxAmount.cents() + 1), 12}), field::kQuote) ==
        "The quote amount is beyond the largest amount accepted (1,000,000,000,000).");
}

TEST_CASE("AOV form: typed text with separators, years or months") {
  const AovResult years = calculate_aov(AovForm{"1,000,000", "2", TermUnit::Years});
  REQUIRE(years.ok());
  CHECK(years.values.aov == units(500'000));
  const AovResult decimal_years = calculate_aov(AovForm{"$1,000,000", "2.5", TermUnit::Years});
  REQUIRE(decimal_years.ok());
  CHECK(decimal_years.values.term_months == 30);
  const AovResult months = calculate_aov(AovForm{"1000000", "30", TermUnit::Months});
  REQUIRE(months.ok());
  CHECK(months.values.aov == units(400'000));
}

TEST_CASE("AOV form: non-numbers, zero and negative years all reported together") {
  const AovResult r = calculate_aov(AovForm{"abc", "0", TermUnit::Years});
  CHECK(r.errors.size() == 2);
  CHECK(message_for(r, field::kQuote) == "'abc' is not an amount; use digits, e.g. 1,250,000 or 1250000.50.");
  CHECK(message_for(r, field::kTerm) == "The term must be at least 1 month.");

  const AovResult empty = calculate_aov(AovForm{"", "", TermUnit::Years});
  CHECK(message_for(empty, field::kQuote) == "Enter an amount, e.g. 1,250,000.");
  CHECK(message_for(empty, field::kTerm) == "Enter the number of years, e.g. 2.");

  CHECK(message_for(calculate_aov(AovForm{"-1,000", "-2", TermUnit::Years}), field::kQuote) ==
        "The quote amount cannot be negative.");
  CHECK(message_for(calculate_aov(AovForm{"1000", "-2", TermUnit::Years}), field::kTerm) ==
        "The term cannot be negative; enter the contract's length, e.g. 2 years.");
  CHECK(message_for(calculate_aov(AovForm{"1000", "NaN", TermUnit::Years}), field::kTerm) ==
        "'NaN' is not a number of years; use digits, e.g. 2 or 2.5.");
  CHECK(message_for(calculate_aov(AovForm{"1e9", "2", TermUnit::Years}), field::kQuote)
            .starts_with("'1e9' uses scientific notation"));
  CHECK(message_for(calculate_aov(AovForm{"1000", "2.1", TermUnit::Years}), field::kTerm)
            .starts_with("'2.1' years is not a whole number of months"));
  CHECK(message_for(calculate_aov(AovForm{"1000", "1,000", TermUnit::Years}), field::kTerm)
            .starts_with("A term over 20 years"));
}

// ---- TCV -------------------------------------------------------------------

TEST_CASE("TCV: the guide's example, AOV 500,000 with a 2-year term") {
  const TcvResult r = calculate_tcv(TcvInput{units(500'000), 24});
  REQUIRE(r.ok());
  CHECK(r.values.tcv == units(1'000'000));
  CHECK(r.working == std::vector<std::string>{"TCV = AOV × years", "TCV = 500,000 × 2 years = 1,000,000"});
}

TEST_CASE("TCV: partial years and rounding") {
  CHECK(calculate_tcv(TcvInput{units(500'000), 30}).values.tcv == units(1'250'000));
  const TcvResult odd = calculate_tcv(TcvInput{units(500'000), 25});
  CHECK(odd.values.tcv == cents(104'166'667));  // 1,041,666.666… -> .67
  CHECK(odd.working.back() == "TCV = 500,000 × 25 months ÷ 12 = 1,041,666.67 (rounded half-up to the cent)");
  // the maximum AOV over the maximum term does not overflow
  const TcvResult biggest = calculate_tcv(TcvInput{kMaxAmount, kMaxTermMonths});
  REQUIRE(biggest.ok());
  CHECK(biggest.values.tcv == Money::from_units(20'000'000'000'000));
}

TEST_CASE("TCV and AOV are inverse for whole results") {
  for (int months : {12, 18, 24, 30, 36, 60}) {
    const Money aov = units(120'000);
    const Money tcv = calculate_tcv(TcvInput{aov, months}).values.tcv;
    CHECK(calculate_aov(AovInput{tcv, months}).values.aov == aov);
  }
}

TEST_CASE("TCV: invalid inputs") {
  const TcvResult r = calculate_tcv(TcvForm{"-500000", "zero", TermUnit::Years});
  CHECK(message_for(r, field::kAov) == "The AOV cannot be negative.");
  CHECK(message_for(r, field::kTerm) == "'zero' is not a number of years; use digits, e.g. 2 or 2.5.");
  CHECK(message_for(calculate_tcv(TcvForm{"500000", "0", TermUnit::Months}), field::kTerm) ==
        "The term must be at least 1 month.");
}

// ---- ACV -------------------------------------------------------------------

TEST_CASE("ACV: the guide's example, 500,000 plus 200,000 of new products") {
  const AcvResult r = calculate_acv(AcvInput{units(500'000), std::nullopt, units(200'000)});
  REQUIRE(r.ok());
  CHECK(r.values.acv == units(200'000));
  CHECK(r.values.new_aov == units(700'000));
  CHECK(r.working.at(1) == "New AOV = last year's AOV + amount added = 500,000 + 200,000 = 700,000");
  CHECK(r.working.at(2) == "ACV = 700,000 - 500,000 = 200,000");

  const AcvResult from_new = calculate_acv(AcvInput{units(500'000), units(700'000), std::nullopt});
  REQUIRE(from_new.ok());
  CHECK(from_new.values.acv == units(200'000));
  // both given and agreeing is fine
  CHECK(calculate_acv(AcvInput{units(500'000), units(700'000), units(200'000)}).ok());
}

TEST_CASE("ACV: a contract that shrank has a negative ACV") {
  const AcvResult r = calculate_acv(AcvInput{units(500'000), units(420'000), std::nullopt});
  REQUIRE(r.ok());
  CHECK(r.values.acv == units(-80'000));
  CHECK(r.working.back() == "The annual value went down by 80,000, so the ACV is negative.");
  const AcvResult reduction = calculate_acv(AcvInput{units(500'000), std::nullopt, units(-80'000)});
  REQUIRE(reduction.ok());
  CHECK(reduction.values.new_aov == units(420'000));
  CHECK(reduction.working.at(1) == "New AOV = last year's AOV + amount added = 500,000 - 80,000 = 420,000");
  CHECK(calculate_acv(AcvInput{units(5), units(5), std::nullopt}).working.back() ==
        "The annual value did not change, so the ACV is 0.");
}

TEST_CASE("ACV: a new customer's ACV is the whole AOV") {
  const AcvResult r = calculate_acv(AcvInput{Money{}, units(300'000), std::nullopt});
  CHECK(r.values.acv == units(300'000));
}

TEST_CASE("ACV: invalid inputs") {
  CHECK(message_for(calculate_acv(AcvInput{units(500'000), std::nullopt, std::nullopt}), field::kNewAov) ==
        "Give this year's AOV, or the amount added to last year's (negative for a reduction).");
  CHECK(message_for(calculate_acv(AcvInput{units(-1), units(5), std::nullopt}), field::kPreviousAov) ==
        "Last year's AOV cannot be negative.");
  CHECK(message_for(calculate_acv(AcvInput{units(1), units(-5), std::nullopt}), field::kNewAov) ==
        "The new AOV cannot be negative.");
  CHECK(message_for(calculate_acv(AcvInput{units(500'000), std::nullopt, units(-600'000)}), field::kAdded) ==
        "Taking 600,000 off last year's AOV of 500,000 would leave a negative AOV.");
  CHECK(message_for(calculate_acv(AcvInput{units(500'000), units(700'000), units(150'000)}), field::kAdded) ==
        "The new AOV less last year's AOV is 200,000, but the amount added is 150,000; give only one of them, or "
        "make them agree.");
}

TEST_CASE("ACV form: empty means not given; bad text is reported on its field") {
  const AcvResult r = calculate_acv(AcvForm{"500,000", "", "200,000"});
  REQUIRE(r.ok());
  CHECK(r.values.acv == units(200'000));
  const AcvResult new_customer = calculate_acv(AcvForm{"", "300,000", ""});
  REQUIRE(new_customer.ok());
  CHECK(new_customer.values.acv == units(300'000));
  const AcvResult bad = calculate_acv(AcvForm{"last year", "seven", "1.234"});
  CHECK(bad.errors.size() == 3);
  CHECK(message_for(bad, field::kPreviousAov).starts_with("'last year' is not an amount"));
  CHECK(message_for(bad, field::kNewAov).starts_with("'seven' is not an amount"));
  CHECK(message_for(bad, field::kAdded).starts_with("'1.234' has more than 2 decimal places"));
}

// ---- Ramped deals ----------------------------------------------------------

TEST_CASE("ramp: TCV is the sum, average AOV, year-over-year ACV") {
  const RampResult r = calculate_ramp(RampInput{{units(100'000), units(150'000), units(200'000)}, Money{}});
  REQUIRE(r.ok());
  CHECK(r.values.tcv == units(450'000));
  CHECK(r.values.average_aov == units(150'000));
  REQUIRE(r.values.years.size() == 3);
  CHECK(r.values.years[0].acv == units(100'000));
  CHECK(r.values.years[1].acv == units(50'000));
  CHECK(r.values.years[2].acv == units(50'000));
  CHECK(r.working.at(0) == "TCV = the sum of the yearly amounts = 100,000 + 150,000 + 200,000 = 450,000");
  CHECK(r.working.at(1) == "Average AOV = TCV ÷ years = 450,000 ÷ 3 years = 150,000");
  CHECK(r.working.at(2) == "Year 1 ACV = 100,000 - 0 (no contract before) = 100,000");
  CHECK(r.working.at(3) == "Year 2 ACV = 150,000 - 100,000 = 50,000");
}

TEST_CASE("ramp: a renewal compares year 1 with last year's AOV; averages round half-up") {
  const RampResult r = calculate_ramp(RampInput{{units(100'000), units(100'000), units(150'000)}, units(90'000)});
  REQUIRE(r.ok());
  CHECK(r.values.years[0].acv == units(10'000));
  CHECK(r.values.years[1].acv.is_zero());
  CHECK(r.values.average_aov == cents(11'666'667));  // 350,000 ÷ 3 = 116,666.666…
  CHECK(r.working.at(1) == "Average AOV = TCV ÷ years = 350,000 ÷ 3 years = 116,666.67 (rounded half-up to the cent)");
  CHECK(r.working.at(2) == "Year 1 ACV = 100,000 - 90,000 (last year's AOV) = 10,000");
}

TEST_CASE("ramp: invalid inputs") {
  CHECK(message_for(calculate_ramp(RampInput{}), field::kYearAmounts) == "Enter at least one year's amount.");
  const RampResult negative = calculate_ramp(RampInput{{units(1), units(-2)}, units(-3)});
  CHECK(message_for(negative, "/year_amounts/1") == "The year 2 amount cannot be negative.");
  CHECK(message_for(negative, field::kPreviousAov) == "Last year's AOV cannot be negative.");
  CHECK(message_for(calculate_ramp(RampInput{std::vector<Money>(21, units(1)), Money{}}), field::kYearAmounts) ==
        "A ramp of more than 20 years is not a realistic deal; check the list.");
  const RampResult form = calculate_ramp(RampForm{{"100,000", "", "abc"}, "x"});
  CHECK(form.errors.size() == 3);
  CHECK(message_for(form, "/year_amounts/1") == "Enter an amount, e.g. 1,250,000.");
  CHECK(message_for(form, "/year_amounts/2").starts_with("'abc' is not an amount"));
  CHECK(message_for(form, field::kPreviousAov).starts_with("'x' is not an amount"));
  CHECK(message_for(calculate_ramp(RampForm{}), field::kYearAmounts) == "Enter at least one year's amount.");
  const RampResult typed = calculate_ramp(RampForm{{"100,000", "150,000"}, ""});
  REQUIRE(typed.ok());
  CHECK(typed.values.tcv == units(250'000));
}
