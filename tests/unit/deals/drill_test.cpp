#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <string>

#include "core/deals/deal_text.hpp"
#include "core/deals/drill.hpp"

using namespace dealdojo::deals;
using dealdojo::util::Money;
using dealdojo::util::checked_div;
using dealdojo::util::checked_mul;
using dealdojo::util::format_money;
using dealdojo::util::format_money_plain;
using dealdojo::Rng;

namespace {
Money units(std::int64_t u) { return Money::from_units(u); }

// The first problem of `kind` (searching seeds 1, 2, ...) that satisfies `wanted`.
DrillProblem find_problem(DrillKind kind, const std::function<bool(const DrillProblem&)>& wanted) {
  for (std::uint64_t seed = 1; seed < 500; ++seed) {
    Rng rng(seed);
    DrillProblem p = generate_problem(kind, rng);
    if (wanted(p)) return p;
  }
  FAIL("no problem found");
  return {};
}

bool prompt_has(const DrillProblem& p, std::string_view text) { return p.prompt.find(text) != std::string::npos; }
}  // namespace

TEST_CASE("uniform_int stays in range and reaches every value") {
  Rng rng(42);
  std::array<int, 6> seen{};
  for (int i = 0; i < 6000; ++i) {
    const int face = uniform_int(rng, 1, 6);
    REQUIRE(face >= 1);
    REQUIRE(face <= 6);
    ++seen[static_cast<std::size_t>(face - 1)];
  }
  for (int count : seen) {
    CHECK(count > 850);  // 1,000 expected each; a biased transform would drift far more
    CHECK(count < 1150);
  }
  CHECK(uniform_int(rng, 5, 5) == 5);
  CHECK(uniform_int(rng, -3, -3) == -3);
  for (int i = 0; i < 100; ++i) {
    const int wide = uniform_int(rng, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    (void)wide;  // the full int range must not overflow the span
  }
}

TEST_CASE("a fixed seed gives a fixed drill (seed 7)") {
  Rng rng(7);
  const std::vector<DrillProblem> drill = generate_drill(rng, 5);
  REQUIRE(drill.size() == 5);
  CHECK(drill[0].kind == DrillKind::Ramp);
  CHECK(drill[0].prompt == "A ramped 2-year deal is priced at 250,000 in year 1 and 290,000 in year 2. "
                           "What is the total contract value (TCV)?");
  CHECK(drill[0].expected == units(540'000));
  CHECK(drill[1].kind == DrillKind::Deferred);
  CHECK(drill[1].prompt == "A customer signs a 2-year subscription in 2027-06 and pays the 984,000 invoice up front. "
                           "The service is activated in 2027-07. How much revenue has been recognised by the end of "
                           "2028-01?");
  CHECK(drill[1].expected == units(287'000));  // 7 months × 41,000
  CHECK(drill[2].kind == DrillKind::Aov);
  CHECK(drill[2].prompt == "A customer signs a quote of 1,052,000 for a 2-year term. What is the annual order value (AOV)?");
  CHECK(drill[2].expected == units(526'000));
  CHECK(drill[3].kind == DrillKind::Discount);
  CHECK(drill[3].expected == units(79'600));  // 40% of 199,000
  CHECK(drill[4].kind == DrillKind::Discount);
  CHECK(drill[4].expected == units(2'925));  // 2.5% of 117,000

  Rng again(7);
  const std::vector<DrillProblem> repeat = generate_drill(again, 5);
  REQUIRE(repeat.size() == drill.size());
  for (std::size_t i = 0; i < drill.size(); ++i) {
    CHECK(repeat[i].prompt == drill[i].prompt);
    CHECK(repeat[i].working == drill[i].working);
  }
}

TEST_CASE("generate_drill keeps to the kinds asked for") {
  Rng rng(3);
  const std::array<DrillKind, 2> kinds = {DrillKind::Acv, DrillKind::Tcv};
  const std::vector<DrillProblem> problems = generate_drill(rng, 20, kinds);
  REQUIRE(problems.size() == 20);
  for (const DrillProblem& p : problems) {
    CHECK((p.kind == DrillKind::Acv || p.kind == DrillKind::Tcv));
  }
}

TEST_CASE("every generated problem is well formed and its own answer checks as correct") {
  Rng rng(2026);
  const std::vector<DrillProblem> problems = generate_drill(rng, 300);
  REQUIRE(problems.size() == 300);
  for (const DrillProblem& p : problems) {
    CAPTURE(p.prompt);
    CHECK_FALSE(p.prompt.empty());
    CHECK_FALSE(p.working.empty());
    CHECK_FALSE(p.slips.empty());
    CHECK(check_answer(p, format_money(p.expected)).verdict == DrillVerdict::Correct);
    CHECK(check_answer(p, format_money_plain(p.expected)).verdict == DrillVerdict::Correct);
    for (std::size_t i = 0; i < p.slips.size(); ++i) {
      CHECK(p.slips[i].answer != p.expected);
      for (std::size_t j = i + 1; j < p.slips.size(); ++j) CHECK(p.slips[i].answer != p.slips[j].answer);
      const DrillCheck slip = check_answer(p, format_money(p.slips[i].answer));
      CHECK(slip.verdict == DrillVerdict::Wrong);
      CHECK(slip.known_slip);
      CHECK(slip.feedback.find(p.slips[i].explanation) != std::string::npos);
    }
  }
}

TEST_CASE("checker: gave the TCV (the quote) when asked for the AOV") {
  const DrillProblem p = find_problem(DrillKind::Aov, [](const DrillProblem& q) { return prompt_has(q, "2-year"); });
  // Over a 2-year term the quote is twice the AOV.
  const DrillCheck check = check_answer(p, format_money(checked_mul(p.expected, 2).value));
  CHECK(check.verdict == DrillVerdict::Wrong);
  CHECK(check.feedback.find("That is the whole quote, which is the TCV.") != std::string::npos);
  CHECK(check.feedback.find("The answer is " + format_money(p.expected) + ".") != std::string::npos);
}

TEST_CASE("checker: divided by months instead of years") {
  const DrillProblem p = find_problem(DrillKind::Aov, [](const DrillProblem& q) { return prompt_has(q, "3-year"); });
  const Money per_month = checked_div(checked_mul(p.expected, 3).value, 36).value;
  const DrillCheck check = check_answer(p, format_money(per_month));
  CHECK(check.known_slip);
  CHECK(check.feedback.find("You divided by the months (36)") != std::string::npos);
}

TEST_CASE("checker: started deferred revenue at signature instead of activation") {
  const DrillProblem p = find_problem(DrillKind::Deferred, [](const DrillProblem& q) {
    return prompt_has(q, "subscription") && prompt_has(q, "recognised by the end") &&
           std::any_of(q.slips.begin(), q.slips.end(),
                       [](const DrillSlip& s) { return s.explanation.starts_with("You started at signature"); });
  });
  const auto slip = std::find_if(p.slips.begin(), p.slips.end(),
                                 [](const DrillSlip& s) { return s.explanation.starts_with("You started at signature"); });
  const DrillCheck check = check_answer(p, format_money(slip->answer));
  CHECK(check.verdict == DrillVerdict::Wrong);
  CHECK(check.feedback.find("Revenue is recognised from activation") != std::string::npos);
  CHECK(slip->answer > p.expected);  // counting idle months recognises too much
}

TEST_CASE("checker: on-premises licences are recognised up front") {
  const DrillProblem p =
      find_problem(DrillKind::Deferred, [](const DrillProblem& q) { return prompt_has(q, "on-premises"); });
  const auto spread = std::find_if(p.slips.begin(), p.slips.end(), [](const DrillSlip& s) {
    return s.explanation.starts_with("You spread the licences over the term");
  });
  REQUIRE(spread != p.slips.end());
  CHECK(check_answer(p, format_money(spread->answer)).known_slip);
}

TEST_CASE("checker: ACV is the change, not the new AOV") {
  const DrillProblem p = find_problem(DrillKind::Acv, [](const DrillProblem& q) {
    return prompt_has(q, "additional products") && prompt_has(q, "(ACV)");
  });
  const auto new_aov = std::find_if(p.slips.begin(), p.slips.end(),
                                    [](const DrillSlip& s) { return s.explanation.starts_with("That is the new AOV"); });
  REQUIRE(new_aov != p.slips.end());
  CHECK(new_aov->answer > p.expected);
  CHECK(check_answer(p, format_money(new_aov->answer)).feedback.find("ACV is only the change") != std::string::npos);
}

TEST_CASE("checker: readable variants, unreadable answers and generic slips") {
  DrillProblem p;
  p.kind = DrillKind::Tcv;
  p.prompt = "A deal has an AOV of 500,000 and a 2-year term. What is the TCV?";
  p.expected = units(1'000'000);
  p.slips = {{units(500'000), "That is the AOV itself."}};

  CHECK(check_answer(p, "$1,000,000.00").verdict == DrillVerdict::Correct);
  CHECK(check_answer(p, " 1000000 ").feedback == "Correct: 1,000,000.");

  const DrillCheck unreadable = check_answer(p, "a million");
  CHECK(unreadable.verdict == DrillVerdict::Unreadable);
  CHECK(unreadable.feedback.starts_with("Could not read your answer: 'a million' is not an amount"));
  CHECK(check_answer(p, "").verdict == DrillVerdict::Unreadable);
  CHECK(check_answer(p, "1e6").verdict == DrillVerdict::Unreadable);

  CHECK(check_answer(p, "500,000").feedback ==
        "Not quite: you answered 500,000. That is the AOV itself. The answer is 1,000,000.");
  CHECK(check_answer(p, "-1,000,000").feedback.find("Check the sign.") != std::string::npos);
  CHECK(check_answer(p, "1,000").feedback.find("out by a factor of 1,000") != std::string::npos);
  CHECK(check_answer(p, "1,000,000,000").feedback.find("out by a factor of 1,000") != std::string::npos);
  CHECK(check_answer(p, "1,000,000.01").feedback.find("check the rounding") != std::string::npos);
  const DrillCheck other = check_answer(p, "123");
  CHECK(other.verdict == DrillVerdict::Wrong);
  CHECK_FALSE(other.known_slip);
  CHECK(other.feedback == "Not quite: you answered 123. The answer is 1,000,000. Follow the working step by step.");
}

TEST_CASE("drill records are plain data for the history, with the caller's timestamp") {
  Rng rng(11);
  const DrillProblem p = generate_problem(DrillKind::Discount, rng);
  const auto right = make_drill_record(p, check_answer(p, format_money(p.expected)), 1'767'225'600);
  REQUIRE(right.has_value());
  CHECK(right->correct);
  CHECK(right->kind == DrillKind::Discount);
  CHECK(right->timestamp == 1'767'225'600);
  const auto wrong = make_drill_record(p, check_answer(p, "1"), 42);
  REQUIRE(wrong.has_value());
  CHECK_FALSE(wrong->correct);
  CHECK(wrong->given == units(1));
  CHECK_FALSE(make_drill_record(p, check_answer(p, "what?"), 42).has_value());

  const nlohmann::json json = drill_record_to_json(*wrong);
  CHECK(json["kind"] == "discount");
  CHECK(json["correct"] == false);
  CHECK(json["timestamp"] == 42);
  CHECK(json["given_cents"] == 100);
  const auto back = dealdojo::content::read_object<DrillRecord>(json);
  REQUIRE(back.ok());
  CHECK(back->expected == wrong->expected);
  CHECK(back->given == wrong->given);
  CHECK_FALSE(dealdojo::content::read_object<DrillRecord>(nlohmann::json::object()).ok());
  CHECK_FALSE(dealdojo::content::read_object<DrillRecord>(nlohmann::json{{"kind", "poker"}, {"correct", true}, {"timestamp", 1},
                                      {"expected_cents", 1}, {"given_cents", 1}})
                  .ok());
}

TEST_CASE("drill kind names round-trip") {
  for (DrillKind kind : kAllDrillKinds) CHECK(drill_kind_from_name(drill_kind_name(kind)) == kind);
  CHECK(drill_kind_name(DrillKind::Deferred) == "deferred");
  CHECK_FALSE(drill_kind_from_name("AOV").has_value());
}
