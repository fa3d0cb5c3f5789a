#include "core/deals/drill.hpp"

#include "core/deals/deal_text.hpp"

namespace dealdojo::deals {

using util::Money;
using util::format_money;

namespace {

constexpr std::array<std::string_view, kAllDrillKinds.size()> kKindNames = {"aov",  "tcv",      "acv",
                                                                           "ramp", "deferred", "discount"};

std::string money(Money m) { return format_money(m); }

// Mistakes that are not specific to a problem: a dropped sign, a slipped
// thousand, a rounding slip. nullopt when none explains the answer.
std::optional<std::string> generic_slip(Money given, Money expected) {
  const std::int64_t g = given.cents();
  const std::int64_t e = expected.cents();
  if (e != 0 && g == -e) return "Check the sign.";
  // Amounts are bounded by the parser (≤ 10^14 cents), so × 1000 cannot overflow.
  if (g != 0 && (g * 1000 == e || e * 1000 == g)) return "Check the number of zeros: you are out by a factor of 1,000.";
  const std::int64_t difference = g > e ? g - e : e - g;
  if (difference <= 1) return "Very close: check the rounding (half-up to the cent).";
  return std::nullopt;
}

}  // namespace

std::string_view drill_kind_name(DrillKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<DrillKind> drill_kind_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return kAllDrillKinds[i];
  }
  return std::nullopt;
}

int uniform_int(Rng& rng, int low, int high) {
  const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low + 1);
  return static_cast<int>(low + static_cast<std::int64_t>(rng.below(span)));
}

std::vector<DrillProblem> generate_drill(Rng& rng, int count, std::span<const DrillKind> kinds) {
  if (kinds.empty()) kinds = kAllDrillKinds;
  std::vector<DrillProblem> problems;
  for (int i = 0; i < count; ++i) {
    const int pick = uniform_int(rng, 0, static_cast<int>(kinds.size()) - 1);
    problems.push_back(generate_problem(kinds[static_cast<std::size_t>(pick)], rng));
  }
  return problems;
}

DrillCheck check_answer(const DrillProblem& problem, std::string_view typed) {
  DrillCheck check;
  const Parsed<Money> parsed = parse_money(typed);
  if (!parsed.ok()) {
    check.verdict = DrillVerdict::Unreadable;
    check.feedback = "Could not read your answer: " + parsed.error;
    return check;
  }
  check.given = parsed.value;
  const std::string answer = "The answer is " + money(problem.expected) + ".";
  if (check.given == problem.expected) {
    check.verdict = DrillVerdict::Correct;
    check.feedback = "Correct: " + money(problem.expected) + ".";
    return check;
  }
  check.verdict = DrillVerdict::Wrong;
  const std::string opening = "Not quite: you answered " + money(check.given) + ". ";
  for (const DrillSlip& slip : problem.slips) {
    if (slip.answer == check.given) {
      check.known_slip = true;
      check.feedback = opening + slip.explanation + " " + answer;
      return check;
    }
  }
  if (const auto hint = generic_slip(check.given, problem.expected)) {
    check.feedback = opening + *hint + " " + answer;
  } else {
    check.feedback = opening + answer + " Follow the working step by step.";
  }
  return check;
}

std::optional<DrillRecord> make_drill_record(const DrillProblem& problem, const DrillCheck& check,
                                             std::int64_t timestamp) {
  if (check.verdict == DrillVerdict::Unreadable) return std::nullopt;
  return DrillRecord{problem.kind, check.verdict == DrillVerdict::Correct, timestamp, problem.expected, check.given};
}

nlohmann::json drill_record_to_json(const DrillRecord& record) {
  return {{"kind", std::string(drill_kind_name(record.kind))},
          {"correct", record.correct},
          {"timestamp", record.timestamp},
          {"expected_cents", record.expected.cents()},
          {"given_cents", record.given.cents()}};
}

std::optional<DrillRecord> DrillRecord::read(content::ObjectReader& r) {
  using content::Need;
  const auto kind = r.text("kind", Need::Required, "the kind of problem");
  const auto correct = r.boolean("correct", Need::Required, "true or false");
  const auto at = r.whole_number("timestamp", Need::Required, INT64_MIN, INT64_MAX, "a time");
  const auto expected = r.whole_number("expected_cents", Need::Required, INT64_MIN, INT64_MAX, "the right answer in cents");
  const auto given = r.whole_number("given_cents", Need::Required, INT64_MIN, INT64_MAX, "the answer given in cents");
  const auto parsed_kind = kind ? drill_kind_from_name(*kind) : std::nullopt;
  if (kind && !parsed_kind) r.error("kind", "is not a kind of drill problem");
  if (!parsed_kind || !correct || !at || !expected || !given) return std::nullopt;
  return DrillRecord{*parsed_kind, *correct, *at, Money::from_cents(*expected), Money::from_cents(*given)};
}

}  // namespace dealdojo::deals
