// The studio's checks are the loader's: a draft's problems are what loading its
// exported file reports, pointed back at the draft's fields and scripts' lines.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/content/pack_loader.hpp"
#include "core/studio/draft.hpp"
#include "core/studio/draft_checks.hpp"
#include "core/studio/draft_start.hpp"

using namespace dealdojo;
using studio::Draft;
using studio::Json;

namespace {

Draft exam_draft() { return studio::new_draft(studio::PackTemplate::Exam, {}); }

std::string messages(const std::vector<content::Diagnostic>& diagnostics) {
  std::string all;
  for (const auto& d : diagnostics) all += d.to_string() + "\n";
  return all;
}

}  // namespace

TEST_CASE("both templates start as packs that load") {
  for (auto kind : {studio::PackTemplate::Exam, studio::PackTemplate::Roleplay}) {
    const Draft draft = studio::new_draft(kind, {});
    const auto check = studio::check_draft(draft);
    INFO(messages(check.diagnostics));
    CHECK_FALSE(check.has_errors());
    REQUIRE(check.pack);
    CHECK(content::load_pack_from_text(studio::export_text(draft), "x.json").pack);
  }
  const std::vector<std::string> taken{"my-pack", "my-pack-2"};
  CHECK(studio::draft_pack_id(studio::new_draft(studio::PackTemplate::Exam, taken)) == "my-pack-3");
}

TEST_CASE("a question's problem is the loader's message, on the field") {
  Draft draft = exam_draft();
  draft.set("/pack/questions/0/stem", "");
  draft.set("/pack/questions/0/correct", Json::array({"e"}));

  const auto own = studio::check_question(draft, 0).diagnostics;
  const auto stem = studio::problems_at(own, "/pack/questions/0/stem");
  REQUIRE(stem.size() == 1);
  const auto key = studio::problems_at(own, "/pack/questions/0/correct");
  REQUIRE(key.size() == 1);

  // Loading the exported file says the same thing at the same place.
  const auto loaded = content::load_pack_from_text(studio::export_text(draft), studio::export_file_name(draft));
  for (const auto* problem : {stem[0], key[0]}) {
    const std::string pack_pointer = problem->pointer.substr(std::string("/pack").size());
    CHECK(std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(), [&](const content::Diagnostic& d) {
      return d.pointer == pack_pointer && d.message == problem->message;
    }));
  }
  // The whole-draft check finds them too, at the same places.
  const auto check = studio::check_draft(draft);
  CHECK(studio::problems_at(check.diagnostics, "/pack/questions/0/stem").size() == 1);
  CHECK_FALSE(check.pack);
}

TEST_CASE("problems_at matches a place and what is inside it, not its neighbours") {
  std::vector<content::Diagnostic> found{{content::Diagnostic::Severity::Error, "p.json", "/pack/questions/10/stem", "x"},
                                         {content::Diagnostic::Severity::Error, "p.json", "/pack/questions/1", "y"}};
  CHECK(studio::problems_at(found, "/pack/questions/1").size() == 1);
  CHECK(studio::problems_at(found, "/pack/questions/10").size() == 1);
  CHECK(studio::problems_at(found, "/pack/questions").size() == 2);
}

TEST_CASE("a duplicate question id is found by the whole-draft check") {
  Draft draft = exam_draft();
  Json copy = draft.at("/pack/questions/0");
  draft.insert("/pack/questions", 1, copy);
  CHECK(studio::check_question(draft, 1).diagnostics.empty());  // alone, the copy is fine
  CHECK(studio::check_question(draft, 1).pack);
  const auto check = studio::check_draft(draft);
  CHECK(check.has_errors());
  CHECK_FALSE(studio::problems_at(check.diagnostics, "/pack/questions/1/id").empty());
}

TEST_CASE("a pasted 5 MB stem hits the loader's limit with its message") {
  Draft draft = exam_draft();
  draft.set("/pack/questions/0/stem", std::string(5 * 1024 * 1024, 'x'));
  const auto own = studio::check_question(draft, 0).diagnostics;
  const auto stem = studio::problems_at(own, "/pack/questions/0/stem");
  REQUIRE_FALSE(stem.empty());
  const auto loaded = content::load_pack_from_text(studio::export_text(draft), "x.json");
  CHECK(std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                    [&](const content::Diagnostic& d) { return d.message == stem[0]->message; }));
}

TEST_CASE("10,000 pasted options hit the loader's limit with its message") {
  Draft draft = exam_draft();
  Json options = Json::array();
  for (int i = 0; i < 10000; ++i) options.push_back({{"id", "a"}, {"text", "x"}, {"why", "y"}});
  draft.set("/pack/questions/0/options", options);
  const auto own = studio::check_question(draft, 0).diagnostics;
  const auto at_options = studio::problems_at(own, "/pack/questions/0/options");
  REQUIRE_FALSE(at_options.empty());
  const auto loaded = content::load_pack_from_text(studio::export_text(draft), studio::export_file_name(draft));
  CHECK(std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(), [&](const content::Diagnostic& d) {
    return "/pack" + d.pointer == at_options[0]->pointer && d.message == at_options[0]->message;
  }));
}

