// The drill's problem generators, one per kind. Numbers are drawn so that every
// answer is exact (multiples of 1,000 against whole or quarter years), except the
// ramp's average AOV, which deliberately exercises rounding to the cent. Each
// problem takes its answer and working from the calculators themselves, so the
// drill can never disagree with them.
//
// [SECTION] helpers  [SECTION] AOV/TCV  [SECTION] ACV  [SECTION] ramp
// [SECTION] deferred revenue  [SECTION] discount  [SECTION] dispatch
#include <algorithm>
#include <array>

#include "core/deals/contract_values.hpp"
#include "core/deals/deal_text.hpp"
#include "core/deals/deferred_revenue.hpp"
#include "core/deals/discount.hpp"
#include "core/deals/drill.hpp"
#include "core/util/text.hpp"

namespace dealdojo::deals {

using util::Money;
using util::checked_add;
using util::checked_div;
using util::checked_mul;
using util::checked_mul_div;
using util::checked_sub;
using util::format_money;

namespace {

// [SECTION] helpers ----------------------------------------------------------

std::string money(Money m) { return format_money(m); }
Money units(std::int64_t u) { return Money::from_units(u); }
Money thousands(Rng& rng, int low, int high) { return units(std::int64_t{uniform_int(rng, low, high)} * 1000); }

// Exact for the generator's values (bounded amounts, small factors).
Money mul_div(Money m, int numerator, int denominator) { return checked_mul_div(m, numerator, denominator).value; }

// Whole years are the common case; 18 and 30 months practise partial years.
constexpr std::array<int, 9> kTermChoices = {12, 24, 24, 36, 36, 48, 60, 18, 30};

int pick_term(Rng& rng) {
  return kTermChoices[static_cast<std::size_t>(uniform_int(rng, 0, static_cast<int>(kTermChoices.size()) - 1))];
}

// "2-year", "30-month"
std::string term_adjective(int months) {
  if (months % 12 == 0) return std::to_string(months / 12) + "-year";
  return std::to_string(months) + "-month";
}

std::string term_phrase(int months) { return "a " + term_adjective(months) + " term"; }

// A calculator's working without the lines about the other revenue model, which
// only distract from a question about one of them.
std::vector<std::string> working_for_model(const std::vector<std::string>& working, std::string_view model) {
  std::vector<std::string> kept;
  for (const std::string& line : working) {
    const bool other_model = (line.starts_with("Subscription:") || line.starts_with("On-premises:")) &&
                             !line.starts_with(model);
    if (!other_model && !line.starts_with("End of ")) kept.push_back(line);
  }
  return kept;
}

std::string years_phrase(int months) {
  const auto years = exact_years(months);
  return years ? *years + (months == 12 ? " year" : " years") : std::to_string(months) + " months ÷ 12";
}

class ProblemBuilder {
 public:
  ProblemBuilder(DrillKind kind, std::string prompt, Money expected, std::vector<std::string> working) {
    m_problem.kind = kind;
    m_problem.prompt = std::move(prompt);
    m_problem.expected = expected;
    m_problem.working = std::move(working);
  }
  // Keeps slips distinct from the answer and from each other, so a matching slip is unambiguous.
  void slip(Money answer, std::string explanation) {
    if (answer == m_problem.expected) return;
    for (const DrillSlip& s : m_problem.slips) {
      if (s.answer == answer) return;
    }
    m_problem.slips.push_back({answer, std::move(explanation)});
  }
  void step(std::string line) { m_problem.working.push_back(std::move(line)); }
  DrillProblem take() { return std::move(m_problem); }

