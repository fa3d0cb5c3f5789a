// What the Presets and Self-assessment tabs' "add" buttons insert is valid as it
// stands: the loader (through check_draft) finds no error at its place.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/studio/draft.hpp"
#include "core/studio/draft_checks.hpp"
#include "core/studio/draft_skeletons.hpp"
#include "core/studio/draft_start.hpp"

using namespace dealdojo;
using studio::Draft;
using studio::Json;

namespace {

std::string messages(const std::vector<const content::Diagnostic*>& diagnostics) {
  std::string all;
  for (const auto* d : diagnostics) all += d->to_string() + "\n";
  return all;
}

std::vector<const content::Diagnostic*> errors_at(const Draft& draft, std::string_view pointer) {
  const auto check = studio::check_draft(draft);
  std::vector<const content::Diagnostic*> errors;
  for (const auto* d : studio::problems_at(check.diagnostics, pointer)) {
    if (d->is_error()) errors.push_back(d);
  }
  return errors;
}

std::vector<std::string> ids_in(const Json& list) {
  std::vector<std::string> ids;
  for (const Json& item : list) ids.push_back(item.value("id", ""));
  return ids;
}

}  // namespace

TEST_CASE("a new preset loads without a problem, in either template") {
  for (auto kind : {studio::PackTemplate::Exam, studio::PackTemplate::Roleplay}) {
    Draft draft = studio::new_draft(kind, {});
    REQUIRE(draft.set("/pack/pipeline_presets", Json::array({studio::new_preset({})})));
    const auto check = studio::check_draft(draft);
    const auto problems = studio::problems_at(check.diagnostics, "/pack/pipeline_presets");
    INFO(messages(problems));
    CHECK(problems.empty());
    CHECK_FALSE(check.has_errors());
    REQUIRE(check.pack);
    REQUIRE(check.pack->pipeline_presets.size() == 1);
    CHECK(check.pack->pipeline_presets[0].stages.size() == 2);
  }
}

TEST_CASE("a second preset gets an id of its own") {
  Draft draft = studio::new_draft(studio::PackTemplate::Exam, {});
  REQUIRE(draft.set("/pack/pipeline_presets", Json::array({studio::new_preset({})})));
  const Json preset = studio::new_preset(ids_in(draft.at("/pack/pipeline_presets")));
  CHECK(preset["id"] != draft.at("/pack/pipeline_presets/0/id"));
  REQUIRE(draft.insert("/pack/pipeline_presets", 1, preset));
  const auto errors = errors_at(draft, "/pack/pipeline_presets");
  INFO(messages(errors));
  CHECK(errors.empty());
}

TEST_CASE("stages added, moved and removed keep the preset valid") {
  Draft draft = studio::new_draft(studio::PackTemplate::Exam, {});
  REQUIRE(draft.set("/pack/pipeline_presets", Json::array({studio::new_preset({})})));
  const std::string stages = "/pack/pipeline_presets/0/stages";

  SUBCASE("a stage added after the first") {
    Json list = draft.at(stages);
    list.insert(list.begin() + 1, studio::new_stage(ids_in(list), list[0]["probability"].get<int>()));
    REQUIRE(draft.set(stages, studio::fit_conversions(list)));
    CHECK(draft.at(stages).size() == 3);
    const auto problems = studio::problems_at(studio::check_draft(draft).diagnostics, stages);
    INFO(messages(problems));
    CHECK(problems.empty());
  }
  SUBCASE("a stage added at the end: the old last stage gains a conversion, the new one has none") {
    Json list = draft.at(stages);
    list.push_back(studio::new_stage(ids_in(list), 100));
    REQUIRE(draft.set(stages, studio::fit_conversions(list)));
    CHECK(draft.at(stages + "/1/conversion") == studio::kDefaultConversion);
    CHECK_FALSE(draft.at(stages + "/2").contains("conversion"));
    const auto problems = studio::problems_at(studio::check_draft(draft).diagnostics, stages);
    INFO(messages(problems));
    CHECK(problems.empty());
  }
  SUBCASE("the last stage moved first: conversions follow the places") {
    Json list = draft.at(stages);
    std::swap(list[0], list[1]);
    REQUIRE(draft.set(stages, studio::fit_conversions(list)));
    // The probability now falls (a warning), but nothing is an error.
    const auto errors = errors_at(draft, stages);
    INFO(messages(errors));
    CHECK(errors.empty());
    CHECK(draft.at(stages + "/0").contains("conversion"));
    CHECK_FALSE(draft.at(stages + "/1").contains("conversion"));
    // One edit: one undo takes the move back.
    REQUIRE(draft.undo());
    CHECK(draft.at(stages + "/0/id") == "first-stage");
  }
  SUBCASE("the same stage added twice has two ids") {
    Json list = draft.at(stages);
    list.insert(list.begin() + 1, studio::new_stage(ids_in(list), 10));
    list.insert(list.begin() + 1, studio::new_stage(ids_in(list), 10));
    REQUIRE(draft.set(stages, studio::fit_conversions(list)));
    CHECK(draft.at(stages + "/1/id") != draft.at(stages + "/2/id"));
    const auto errors = errors_at(draft, stages);
    INFO(messages(errors));
    CHECK(errors.empty());
  }
}

TEST_CASE("a new self-assessment loads; its one warning asks for a source") {
  for (auto kind : {studio::PackTemplate::Exam, studio::PackTemplate::Roleplay}) {
    Draft draft = studio::new_draft(kind, {});
    REQUIRE(draft.set("/pack/assessments", Json::array({studio::new_assessment({})})));
    const auto check = studio::check_draft(draft);
    const auto problems = studio::problems_at(check.diagnostics, "/pack/assessments");
    INFO(messages(problems));
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems[0]->is_error());
    CHECK(problems[0]->pointer == "/pack/assessments/0/capabilities/0/source");
    CHECK_FALSE(check.has_errors());
    REQUIRE(check.pack);
    REQUIRE(check.pack->assessments.size() == 1);
    CHECK(check.pack->assessments[0].scale.size() == content::kLevelCount);
    CHECK(check.pack->assessments[0].level_name(3) == "Practicing");
  }
}

TEST_CASE("assessments and capabilities added beside others get ids of their own") {
  Draft draft = studio::new_draft(studio::PackTemplate::Exam, {});
  REQUIRE(draft.set("/pack/assessments", Json::array({studio::new_assessment({})})));
  REQUIRE(draft.insert("/pack/assessments", 1, studio::new_assessment(ids_in(draft.at("/pack/assessments")))));
  CHECK(draft.at("/pack/assessments/1/id") == "new-assessment-2");

  const std::string capabilities = "/pack/assessments/0/capabilities";
  const Json capability = studio::new_capability(ids_in(draft.at(capabilities)), "Marketing");
  CHECK(capability["area"] == "Marketing");
  REQUIRE(draft.insert(capabilities, 1, capability));
  CHECK(draft.at(capabilities + "/1/id") == "new-capability-2");
  CHECK(studio::new_capability({}, "")["area"] == "General");

  const auto errors = errors_at(draft, "/pack/assessments");
  INFO(messages(errors));
  CHECK(errors.empty());
  CHECK_FALSE(studio::check_draft(draft).has_errors());
}
