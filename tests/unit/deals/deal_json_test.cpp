#include <doctest/doctest.h>

#include "core/deals/deal_json.hpp"

using namespace dealdojo::deals;
using dealdojo::util::Money;

TEST_CASE("json: amounts are exact cents plus a decimal string") {
  const nlohmann::json m = money_to_json(Money::from_cents(-123456));
  CHECK(m["cents"] == -123456);
  CHECK(m["amount"] == "-1234.56");
}

TEST_CASE("json: a successful result carries values and working") {
  const nlohmann::json j = result_to_json(calculate_aov(AovInput{Money::from_units(1'000'000), 24}));
  CHECK(j["ok"] == true);
  CHECK(j["calculator"] == "aov");
  CHECK(j["aov"]["cents"] == 50'000'000);
  CHECK(j["term_months"] == 24);
  CHECK(j["working"][1] == "AOV = 1,000,000 ÷ 2 years = 500,000");
  CHECK_FALSE(j.contains("errors"));
}

TEST_CASE("json: a failed result lists every field error and no values") {
  const nlohmann::json j = result_to_json(calculate_tcv(TcvForm{"x", "0", TermUnit::Years}));
  CHECK(j["ok"] == false);
  REQUIRE(j["errors"].size() == 2);
  CHECK(j["errors"][0]["field"] == "aov");
  CHECK(j["errors"][1]["field"] == "term");
  CHECK_FALSE(j.contains("tcv"));
  CHECK_FALSE(j.contains("working"));
}

TEST_CASE("json: a ramp year's error keeps its field name with the index in brackets") {
  const nlohmann::json j = result_to_json(calculate_ramp(RampForm{{"100000", "-5"}, ""}));
  REQUIRE(j["errors"].size() == 1);
  CHECK(j["errors"][0]["field"] == "year_amounts[1]");
  CHECK(j["errors"][0]["message"] == "The year 2 amount cannot be negative.");
}

TEST_CASE("json: deferred schedule rows, discount approval, drill problem") {
  const nlohmann::json d =
      result_to_json(calculate_deferred(DeferredInput{Money::from_units(120'000), 12, {2026, 1}, {2026, 3}, std::nullopt}));
  REQUIRE(d["rows"].size() == 14);
  CHECK(d["rows"][0]["month"] == "2026-01");
  CHECK(d["rows"][0]["in_service"] == false);
  CHECK(d["rows"][2]["subscription"]["recognised"]["amount"] == "10000.00");
  CHECK(d["rows"][2]["on_premises"]["deferred"]["cents"] == 0);
  CHECK(d["subscription_monthly"]["rounded"] == false);

  const nlohmann::json disc = result_to_json(calculate_discount(DiscountInput{Money::from_units(100'000), 2500}));
  CHECK(disc["approver"] == "VP of Sales");
  CHECK(disc["percent"] == "25%");
  CHECK(disc["net_price"]["amount"] == "75000.00");

  const nlohmann::json ramp = result_to_json(calculate_ramp(RampInput{{Money::from_units(1), Money::from_units(3)}, {}}));
  CHECK(ramp["years"][1]["acv"]["cents"] == 200);

  dealdojo::Rng rng(7);
  const nlohmann::json p = problem_to_json(generate_problem(DrillKind::Tcv, rng));
  CHECK(p["kind"] == "tcv");
  CHECK(p["prompt"].is_string());
  CHECK(p["answer"]["cents"].is_number_integer());
  CHECK(p["slips"].is_array());
}
