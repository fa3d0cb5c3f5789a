#include "core/deals/calc_result.hpp"

#include "core/deals/deal_text.hpp"

namespace dealdojo::deals {

using util::FieldErrors;
using util::Money;
using util::add_field_error;
using util::format_money;
using util::kMaxAmount;

std::string year_amount_field(std::size_t index) {
  return std::string(field::kYearAmounts) + "/" + std::to_string(index);
}

void check_amount(Money amount, std::string_view pointer, std::string_view label, AmountRule rule,
                  FieldErrors& errors) {
  const std::string who(label);
  if (rule != AmountRule::AnySign && amount.is_negative()) {
    add_field_error(errors, pointer, who + " cannot be negative.");
  } else if (rule == AmountRule::Positive && amount.is_zero()) {
    add_field_error(errors, pointer, who + " must be more than zero.");
  } else if (amount > kMaxAmount || amount < Money::from_cents(-kMaxAmount.cents())) {
    add_field_error(errors, pointer,
                    who + " is beyond the largest amount accepted (" + format_money(kMaxAmount) + ").");
  }
}

void check_term(int months, std::string_view pointer, FieldErrors& errors) {
  if (months < 0) {
    add_field_error(errors, pointer, "The term cannot be negative; enter the contract's length, e.g. 2 years.");
  } else if (months == 0) {
    add_field_error(errors, pointer, "The term must be at least 1 month.");
  } else if (months > kMaxTermMonths) {
    add_field_error(errors, pointer,
                    "A term over " + format_term(kMaxTermMonths) + " (" + std::to_string(kMaxTermMonths) +
                        " months) is not a realistic deal; check the number.");
  }
}

std::optional<Money> read_amount(std::string_view text, std::string_view pointer, std::string_view label,
                                 AmountRule rule, FieldErrors& errors) {
  const Parsed<Money> parsed = parse_money(text);
  if (!parsed.ok()) {
    add_field_error(errors, pointer, parsed.error);
    return std::nullopt;
  }
  const std::size_t before = errors.size();
  check_amount(parsed.value, pointer, label, rule, errors);
  if (errors.size() != before) return std::nullopt;
  return parsed.value;
}

std::optional<int> read_term(std::string_view text, TermUnit unit, std::string_view pointer,
                             FieldErrors& errors) {
  const Parsed<int> parsed = unit == TermUnit::Years ? parse_years_as_months(text) : parse_months(text);
  if (!parsed.ok()) {
    add_field_error(errors, pointer, parsed.error);
    return std::nullopt;
  }
  const std::size_t before = errors.size();
  check_term(parsed.value, pointer, errors);
  if (errors.size() != before) return std::nullopt;
  return parsed.value;
}

}  // namespace dealdojo::deals
