#include <doctest/doctest.h>

#include "core/roleplay/transcript.hpp"
#include "unit/roleplay/roleplay_fixture.hpp"

using namespace dealdojo::roleplay;

namespace {

Run played(const Scenario& s, std::initializer_list<std::size_t> path, RunOptions options = {}) {
  const std::vector<std::size_t> p(path);
  auto run = replay(s, p, options);
  REQUIRE(run);
  return std::move(*run);
}

}  // namespace

TEST_CASE("the text transcript has the conversation, the feedback and the debrief") {
  const Scenario s = roleplay_test::fixture();
  const std::string text = transcript_text(played(s, {1, 0, 0, 0, 0, 0}));
  CHECK(text.starts_with("Role-play: Fixture (fixture)\nBuyer: Sam, a buyer\nBriefing: A test conversation.\n\n"
                         "Buyer (sceptical): Too expensive.\nYou: It's worth it.\n"
                         "  | Reply-Reverse (objection tactic) - Weak: Too soon.\n"
                         "  | Note: Reply before Cushion: The buyer had no sign you had heard the concern.\n"));
  CHECK(text.find("  | trust 40 -> 35\nBuyer (guarded): Hmm.\nBuyer (guarded): It's the total.\n") != std::string::npos);
  CHECK(text.find("Ending: Stalled\nStalled.\n\nScore: ") != std::string::npos);
  CHECK(text.find("\nIdeal path:\n  1. Cushion: \"I hear you.\"\n") != std::string::npos);
  CHECK(text.find("Replay from step 1 to try a different move there.") != std::string::npos);
}

TEST_CASE("an unfinished run's transcript has no debrief") {
  const Scenario s = roleplay_test::fixture();
  const std::string text = transcript_text(played(s, {0}));
  CHECK(text.find("Score:") == std::string::npos);
  const auto json = transcript_json(played(s, {0}));
  CHECK(json["finished"] == false);
  CHECK_FALSE(json.contains("debrief"));
}

TEST_CASE("the JSON transcript holds the choices, the steps and the debrief") {
  const Scenario s = roleplay_test::fixture();
  const auto json = transcript_json(played(s, {0, 0, 0, 0, 0, 2}, {true, 3}));
  CHECK(json["format"] == 1);
  CHECK(json["scenario"] == "fixture");
  CHECK(json["options"]["shuffle"] == true);
  CHECK(json["options"]["seed"] == 3);
  CHECK(json["choices"] == nlohmann::ordered_json::array({0, 0, 0, 0, 0, 2}));
  REQUIRE(json["steps"].size() == 6);
  CHECK(json["steps"][5]["technique"] == "weighing");
  CHECK(json["steps"][5]["grade"] == "good");
  CHECK(json["steps"][5]["values_before"]["resistance"] == 15);
  CHECK(json["steps"][5]["notes"].size() == 1);
  CHECK(json["entries"][0]["speaker"] == "buyer");
  CHECK(json["entries"][0]["mood"] == "sceptical");
  CHECK(json["entries"][1]["step"] == 0);
  CHECK(json["debrief"]["ending"] == "committed");
  CHECK(json["debrief"]["score"] == 92);
  CHECK(json["debrief"]["passed"] == true);
  CHECK(json["debrief"]["rubric"][1]["criteria"][4]["status"] == "missed");
  CHECK(json["debrief"]["ideal_path"].size() == 6);
  CHECK(json["debrief"]["replay_from"] == 5);
}

TEST_CASE("a JSON transcript restores the same run") {
  const Scenario s = roleplay_test::fixture();
  const Run original = played(s, {0, 1, 2, 1, 0, 0}, {true, 11});
  const nlohmann::json saved = nlohmann::json::parse(transcript_json(original).dump());
  const RestoredRun restored = restore_run(s, saved);
  INFO(restored.error);
  REQUIRE(restored.run);
  CHECK(restored.run->choice_path() == original.choice_path());
  CHECK(restored.run->options().seed == 11);
  CHECK(restored.run->score()->total == original.score()->total);
  CHECK(transcript_text(*restored.run) == transcript_text(original));
}

TEST_CASE("restoring refuses what is not a transcript of this scenario") {
  const Scenario s = roleplay_test::fixture();
  nlohmann::json t = nlohmann::json::parse(transcript_json(played(s, {0, 0})).dump());
  CHECK(restore_run(s, nlohmann::json::array()).error == "a transcript is a JSON object");
  auto other = t;
  other["scenario"] = "other";
  CHECK(restore_run(s, other).error == "the transcript is not of the scenario 'fixture'");
  auto format = t;
  format["format"] = 2;
  CHECK(restore_run(s, format).error == "not a role-play transcript of format 1");
  auto bad = t;
  bad["choices"] = {0, -1};
  CHECK(restore_run(s, bad).error == "each choice is a whole number from 0 to 7");
  auto off_path = t;
  off_path["choices"] = {1, 0, 2};
  CHECK(restore_run(s, off_path).error == "these choices do not make a path through the scenario (was it changed?)");
}
