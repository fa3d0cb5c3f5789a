#include "core/deals/discount.hpp"

#include "core/deals/deal_text.hpp"

namespace dealdojo::deals {

using util::FieldErrors;
using util::Money;
using util::MoneyResult;
using util::add_field_error;
using util::checked_mul_div;
using util::format_money;

namespace {

constexpr std::size_t kMaxTiers = 50;
constexpr std::size_t kMaxApproverChars = 100;
constexpr int kFullPercent = 10000;  // 100% in basis points

std::string money(Money m) { return format_money(m); }

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

std::string tier_pointer(std::size_t index, std::string_view key) {
  return "/tiers/" + std::to_string(index) + "/" + std::string(key);
}

void check_percent(int basis_points, FieldErrors& errors) {
  if (basis_points < 0) {
    add_field_error(errors, field::kPercent, "A discount cannot be negative.");
  } else if (basis_points > kFullPercent) {
    add_field_error(errors, field::kPercent, "A discount above 100% would mean paying the customer.");
  }
}

void check_matrix(const ApprovalMatrix& matrix, FieldErrors& errors) {
  const FieldErrors problems = validate_approval_matrix(matrix);
  if (problems.empty()) return;
  add_field_error(errors, field::kMatrix,
                  "The approval matrix is not usable: " +
                      (problems.front().pointer.empty() ? "" : problems.front().pointer + ": ") + problems.front().message);
}

}  // namespace

ApprovalMatrix default_approval_matrix() {
  return {{{1000, "Sales rep"}, {2000, "Sales manager"}, {3000, "VP of Sales"}}, "Deal desk and CFO"};
}

FieldErrors validate_approval_matrix(const ApprovalMatrix& matrix) {
  FieldErrors errors;
  if (matrix.tiers.size() > kMaxTiers) {
    add_field_error(errors, "/tiers", "A matrix has at most " + std::to_string(kMaxTiers) + " tiers.");
    return errors;
  }
  for (std::size_t i = 0; i < matrix.tiers.size(); ++i) {
    const ApprovalTier& tier = matrix.tiers[i];
    if (tier.max_basis_points < 0 || tier.max_basis_points > kFullPercent) {
      add_field_error(errors, tier_pointer(i, "up_to_percent"), "A tier's limit must be between 0% and 100%.");
    } else if (i > 0 && tier.max_basis_points <= matrix.tiers[i - 1].max_basis_points) {
      add_field_error(errors, tier_pointer(i, "up_to_percent"), "Tiers must go up: " + format_percent(tier.max_basis_points) + " is not above the tier before (" +
                            format_percent(matrix.tiers[i - 1].max_basis_points) + ").");
    }
    if (blank(tier.approver)) {
      add_field_error(errors, tier_pointer(i, "approver"), "Name who approves this tier.");
    } else if (tier.approver.size() > kMaxApproverChars) {
      add_field_error(errors, tier_pointer(i, "approver"), "An approver's name is at most 100 characters.");
    }
  }
  const bool top_reachable = matrix.tiers.empty() || matrix.tiers.back().max_basis_points < kFullPercent;
  if (top_reachable && blank(matrix.above_all)) {
    add_field_error(errors, "/above", "Name who approves discounts above the last tier.");
  } else if (matrix.above_all.size() > kMaxApproverChars) {
    add_field_error(errors, "/above", "An approver's name is at most 100 characters.");
  }
  return errors;
}

ApprovalMatrixParse parse_approval_matrix(std::string_view json_text) {
  ApprovalMatrixParse result;
  const nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    add_field_error(result.errors, "", "The approval matrix is not valid JSON.");
    return result;
  }
  if (!doc.is_object()) {
    add_field_error(result.errors, "", "The approval matrix must be an object with \"tiers\" and \"above\".");
    return result;
  }
  const auto tiers = doc.find("tiers");
  if (tiers == doc.end() || !tiers->is_array()) {
    add_field_error(result.errors, "/tiers", "Add \"tiers\": a list of {\"up_to_percent\": 10, \"approver\": \"Sales rep\"}.");
  } else if (tiers->size() > kMaxTiers) {
    add_field_error(result.errors, "/tiers", "A matrix has at most " + std::to_string(kMaxTiers) + " tiers.");
  } else {
    for (std::size_t i = 0; i < tiers->size(); ++i) {
      const nlohmann::json& item = (*tiers)[i];
      if (!item.is_object()) {
        add_field_error(result.errors, "/tiers/" + std::to_string(i), "Each tier is an object with up_to_percent and approver.");
        continue;
      }
      ApprovalTier tier;
      const auto percent = item.find("up_to_percent");
      if (percent == item.end() || !(percent->is_number() || percent->is_string())) {
        add_field_error(result.errors, tier_pointer(i, "up_to_percent"), "Give the tier's limit as a percentage, e.g. 10.");
      } else {
        // The number's own JSON text, so 12.5 is read as exactly 1250 basis points.
        const Parsed<int> bp = parse_percent(percent->is_string() ? percent->get<std::string>() : percent->dump());
        if (bp.ok()) {
          tier.max_basis_points = bp.value;
        } else {
          add_field_error(result.errors, tier_pointer(i, "up_to_percent"), bp.error);
        }
      }
      const auto approver = item.find("approver");
      if (approver == item.end() || !approver->is_string()) {
        add_field_error(result.errors, tier_pointer(i, "approver"), "Name who approves this tier, as text.");
      } else {
        tier.approver = approver->get<std::string>();
      }
      result.matrix.tiers.push_back(std::move(tier));
    }
  }
  const auto above = doc.find("above");
  if (above != doc.end() && above->is_string()) {
    result.matrix.above_all = above->get<std::string>();
  } else if (above != doc.end()) {
    add_field_error(result.errors, "/above", "Name who approves discounts above the last tier, as text.");
  }
  if (result.errors.empty()) result.errors = validate_approval_matrix(result.matrix);
  return result;
}

