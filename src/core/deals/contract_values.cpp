#include "core/deals/contract_values.hpp"

#include "core/deals/deal_text.hpp"

namespace dealdojo::deals {

using util::FieldErrors;
using util::Money;
using util::MoneyResult;
using util::add_field_error;
using util::checked_add;
using util::checked_div;
using util::checked_mul_div;
using util::checked_sub;
using util::format_money;
using util::money_error_message;

namespace {

std::string money(Money m) { return format_money(m); }

// Stores a computed amount, or reports on the field at `pointer` that it cannot be computed.
// The input limits keep every result far inside int64, so this is a safety net.
bool take(const MoneyResult& result, Money& out, std::string_view pointer, FieldErrors& errors) {
  if (!result.ok()) {
    add_field_error(errors, pointer,
                    std::string("The result cannot be computed: ") + money_error_message(result.error) + ".");
    return false;
  }
  out = result.value;
  return true;
}

std::string rounded_note(const MoneyResult& result) { return result.rounded ? std::string(kRoundedNote) : ""; }

// "<name> = <amount> ÷ <term> = <result>", converting a partial year to decimal
// years when that is exact and to "× 12 ÷ months" when it is not.
void divide_by_term(std::string_view name, Money amount, int months, const MoneyResult& result,
                    std::vector<std::string>& working) {
  const std::string head = std::string(name) + " = " + money(amount);
  const std::string tail = " = " + money(result.value) + rounded_note(result);
  if (months % 12 == 0) {
    working.push_back(head + " ÷ " + format_term(months) + tail);
  } else if (const auto years = exact_years(months)) {
    working.push_back("Term = " + std::to_string(months) + " months ÷ 12 = " + *years + " years");
    working.push_back(head + " ÷ " + *years + " years" + tail);
  } else {
    working.push_back("Term = " + std::to_string(months) +
                      " months, not a whole decimal number of years, so multiply by 12 and divide by the months");
    working.push_back(head + " × 12 ÷ " + std::to_string(months) + " months" + tail);
  }
}

void multiply_by_term(std::string_view name, Money amount, int months, const MoneyResult& result,
                      std::vector<std::string>& working) {
  const std::string head = std::string(name) + " = " + money(amount);
  const std::string tail = " = " + money(result.value) + rounded_note(result);
  if (months % 12 == 0) {
    working.push_back(head + " × " + format_term(months) + tail);
  } else if (const auto years = exact_years(months)) {
    working.push_back("Term = " + std::to_string(months) + " months ÷ 12 = " + *years + " years");
    working.push_back(head + " × " + *years + " years" + tail);
  } else {
    working.push_back(head + " × " + std::to_string(months) + " months ÷ 12" + tail);
  }
}

// "a - b" or "a + b" written the way a person would, never "a + -b".
std::string plus_signed(Money a, Money b) {
  if (b.is_negative()) return money(a) + " - " + money(Money::from_cents(-b.cents()));
  return money(a) + " + " + money(b);
}

}  // namespace

// ---- AOV -------------------------------------------------------------------

AovResult calculate_aov(const AovInput& input) {
  AovResult r;
  check_amount(input.quote, field::kQuote, "The quote amount", AmountRule::NonNegative, r.errors);
  check_term(input.term_months, field::kTerm, r.errors);
  if (!r.ok()) return r;
  const MoneyResult aov = checked_mul_div(input.quote, 12, input.term_months);
  if (!take(aov, r.values.aov, field::kQuote, r.errors)) return r;
  r.values.quote = input.quote;
  r.values.term_months = input.term_months;
  r.working.push_back("AOV = quote amount ÷ years");
  divide_by_term("AOV", input.quote, input.term_months, aov, r.working);
  return r;
}

AovResult calculate_aov(const AovForm& form) {
  AovResult r;
  const auto quote = read_amount(form.quote, field::kQuote, "The quote amount", AmountRule::NonNegative, r.errors);
  const auto months = read_term(form.term, form.term_unit, field::kTerm, r.errors);
  if (!r.ok()) return r;
  return calculate_aov(AovInput{*quote, *months});
}

// ---- TCV -------------------------------------------------------------------

TcvResult calculate_tcv(const TcvInput& input) {
  TcvResult r;
  check_amount(input.aov, field::kAov, "The AOV", AmountRule::NonNegative, r.errors);
  check_term(input.term_months, field::kTerm, r.errors);
  if (!r.ok()) return r;
  const MoneyResult tcv = checked_mul_div(input.aov, input.term_months, 12);
  if (!take(tcv, r.values.tcv, field::kAov, r.errors)) return r;
  r.values.aov = input.aov;
  r.values.term_months = input.term_months;
  r.working.push_back("TCV = AOV × years");
  multiply_by_term("TCV", input.aov, input.term_months, tcv, r.working);
  return r;
}

TcvResult calculate_tcv(const TcvForm& form) {
  TcvResult r;
  const auto aov = read_amount(form.aov, field::kAov, "The AOV", AmountRule::NonNegative, r.errors);
  const auto months = read_term(form.term, form.term_unit, field::kTerm, r.errors);
  if (!r.ok()) return r;
  return calculate_tcv(TcvInput{*aov, *months});
}

// ---- ACV -------------------------------------------------------------------

AcvResult calculate_acv(const AcvInput& input) {
  AcvResult r;
  check_amount(input.previous_aov, field::kPreviousAov, "Last year's AOV", AmountRule::NonNegative, r.errors);
  if (input.new_aov) check_amount(*input.new_aov, field::kNewAov, "The new AOV", AmountRule::NonNegative, r.errors);
  if (input.added) check_amount(*input.added, field::kAdded, "The amount added", AmountRule::AnySign, r.errors);
  if (!input.new_aov && !input.added) {
    add_field_error(r.errors, field::kNewAov,
                    "Give this year's AOV, or the amount added to last year's (negative for a reduction).");
  }
  if (!r.ok()) return r;

  Money new_aov;
  if (input.added) {
    Money sum;
    if (!take(checked_add(input.previous_aov, *input.added), sum, field::kAdded, r.errors)) return r;
    if (sum.is_negative()) {
      add_field_error(r.errors, field::kAdded,
                      "Taking " + money(Money::from_cents(-input.added->cents())) + " off last year's AOV of " +
                          money(input.previous_aov) + " would leave a negative AOV.");
      return r;
    }
    if (input.new_aov && *input.new_aov != sum) {
      add_field_error(r.errors, field::kAdded,
                      "The new AOV less last year's AOV is " +
                          money(Money::from_cents(input.new_aov->cents() - input.previous_aov.cents())) +
                          ", but the amount added is " + money(*input.added) +
                          "; give only one of them, or make them agree.");
      return r;
    }
    new_aov = sum;
  } else {
    new_aov = *input.new_aov;
  }
  Money acv;
  if (!take(checked_sub(new_aov, input.previous_aov), acv, field::kNewAov, r.errors)) return r;
  r.values = {input.previous_aov, new_aov, acv};

  r.working.push_back("ACV = this year's AOV - last year's AOV (the change in annual value)");
  if (input.added && !input.new_aov) {
    r.working.push_back("New AOV = last year's AOV + amount added = " + plus_signed(input.previous_aov, *input.added) +
                        " = " + money(new_aov));
  }
  r.working.push_back("ACV = " + money(new_aov) + " - " + money(input.previous_aov) + " = " + money(acv));
  if (acv.is_negative()) {
    r.working.push_back("The annual value went down by " + money(Money::from_cents(-acv.cents())) +
                        ", so the ACV is negative.");
  } else if (acv.is_zero()) {
    r.working.push_back("The annual value did not change, so the ACV is 0.");
  } else {
    r.working.push_back("The annual value went up by " + money(acv) + "; the new AOV is " + money(new_aov) + ".");
  }
  return r;
}

AcvResult calculate_acv(const AcvForm& form) {
  AcvResult r;
  AcvInput input;
  // An empty text means "not given"; anything else must read as an amount.
  auto optional_amount = [&](const std::string& text, std::string_view name, std::string_view label, AmountRule rule,
                             std::optional<Money>& out) {
    if (text.find_first_not_of(" \t") == std::string::npos) return;
    out = read_amount(text, name, label, rule, r.errors);
  };
  std::optional<Money> previous;
  optional_amount(form.previous_aov, field::kPreviousAov, "Last year's AOV", AmountRule::NonNegative, previous);
  input.previous_aov = previous.value_or(Money{});
  optional_amount(form.new_aov, field::kNewAov, "The new AOV", AmountRule::NonNegative, input.new_aov);
  optional_amount(form.added, field::kAdded, "The amount added", AmountRule::AnySign, input.added);
  if (!r.ok()) return r;
  return calculate_acv(input);
}

// ---- Ramped deals ----------------------------------------------------------

RampResult calculate_ramp(const RampInput& input) {
  RampResult r;
  const std::size_t count = input.year_amounts.size();
  if (count == 0) {
    add_field_error(r.errors, field::kYearAmounts, "Enter at least one year's amount.");
  } else if (count > static_cast<std::size_t>(kMaxRampYears)) {
    add_field_error(
        r.errors, field::kYearAmounts,
        "A ramp of more than " + std::to_string(kMaxRampYears) + " years is not a realistic deal; check the list.");
  }
  for (std::size_t i = 0; i < count && i < static_cast<std::size_t>(kMaxRampYears); ++i) {
    check_amount(input.year_amounts[i], year_amount_field(i), "The year " + std::to_string(i + 1) + " amount",
                 AmountRule::NonNegative, r.errors);
  }
  check_amount(input.previous_aov, field::kPreviousAov, "Last year's AOV", AmountRule::NonNegative, r.errors);
  if (!r.ok()) return r;

  Money tcv;
  std::string sum_text;
  Money before = input.previous_aov;
  for (std::size_t i = 0; i < count; ++i) {
    const Money amount = input.year_amounts[i];
    if (!take(checked_add(tcv, amount), tcv, field::kYearAmounts, r.errors)) return r;
    Money acv;
    if (!take(checked_sub(amount, before), acv, field::kYearAmounts, r.errors)) return r;
    r.values.years.push_back({static_cast<int>(i + 1), amount, acv});
    sum_text += (i == 0 ? "" : " + ") + money(amount);
    before = amount;
  }
  const MoneyResult average = checked_div(tcv, static_cast<std::int64_t>(count));
  if (!take(average, r.values.average_aov, field::kYearAmounts, r.errors)) return r;
  r.values.tcv = tcv;
  r.values.previous_aov = input.previous_aov;

  r.working.push_back("TCV = the sum of the yearly amounts = " + sum_text + " = " + money(tcv));
  r.working.push_back("Average AOV = TCV ÷ years = " + money(tcv) + " ÷ " + format_term(static_cast<int>(count) * 12) +
                      " = " + money(r.values.average_aov) + rounded_note(average));
  for (std::size_t i = 0; i < count; ++i) {
    const RampYear& y = r.values.years[i];
    const Money prior = i == 0 ? input.previous_aov : r.values.years[i - 1].aov;
    const std::string prior_note =
        i != 0 ? "" : (input.previous_aov.is_zero() ? " (no contract before)" : " (last year's AOV)");
    r.working.push_back("Year " + std::to_string(y.year) + " ACV = " + money(y.aov) + " - " + money(prior) + prior_note +
                        " = " + money(y.acv));
  }
  return r;
}

RampResult calculate_ramp(const RampForm& form) {
  RampResult r;
  RampInput input;
  if (form.year_amounts.size() > static_cast<std::size_t>(kMaxRampYears)) {
    add_field_error(
        r.errors, field::kYearAmounts,
        "A ramp of more than " + std::to_string(kMaxRampYears) + " years is not a realistic deal; check the list.");
    return r;
  }
  for (std::size_t i = 0; i < form.year_amounts.size(); ++i) {
    const auto amount = read_amount(form.year_amounts[i], year_amount_field(i),
                                    "The year " + std::to_string(i + 1) + " amount", AmountRule::NonNegative, r.errors);
    input.year_amounts.push_back(amount.value_or(Money{}));
  }
  if (form.previous_aov.find_first_not_of(" \t") != std::string::npos) {
    const auto previous =
        read_amount(form.previous_aov, field::kPreviousAov, "Last year's AOV", AmountRule::NonNegative, r.errors);
    if (previous) input.previous_aov = *previous;
  }
  if (!r.ok()) return r;
  return calculate_ramp(input);
}

}  // namespace dealdojo::deals
