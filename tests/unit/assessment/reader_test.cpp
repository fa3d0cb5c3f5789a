// Reading the "assessments" section: a valid one, and the diagnostics for bad input.
#include <doctest/doctest.h>

#include "core/assessment/assessment_reader.hpp"
#include "core/content/pack_writer.hpp"
#include "unit/assessment/assessment_test_support.hpp"

using namespace assessment_test;
using content_test::lines;
using content_test::load;

namespace {

std::string problems_of(const nlohmann::json& assessment) { return lines(load(bundle_with(assessment)).diagnostics); }

}  // namespace

TEST_CASE("a valid assessment loads with every field") {
  const auto result = load(bundle_with(valid_assessment()));
  REQUIRE(result.pack.has_value());
  CHECK(lines(result.diagnostics).empty());
  REQUIRE(result.pack->assessments.size() == 1);
  const auto& a = result.pack->assessments.front();
  CHECK(a.id == "maturity");
  CHECK(a.scale.size() == 5);
  CHECK(a.level_name(3) == "Practicing");
  CHECK(a.level_name(6).empty());
  REQUIRE(a.capabilities.size() == 3);
  const auto* cpq = a.find_capability("cpq");
  REQUIRE(cpq != nullptr);
  CHECK(cpq->minimum == 4);
  CHECK(cpq->recommended == 5);
  CHECK(cpq->level_text(2) == "cpq at level 2");
  CHECK(cpq->level_text(0).empty());
  CHECK(cpq->best_practices.size() == 2);
  CHECK(a.areas() == std::vector<std::string>{"Sales", "Marketing"});
}

TEST_CASE("a missing level description is an error at its place") {
  nlohmann::json a = valid_assessment();
  a["capabilities"][1]["levels"].erase("3");
  CHECK(problems_of(a) ==
        "error: test.json: /assessments/0/capabilities/1/levels/3: '3' is missing: add what level 3 looks like "
        "for this capability\n");
}

TEST_CASE("missing levels altogether are an error") {
  nlohmann::json a = valid_assessment();
  a["capabilities"][0].erase("levels");
  CHECK(problems_of(a) ==
        "error: test.json: /assessments/0/capabilities/0/levels: 'levels' is missing: add {\"1\": \"...\", ..., "
        "\"5\": \"...\"} describing each level\n");
}

TEST_CASE("a minimum above the recommended level is an error") {
  nlohmann::json a = valid_assessment();
  a["capabilities"][2]["minimum"] = 5;
  a["capabilities"][2]["recommended"] = 3;
  CHECK(problems_of(a) ==
        "error: test.json: /assessments/0/capabilities/2/recommended: the recommended level 3 is below the minimum "
        "level 5; it must be at least the minimum\n");
}

TEST_CASE("levels outside 1 to 5 are errors") {
  nlohmann::json a = valid_assessment();
  a["capabilities"][0]["minimum"] = 0;
  a["capabilities"][0]["levels"]["6"] = "beyond the scale";
  a["scale"][4]["level"] = 7;
  const std::string problems = problems_of(a);
  CHECK(problems.find("error: test.json: /assessments/0/scale/4/level: ") != std::string::npos);
  CHECK(problems.find("error: test.json: /assessments/0/capabilities/0/minimum: ") != std::string::npos);
  CHECK(problems.find("error: test.json: /assessments/0/capabilities/0/levels/6: '6' is not a level: the levels "
                      "are \"1\" to \"5\"\n") != std::string::npos);
}

TEST_CASE("a scale must list the five levels once each in order") {
  nlohmann::json a = valid_assessment();
  a["scale"][3]["level"] = 3;
  a["scale"].erase(4);
  CHECK(problems_of(a) ==
        "error: test.json: /assessments/0/scale/3/level: level 3 is listed twice\n");
  nlohmann::json short_scale = valid_assessment();
  short_scale["scale"].erase(4);
  CHECK(problems_of(short_scale) ==
        "error: test.json: /assessments/0/scale: the scale has 4 levels; it needs exactly 5 (1 to 5)\n");
}

TEST_CASE("duplicate capability ids are an error naming the first") {
  nlohmann::json a = valid_assessment();
  a["capabilities"][2]["id"] = "forecasting";
  CHECK(problems_of(a) ==
        "error: test.json: /assessments/0/capabilities/2/id: the capability id 'forecasting' is used twice; the "
        "first is at /assessments/0/capabilities/0\n");
}

TEST_CASE("duplicate assessment ids in a pack are an error") {
  nlohmann::json pack = bundle_with(valid_assessment());
  pack["assessments"].push_back(valid_assessment());
  CHECK(lines(load(pack).diagnostics) ==
        "error: test.json: /assessments/1/id: the assessment id 'maturity' is used twice; the first is in test.json "
        "at /assessments/0\n");
}

TEST_CASE("a capability without a source gets a warning and still loads") {
  nlohmann::json a = valid_assessment();
  a["capabilities"][0].erase("source");
  const auto result = load(bundle_with(a));
  CHECK(result.pack.has_value());
  CHECK(lines(result.diagnostics) ==
        "warning: test.json: /assessments/0/capabilities/0/source: has no source: say where the levels come from\n");
}

TEST_CASE("a bundle written with assessments reads back the same") {
  const auto first = load(bundle_with(valid_assessment()));
  REQUIRE(first.pack.has_value());
  const std::string text = dealdojo::content::save_pack_bundle(*first.pack);
  const auto again = dealdojo::content::load_pack_from_text(text, "again.json");
  REQUIRE(again.pack.has_value());
  REQUIRE(again.pack->assessments.size() == 1);
  CHECK(dealdojo::content::save_pack_bundle(*again.pack) == text);
}

TEST_CASE("ratings files are read and checked against the assessment") {
  const auto pack = load(bundle_with(valid_assessment()));
  REQUIRE(pack.pack.has_value());
  const auto& a = pack.pack->assessments.front();
  using dealdojo::assessment::read_ratings;

  const auto ok = read_ratings(R"({"assessment": "maturity", "ratings": {"forecasting": 2, "cpq": null}})", "r.json", a);
  CHECK(ok.ok());
  CHECK(ok.ratings == dealdojo::assessment::Ratings{{"forecasting", 2}});

  const auto bad = read_ratings(R"({"assessment": "other", "ratings": {"forcasting": 2, "cpq": 9}})", "r.json", a);
  CHECK_FALSE(bad.ok());
  const std::string problems = lines(bad.diagnostics);
  CHECK(problems.find("error: r.json: /assessment: these ratings are for the assessment 'other', not 'maturity'\n") !=
        std::string::npos);
  CHECK(problems.find("error: r.json: /ratings/forcasting: 'forcasting' is not a capability of 'maturity'; did you "
                      "mean 'forecasting'?\n") != std::string::npos);
  CHECK(problems.find("error: r.json: /ratings/cpq: ") != std::string::npos);
  CHECK(bad.ratings.empty());

  CHECK_FALSE(read_ratings("[1, 2]", "r.json", a).ok());
  CHECK_FALSE(read_ratings("{\"ratings\": ", "r.json", a).ok());
}
