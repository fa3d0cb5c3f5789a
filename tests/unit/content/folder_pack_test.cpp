// Folder packs: the example pack, the default pack, and how content files are found.
#include <doctest/doctest.h>

#include "content_test_support.hpp"
#include "core/content/pack_writer.hpp"

using namespace content_test;
using dealdojo::content::Difficulty;
using dealdojo::content::ForecastCategory;
using dealdojo::content::load_pack;
using dealdojo::content::QuestionKind;

TEST_CASE("the example pack loads with every part of the format and no problems") {
  const auto result = load_pack(source_dir() / "content/example");
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  const auto& pack = *result.pack;
  CHECK(pack.manifest.id == "example");
  CHECK(pack.manifest.locale == "en-GB");
  CHECK_FALSE(pack.manifest.description.empty());
  REQUIRE(pack.blueprint);
  CHECK(pack.blueprint->domains.size() == 2);
  CHECK(pack.questions.size() == 5);
  // Files are read in path order: questions/closing.json before questions/discovery.json.
  CHECK(pack.questions.front().id == "trial-commitment");
  const auto* multiple = pack.find_question("open-discovery-questions");
  REQUIRE(multiple != nullptr);
  CHECK(multiple->kind == QuestionKind::Multiple);
  CHECK(multiple->choose == 2);
  CHECK(multiple->options.size() == 5);
  CHECK(pack.find_question("next-step-agreed")->difficulty == Difficulty::Hard);
  CHECK(pack.glossary.size() == 3);  // two from glossary/, one from a questions file
  REQUIRE(pack.pipeline_presets.size() == 1);
  const auto& stages = pack.pipeline_presets[0].stages;
  REQUIRE(stages.size() == 4);
  CHECK(stages[1].forecast_category == ForecastCategory::BestCase);
  CHECK(stages[0].conversion == doctest::Approx(0.5));
  CHECK(stages[3].exit_criteria.empty());
  CHECK(pack.roleplay_scenario_count() == 1);
  CHECK(pack.roleplay["scenarios"][0]["id"] == "too-small");
}

TEST_CASE("the default sales-rep pack has no errors and its blueprint") {
  const auto result = load_pack(source_dir() / "content/sales-rep");
  CHECK_FALSE(result.has_errors());
  REQUIRE(result.pack);
  const auto& bp = *result.pack->blueprint;
  CHECK(bp.questions == 60);
  CHECK(bp.minutes == 105);
  CHECK(bp.pass_percent == 70);
  REQUIRE(bp.domains.size() == 6);
  CHECK(bp.domains[2].id == "deal-management");
  CHECK(bp.domains[2].weight == 37);
  REQUIRE(result.pack->pipeline_presets.size() == 1);
  CHECK(result.pack->pipeline_presets[0].stages.size() == 7);
  CHECK(result.pack->pipeline_presets[0].stages.back().name == "Post-purchase");
}

TEST_CASE("a folder's pack.json loads the whole folder") {
  const auto via_manifest = load_pack(source_dir() / "content/example/pack.json");
  REQUIRE(via_manifest.pack);
  CHECK(via_manifest.pack->questions.size() == 5);
}

TEST_CASE("a folder pack and its bundle load to the same pack") {
  const auto folder = load_pack(source_dir() / "content/example");
  REQUIRE(folder.pack);
  const std::string bundle = dealdojo::content::save_pack_bundle(*folder.pack);
  const auto reloaded = dealdojo::content::load_pack_from_text(bundle, "example.json");
  CHECK(lines(reloaded.diagnostics) == "");
  REQUIRE(reloaded.pack);
  CHECK(dealdojo::content::save_pack_bundle(*reloaded.pack) == bundle);
}

TEST_CASE("the loader says where each role-play scenario was read") {
  const auto folder = load_pack(source_dir() / "content/example");
  REQUIRE(folder.pack);
  REQUIRE(folder.scenario_places.size() == 1);
  CHECK(folder.scenario_places[0].file == "roleplay/too-small.json");
  CHECK(folder.scenario_places[0].pointer == "/roleplay/scenarios/0");

  const auto bundled =
      dealdojo::content::load_pack_from_text(dealdojo::content::save_pack_bundle(*folder.pack), "example.json");
  REQUIRE(bundled.scenario_places.size() == 1);
  CHECK(bundled.scenario_places[0].file == "example.json");
  CHECK(bundled.scenario_places[0].pointer == "/roleplay/scenarios/0");
}

TEST_CASE("a folder without pack.json is reported") {
  ScratchDir dir;
  dir.write("questions/a.json", R"({"questions": []})");
  const auto result = load_pack(dir.path());
  CHECK(lines(result.diagnostics) ==
        "error: pack.json: this folder has no pack.json: a pack folder needs its manifest in pack.json\n");
}