nlohmann::json approval_matrix_to_json(const ApprovalMatrix& matrix) {
  nlohmann::json tiers = nlohmann::json::array();
  for (const ApprovalTier& tier : matrix.tiers) {
    // A string keeps the exact decimal ("12.5"); the parser reads both forms.
    const std::string percent = format_percent(tier.max_basis_points);
    tiers.push_back({{"up_to_percent", percent.substr(0, percent.size() - 1)}, {"approver", tier.approver}});
  }
  return {{"tiers", tiers}, {"above", matrix.above_all}};
}

Approval required_approval(const ApprovalMatrix& matrix, int basis_points) {
  for (std::size_t i = 0; i < matrix.tiers.size(); ++i) {
    const ApprovalTier& tier = matrix.tiers[i];
    if (basis_points <= tier.max_basis_points) {
      std::string rule = "up to " + format_percent(tier.max_basis_points);
      if (i > 0) rule = "above " + format_percent(matrix.tiers[i - 1].max_basis_points) + " and " + rule;
      return {tier.approver, static_cast<int>(i), rule};
    }
  }
  const std::string rule =
      matrix.tiers.empty() ? "any discount" : "above " + format_percent(matrix.tiers.back().max_basis_points);
  return {matrix.above_all, -1, rule};
}

DiscountResult calculate_discount(const DiscountInput& input) {
  DiscountResult r;
  check_amount(input.list_price, field::kListPrice, "The list price", AmountRule::NonNegative, r.errors);
  check_percent(input.basis_points, r.errors);
  check_matrix(input.matrix, r.errors);
  if (!r.ok()) return r;

  const MoneyResult discount = checked_mul_div(input.list_price, input.basis_points, kFullPercent);
  DiscountValues& v = r.values;
  v.list_price = input.list_price;
  v.basis_points = input.basis_points;
  v.discount = discount.value;  // ≤ the list price: cannot overflow
  v.net_price = Money::from_cents(input.list_price.cents() - discount.value.cents());
  v.approval = required_approval(input.matrix, input.basis_points);

  const std::string percent = format_percent(input.basis_points);
  r.working.push_back("Discount = list price × discount % = " + money(v.list_price) + " × " + percent + " = " +
                      money(v.discount) + (discount.rounded ? std::string(kRoundedNote) : ""));
  r.working.push_back("Net price = list price - discount = " + money(v.list_price) + " - " + money(v.discount) + " = " +
                      money(v.net_price));
  r.working.push_back("Approval: " + percent + " falls in \"" + v.approval.rule + "\" of the approval matrix, which needs: " +
                      v.approval.approver + ".");
  return r;
}

DiscountResult calculate_discount(const DiscountForm& form, const ApprovalMatrix& matrix) {
  DiscountResult r;
  const auto list =
      read_amount(form.list_price, field::kListPrice, "The list price", AmountRule::NonNegative, r.errors);
  const Parsed<int> percent = parse_percent(form.percent);
  if (percent.ok()) {
    check_percent(percent.value, r.errors);
  } else {
    add_field_error(r.errors, field::kPercent, percent.error);
  }
  check_matrix(matrix, r.errors);
  if (!r.ok()) return r;
  return calculate_discount(DiscountInput{*list, percent.value, matrix});
}

}  // namespace dealdojo::deals
