// The save document: round trip, migration from every older version, and
// damaged saves refused with the place and the problem.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/progress/progress_document.hpp"
#include "core/session/session.hpp"
#include "core/util/atomic_file.hpp"

using namespace dealdojo;

namespace {

const std::filesystem::path kData = std::filesystem::path(DEALDOJO_SOURCE_DIR) / "tests/data/progress";

std::string fixture(const char* name) {
  auto text = util::read_whole_file(kData / name);
  REQUIRE(text);
  return *text;
}

session::SavedState sample_state() {
  session::Session s;
  s.packs().load_path(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/example", true);
  REQUIRE(s.start_practice({{}, {}, {}, 3}, 5, 1000).ok());
  s.practice().select(0, "a");
  s.practice().check(0);
  s.practice().advance_time(4000);
  s.observe(2000);
  s.drills().record({deals::DrillKind::Tcv, false, 17, util::Money::from_cents(500), util::Money::from_cents(400)});
  s.settings().set_theme(session::Theme::Dark);
  s.settings().set_text_scale(1.25f);
  s.assessment_ratings().rate("example/discovery-call", "open-questions", 4);
  session::SavedState state = s.saved();
  state.answers.set_seen_baseline("example/old", 3);  // only a v1 save's migration sets it
  REQUIRE(state.answers.size() == 1);
  return state;
}

}  // namespace

TEST_CASE("a save round-trips: answers, history, drills, baseline and the practice in progress") {
  const auto snapshot = sample_state();
  const auto doc = progress::to_json(snapshot, 1767225600000);
  CHECK(doc["format"] == "dealdojo-progress");
  CHECK(doc["version"] == progress::kCurrentVersion);
  CHECK(doc["saved_at"] == "2026-01-01T00:00:00Z");
  const auto read = progress::read_progress(doc.dump());
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  CHECK(read.version_read == 2);
  CHECK(read.notes.empty());
  REQUIRE(read.state->answers.size() == 1);
  const auto& a = read.state->answers.events()[0];
  CHECK(a.pack_id == "example");
  CHECK(a.question_id == snapshot.answers.events()[0].question_id);
  CHECK(a.correct == snapshot.answers.events()[0].correct);
  CHECK(a.time_taken_ms == 4000);
  CHECK(a.source == study::AnswerSource::Practice);
  CHECK(read.state->drills.size() == 1);
  CHECK(read.state->answers.seen_baseline().at("example/old") == 3);
  REQUIRE(read.state->practice.attempt());
  CHECK(read.state->practice->response(0).checked);
  CHECK(read.state->practice->elapsed_ms() == 4000);
  CHECK(read.state->settings.theme() == session::Theme::Dark);
  CHECK(read.state->settings.text_scale() == doctest::Approx(1.25));
  CHECK(read.state->assessment_ratings.ratings("example/discovery-call").at("open-questions") == 4);
  // Writing what was read gives the same document.
  CHECK(progress::to_json(*read.state, 1767225600000) == doc);
}

TEST_CASE("the current version's fixture reads as it is") {
  const auto read = progress::read_progress(fixture("v2-current.json"));
  REQUIRE(read.state);
  CHECK(read.state->answers.size() == 2);
  CHECK(read.state->answers.events()[1].source == study::AnswerSource::Mock);
  CHECK(read.state->history.size() == 1);
  CHECK_FALSE(read.state->mock.attempt());
}

TEST_CASE("a version 1 save migrates: history, drills and seen counts kept, and it says what it could not keep") {
  const auto read = progress::read_progress(fixture("v1-first-release.json"));
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  CHECK(read.version_read == 1);
  CHECK(read.state->history.size() == 2);
  CHECK(read.state->history.records()[0].passed);
  CHECK(read.state->drills.size() == 1);
  CHECK(read.state->answers.seen_baseline().at("sales-rep/plan-001") == 2);
  CHECK(read.state->answers.events().empty());
  REQUIRE(read.notes.size() == 1);
  CHECK(read.notes[0].find("did not keep each single answer") != std::string::npos);
  // Saved again, it is a current-version document that reads without notes.
  const auto again = progress::read_progress(progress::to_json(*read.state, 0).dump());
  REQUIRE(again.state);
  CHECK(again.version_read == 2);
  CHECK(again.notes.empty());
  CHECK(again.state->answers.seen_baseline().size() == 2);
}

TEST_CASE("a migrated v1 save keeps its seen counts for choosing questions") {
  session::Session s;
  auto read = progress::read_progress(fixture("v1-first-release.json"));
  REQUIRE(read.state);
  s.adopt(std::move(*read.state));
  CHECK(s.seen_count("sales-rep", "plan-001") == 2);
  CHECK(s.seen_count("sales-rep", "plan-003") == 0);
  CHECK(s.history().size() == 2);
}

TEST_CASE("damaged saves are refused with the place and the problem") {
  using Kind = progress::ReadError::Kind;
  struct Case {
    const char* file;
    Kind kind;
    const char* pointer;
    const char* words;
  };
  const Case cases[] = {
      {"truncated.json", Kind::NotJson, "", "not valid JSON"},
      {"future-version.json", Kind::TooNew, "/version", "newer DealDojo"},
      {"bad-answer.json", Kind::Damaged, "/answers/1/correct", "true or false"},
      {"bad-in-progress.json", Kind::Damaged, "/in_progress/mock/minutes", "is missing"},
      {"bad-v1-seen.json", Kind::Damaged, "/seen", "question id to count"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    const auto read = progress::read_progress(fixture(c.file));
    CHECK_FALSE(read.state);
    REQUIRE(read.error);
    CHECK(read.error->kind == c.kind);
    CHECK(read.error->pointer == c.pointer);
    CHECK(read.error->to_string().find(c.words) != std::string::npos);
  }
}

TEST_CASE("hand-made damage anywhere in a good save is caught, never aborts") {
  auto doc = progress::to_json(sample_state(), 0);
  struct Edit {
    const char* pointer;
    nlohmann::json value;
    const char* expected_at;
  };
  const Edit edits[] = {
      {"/format", "dealdojo-pack", "/format"},
      {"/version", "2", "/version"},
      {"/version", 0, "/version"},
      {"/answers", nlohmann::json::object(), "/answers"},
      {"/answers/0/source", "guess", "/answers/0/source"},
      {"/answers/0/at_ms", 1.5, "/answers/0/at_ms"},
      {"/answers/0/question", "", "/answers/0/question"},
      {"/history", nlohmann::json::array({1}), "/history/0"},
      {"/drills/0/kind", "nope", "/drills/0/kind"},
      {"/seen_baseline/example~1old", -4, "/seen_baseline/example~1old"},
      {"/in_progress/practice/items", 3, "/in_progress/practice/items"},
      {"/settings", nlohmann::json::array(), "/settings"},
      {"/assessment_ratings/example~1discovery-call/open-questions", "4",
       "/assessment_ratings/example~1discovery-call/open-questions"},
      {"/roleplay", nlohmann::json::array({nlohmann::json::object()}), "/roleplay/0/pack"},
  };
  for (const auto& e : edits) {
    CAPTURE(e.pointer);
    auto damaged = doc;
    damaged[nlohmann::json::json_pointer(e.pointer)] = e.value;
    const auto read = progress::read_progress(damaged.dump());
    CHECK_FALSE(read.state);
    REQUIRE(read.error);
    CHECK(read.error->pointer == e.expected_at);
  }
  auto missing = doc;
  missing.erase("history");
  const auto read = progress::read_progress(missing.dump());
  REQUIRE(read.error);
  CHECK(read.error->to_string() == "at /history: 'history' is missing: add a list of finished attempts");
  for (const char* text : {"", "null", "[]", "42", "{\"format\": 3}"}) {
    CAPTURE(text);
    CHECK(progress::read_progress(text).error);
  }
}

TEST_CASE("a progress file is told apart from a pack by its format field") {
  CHECK(progress::looks_like_progress(fixture("v2-current.json")));
  CHECK(progress::looks_like_progress(fixture("v1-first-release.json")));
  CHECK_FALSE(progress::looks_like_progress("{\"format\": 1, \"id\": \"pack\"}"));
  CHECK_FALSE(progress::looks_like_progress("not json"));
}

TEST_CASE("times print as UTC") {
  CHECK(progress::iso_utc(0) == "1970-01-01T00:00:00Z");
  CHECK(progress::iso_utc(1767225600000 + 3723000) == "2026-01-01T01:02:03Z");
  CHECK(progress::compact_utc(951782400000) == "20000229-000000");
  CHECK(progress::iso_utc(-1000) == "1969-12-31T23:59:59Z");
}
