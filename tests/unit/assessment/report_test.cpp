// The self-assessment report: gaps, statuses, priority order, area summary, exports.
#include <doctest/doctest.h>

#include "core/assessment/assessment_reader.hpp"
#include "core/assessment/assessment_report.hpp"
#include "unit/assessment/assessment_test_support.hpp"

using namespace assessment_test;
namespace as = dealdojo::assessment;

namespace {

as::Assessment loaded_assessment() {
  const auto result = content_test::load(bundle_with(valid_assessment()));
  REQUIRE(result.pack.has_value());
  return result.pack->assessments.front();
}

std::vector<std::string> order_of(const as::Report& report) {
  std::vector<std::string> ids;
  for (const auto& item : report.items) ids.push_back(item.capability->id);
  return ids;
}

}  // namespace

TEST_CASE("gaps and statuses follow the minimum and recommended levels") {
  const as::Assessment a = loaded_assessment();
  // forecasting 3/4 rated 1; cpq 4/5 rated 4; journeys 2/4 rated 5.
  const as::Report report = as::build_report(a, {{"forecasting", 1}, {"cpq", 4}, {"journeys", 5}});
  const auto* forecasting = report.find("forecasting");
  REQUIRE(forecasting != nullptr);
  CHECK(forecasting->status == as::Status::BelowMinimum);
  CHECK(forecasting->gap_to_minimum == 2);
  CHECK(forecasting->gap_to_recommended == 3);
  CHECK(forecasting->practices.size() == 2);
  const auto* cpq = report.find("cpq");
  CHECK(cpq->status == as::Status::AtMinimum);
  CHECK(cpq->gap_to_minimum == 0);
  CHECK(cpq->gap_to_recommended == 1);
  CHECK(cpq->practices.front() == "First practice for cpq");
  const auto* journeys = report.find("journeys");
  CHECK(journeys->status == as::Status::AtRecommended);
  CHECK(journeys->gap_to_recommended == 0);
  CHECK(journeys->practices.empty());
  CHECK(report.totals.below_minimum == 1);
  CHECK(report.totals.at_minimum == 1);
  CHECK(report.totals.at_recommended == 1);
  CHECK(report.totals.gap_to_minimum == 2);
  CHECK(report.totals.gap_to_recommended == 4);
}

TEST_CASE("exactly the recommended level counts as at recommended and the minimum as at minimum") {
  const as::Assessment a = loaded_assessment();
  const auto& forecasting = *a.find_capability("forecasting");
  CHECK(as::status_of(forecasting, 2) == as::Status::BelowMinimum);
  CHECK(as::status_of(forecasting, 3) == as::Status::AtMinimum);
  CHECK(as::status_of(forecasting, 4) == as::Status::AtRecommended);
  CHECK(as::status_of(forecasting, 5) == as::Status::AtRecommended);
  CHECK(as::status_of(forecasting, std::nullopt) == as::Status::Unrated);
  CHECK(as::status_of(forecasting, 9) == as::Status::Unrated);
}

TEST_CASE("the report lists below minimum first with the largest gap first") {
  const as::Assessment a = loaded_assessment();
  // forecasting 3/4 rated 2 (gap 1 to minimum); cpq 4/5 rated 1 (gap 3); journeys unrated.
  CHECK(order_of(as::build_report(a, {{"forecasting", 2}, {"cpq", 1}})) ==
        std::vector<std::string>{"cpq", "forecasting", "journeys"});
  // All at minimum: the larger gap to recommended first (journeys 2/4 rated 2: gap 2).
  CHECK(order_of(as::build_report(a, {{"forecasting", 3}, {"cpq", 4}, {"journeys", 2}})) ==
        std::vector<std::string>{"journeys", "forecasting", "cpq"});
  // At recommended goes last, after unrated; ties keep the assessment order.
  CHECK(order_of(as::build_report(a, {{"forecasting", 5}})) == std::vector<std::string>{"cpq", "journeys", "forecasting"});
  CHECK(order_of(as::build_report(a, {})) == std::vector<std::string>{"forecasting", "cpq", "journeys"});
}

TEST_CASE("the area summary counts each area separately") {
  const as::Assessment a = loaded_assessment();
  const as::Report report = as::build_report(a, {{"forecasting", 1}, {"cpq", 5}});
  REQUIRE(report.areas.size() == 2);
  CHECK(report.areas[0].area == "Sales");
  CHECK(report.areas[0].counts.capabilities == 2);
  CHECK(report.areas[0].counts.below_minimum == 1);
  CHECK(report.areas[0].counts.at_recommended == 1);
  CHECK(report.areas[0].counts.gap_to_recommended == 3);
  CHECK(report.areas[1].area == "Marketing");
  CHECK(report.areas[1].counts.unrated == 1);
  CHECK(report.areas[1].counts.rated == 0);
}

TEST_CASE("the text and JSON exports carry statuses gaps and practices") {
  const as::Assessment a = loaded_assessment();
  const as::Report report = as::build_report(a, {{"forecasting", 1}, {"cpq", 4}, {"journeys", 5}});
  const std::string text = as::report_to_text(report);
  CHECK(text.find("Rated 3 of 3: 1 below minimum, 1 at minimum, 1 at or above recommended.\n") != std::string::npos);
  CHECK(text.find("1. Name of forecasting (Sales) - Below minimum\n"
                  "   Rated 1 (Minimal); minimum 3 (Practicing); recommended 4 (Optimized)\n"
                  "   Gap: 2 levels to minimum, 3 levels to recommended\n"
                  "   To close the gap:\n"
                  "   - First practice for forecasting\n") != std::string::npos);
  CHECK(text.find("3. Name of journeys (Marketing) - At or above recommended\n") != std::string::npos);

  const nlohmann::ordered_json j = as::report_to_json(report);
  CHECK(j["assessment"] == "maturity");
  CHECK(j["summary"]["below_minimum"] == 1);
  CHECK(j["capabilities"][0]["id"] == "forecasting");
  CHECK(j["capabilities"][0]["status"] == "below_minimum");
  CHECK(j["capabilities"][0]["gap_to_recommended"] == 3);
  CHECK(j["capabilities"][1]["status"] == "at_minimum");
  CHECK(j["capabilities"][2]["practices"].empty());
  CHECK(j["areas"][1]["area"] == "Marketing");

  const auto unrated = as::report_to_json(as::build_report(a, {}));
  CHECK(unrated["capabilities"][0]["rating"].is_null());
  CHECK(unrated["capabilities"][0]["status"] == "unrated");
}

TEST_CASE("ratings round-trip through their JSON form") {
  const as::Assessment a = loaded_assessment();
  const as::Ratings ratings{{"forecasting", 2}, {"journeys", 5}};
  const auto j = as::ratings_to_json(a, ratings);
  CHECK(j.dump() == R"({"assessment":"maturity","ratings":{"forecasting":2,"journeys":5}})");
  CHECK(as::read_ratings(j.dump(), "r.json", a).ratings == ratings);
}
