// The studio's draft: edits, undo and redo (typing merged into one step), saving
// and reading back, and damaged saves refused with the place.
#include <doctest/doctest.h>

#include <map>

#include "core/studio/draft.hpp"
#include "core/studio/draft_start.hpp"
#include "core/studio/studio.hpp"

using namespace dealdojo;
using studio::Draft;
using studio::Json;

namespace {

Draft two_question_draft() {
  Json pack = {{"id", "team-pack"}, {"title", "Team"}, {"questions", Json::array({{{"id", "q1"}}, {{"id", "q2"}}})}};
  return Draft(pack);
}

}  // namespace

TEST_CASE("typing into one field undoes as one step, and redo puts it back") {
  Draft draft = two_question_draft();
  for (const char* text : {"W", "Wh", "Wha", "What"}) CHECK(draft.set("/pack/questions/0/stem", text, "stem-q1"));
  draft.seal();
  CHECK(draft.set("/pack/title", "Team pack", "title"));
  CHECK(draft.at("/pack/questions/0/stem") == "What");

  CHECK(draft.undo());
  CHECK(draft.at("/pack/title") == "Team");
  CHECK(draft.undo());
  CHECK(draft.at("/pack/questions/0/stem").is_null());  // the field did not exist before
  CHECK_FALSE(draft.pack()["questions"][0].contains("stem"));
  CHECK_FALSE(draft.can_undo());

  CHECK(draft.redo());
  CHECK(draft.at("/pack/questions/0/stem") == "What");
  CHECK(draft.last_changed() == "/pack/questions/0/stem");
  CHECK(draft.redo());
  CHECK(draft.at("/pack/title") == "Team pack");
  CHECK_FALSE(draft.can_redo());
}

TEST_CASE("a field that lost focus starts a new undo step even with the same key") {
  Draft draft = two_question_draft();
  draft.set("/pack/title", "A", "title");
  draft.seal();
  draft.set("/pack/title", "AB", "title");
  draft.undo();
  CHECK(draft.at("/pack/title") == "A");
}

TEST_CASE("inserting and removing list items undo in place") {
  Draft draft = two_question_draft();
  CHECK(draft.insert("/pack/questions", 1, Json{{"id", "between"}}));
  CHECK(draft.pack()["questions"].size() == 3);
  CHECK(draft.at("/pack/questions/1/id") == "between");
  CHECK(draft.remove("/pack/questions/0"));
  CHECK(draft.at("/pack/questions/0/id") == "between");

  CHECK(draft.undo());
  CHECK(draft.at("/pack/questions/0/id") == "q1");
  CHECK(draft.undo());
  CHECK(draft.pack()["questions"] == Json::array({{{"id", "q1"}}, {{"id", "q2"}}}));
  CHECK(draft.redo());
  CHECK(draft.redo());
  CHECK(draft.pack()["questions"] == Json::array({{{"id", "between"}}, {{"id", "q2"}}}));
  // Appending by setting one past the end is an insert too.
  CHECK(draft.set("/pack/questions/2", Json{{"id", "last"}}));
  CHECK(draft.undo());
  CHECK(draft.pack()["questions"].size() == 2);
}

TEST_CASE("an edit after undo forgets the redo; unchanged values and bad places change nothing") {
  Draft draft = two_question_draft();
  draft.set("/pack/title", "One");
  draft.undo();
  draft.set("/pack/title", "Two");
  CHECK_FALSE(draft.can_redo());
  const auto revision = draft.revision();
  CHECK_FALSE(draft.set("/pack/title", "Two"));
  CHECK_FALSE(draft.set("/pack/questions/7/stem", "x"));
  CHECK_FALSE(draft.set("/pack/nowhere/deep", "x"));
  CHECK_FALSE(draft.set("no-slash", "x"));
  CHECK_FALSE(draft.insert("/pack/title", 0, "x"));
  CHECK_FALSE(draft.remove("/pack/questions/9"));
  CHECK(draft.revision() == revision);
}

TEST_CASE("undo keeps at most kMaxUndo steps") {
  Draft draft = two_question_draft();
  for (std::size_t i = 0; i < studio::kMaxUndo + 20; ++i) draft.set("/pack/title", "t" + std::to_string(i));
  std::size_t undone = 0;
  while (draft.undo()) ++undone;
  CHECK(undone == studio::kMaxUndo);
  CHECK(draft.at("/pack/title") == "t19");
}

TEST_CASE("a saved draft reads back with its pack, scripts and origin") {
  Draft draft = studio::new_draft(studio::PackTemplate::Roleplay, {});
  draft.set("/pack/title", "Renamed");
  std::vector<content::Diagnostic> problems;
  const auto read = Draft::read_saved(draft.save_text(), "draft.json", problems);
  REQUIRE(read);
  CHECK(problems.empty());
  CHECK(read->document() == draft.document());
  CHECK(read->origin() == "new role-play pack");
  CHECK_FALSE(read->can_undo());
}

