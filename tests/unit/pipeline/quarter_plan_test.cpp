#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/pipeline/quarter_plan.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;
using nlohmann::json;

namespace {
PlanLoad read(const json& plan) { return read_plan(plan.dump(), "plan.json", QuarterConfig{}); }
}  // namespace

TEST_CASE("plan file: the example plan reads, and its last week repeats") {
  const PlanLoad loaded = load_plan_file(source_path("tests/data/pipeline/balanced-plan.json"), QuarterConfig{});
  REQUIRE_MESSAGE(loaded.ok(), lines(loaded.diagnostics));
  const QuarterPlan& plan = *loaded.plan;
  CHECK(plan.name == "Balanced");
  REQUIRE(plan.weeks.size() == 5);
  CHECK(plan.for_week(1)[Activity::Prospecting] == 8);
  CHECK(plan.for_week(5)[Activity::Prospecting] == 10);
  CHECK(plan.for_week(13)[Activity::Prospecting] == 10);
  CHECK(plan.for_week(13).total() == 40);
}

TEST_CASE("plan file: a missing activity is 0 hours; write and read again") {
  const PlanLoad loaded = read({{"format", 1}, {"weeks", {{{"demos", 12}}}}});
  REQUIRE(loaded.ok());
  CHECK(loaded.plan->weeks[0][Activity::Demos] == 12);
  CHECK(loaded.plan->weeks[0].total() == 12);
  const PlanLoad again = read_plan(write_plan(*loaded.plan), "again.json", QuarterConfig{});
  REQUIRE(again.ok());
  CHECK(again.plan->weeks[0].hours == loaded.plan->weeks[0].hours);
}

TEST_CASE("plan file: each problem has its JSON Pointer") {
  const json plan = {{"format", 1},
                     {"weeks",
                      {{{"prospecting", 10}, {"demo", 5}},
                       {{"prospecting", 30}, {"negotiation", 20}},
                       {{"qualifying", -2}},
                       {{"proposals", 4.5}},
                       "ten hours"}}};
  const PlanLoad loaded = read(plan);
  CHECK_FALSE(loaded.ok());
  const std::string text = lines(loaded.diagnostics);
  CHECK(text.find("error /weeks/0/demo: 'demo' is not an activity; use prospecting, qualifying, demos, proposals, "
                  "negotiation or account_care (did you mean 'demos'?)") != std::string::npos);
  CHECK(text.find("error /weeks/1: the week's hours add up to 50; there are only 40 to share") != std::string::npos);
  CHECK(text.find("error /weeks/2/qualifying: must be between 0 and 40, not -2") != std::string::npos);
  CHECK(text.find("error /weeks/3/proposals: must be a whole number") != std::string::npos);
  CHECK(text.find("error /weeks/4: a week must be an object") != std::string::npos);
}

TEST_CASE("plan file: the number of weeks and the format") {
  json too_many = {{"format", 1}, {"weeks", json::array()}};
  for (int i = 0; i < 14; ++i) too_many["weeks"].push_back({{"demos", 1}});
  CHECK(lines(read(too_many).diagnostics).find("error /weeks: a plan has 1 to 13 weeks") != std::string::npos);
  CHECK(lines(read({{"format", 1}, {"weeks", json::array()}}).diagnostics).find("error /weeks: a plan has 1 to 13 weeks") !=
        std::string::npos);
  CHECK(lines(read({{"weeks", {{{"demos", 1}}}}}).diagnostics).find("error /format: 'format' is missing") !=
        std::string::npos);
  CHECK(lines(read({{"format", 2}, {"weeks", {{{"demos", 1}}}}}).diagnostics).find("error /format: this plan is format 2") !=
        std::string::npos);
  CHECK_FALSE(read_plan("[1, 2", "broken.json", QuarterConfig{}).ok());
}

TEST_CASE("plan file: a week may say how it works the playbooks") {
  const PlanLoad loaded = read({{"format", 1}, {"weeks", {{{"demos", 8}}, {{"demos", 8}, {"playbook", "shortcut"}}, {{"playbook", "follow"}}}}});
  REQUIRE_MESSAGE(loaded.ok(), lines(loaded.diagnostics));
  CHECK(loaded.plan->weeks[0].playbook == PlaybookDiscipline::Follow);  // the default
  CHECK(loaded.plan->weeks[1].playbook == PlaybookDiscipline::Shortcut);
  CHECK(loaded.plan->weeks[1][Activity::Demos] == 8);
  CHECK(loaded.plan->weeks[2].playbook == PlaybookDiscipline::Follow);
  const std::string written = write_plan(*loaded.plan);
  CHECK(written.find("\"playbook\": \"shortcut\"") != std::string::npos);
  CHECK(written.find("\"playbook\": \"follow\"") == std::string::npos);  // follow is not written: old plans stay as they were
  const PlanLoad again = read_plan(written, "again.json", QuarterConfig{});
  REQUIRE(again.ok());
  CHECK(again.plan->weeks == loaded.plan->weeks);

  const std::string text = lines(read({{"format", 1}, {"weeks", {{{"playbook", "skip"}}, {{"playbook", 1}}}}}).diagnostics);
  CHECK(text.find("error /weeks/0/playbook: 'skip' is not a playbook discipline; use follow or shortcut") != std::string::npos);
  CHECK(text.find("error /weeks/1/playbook: must be text") != std::string::npos);
}
