#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/deals/discount.hpp"

using namespace dealdojo::deals;
using dealdojo::util::Money;

namespace {
Money units(std::int64_t u) { return Money::from_units(u); }
Money cents(std::int64_t c) { return Money::from_cents(c); }

std::string message_for(const DiscountResult& r, std::string_view field_name) {
  const dealdojo::content::Diagnostic* e = r.error_for(field_name);
  return e ? e->message : "";
}

std::string approver_for(int basis_points) {
  return required_approval(default_approval_matrix(), basis_points).approver;
}
}  // namespace

TEST_CASE("discount: list price, percent, net price and the working") {
  const DiscountResult r = calculate_discount(DiscountInput{units(100'000), 1500});
  REQUIRE(r.ok());
  CHECK(r.values.discount == units(15'000));
  CHECK(r.values.net_price == units(85'000));
  CHECK(r.values.approval.approver == "Sales manager");
  CHECK(r.working == std::vector<std::string>{
                         "Discount = list price × discount % = 100,000 × 15% = 15,000",
                         "Net price = list price - discount = 100,000 - 15,000 = 85,000",
                         "Approval: 15% falls in \"above 10% and up to 20%\" of the approval matrix, which needs: "
                         "Sales manager."});
}

TEST_CASE("discount: fractional percentages and half-up rounding of the discount") {
  const DiscountResult r = calculate_discount(DiscountInput{units(999), 1250});
  CHECK(r.values.discount == cents(12'488));  // 124.875 -> 124.88
  CHECK(r.values.net_price == cents(87'412));
  CHECK(r.working.front() == "Discount = list price × discount % = 999 × 12.5% = 124.88 (rounded half-up to the cent)");
  CHECK(calculate_discount(DiscountInput{cents(1), 5000}).values.discount == cents(1));  // 0.005 -> 0.01
  CHECK(calculate_discount(DiscountInput{units(100), 0}).values.net_price == units(100));
  CHECK(calculate_discount(DiscountInput{units(100), 10000}).values.net_price.is_zero());
}

TEST_CASE("discount: the default approval matrix at its boundaries") {
  CHECK(approver_for(0) == "Sales rep");
  CHECK(approver_for(1000) == "Sales rep");
  CHECK(approver_for(1001) == "Sales manager");
  CHECK(approver_for(2000) == "Sales manager");
  CHECK(approver_for(2001) == "VP of Sales");
  CHECK(approver_for(3000) == "VP of Sales");
  CHECK(approver_for(3001) == "Deal desk and CFO");
  CHECK(approver_for(10000) == "Deal desk and CFO");
  const Approval top = required_approval(default_approval_matrix(), 4000);
  CHECK(top.tier == -1);
  CHECK(top.rule == "above 30%");
  CHECK(required_approval(default_approval_matrix(), 500).rule == "up to 10%");
  CHECK(required_approval(ApprovalMatrix{{}, "CFO"}, 500).rule == "any discount");
}

TEST_CASE("discount: a configured matrix decides the approver") {
  const ApprovalMatrix matrix{{{500, "Rep"}, {1250, "Manager"}}, "CFO"};
  CHECK(calculate_discount(DiscountInput{units(100), 1250, matrix}).values.approval.approver == "Manager");
  CHECK(calculate_discount(DiscountInput{units(100), 1251, matrix}).values.approval.approver == "CFO");
}

TEST_CASE("discount: invalid inputs") {
  const DiscountResult r = calculate_discount(DiscountInput{units(-1), -500});
  CHECK(message_for(r, field::kListPrice) == "The list price cannot be negative.");
  CHECK(message_for(r, field::kPercent) == "A discount cannot be negative.");
  CHECK(message_for(calculate_discount(DiscountInput{units(1), 10001}), field::kPercent) ==
        "A discount above 100% would mean paying the customer.");
  const DiscountResult bad_matrix =
      calculate_discount(DiscountInput{units(1), 100, ApprovalMatrix{{{2000, "A"}, {1000, "B"}}, "C"}});
  CHECK(message_for(bad_matrix, field::kMatrix) == "The approval matrix is not usable: /tiers/1/up_to_percent: "
                                                   "Tiers must go up: 10% is not above the tier before (20%).");
  const DiscountResult form = calculate_discount(DiscountForm{"ten", "15 percent"}, default_approval_matrix());
  CHECK(form.errors.size() == 2);
  CHECK(message_for(form, field::kListPrice).starts_with("'ten' is not an amount"));
  CHECK(message_for(form, field::kPercent).starts_with("'15 percent' is not a percentage"));
  CHECK(message_for(calculate_discount(DiscountForm{"100", "150%"}, default_approval_matrix()), field::kPercent) ==
        "A discount above 100% would mean paying the customer.");
  CHECK(message_for(calculate_discount(DiscountForm{"100", ""}, default_approval_matrix()), field::kPercent) ==
        "Enter a percentage, e.g. 15.");
  const DiscountResult typed = calculate_discount(DiscountForm{"$100,000", "12.5%"}, default_approval_matrix());
  REQUIRE(typed.ok());
  CHECK(typed.values.net_price == units(87'500));
}

TEST_CASE("approval matrix validation") {
  CHECK(validate_approval_matrix(default_approval_matrix()).empty());
  const dealdojo::util::FieldErrors errors = validate_approval_matrix(ApprovalMatrix{{{-1, ""}, {20000, "B"}}, "CFO"});
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].pointer == "/tiers/0/up_to_percent");
  CHECK(errors[0].message == "A tier's limit must be between 0% and 100%.");
  CHECK(errors[1].pointer == "/tiers/0/approver");
  CHECK(errors[1].message == "Name who approves this tier.");
  CHECK(errors[2].pointer == "/tiers/1/up_to_percent");
  const dealdojo::util::FieldErrors no_top = validate_approval_matrix(ApprovalMatrix{{{1000, "Rep"}}, " "});
  REQUIRE(no_top.size() == 1);
  CHECK(no_top[0].pointer == "/above");
  CHECK(no_top[0].message == "Name who approves discounts above the last tier.");
  // A last tier at 100% leaves nothing above it: no "above" approver needed.
  CHECK(validate_approval_matrix(ApprovalMatrix{{{10000, "CEO"}}, ""}).empty());
}

TEST_CASE("approval matrix from JSON") {
  const ApprovalMatrixParse parsed = parse_approval_matrix(R"({
    "tiers": [{"up_to_percent": 5, "approver": "Rep"},
              {"up_to_percent": 12.5, "approver": "Manager"},
              {"up_to_percent": "25", "approver": "VP"}],
    "above": "CFO"})");
  REQUIRE(parsed.ok());
  REQUIRE(parsed.matrix.tiers.size() == 3);
  CHECK(parsed.matrix.tiers[1].max_basis_points == 1250);
  CHECK(parsed.matrix.tiers[2].max_basis_points == 2500);
  CHECK(parsed.matrix.above_all == "CFO");
  // Round trip through its JSON form.
  const ApprovalMatrixParse again = parse_approval_matrix(approval_matrix_to_json(parsed.matrix).dump());
  REQUIRE(again.ok());
  CHECK(again.matrix.tiers[1].max_basis_points == 1250);
  CHECK(again.matrix.tiers[2].approver == "VP");
}

TEST_CASE("approval matrix from JSON: every problem has a pointer") {
  CHECK(parse_approval_matrix("{not json").errors.at(0).message == "The approval matrix is not valid JSON.");
  CHECK(parse_approval_matrix("[1]").errors.at(0).message ==
        "The approval matrix must be an object with \"tiers\" and \"above\".");
  CHECK(parse_approval_matrix(R"({"above": "CFO"})").errors.at(0).pointer == "/tiers");
  const ApprovalMatrixParse bad = parse_approval_matrix(R"({"tiers": [
      {"up_to_percent": 12.345, "approver": "A"}, {"approver": 7}, 3], "above": 5})");
  REQUIRE(bad.errors.size() == 5);
  CHECK(bad.errors[0].pointer == "/tiers/0/up_to_percent");
  CHECK(bad.errors[0].message.starts_with("'12.345' has more than 2 decimal places"));
  CHECK(bad.errors[1].pointer == "/tiers/1/up_to_percent");
  CHECK(bad.errors[2].pointer == "/tiers/1/approver");
  CHECK(bad.errors[3].pointer == "/tiers/2");
  CHECK(bad.errors[4].pointer == "/above");
  // Structure is fine but the order is not: validation runs after reading.
  const ApprovalMatrixParse unordered =
      parse_approval_matrix(R"({"tiers": [{"up_to_percent": 20, "approver": "A"},
                                          {"up_to_percent": 10, "approver": "B"}], "above": "C"})");
  REQUIRE(unordered.errors.size() == 1);
  CHECK(unordered.errors[0].pointer == "/tiers/1/up_to_percent");
}

TEST_CASE("the example approval matrix file reads") {
  std::ifstream file(std::string(DEALDOJO_SOURCE_DIR) + "/tests/unit/deals/approval_matrix.json");
  REQUIRE(file);
  std::stringstream text;
  text << file.rdbuf();
  const ApprovalMatrixParse parsed = parse_approval_matrix(text.str());
  REQUIRE(parsed.ok());
  CHECK(required_approval(parsed.matrix, 1500).approver == "Regional director");
}
