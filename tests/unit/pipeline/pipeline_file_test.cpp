#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/pipeline/pipeline_file.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;
using nlohmann::json;

namespace {

json minimal_file() {
  return {{"format", 1},
          {"as_of", "2026-08-10"},
          {"period", {{"start", "2026-07-01"}, {"end", "2026-09-30"}}},
          {"quota", 300000},
          {"deals",
           {{{"id", "a"}, {"stage", "proposal"}, {"amount", 48000}, {"created", "2026-06-01"}, {"close_date", "2026-09-15"}}}}};
}

PipelineLoad read(const json& file) { return read_pipeline(file.dump(), "test.json"); }

}  // namespace

TEST_CASE("pipeline file: the example file reads without problems") {
  const PipelineLoad loaded = load_pipeline_file(source_path("tests/data/pipeline/q3-pipeline.json"));
  REQUIRE_MESSAGE(loaded.ok(), lines(loaded.diagnostics));
  CHECK(loaded.diagnostics.empty());
  const Pipeline& p = *loaded.pipeline;
  CHECK(p.name == "Q3 2026: Alex and Sam");
  CHECK(format_date(p.as_of) == "2026-08-10");
  CHECK(p.quota == units(300'000));
  CHECK(same_stages(p.preset, default_preset()));
  REQUIRE(p.deals.size() == 36);
  const Deal& harbor = p.deals[3];
  CHECK(harbor.id == "harbor-renewal");
  CHECK(harbor.amount == Money::from_cents(1'850'050));  // "18500.50": cents kept exactly
  CHECK(harbor.status == DealStatus::Won);
}

TEST_CASE("pipeline file: defaults for optional fields") {
  const PipelineLoad loaded = read(minimal_file());
  REQUIRE_MESSAGE(loaded.ok(), lines(loaded.diagnostics));
  const Deal& d = loaded.pipeline->deals.at(0);
  CHECK(d.stage == kProposal);
  CHECK(d.status == DealStatus::Open);
  CHECK(d.stage_entered == d.created);
  CHECK_FALSE(d.category.has_value());
  CHECK_FALSE(d.probability.has_value());
  CHECK(d.close_date_pushes == 0);
  CHECK(loaded.pipeline->stalled_after_days == 30);
}

TEST_CASE("pipeline file: writing and reading again gives the same pipeline") {
  const PipelineLoad first = load_pipeline_file(source_path("tests/data/pipeline/q3-pipeline.json"));
  REQUIRE(first.ok());
  const std::string text = write_pipeline(*first.pipeline);
  const PipelineLoad second = read_pipeline(text, "again.json");
  REQUIRE_MESSAGE(second.ok(), lines(second.diagnostics));
  CHECK(write_pipeline(*second.pipeline) == text);
  const Pipeline& a = *first.pipeline;
  const Pipeline& b = *second.pipeline;
  REQUIRE(a.deals.size() == b.deals.size());
  for (std::size_t i = 0; i < a.deals.size(); ++i) {
    const Deal& x = a.deals[i];
    const Deal& y = b.deals[i];
    CHECK(x.id == y.id);
    CHECK(x.stage == y.stage);
    CHECK(x.amount == y.amount);
    CHECK(x.created == y.created);
    CHECK(x.stage_entered == y.stage_entered);
    CHECK(x.close_date == y.close_date);
    CHECK(x.status == y.status);
    CHECK(x.category == y.category);
    CHECK(x.probability == y.probability);
    CHECK(x.close_date_pushes == y.close_date_pushes);
  }
}

TEST_CASE("pipeline file: custom stages are read and written back") {
  json file = minimal_file();
  file["stages"] = {{{"id", "lead"}, {"name", "Lead"}, {"probability", 10}, {"conversion", 0.4}, {"forecast_category", "pipeline"}},
                    {{"id", "deal"}, {"name", "Deal"}, {"probability", 60}, {"conversion", 0.5}, {"forecast_category", "commit"},
                     {"exit_criteria", {"Signed"}}},
                    {{"id", "won"}, {"name", "Won"}, {"probability", 100}, {"forecast_category", "closed"}}};
  file["deals"][0]["stage"] = "deal";
  const PipelineLoad loaded = read(file);
  REQUIRE_MESSAGE(loaded.ok(), lines(loaded.diagnostics));
  CHECK(loaded.pipeline->preset.stages.size() == 3);
  CHECK(loaded.pipeline->deals[0].stage == 1);
  CHECK(won_stage(loaded.pipeline->preset) == 2);
  const json written = json::parse(write_pipeline(*loaded.pipeline));
  CHECK(written["stages"].size() == 3);
  CHECK(written["stages"][1]["exit_criteria"][0] == "Signed");
}

TEST_CASE("pipeline file: broken JSON is reported with its place") {
  const PipelineLoad loaded = read_pipeline("{\"format\": 1,\n  \"as_of\": }", "broken.json");
  CHECK_FALSE(loaded.ok());
  REQUIRE_FALSE(loaded.diagnostics.empty());
  CHECK(loaded.diagnostics[0].file == "broken.json");
  CHECK(loaded.diagnostics[0].message.find("line 2") != std::string::npos);
}

TEST_CASE("pipeline file: every field problem has its JSON Pointer and plain words") {
  json file = minimal_file();
  file["as_of"] = "10/08/2026";
  file["quota"] = 300000.5;
  file["deals"][0]["stage"] = "proposl";
  file["deals"][0]["amount"] = "48,00";
  file["deals"][0]["status"] = "closed";
  file["deals"][0]["probability"] = "high";
  file["deals"].push_back({{"id", "b"}, {"stage", "demo"}, {"amount", 1000}, {"created", "2026-06-31"}});
  const PipelineLoad loaded = read(file);
  CHECK_FALSE(loaded.ok());
  const std::string text = lines(loaded.diagnostics);
  CHECK(text.find("error /as_of: '10/08/2026' is not a date: write it as YYYY-MM-DD") != std::string::npos);
  CHECK(text.find("error /quota: write an amount with cents as text") != std::string::npos);
  CHECK(text.find("error /deals/0/status: 'closed' is not a status; use open, won or lost") != std::string::npos);
  CHECK(text.find("error /deals/0/stage: 'proposl' is not a stage of this pipeline (did you mean 'proposal'?)") !=
        std::string::npos);
  CHECK(text.find("error /deals/0/amount: ") != std::string::npos);
  CHECK(text.find("error /deals/0/probability: must be a whole number, not text") != std::string::npos);
  CHECK(text.find("error /deals/1/stage: 'demo' is not a stage") != std::string::npos);
  CHECK(text.find("error /deals/1/created: '2026-06-31' is not a date") != std::string::npos);
  CHECK(text.find("error /deals/1/close_date: 'close_date' is missing") != std::string::npos);
}

TEST_CASE("pipeline file: missing sections, newer formats and unknown fields") {
  const PipelineLoad empty = read(json::object());
  const std::string text = lines(empty.diagnostics);
  CHECK(text.find("error /format: 'format' is missing") != std::string::npos);
  CHECK(text.find("error /as_of: 'as_of' is missing") != std::string::npos);
  CHECK(text.find("error /period: 'period' is missing") != std::string::npos);
  CHECK(text.find("error /quota: 'quota' is missing") != std::string::npos);
  CHECK(text.find("error /deals: 'deals' is missing") != std::string::npos);

  json newer = minimal_file();
  newer["format"] = 2;
  CHECK(lines(read(newer).diagnostics).find("error /format: this file is format 2, newer than") != std::string::npos);

  json typo = minimal_file();
  typo["deals"][0]["ammount_note"] = "x";
  typo["qouta"] = 1;
  const PipelineLoad warned = read(typo);
  CHECK(warned.ok());  // unknown fields are warnings
  const std::string warnings = lines(warned.diagnostics);
  CHECK(warnings.find("warning /qouta: a pipeline file has no field 'qouta'; it is ignored (did you mean 'quota'?)") !=
        std::string::npos);
  CHECK(warnings.find("warning /deals/0/ammount_note") != std::string::npos);
}

TEST_CASE("pipeline file: checks across fields run after a clean read") {
  json file = minimal_file();
  file["deals"][0]["created"] = "2026-09-01";  // after as_of
  file["deals"].push_back(file["deals"][0]);
  const std::string text = lines(read(file).diagnostics);
  CHECK(text.find("error /deals/0/created: the deal was created on 2026-09-01, after as_of") != std::string::npos);
  CHECK(text.find("error /deals/1/id: the deal id 'a' is used twice") != std::string::npos);
}

TEST_CASE("pipeline file: a won deal may leave out its stage") {
  json file = minimal_file();
  file["deals"] = {{{"id", "w"}, {"status", "won"}, {"amount", "99.99"}, {"created", "2026-06-01"}, {"close_date", "2026-07-02"}}};
  const PipelineLoad loaded = read(file);
  REQUIRE_MESSAGE(loaded.ok(), lines(loaded.diagnostics));
  CHECK(loaded.pipeline->deals[0].stage == kPostPurchase);
  CHECK(loaded.pipeline->deals[0].amount == Money::from_cents(9999));
}

TEST_CASE("pipeline file: a missing file is a diagnostic, not a crash") {
  const PipelineLoad loaded = load_pipeline_file(source_path("tests/data/pipeline/no-such-file.json"));
  CHECK_FALSE(loaded.ok());
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].message.find("cannot be read") != std::string::npos);
}