 private:
  DrillProblem m_problem;
};

void partial_year_slip(ProblemBuilder& b, Money wrong, int months) {
  if (months % 12 == 0 || months < 12) return;
  b.slip(wrong, "You dropped the partial year: " + std::to_string(months) + " months is " + years_phrase(months) +
                    ", not " + format_term(months / 12 * 12) + ".");
}

// [SECTION] AOV/TCV -----------------------------------------------------------

DrillProblem aov_problem(Rng& rng) {
  const int months = pick_term(rng);
  const Money quote = mul_div(thousands(rng, 20, 900), months, 12);
  const AovResult calc = calculate_aov(AovInput{quote, months});
  ProblemBuilder b(DrillKind::Aov,
                   "A customer signs a quote of " + money(quote) + " for " + term_phrase(months) +
                       ". What is the annual order value (AOV)?",
                   calc.values.aov, calc.working);
  b.slip(quote, "That is the whole quote, which is the TCV. AOV is the quote divided by the number of years.");
  b.slip(checked_div(quote, months).value, "You divided by the months (" + std::to_string(months) +
                                               "). AOV is a yearly value: divide by the years (" +
                                               years_phrase(months) + ").");
  b.slip(mul_div(quote, months, 12), "You multiplied by the years; AOV divides the quote by them.");
  partial_year_slip(b, checked_div(quote, months / 12).value, months);
  return b.take();
}

DrillProblem tcv_problem(Rng& rng) {
  const int months = pick_term(rng);
  const Money aov = thousands(rng, 10, 1500);
  const TcvResult calc = calculate_tcv(TcvInput{aov, months});
  ProblemBuilder b(DrillKind::Tcv,
                   "A deal has an annual order value (AOV) of " + money(aov) + " and " + term_phrase(months) +
                       ". What is the total contract value (TCV)?",
                   calc.values.tcv, calc.working);
  b.slip(aov, "That is the AOV itself, one year's value. TCV multiplies it by the number of years.");
  b.slip(checked_mul(aov, months).value, "You multiplied by the months (" + std::to_string(months) +
                                             "). TCV multiplies the AOV by the years (" + years_phrase(months) + ").");
  b.slip(mul_div(aov, 12, months), "You divided by the years; TCV multiplies the AOV by them.");
  partial_year_slip(b, checked_mul(aov, months / 12).value, months);
  return b.take();
}

// [SECTION] ACV ---------------------------------------------------------------

DrillProblem acv_problem(Rng& rng) {
  const Money previous = thousands(rng, 10, 900);
  const int variant = uniform_int(rng, 0, 2);
  if (variant < 2) {  // an upsell: ask for the ACV or for the new AOV
    const Money added = thousands(rng, 1, 400);
    const AcvResult calc = calculate_acv(AcvInput{previous, std::nullopt, added});
    const std::string story = "A customer's current AOV is " + money(previous) +
                              ". They buy additional products worth " + money(added) + " a year. ";
    if (variant == 0) {
      ProblemBuilder b(DrillKind::Acv, story + "What is the annual contract value (ACV)?", calc.values.acv,
                       calc.working);
      b.slip(calc.values.new_aov, "That is the new AOV (" + money(previous) + " + " + money(added) +
                                      "). ACV is only the change in annual value: what was added.");
      b.slip(previous, "That is last year's AOV. ACV is the change compared with last year.");
      return b.take();
    }
    ProblemBuilder b(DrillKind::Acv, story + "What is their new AOV?", calc.values.new_aov, calc.working);
    b.step("The question asks for the new AOV: " + money(calc.values.new_aov) + ".");
    b.slip(added, "That is the ACV, the change. The new AOV is last year's AOV plus the change.");
    b.slip(previous, "That is last year's AOV, before the new purchase.");
    return b.take();
  }
  // A renewal whose value moved, possibly down.
  std::int64_t change = std::int64_t{uniform_int(rng, -50, 50)} * 1000;
  if (change == 0) change = 10'000;
  if (previous.whole_units() + change < 0) change = -change;
  const Money now = units(previous.whole_units() + change);
  const AcvResult calc = calculate_acv(AcvInput{previous, now, std::nullopt});
  ProblemBuilder b(DrillKind::Acv,
                   "Last year the customer's AOV was " + money(previous) + ". At renewal their AOV is " + money(now) +
                       ". What is the annual contract value (ACV)?",
                   calc.values.acv, calc.working);
  b.slip(now, "That is this year's AOV. ACV is the change from last year's AOV.");
  b.slip(Money::from_cents(-calc.values.acv.cents()),
         calc.values.acv.is_negative() ? "Check the sign: the annual value went down, so the ACV is negative."
                                       : "Check the sign: the annual value went up, so the ACV is positive.");
  return b.take();
}

// [SECTION] ramp --------------------------------------------------------------

DrillProblem ramp_problem(Rng& rng) {
  const int years = uniform_int(rng, 2, 5);
  RampInput input;
  Money amount = units(std::int64_t{uniform_int(rng, 5, 50)} * 10'000);
  std::string story = "A ramped " + std::to_string(years) + "-year deal is priced at ";
  for (int y = 1; y <= years; ++y) {
    input.year_amounts.push_back(amount);
    story += money(amount) + " in year " + std::to_string(y) + (y == years ? ". " : (y == years - 1 ? " and " : ", "));
    amount = units(amount.whole_units() + std::int64_t{uniform_int(rng, 1, 10)} * 10'000);  // it ramps up
  }
  const RampResult calc = calculate_ramp(input);
  const RampValues& v = calc.values;
  const Money first = input.year_amounts.front();
  const Money last = input.year_amounts.back();
  const int variant = uniform_int(rng, 0, 2);
  if (variant == 0) {
    ProblemBuilder b(DrillKind::Ramp, story + "What is the total contract value (TCV)?", v.tcv, calc.working);
    b.slip(checked_mul(last, years).value, "You used the final year's amount for every year. A ramp's TCV adds "
                                           "each year's own amount.");
    b.slip(checked_mul(first, years).value, "You used year 1's amount for every year. A ramp's TCV adds each "
                                            "year's own amount.");
    b.slip(v.average_aov, "That is the average AOV. TCV is the sum of all the years.");
    return b.take();
  }
  if (variant == 1) {
    ProblemBuilder b(DrillKind::Ramp, story + "What is the average AOV (to the cent)?", v.average_aov, calc.working);
    b.slip(v.tcv, "That is the TCV. The average AOV divides it by the years (" + std::to_string(years) + ").");
    b.slip(last, "That is the final year's AOV, not the average over the term.");
    b.slip(checked_div(checked_add(first, last).value, 2).value,
           "You averaged only the first and last years; average all " + std::to_string(years) + " years.");
    return b.take();
  }
  const int year = uniform_int(rng, 2, years);
  const RampYear& asked = v.years[static_cast<std::size_t>(year - 1)];
  ProblemBuilder b(DrillKind::Ramp, story + "What is the ACV of year " + std::to_string(year) + "?", asked.acv,
                   calc.working);
  b.slip(asked.aov, "That is year " + std::to_string(year) + "'s AOV. ACV is its change from year " +
                        std::to_string(year - 1) + ".");
  b.slip(checked_sub(asked.aov, first).value,
         "You compared with year 1. ACV compares each year with the year before it.");
  return b.take();
}

// [SECTION] deferred revenue --------------------------------------------------

constexpr std::array<int, 6> kDelayChoices = {1, 1, 2, 2, 3, 0};

DrillProblem deferred_problem(Rng& rng) {
  const int variant = uniform_int(rng, 0, 2);
  DeferredInput input;
  input.signed_month = {uniform_int(rng, 2025, 2027), uniform_int(rng, 1, 12)};
  const int delay = kDelayChoices[static_cast<std::size_t>(uniform_int(rng, 0, static_cast<int>(kDelayChoices.size()) - 1))];
  input.activation_month = input.signed_month.plus_months(delay);
  input.term_months = variant == 2 ? 12 * uniform_int(rng, 1, 2) : 12 * uniform_int(rng, 1, 3);
  const Money monthly = thousands(rng, 1, variant == 2 ? 10 : 50);
  const Money licence = thousands(rng, 10, 200);
  const Money service_total = checked_mul(monthly, input.term_months).value;
  input.invoice = variant == 2 ? checked_add(licence, service_total).value : service_total;
  if (variant == 2) input.licence = licence;
  const int served = uniform_int(rng, 1, std::min(input.term_months, 12));  // months of service by the asked month
  const YearMonth asked = input.activation_month.plus_months(served - 1);
  const DeferredResult calc = calculate_deferred(input);
  const DeferredRow& row = *find_row(calc.values, asked);
  const std::string when = format_year_month(asked);
  const std::string signed_text = format_year_month(input.signed_month);
  const std::string active_text = format_year_month(input.activation_month);
  // What a learner gets by counting service months from signature instead of activation.
  const int from_signature = std::min(served + delay, input.term_months);
  const std::string from_signature_note = "You started at signature (" + signed_text +
                                          "). Revenue is recognised from activation (" + active_text +
                                          "), as the service is delivered.";
  const std::string served_note = "By the end of " + when + " the service has run " +
                                  text::count_noun(served, "month", "months") + " (" + active_text + " to " + when + ").";

  if (variant == 2) {
    ProblemBuilder b(DrillKind::Deferred,
                     "A customer buys software on-premises: licences for " + money(licence) + " plus " +
                         format_term(input.term_months) + " of maintenance for " + money(service_total) +
                         ", invoiced together (" + money(input.invoice) + ") at signature in " + signed_text +
                         ". The software is activated in " + active_text + ". How much revenue has been recognised "
                         "by the end of " + when + "?",
                     row.on_premises.cumulative, working_for_model(calc.working, "On-premises:"));
    b.step(served_note + " Recognised: licences " + money(licence) + " + maintenance " + std::to_string(served) +
           " × " + money(monthly) + " = " + money(row.on_premises.cumulative) + ".");
    b.slip(mul_div(input.invoice, served, input.term_months), "You spread the licences over the term like a subscription. On-premises "
                                        "licences are recognised up front, at activation.");
    b.slip(checked_mul(monthly, served).value, "You left out the licences, which are recognised up front at activation.");
    b.slip(licence, "You left out the maintenance recognised so far, one month at a time from activation.");
    b.slip(input.invoice, "You recognised the maintenance up front too. Only the licences are; maintenance is "
                          "recognised over its term.");
    if (delay > 0) b.slip(checked_add(licence, checked_mul(monthly, from_signature).value).value, from_signature_note);
    return b.take();
  }
  const std::string story = "A customer signs a " + term_adjective(input.term_months) + " subscription in " + signed_text +
                            " and pays the " + money(input.invoice) + " invoice up front. The service is activated in " +
                            active_text + ". ";
  const Money counted_from_signature = checked_mul(monthly, from_signature).value;
  if (variant == 0) {
    ProblemBuilder b(DrillKind::Deferred, story + "How much revenue has been recognised by the end of " + when + "?",
                     row.subscription.cumulative, working_for_model(calc.working, "Subscription:"));
    b.step(served_note + " Recognised: " + std::to_string(served) + " × " + money(monthly) + " = " +
           money(row.subscription.cumulative) + ".");
    if (delay > 0) b.slip(counted_from_signature, from_signature_note);
    b.slip(input.invoice, "You recognised the whole invoice. A subscription invoice is deferred revenue, recognised "
                          "month by month as the service is delivered.");
    b.slip(checked_mul(monthly, served - 1).value, "You left out a month: the activation month (" + active_text +
                                                       ") is the first month of service, and " + when + " counts too.");
    return b.take();
  }
  ProblemBuilder b(DrillKind::Deferred, story + "How much deferred revenue remains at the end of " + when + "?",
                   row.subscription.deferred, working_for_model(calc.working, "Subscription:"));
  b.step(served_note + " Deferred: " + money(input.invoice) + " - " + std::to_string(served) + " × " + money(monthly) +
         " = " + money(row.subscription.deferred) + ".");
  if (delay > 0) b.slip(checked_sub(input.invoice, counted_from_signature).value, from_signature_note);
  b.slip(row.subscription.cumulative, "That is the revenue recognised so far. Deferred revenue is what is still to be "
                                      "recognised: the invoice minus that.");
  b.slip(input.invoice, "That is the whole invoice, but by then part of it has been recognised.");
  b.slip(Money{}, "A subscription is not recognised up front: it is deferred and recognised over the term.");
  return b.take();
}

// [SECTION] discount ----------------------------------------------------------

DrillProblem discount_problem(Rng& rng) {
  const Money list = thousands(rng, 10, 500);
  const int basis_points = uniform_int(rng, 1, 16) * 250;  // 2.5% to 40%
  const DiscountResult calc = calculate_discount(DiscountInput{list, basis_points, default_approval_matrix()});
  const DiscountValues& v = calc.values;
  const std::string story =
      "A product lists at " + money(list) + " and the customer is offered " + format_percent(basis_points) + " off. ";
  if (uniform_int(rng, 0, 1) == 0) {
    ProblemBuilder b(DrillKind::Discount, story + "What is the net price?", v.net_price, calc.working);
    b.slip(v.discount, "That is the discount itself. The net price is the list price minus the discount.");
    b.slip(list, "You did not apply the discount.");
    b.slip(checked_add(list, v.discount).value, "You added the discount instead of taking it off.");
    return b.take();
  }
  ProblemBuilder b(DrillKind::Discount, story + "How much is the discount?", v.discount, calc.working);
  b.slip(v.net_price, "That is the net price. The question asks for the discount: list price × percent.");
  if (basis_points % 100 == 0) {
    b.slip(units(basis_points / 100), "That is the percentage, not an amount: multiply the list price by it.");
  }
  return b.take();
}

}  // namespace

// [SECTION] dispatch ----------------------------------------------------------

DrillProblem generate_problem(DrillKind kind, Rng& rng) {
  switch (kind) {
    case DrillKind::Aov: return aov_problem(rng);
    case DrillKind::Tcv: return tcv_problem(rng);
    case DrillKind::Acv: return acv_problem(rng);
    case DrillKind::Ramp: return ramp_problem(rng);
    case DrillKind::Deferred: return deferred_problem(rng);
    case DrillKind::Discount: return discount_problem(rng);
  }
  return aov_problem(rng);
}

}  // namespace dealdojo::deals
