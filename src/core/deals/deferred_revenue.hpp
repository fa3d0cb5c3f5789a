#pragma once
// Deferred revenue: an invoice paid up front is not yet revenue. It is recognised
// month by month as the service is delivered, starting at ACTIVATION, not at
// signature; until then the whole invoice sits as deferred revenue.
//
// Two revenue models side by side, month by month, over the same invoice:
//   subscription  the whole invoice recognised evenly over the term from activation;
//   on-premises   the licence part recognised up front at activation, the rest
//                 (maintenance) evenly over the term from activation. With no
//                 licence part given, the whole invoice counts as licences.
//
// Rounding: a regular month is total ÷ months rounded half-up to the cent, and
// the LAST month takes the remainder, so each schedule sums to the cent. For
// tiny totals where rounding up would leave the last month negative (total <
// months × (months - 1) ÷ 2 cents), regular months round down instead.
#include <optional>
#include <string>
#include <vector>

#include "core/deals/calc_result.hpp"
#include "core/util/money.hpp"
#include "core/deals/year_month.hpp"

namespace dealdojo::deals {

struct DeferredInput {
  util::Money invoice;
  int term_months = 12;
  YearMonth signed_month;
  YearMonth activation_month;
  std::optional<util::Money> licence;  // on-premises licence part; nullopt: the whole invoice
};

struct DeferredForm {
  std::string invoice;
  std::string term;
  TermUnit term_unit = TermUnit::Months;
  std::string signed_month;      // "2026-01"
  std::string activation_month;  // "2026-03"
  std::string licence;           // empty: the whole invoice counts as licences
};

// One model's position at the end of a month.
struct Recognition {
  util::Money recognised;  // revenue recognised in this month
  util::Money cumulative;  // recognised from the start through this month
  util::Money deferred;    // invoice - cumulative: still deferred revenue
};

struct DeferredRow {
  YearMonth month;
  bool in_service = false;  // on or after activation
  Recognition subscription;
  Recognition on_premises;
};

// How a total spreads over the term: `regular` each month but the last.
struct MonthlySplit {
  util::Money regular;
  util::Money last;
  bool rounded = false;  // total ÷ months had a remainder
};

struct DeferredValues {
  util::Money invoice;
  int term_months = 0;
  YearMonth signed_month;
  YearMonth activation_month;
  YearMonth last_month;              // activation + term - 1
  int months_before_activation = 0;  // signature to activation
  util::Money licence;               // on-premises, recognised at activation
  util::Money maintenance;           // invoice - licence, over the term
  MonthlySplit subscription_split;
  MonthlySplit maintenance_split;
  std::vector<DeferredRow> rows;  // signature month through last_month
};
using DeferredResult = CalcResult<DeferredValues>;

DeferredResult calculate_deferred(const DeferredInput& input);
DeferredResult calculate_deferred(const DeferredForm& form);

// Spreads `total` over `months` (≥ 1) by the rule above.
MonthlySplit split_over_months(util::Money total, int months);

// The row for `month`, or nullptr when outside the schedule.
const DeferredRow* find_row(const DeferredValues& values, YearMonth month);

}  // namespace dealdojo::deals
