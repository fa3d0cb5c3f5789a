#include "core/deals/deferred_revenue.hpp"

#include <utility>

#include "core/deals/deal_text.hpp"
#include "core/util/text.hpp"

namespace dealdojo::deals {

using util::FieldErrors;
using util::Money;
using util::MoneyResult;
using util::add_field_error;
using util::checked_div;
using util::format_money;

namespace {

std::string money(Money m) { return format_money(m); }
std::string ym(YearMonth m) { return format_year_month(m); }

bool valid_month(YearMonth m) { return m.year >= 1900 && m.year <= 2199 && m.month >= 1 && m.month <= 12; }

void check_dates(const DeferredInput& input, FieldErrors& errors) {
  bool dates_valid = true;
  for (const auto& [month, name] : {std::pair{input.signed_month, field::kSigned},
                                    std::pair{input.activation_month, field::kActivated}}) {
    if (!valid_month(month)) {
      add_field_error(errors, name,
                      std::to_string(month.year) + "-" + std::to_string(month.month) +
                          " is not a month between 1900-01 and 2199-12.");
      dates_valid = false;
    }
  }
  if (!dates_valid) return;
  const int delay = months_between(input.signed_month, input.activation_month);
  if (delay < 0) {
    add_field_error(errors, field::kActivated,
                    "Activation (" + ym(input.activation_month) + ") cannot come before signature (" +
                        ym(input.signed_month) + ").");
  } else if (delay > kMaxActivationDelayMonths) {
    add_field_error(errors, field::kActivated,
                    "Activation more than " + std::to_string(kMaxActivationDelayMonths) +
                        " months after signature is not realistic; check the dates.");
  }
}

// "Subscription: per month = ..." and, when the last month differs, its remainder line.
void describe_split(std::string_view model, Money total, int months, const MonthlySplit& split, YearMonth last_month,
                    std::vector<std::string>& working) {
  const std::string prefix = std::string(model) + ": ";
  working.push_back(prefix + "per month = " + money(total) + " ÷ " + text::count_noun(months, "month", "months") +
                    " = " + money(split.regular) + (split.rounded ? std::string(kRoundedNote) : ""));
  if (split.last != split.regular) {
    working.push_back(prefix + "the last month, " + ym(last_month) + ", takes the rounding remainder: " +
                      money(total) + " - " + std::to_string(months - 1) + " × " + money(split.regular) + " = " +
                      money(split.last) + ", so the months add up to exactly " + money(total) + ".");
  }
}

void write_working(const DeferredValues& v, std::vector<std::string>& working) {
  working.push_back("Signed " + ym(v.signed_month) + ": the customer is invoiced " + money(v.invoice) +
                    " up front. Until the service starts it is all deferred revenue: cash received, not yet earned.");
  if (v.months_before_activation == 0) {
    working.push_back("Activated in the month of signature (" + ym(v.activation_month) +
                      "), so recognition starts at once.");
  } else {
    const YearMonth idle_end = v.activation_month.plus_months(-1);
    const std::string idle = v.months_before_activation == 1 ? "in " + ym(v.signed_month)
                                                              : "from " + ym(v.signed_month) + " to " + ym(idle_end);
    working.push_back("Activated " + ym(v.activation_month) + ", " +
                      text::count_noun(v.months_before_activation, "month", "months") +
                      " after signature: recognition starts at activation, not at signature, so nothing is "
                      "recognised " + idle + ".");
  }
  working.push_back("Subscription: the invoice is recognised evenly over " + format_term(v.term_months) +
                    " of service, " + ym(v.activation_month) + " to " + ym(v.last_month) + ".");
  describe_split("Subscription", v.invoice, v.term_months, v.subscription_split, v.last_month, working);
  if (v.maintenance.is_zero()) {
    working.push_back("On-premises: the whole invoice, " + money(v.invoice) +
                      ", is licences, recognised up front at activation (" + ym(v.activation_month) + ").");
  } else if (v.licence.is_zero()) {
    working.push_back("On-premises: no licence part, so it is recognised like the subscription.");
  } else {
    working.push_back("On-premises: the licence part, " + money(v.licence) + ", is recognised up front at activation (" +
                      ym(v.activation_month) + ").");
    working.push_back("On-premises: the rest, " + money(v.invoice) + " - " + money(v.licence) + " = " +
                      money(v.maintenance) + " (maintenance), is recognised evenly over the term.");
    describe_split("On-premises", v.maintenance, v.term_months, v.maintenance_split, v.last_month, working);
  }
  if (const DeferredRow* first = find_row(v, v.activation_month)) {
    working.push_back("End of " + ym(v.activation_month) + ": subscription has recognised " +
                      money(first->subscription.cumulative) + " and still defers " +
                      money(first->subscription.deferred) + "; on-premises has recognised " +
                      money(first->on_premises.cumulative) + " and defers " + money(first->on_premises.deferred) + ".");
  }
}

}  // namespace

MonthlySplit split_over_months(Money total, int months) {
  MonthlySplit split;
  if (months <= 0) return split;
  const MoneyResult regular = checked_div(total, months);
  split.rounded = regular.rounded;
  split.regular = regular.value;
  const std::int64_t others = static_cast<std::int64_t>(months - 1);
  // total ≤ kMaxAmount and months ≤ kMaxTermMonths keep these products tiny next to int64.
  split.last = Money::from_cents(total.cents() - split.regular.cents() * others);
  if (split.last.is_negative()) {
    split.regular = Money::from_cents(total.cents() / months);
    split.last = Money::from_cents(total.cents() - split.regular.cents() * others);
  }
  return split;
}

const DeferredRow* find_row(const DeferredValues& values, YearMonth month) {
  for (const DeferredRow& row : values.rows) {
    if (row.month == month) return &row;
  }
  return nullptr;
}

DeferredResult calculate_deferred(const DeferredInput& input) {
  DeferredResult r;
  check_amount(input.invoice, field::kInvoice, "The invoice amount", AmountRule::Positive, r.errors);
  check_term(input.term_months, field::kTerm, r.errors);
  check_dates(input, r.errors);
  if (input.licence) {
    const std::size_t before = r.errors.size();
    check_amount(*input.licence, field::kLicence, "The licence part", AmountRule::NonNegative, r.errors);
    if (r.errors.size() == before && *input.licence > input.invoice && !input.invoice.is_negative()) {
      add_field_error(r.errors, field::kLicence,
                      "The licence part (" + money(*input.licence) + ") cannot be more than the invoice (" +
                          money(input.invoice) + ").");
    }
  }
  if (!r.ok()) return r;

  DeferredValues& v = r.values;
  v.invoice = input.invoice;
  v.term_months = input.term_months;
  v.signed_month = input.signed_month;
  v.activation_month = input.activation_month;
  v.last_month = input.activation_month.plus_months(input.term_months - 1);
  v.months_before_activation = months_between(input.signed_month, input.activation_month);
  v.licence = input.licence.value_or(input.invoice);
  v.maintenance = Money::from_cents(v.invoice.cents() - v.licence.cents());
  v.subscription_split = split_over_months(v.invoice, v.term_months);
  v.maintenance_split = split_over_months(v.maintenance, v.term_months);

  Recognition subscription{Money{}, Money{}, v.invoice};
  Recognition on_premises{Money{}, Money{}, v.invoice};
  auto advance = [&](Recognition& state, Money amount) {
    state.recognised = amount;
    state.cumulative = Money::from_cents(state.cumulative.cents() + amount.cents());
    state.deferred = Money::from_cents(v.invoice.cents() - state.cumulative.cents());
  };
  const int total_rows = v.months_before_activation + v.term_months;
  v.rows.reserve(static_cast<std::size_t>(total_rows));
  for (int m = 0; m < total_rows; ++m) {
    const int service_month = m - v.months_before_activation;  // 0 at activation
    const bool in_service = service_month >= 0;
    const bool last = service_month == v.term_months - 1;
    Money sub;
    Money onprem;
    if (in_service) {
      sub = last ? v.subscription_split.last : v.subscription_split.regular;
      onprem = last ? v.maintenance_split.last : v.maintenance_split.regular;
      if (service_month == 0) onprem = Money::from_cents(onprem.cents() + v.licence.cents());
    }
    advance(subscription, sub);
    advance(on_premises, onprem);
    v.rows.push_back({v.signed_month.plus_months(m), in_service, subscription, on_premises});
  }
  write_working(v, r.working);
  return r;
}

DeferredResult calculate_deferred(const DeferredForm& form) {
  DeferredResult r;
  DeferredInput input;
  const auto invoice = read_amount(form.invoice, field::kInvoice, "The invoice amount", AmountRule::Positive, r.errors);
  const auto months = read_term(form.term, form.term_unit, field::kTerm, r.errors);
  const Parsed<YearMonth> signed_month = parse_year_month(form.signed_month);
  if (!signed_month.ok()) add_field_error(r.errors, field::kSigned, signed_month.error);
  const Parsed<YearMonth> activation = parse_year_month(form.activation_month);
  if (!activation.ok()) add_field_error(r.errors, field::kActivated, activation.error);
  if (form.licence.find_first_not_of(" \t") != std::string::npos) {
    input.licence = read_amount(form.licence, field::kLicence, "The licence part", AmountRule::NonNegative, r.errors);
  }
  if (!r.ok()) return r;
  input.invoice = *invoice;
  input.term_months = *months;
  input.signed_month = signed_month.value;
  input.activation_month = activation.value;
  return calculate_deferred(input);
}

}  // namespace dealdojo::deals