TEST_CASE("a damaged draft is refused with the place") {
  const auto problem_of = [](std::string_view text) {
    std::vector<content::Diagnostic> problems;
    CHECK_FALSE(Draft::read_saved(text, "studio/draft.json", problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == "studio/draft.json");
    return problems[0].pointer + ": " + problems[0].message;
  };
  CHECK(problem_of("{\"studio_draft\": 1, \"pack\": {").find("not JSON") != std::string::npos);
  CHECK(problem_of("[]").find("must be an object") != std::string::npos);
  CHECK(problem_of(R"({"studio_draft": 9, "pack": {}, "scripts": []})").find("/studio_draft: must be 1") == 0);
  CHECK(problem_of(R"({"studio_draft": 1, "pack": [], "scripts": []})").find("/pack:") == 0);
  CHECK(problem_of(R"({"studio_draft": 1, "pack": {}, "scripts": [{"file": "a.txt"}]})").find("/scripts/0:") == 0);
}

TEST_CASE("the studio's revision moves on starts, closes, edits and notes, and never goes back") {
  studio::Studio studio;
  CHECK_FALSE(studio.has_draft());
  const auto r0 = studio.revision();
  studio.start(studio::new_draft(studio::PackTemplate::Exam, {}));
  const auto r1 = studio.revision();
  CHECK(r1 > r0);
  studio.draft().set("/pack/title", "X");
  const auto r2 = studio.revision();
  CHECK(r2 > r1);
  studio.draft().set_meta("studied_as", "my-pack");
  CHECK(studio.revision() > r2);
  const std::string saved = studio.draft().save_text();
  const auto r3 = studio.revision();
  studio.close();
  CHECK(studio.revision() > r3);
  std::vector<content::Diagnostic> problems;
  REQUIRE(studio.restore(saved, "draft.json", problems));
  CHECK(studio.draft().meta("studied_as") == "my-pack");
  CHECK(studio.draft().at("/pack/title") == "X");
  CHECK(studio.revision() > r3);
}

namespace {

Draft big_draft(std::size_t questions) {
  Json list = Json::array();
  for (std::size_t i = 0; i < questions; ++i) list.push_back({{"id", "q-" + std::to_string(i)}, {"stem", "s"}});
  return Draft(Json{{"id", "big"}, {"title", "Big"}, {"questions", std::move(list)}});
}

// Reads a save back the way the app does, from the files written so far.
std::optional<Draft> read_back(const std::map<std::string, std::string>& files, const std::string& main,
                               std::vector<content::Diagnostic>& problems) {
  return Draft::read_saved(main, "studio/draft.json", problems, [&](const std::string& name) -> std::optional<std::string> {
    const auto found = files.find(name);
    if (found == files.end()) return std::nullopt;
    return found->second;
  });
}

}  // namespace

TEST_CASE("a big draft is saved in question files, and a save writes only the files that changed") {
  Draft draft = big_draft(2100);  // five files of up to 500
  std::map<std::string, std::string> disk;
  const auto save = [&](std::uint64_t stamp) {
    const studio::DraftSave files = draft.save_files(stamp);
    std::vector<std::string> written;
    for (const auto& [name, text] : files.chunk_files) {
      disk[name] = text;
      written.push_back(name);
    }
    draft.saved(files);
    return std::pair{files, written};
  };
  auto [first, written] = save(1);
  CHECK(first.chunk_names.size() == 5);
  CHECK(written.size() == 5);
  CHECK(first.main_text.find("\"questions\"") == std::string::npos);
  CHECK(first.main_text.find("questions-1-4.json") != std::string::npos);

  draft.set("/pack/questions/700/stem", "changed", "stem");  // in the second file
  auto [second, written2] = save(2);
  CHECK(written2 == std::vector<std::string>{"questions-2-1.json"});
  CHECK(second.chunk_names[0] == "questions-1-0.json");

  CHECK(draft.undo());  // undo is a change like any other
  CHECK(save(3).second == std::vector<std::string>{"questions-3-1.json"});

  draft.insert("/pack/questions", 1200, Json{{"id", "inserted"}});  // the third file on moves
  CHECK(save(4).second == std::vector<std::string>{"questions-4-2.json", "questions-4-3.json", "questions-4-4.json"});

  draft.set("/pack/title", "Renamed");  // not a question: only draft.json
  auto [last, written5] = save(5);
  CHECK(written5.empty());

  std::vector<content::Diagnostic> problems;
  const auto read = read_back(disk, last.main_text, problems);
  REQUIRE(read);
  CHECK(problems.empty());
  CHECK(read->document() == draft.document());
  CHECK(read->save_files(6).chunk_files.empty());  // read from those files: nothing to write again
}

TEST_CASE("a small draft is one file; a question file that is missing or damaged is named") {
  Draft small = big_draft(10);
  const auto save = small.save_files(1);
  CHECK(save.chunk_files.empty());
  CHECK(save.chunk_names.empty());
  CHECK(save.main_text == small.save_text());

  Draft draft = big_draft(2001);
  const auto files = draft.save_files(7);
  std::map<std::string, std::string> disk(files.chunk_files.begin(), files.chunk_files.end());
  disk.erase("questions-7-2.json");
  std::vector<content::Diagnostic> problems;
  CHECK_FALSE(read_back(disk, files.main_text, problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].pointer == "/pack/question_files/2");
  CHECK(problems[0].message.find("questions-7-2.json") != std::string::npos);

  disk["questions-7-2.json"] = "{not json";
  problems.clear();
  CHECK_FALSE(read_back(disk, files.main_text, problems));
  CHECK(problems.at(0).message.find("damaged") != std::string::npos);

  // A name that is a path is refused before anything is read.
  std::string main = files.main_text;
  main.replace(main.find("questions-7-0.json"), std::string("questions-7-0.json").size(), "../../etc/passwd");
  problems.clear();
  CHECK_FALSE(read_back(disk, main, problems));
  CHECK(problems.at(0).pointer == "/pack/question_files/0");
  CHECK(studio::is_chunk_name("questions-12-0.json"));
  CHECK_FALSE(studio::is_chunk_name("questions--0.json"));
  CHECK_FALSE(studio::is_chunk_name("questions-1-0.json.tmp"));
}
