#pragma once
// Discounts: list price, discount percent, net price, and who must approve.
//   discount  = list price × percent, rounded half-up to the cent
//   net price = list price - discount
// The approver comes from a discount approval matrix: ascending tiers, each "up to
// and including P% needs approver A", and one approver above the last tier.
// Percentages are basis points (hundredths of a percent: 12.5% is 1250).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/deals/calc_result.hpp"
#include "core/util/money.hpp"

namespace dealdojo::deals {

struct ApprovalTier {
  int max_basis_points = 0;  // inclusive upper bound of this tier
  std::string approver;
};

struct ApprovalMatrix {
  std::vector<ApprovalTier> tiers;  // strictly ascending max_basis_points, 0..10000
  std::string above_all;            // approves anything above the last tier
};

// The defaults: up to 10% the sales rep (no extra approval), up to 20% the sales
// manager, up to 30% the VP of Sales, above that the deal desk and the CFO.
ApprovalMatrix default_approval_matrix();

// Problems with a matrix, each on a JSON Pointer into the matrix's JSON form
// ("/tiers/1/up_to_percent"), so a config file's mistakes point at the line.
util::FieldErrors validate_approval_matrix(const ApprovalMatrix& matrix);

struct ApprovalMatrixParse {
  ApprovalMatrix matrix;
  util::FieldErrors errors;  // each on a JSON Pointer into the matrix ("" for the whole of it)
  bool ok() const { return errors.empty(); }
};

// From JSON text:
//   {"tiers": [{"up_to_percent": 10, "approver": "Sales rep"}, ...],
//    "above": "Deal desk and CFO"}
// up_to_percent is a number with at most two decimals (or the same as a string).
ApprovalMatrixParse parse_approval_matrix(std::string_view json_text);
nlohmann::json approval_matrix_to_json(const ApprovalMatrix& matrix);

struct Approval {
  std::string approver;
  int tier = -1;     // index into the matrix's tiers; -1 when above them all
  std::string rule;  // "above 10% and up to 20%", "up to 10%", "above 30%"
};

// Which approver a discount needs under `matrix` (assumed valid).
Approval required_approval(const ApprovalMatrix& matrix, int basis_points);

struct DiscountInput {
  util::Money list_price;
  int basis_points = 0;  // 0..10000
  ApprovalMatrix matrix = default_approval_matrix();
};

struct DiscountForm {
  std::string list_price;
  std::string percent;  // "15", "12.5%"
};

struct DiscountValues {
  util::Money list_price;
  int basis_points = 0;
  util::Money discount;
  util::Money net_price;
  Approval approval;
};
using DiscountResult = CalcResult<DiscountValues>;

DiscountResult calculate_discount(const DiscountInput& input);
DiscountResult calculate_discount(const DiscountForm& form, const ApprovalMatrix& matrix);

}  // namespace dealdojo::deals
