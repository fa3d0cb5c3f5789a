#pragma once
// What every deal calculator returns, and the field checks they share.
//
// A calculator is a pure function: input struct in, CalcResult out. The result
// holds EITHER every problem with the input at once (each on the field it belongs
// to, so a form can show it under that field) OR the values plus the working:
// the steps in words and numbers ("AOV = 1,000,000 ÷ 2 years = 500,000").
//
// Each calculator takes its input two ways: typed (Money, months) for code and
// tests, and as a "Form" of the raw texts a person typed, for the UI and the CLI.
// The form path parses every field with deal_text.hpp, then runs the same checks.
//
// Text uses only ASCII plus × and ÷ (Latin-1), which the UI's default font has.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/field_errors.hpp"
#include "core/util/money.hpp"

namespace dealdojo::deals {

template <typename Values>
struct CalcResult {
  util::FieldErrors errors;          // empty when the calculation succeeded
  Values values{};                   // meaningful only when ok()
  std::vector<std::string> working;  // the steps, in order; empty on errors

  bool ok() const { return errors.empty(); }
  // The first error on the field at `pointer` (one of `field::`), or nullptr: what
  // the UI shows under that input.
  const content::Diagnostic* error_for(std::string_view pointer) const {
    return util::find_field_error(errors, pointer);
  }
};

// The fields' JSON Pointers, shared by all calculators, the UI and the CLI.
namespace field {
inline constexpr std::string_view kQuote = "/quote";
inline constexpr std::string_view kTerm = "/term";
inline constexpr std::string_view kAov = "/aov";
inline constexpr std::string_view kPreviousAov = "/previous_aov";
inline constexpr std::string_view kNewAov = "/new_aov";
inline constexpr std::string_view kAdded = "/added";
inline constexpr std::string_view kYearAmounts = "/year_amounts";  // the list; items are "/year_amounts/<i>"
inline constexpr std::string_view kInvoice = "/invoice";
inline constexpr std::string_view kSigned = "/signed";
inline constexpr std::string_view kActivated = "/activated";
inline constexpr std::string_view kLicence = "/licence";
inline constexpr std::string_view kListPrice = "/list_price";
inline constexpr std::string_view kPercent = "/percent";
inline constexpr std::string_view kMatrix = "/matrix";
}  // namespace field

// "/year_amounts/2" for the third year (0-based, like the input vector).
std::string year_amount_field(std::size_t index);

// Realistic bounds: beyond these an input is a typo, not a deal.
inline constexpr int kMaxTermMonths = 240;              // 20 years
inline constexpr int kMaxActivationDelayMonths = 36;    // signature to activation
inline constexpr int kMaxRampYears = kMaxTermMonths / 12;

enum class TermUnit { Years, Months };

enum class AmountRule {
  NonNegative,  // zero allowed: a free product, a new customer's previous AOV
  Positive,     // must be more than zero: an invoice
  AnySign,      // a change, which may go down
};

// Appends an error on the field at `pointer` when `amount` breaks `rule` or
// exceeds kMaxAmount. `label` starts the message: "The quote amount".
void check_amount(util::Money amount, std::string_view pointer, std::string_view label, AmountRule rule,
                  util::FieldErrors& errors);
// A term of 1..kMaxTermMonths months.
void check_term(int months, std::string_view pointer, util::FieldErrors& errors);

// Parse-then-check for forms: the value, or nullopt with the error appended.
std::optional<util::Money> read_amount(std::string_view text, std::string_view pointer, std::string_view label,
                                       AmountRule rule, util::FieldErrors& errors);
std::optional<int> read_term(std::string_view text, TermUnit unit, std::string_view pointer,
                             util::FieldErrors& errors);

// The working's usual tail when a division was rounded.
inline constexpr std::string_view kRoundedNote = " (rounded half-up to the cent)";

}  // namespace dealdojo::deals
