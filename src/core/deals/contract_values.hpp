#pragma once
// The contract-value calculators of the sales guide's "Common deal terms":
//   AOV (annual order value)    = quote amount ÷ years
//   TCV (total contract value)  = AOV × years
//   ACV (annual contract value) = this year's AOV - last year's AOV (the change)
// plus ramped multi-year deals given per-year amounts. Partial years are months
// (a 30-month term is 2.5 years, computed as × 12 ÷ 30 with one rounding at the end).
#include <optional>
#include <string>
#include <vector>

#include "core/deals/calc_result.hpp"
#include "core/util/money.hpp"

namespace dealdojo::deals {

// ---- AOV -------------------------------------------------------------------
struct AovInput {
  util::Money quote;
  int term_months = 12;
};
struct AovForm {
  std::string quote;
  std::string term;
  TermUnit term_unit = TermUnit::Years;
};
struct AovValues {
  util::Money quote;
  int term_months = 0;
  util::Money aov;
};
using AovResult = CalcResult<AovValues>;

AovResult calculate_aov(const AovInput& input);
AovResult calculate_aov(const AovForm& form);

// ---- TCV -------------------------------------------------------------------
struct TcvInput {
  util::Money aov;
  int term_months = 12;
};
struct TcvForm {
  std::string aov;
  std::string term;
  TermUnit term_unit = TermUnit::Years;
};
struct TcvValues {
  util::Money aov;
  int term_months = 0;
  util::Money tcv;
};
using TcvResult = CalcResult<TcvValues>;

TcvResult calculate_tcv(const TcvInput& input);
TcvResult calculate_tcv(const TcvForm& form);

// ---- ACV -------------------------------------------------------------------
// Give last year's AOV and either this year's AOV or the amount added (negative
// for a reduction); when both are given they must agree.
struct AcvInput {
  util::Money previous_aov;  // 0 for a new customer
  std::optional<util::Money> new_aov;
  std::optional<util::Money> added;
};
struct AcvForm {  // an empty text means "not given" for new_aov and added
  std::string previous_aov;  // empty means 0: a new customer
  std::string new_aov;
  std::string added;
};
struct AcvValues {
  util::Money previous_aov;
  util::Money new_aov;
  util::Money acv;  // new_aov - previous_aov; negative when the contract shrank
};
using AcvResult = CalcResult<AcvValues>;

AcvResult calculate_acv(const AcvInput& input);
AcvResult calculate_acv(const AcvForm& form);

// ---- Ramped deals ----------------------------------------------------------
// One amount per contract year (each a full year); TCV is their sum, the average
// AOV is TCV ÷ years, and each year's ACV is its change on the year before (year
// 1 against `previous_aov`, 0 for a new customer).
struct RampInput {
  std::vector<util::Money> year_amounts;
  util::Money previous_aov;
};
struct RampForm {
  std::vector<std::string> year_amounts;
  std::string previous_aov;  // empty means 0
};
struct RampYear {
  int year = 0;  // 1-based
  util::Money aov;
  util::Money acv;
};
struct RampValues {
  std::vector<RampYear> years;
  util::Money previous_aov;
  util::Money tcv;
  util::Money average_aov;
};
using RampResult = CalcResult<RampValues>;

RampResult calculate_ramp(const RampInput& input);
RampResult calculate_ramp(const RampForm& form);

}  // namespace dealdojo::deals