TEST_CASE("content files: unknown sections are errors, other files are ignored") {
  ScratchDir dir;
  nlohmann::json manifest = valid_bundle();
  nlohmann::json questions = {{"questions", manifest["questions"]}};
  manifest.erase("questions");
  manifest.erase("glossary");
  dir.write("pack.json", manifest.dump());
  dir.write("questions/deep/nested/q.json", questions.dump());
  dir.write("questions/typo.json", R"({"question": []})");
  dir.write("questions/notes.txt", "not JSON, not read");
  dir.write("questions/.hidden.json", "not read either");
  dir.write("other/stray.json", "outside the content folders");
  const auto result = load_pack(dir.path());
  CHECK(lines(result.diagnostics) ==
        "error: questions/typo.json: /question: a content file holds only the sections questions, glossary, "
        "pipeline_presets, roleplay, assessments and guidance, not 'question' (did you mean 'questions'?)\n"
        "warning: questions/typo.json: this file holds no section (questions, glossary, pipeline_presets, roleplay, "
        "assessments, guidance)\n");
}

TEST_CASE("ids are unique across the files of a folder pack") {
  ScratchDir dir;
  nlohmann::json manifest = valid_bundle();
  manifest.erase("questions");
  manifest.erase("glossary");
  dir.write("pack.json", manifest.dump());
  dir.write("questions/a.json", nlohmann::json({{"questions", {valid_question("same")}}}).dump());
  dir.write("questions/b.json", nlohmann::json({{"questions", {valid_question("same")}}}).dump());
  const auto result = load_pack(dir.path());
  CHECK(lines(result.diagnostics) ==
        "error: questions/b.json: /questions/0/id: the question id 'same' is used twice; the first is in "
        "questions/a.json at /questions/0\n");
}

TEST_CASE("folder limits: file count and file size") {
  ScratchDir dir;
  nlohmann::json manifest = valid_bundle();
  manifest.erase("questions");
  manifest.erase("glossary");
  manifest["blueprint"]["questions"] = 1;
  dir.write("pack.json", manifest.dump());
  for (int i = 0; i < 3; ++i) dir.write("glossary/g" + std::to_string(i) + ".json", R"({"glossary": []})");
  dealdojo::content::Limits few_files;
  few_files.max_files = 2;
  CHECK(lines(load_pack(dir.path(), few_files).diagnostics).find(
            "error: glossary/: the pack has more than 2 content files; merge some of them") == 0);
  dealdojo::content::Limits small_files;
  small_files.max_file_bytes = 100;
  CHECK(lines(load_pack(dir.path(), small_files).diagnostics).find("error: pack.json: the file is ") == 0);
}

TEST_CASE("a path that is neither a pack folder nor a file is reported") {
  const auto result = load_pack(source_dir() / "no-such-pack");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message == "there is no file or folder here");
}

TEST_CASE("a pack lists every character above ASCII its files use, written out or escaped") {
  nlohmann::json bundle = valid_bundle();
  bundle["questions"][0]["stem"] = "Is a margin \u2265 20% safe?";        // ≥ as UTF-8 in the file
  bundle["glossary"][0]["definition"] = "A sales target, in \xc2\xa3.";    // £
  std::string text = bundle.dump();                                       // nlohmann writes UTF-8 as is
  const std::string plain = "\"explanation\":\"Because.\"";
  REQUIRE(text.find(plain) != std::string::npos);
  text.replace(text.find(plain), plain.size(), "\"explanation\":\"Because \\u2260 \\u00e9.\"");  // ≠ é escaped
  const auto result = dealdojo::content::load_pack_from_text(text, "chars.json");
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  CHECK(result.pack->characters == std::vector<char32_t>{0xA3, 0xE9, 0x2260, 0x2265});

  // A folder pack: every content file counts, sorted and once each.
  ScratchDir dir;
  nlohmann::json manifest = valid_bundle();
  manifest.erase("questions");
  manifest.erase("glossary");
  manifest["title"] = "Caf\xc3\xa9 pack";  // é
  dir.write("pack.json", manifest.dump());
  dir.write("questions/a.json", nlohmann::json{{"questions", {valid_question("q1"), valid_question("q2")}}}.dump());
  nlohmann::json terms = {{"glossary", {{{"id", "delta"}, {"term", "\xce\x94 (delta)"}, {"definition", "A change \xe2\x86\x92."}}}}};
  dir.write("glossary/terms.json", terms.dump());  // Δ and →
  const auto folder = load_pack(dir.path());
  CHECK(lines(folder.diagnostics) == "");
  REQUIRE(folder.pack);
  CHECK(folder.pack->characters == std::vector<char32_t>{0xE9, 0x394, 0x2192});

  const auto ascii_only = load(valid_bundle());
  REQUIRE(ascii_only.pack);
  CHECK(ascii_only.pack->characters.empty());
}