TEST_CASE("a script's problems are on its lines, and a syntax error leaves it out of the export") {
  Draft draft = studio::new_draft(studio::PackTemplate::Roleplay, {});
  std::string text = draft.at("/scripts/0/text").get<std::string>();
  const auto at = text.find("-> committed");
  REQUIRE(at != std::string::npos);
  CHECK(draft.set("/scripts/0/text", text.replace(at, 12, "-> nowhere")));
  const auto check = studio::check_draft(draft);
  INFO(messages(check.diagnostics));
  CHECK(check.has_errors());
  const auto located = std::find_if(check.diagnostics.begin(), check.diagnostics.end(), [](const content::Diagnostic& d) {
    return d.file == "first-conversation.txt" && d.pointer.rfind("line ", 0) == 0;
  });
  REQUIRE(located != check.diagnostics.end());
  CHECK(located->message.find("nowhere") != std::string::npos);

  draft.set("/scripts/0/text", "this is not a script");
  std::vector<content::Diagnostic> syntax;
  const Json bundle = studio::export_bundle(draft, &syntax);
  CHECK_FALSE(syntax.empty());
  CHECK(syntax[0].file == "first-conversation.txt");
  CHECK((!bundle.contains("roleplay") || bundle["roleplay"]["scenarios"].empty()));
}

TEST_CASE("an editable copy of a shipped pack loads, under a new id") {
  const auto shipped = content::load_pack(std::string(DEALDOJO_SOURCE_DIR) + "/content/sales-rep");
  REQUIRE(shipped.pack);
  const std::vector<std::string> taken{"sales-rep", "manufacturing"};
  const Draft copy = studio::copy_of_pack(*shipped.pack, taken);
  CHECK(studio::draft_pack_id(copy) == "sales-rep-copy");
  CHECK(copy.origin() == "copy of sales-rep");
  const auto check = studio::check_draft(copy);
  INFO(messages(check.diagnostics));
  CHECK_FALSE(check.has_errors());
  REQUIRE(check.pack);
  CHECK(check.pack->questions.size() == shipped.pack->questions.size());
  CHECK(check.pack->roleplay_scenario_count() == shipped.pack->roleplay_scenario_count());
}

TEST_CASE("opening a file: a bundle with problems opens, what is not a pack does not") {
  std::vector<content::Diagnostic> problems;
  const auto opened = studio::open_pack_text(R"({"id": "half-done", "questions": [{"id": "q"}]})", "half.json", problems);
  REQUIRE(opened);
  CHECK(problems.empty());
  CHECK(studio::check_draft(*opened).has_errors());
  CHECK_FALSE(studio::open_pack_text("[1, 2]", "list.json", problems));
  CHECK_FALSE(studio::open_pack_text("{oops", "broken.json", problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[1].file == "broken.json");
}

TEST_CASE("an id used by another loaded pack is refused with a message") {
  const std::vector<std::string> others{"sales-rep"};
  CHECK(studio::id_clash("sales-rep", others).find("already used by a loaded pack") != std::string::npos);
  CHECK(studio::id_clash("my-pack", others).empty());
}

TEST_CASE("a pack problem stays on its field when the draft also has scripts") {
  Draft draft = studio::new_draft(studio::PackTemplate::Roleplay, {});
  draft.set("/pack/title", "");
  const auto check = studio::check_draft(draft);
  INFO(messages(check.diagnostics));
  CHECK(studio::problems_at(check.diagnostics, "/pack/title").size() == 1);
  for (const auto& d : check.diagnostics) {
    if (d.file == "first-conversation.txt") CHECK(d.pointer.rfind("line ", 0) == 0);
  }
}

TEST_CASE("questions come in from CSV as one edit, and go out as CSV that reads back") {
  Draft draft = exam_draft();
  std::string why;
  const auto csv = studio::questions_csv(draft, why);
  REQUIRE(csv);
  // The same question under another id, through the spreadsheet layout.
  std::string renamed = *csv;
  const auto at = renamed.find("first-question");
  REQUIRE(at != std::string::npos);
  renamed.replace(at, std::string("first-question").size(), "from-sheet");
  std::size_t added = 0;
  const auto problems = studio::import_questions_csv(draft, renamed, "sheet.csv", added);
  INFO(messages(problems));
  CHECK_FALSE(content::has_errors(problems));
  CHECK(added == 1);
  CHECK(draft.at("/pack/questions/1/id") == "from-sheet");
  CHECK(draft.at("/pack/questions/1/stem") == draft.at("/pack/questions/0/stem"));
  CHECK_FALSE(studio::check_draft(draft).has_errors());
  CHECK(draft.undo());
  CHECK(draft.pack()["questions"].size() == 1);

  // A row with a domain the blueprint lacks: nothing is added, the row and column are named.
  std::string bad = renamed;
  const auto domain = bad.find(",discovery,");
  REQUIRE(domain != std::string::npos);
  bad.replace(domain, std::string(",discovery,").size(), ",no-such-domain,");
  const auto refused = studio::import_questions_csv(draft, bad, "sheet.csv", added);
  CHECK(added == 0);
  REQUIRE(content::has_errors(refused));
  CHECK(refused[0].file == "sheet.csv");
  CHECK(refused[0].pointer.find("row 2") != std::string::npos);
  CHECK(draft.pack()["questions"].size() == 1);

  draft.set("/pack/questions/0/stem", "");
  CHECK_FALSE(studio::questions_csv(draft, why));
  CHECK(why.find("fix them first") != std::string::npos);
}
