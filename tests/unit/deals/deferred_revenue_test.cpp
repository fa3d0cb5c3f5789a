#include <doctest/doctest.h>

#include <string>

#include "core/deals/deferred_revenue.hpp"

using namespace dealdojo::deals;
using dealdojo::util::Money;
using dealdojo::util::kMaxAmount;

namespace {
Money units(std::int64_t u) { return Money::from_units(u); }
Money cents(std::int64_t c) { return Money::from_cents(c); }

std::string message_for(const DeferredResult& r, std::string_view field_name) {
  const dealdojo::content::Diagnostic* e = r.error_for(field_name);
  return e ? e->message : "";
}

Money sum_subscription(const DeferredValues& v) {
  std::int64_t total = 0;
  for (const DeferredRow& row : v.rows) total += row.subscription.recognised.cents();
  return cents(total);
}

Money sum_on_premises(const DeferredValues& v) {
  std::int64_t total = 0;
  for (const DeferredRow& row : v.rows) total += row.on_premises.recognised.cents();
  return cents(total);
}
}  // namespace

TEST_CASE("deferred: the guide's point, an upfront invoice is deferred until activation") {
  const DeferredResult r = calculate_deferred(DeferredInput{units(120'000), 12, {2026, 1}, {2026, 3}, std::nullopt});
  REQUIRE(r.ok());
  const DeferredValues& v = r.values;
  CHECK(v.months_before_activation == 2);
  CHECK(v.last_month == YearMonth{2027, 2});
  REQUIRE(v.rows.size() == 14);  // 2 idle months + 12 of service
  // Signature and the month after: nothing recognised, the whole invoice deferred.
  for (int i = 0; i < 2; ++i) {
    const DeferredRow& row = v.rows[static_cast<std::size_t>(i)];
    CHECK_FALSE(row.in_service);
    CHECK(row.subscription.recognised.is_zero());
    CHECK(row.subscription.deferred == units(120'000));
  }
  CHECK(v.rows[0].month == YearMonth{2026, 1});
  // Activation month: the first 10,000 is recognised.
  const DeferredRow& activation = v.rows[2];
  CHECK(activation.month == YearMonth{2026, 3});
  CHECK(activation.in_service);
  CHECK(activation.subscription.recognised == units(10'000));
  CHECK(activation.subscription.cumulative == units(10'000));
  CHECK(activation.subscription.deferred == units(110'000));
  // The end of the term: all recognised, nothing deferred.
  CHECK(v.rows.back().month == YearMonth{2027, 2});
  CHECK(v.rows.back().subscription.cumulative == units(120'000));
  CHECK(v.rows.back().subscription.deferred.is_zero());
  CHECK(r.working.at(1) == "Activated 2026-03, 2 months after signature: recognition starts at activation, not at "
                           "signature, so nothing is recognised from 2026-01 to 2026-02.");
  CHECK(r.working.at(3) == "Subscription: per month = 120,000 ÷ 12 months = 10,000");
}

TEST_CASE("deferred: on-premises recognises the whole invoice at activation when it is all licences") {
  const DeferredResult r = calculate_deferred(DeferredInput{units(500'000), 12, {2026, 1}, {2026, 2}, std::nullopt});
  REQUIRE(r.ok());
  CHECK(r.values.rows[0].on_premises.recognised.is_zero());
  CHECK(r.values.rows[1].on_premises.recognised == units(500'000));
  CHECK(r.values.rows[1].on_premises.deferred.is_zero());
  CHECK(r.values.rows[1].subscription.deferred == cents(45'833'333));  // 500,000 - 41,666.67
  CHECK(r.working.at(1) == "Activated 2026-02, 1 month after signature: recognition starts at activation, not at "
                           "signature, so nothing is recognised in 2026-01.");
}

TEST_CASE("deferred: licences up front and maintenance over the term, side by side") {
  const DeferredResult r = calculate_deferred(DeferredInput{units(120'000), 12, {2026, 1}, {2026, 3}, units(60'000)});
  REQUIRE(r.ok());
  const DeferredValues& v = r.values;
  CHECK(v.licence == units(60'000));
  CHECK(v.maintenance == units(60'000));
  CHECK(v.rows[2].on_premises.recognised == units(65'000));  // 60,000 licences + 5,000 maintenance
  CHECK(v.rows[3].on_premises.recognised == units(5'000));
  CHECK(v.rows[2].subscription.recognised == units(10'000));
  CHECK(sum_on_premises(v) == units(120'000));
  CHECK(sum_subscription(v) == units(120'000));
  // Each row's deferred balance is the invoice less what is recognised so far.
  for (const DeferredRow& row : v.rows) {
    CHECK(row.on_premises.deferred.cents() + row.on_premises.cumulative.cents() == units(120'000).cents());
    CHECK(row.subscription.deferred.cents() + row.subscription.cumulative.cents() == units(120'000).cents());
  }
  CHECK(r.working.back() == "End of 2026-03: subscription has recognised 10,000 and still defers 110,000; "
                            "on-premises has recognised 65,000 and defers 55,000.");
}

TEST_CASE("deferred: the rounding remainder goes to the last month so the schedule sums exactly") {
  const DeferredResult r = calculate_deferred(DeferredInput{units(100'000), 12, {2026, 1}, {2026, 1}, units(30'000)});
  REQUIRE(r.ok());
  const DeferredValues& v = r.values;
  CHECK(v.months_before_activation == 0);
  CHECK(v.rows.size() == 12);
  CHECK(v.subscription_split.regular == cents(833'333));
  CHECK(v.subscription_split.last == cents(833'337));
  CHECK(v.subscription_split.rounded);
  CHECK(v.rows.back().subscription.recognised == cents(833'337));
  CHECK(sum_subscription(v) == units(100'000));
  CHECK(sum_on_premises(v) == units(100'000));
  CHECK(v.rows.back().subscription.deferred.is_zero());
  CHECK(r.working.at(1) == "Activated in the month of signature (2026-01), so recognition starts at once.");
  CHECK(r.working.at(4) == "Subscription: the last month, 2026-12, takes the rounding remainder: 100,000 - 11 × "
                           "8,333.33 = 8,333.37, so the months add up to exactly 100,000.");
}

TEST_CASE("split_over_months: half-up months, and a last month that never goes negative") {
  const MonthlySplit even = split_over_months(units(120'000), 12);
  CHECK(even.regular == units(10'000));
  CHECK(even.last == units(10'000));
  CHECK_FALSE(even.rounded);
  // 200.00 / 3 = 66.666… -> 66.67 twice, the last 66.66 (less than regular).
  const MonthlySplit down = split_over_months(units(200), 3);
  CHECK(down.regular == cents(6667));
  CHECK(down.last == cents(6666));
  // 18 cents over 12 months: rounding 1.5 up to 2 would need 22 cents; regular months round down.
  const MonthlySplit tiny = split_over_months(cents(18), 12);
  CHECK(tiny.regular == cents(1));
  CHECK(tiny.last == cents(7));
  CHECK(split_over_months(cents(7), 1).last == cents(7));
  for (std::int64_t total = 0; total < 400; ++total) {
    const MonthlySplit s = split_over_months(cents(total), 24);
    CHECK(s.last.cents() >= 0);
    CHECK(s.regular.cents() * 23 + s.last.cents() == total);
  }
}

TEST_CASE("deferred: invalid inputs, each on its field") {
  const DeferredResult r = calculate_deferred(DeferredInput{units(-1), 0, {2026, 5}, {2026, 3}, std::nullopt});
  CHECK(r.errors.size() == 3);
  CHECK(message_for(r, field::kInvoice) == "The invoice amount cannot be negative.");
  CHECK(message_for(r, field::kTerm) == "The term must be at least 1 month.");
  CHECK(message_for(r, field::kActivated) == "Activation (2026-03) cannot come before signature (2026-05).");

  CHECK(message_for(calculate_deferred(DeferredInput{Money{}, 12, {2026, 1}, {2026, 1}, std::nullopt}),
                    field::kInvoice) == "The invoice amount must be more than zero.");
  CHECK(message_for(calculate_deferred(DeferredInput{units(100), 12, {2026, 1}, {2029, 2}, std::nullopt}),
                    field::kActivated) ==
        "Activation more than 36 months after signature is not realistic; check the dates.");
  CHECK(message_for(calculate_deferred(DeferredInput{units(100), 12, {2026, 1}, {2026, 1}, units(150)}),
                    field::kLicence) == "The licence part (150) cannot be more than the invoice (100).");
  CHECK(message_for(calculate_deferred(DeferredInput{units(100), 12, {2026, 1}, {2026, 1}, units(-1)}),
                    field::kLicence) == "The licence part cannot be negative.");
  CHECK(message_for(calculate_deferred(DeferredInput{units(100), 12, {2026, 13}, {2026, 1}, std::nullopt}),
                    field::kSigned) == "2026-13 is not a month between 1900-01 and 2199-12.");
}

TEST_CASE("deferred form: typed text, and every bad field reported at once") {
  const DeferredResult ok =
      calculate_deferred(DeferredForm{"120,000", "12", TermUnit::Months, "2026-01", "2026-03", ""});
  REQUIRE(ok.ok());
  CHECK(ok.values.rows.size() == 14);
  const DeferredResult years = calculate_deferred(DeferredForm{"120,000", "1", TermUnit::Years, "2026-01", "2026-01", "50,000"});
  REQUIRE(years.ok());
  CHECK(years.values.term_months == 12);
  CHECK(years.values.licence == units(50'000));

  const DeferredResult bad = calculate_deferred(DeferredForm{"lots", "-3", TermUnit::Months, "soon", "", "1e5"});
  CHECK(bad.errors.size() == 5);
  CHECK(message_for(bad, field::kInvoice).starts_with("'lots' is not an amount"));
  CHECK(message_for(bad, field::kTerm) == "The term cannot be negative; enter the contract's length, e.g. 2 years.");
  CHECK(message_for(bad, field::kSigned) == "'soon' is not a month; write year-month, e.g. 2026-03.");
  CHECK(message_for(bad, field::kActivated) == "Enter a month as year-month, e.g. 2026-03.");
  CHECK(message_for(bad, field::kLicence).starts_with("'1e5' uses scientific notation"));
}

TEST_CASE("deferred: the longest allowed schedule stays exact") {
  const DeferredResult r =
      calculate_deferred(DeferredInput{kMaxAmount, kMaxTermMonths, {2026, 1}, {2029, 1}, units(1)});
  REQUIRE(r.ok());
  CHECK(r.values.rows.size() == static_cast<std::size_t>(36 + kMaxTermMonths));
  CHECK(sum_subscription(r.values) == kMaxAmount);
  CHECK(sum_on_premises(r.values) == kMaxAmount);
  CHECK(find_row(r.values, {2029, 1}) == &r.values.rows[36]);
  CHECK(find_row(r.values, {2020, 1}) == nullptr);
}
