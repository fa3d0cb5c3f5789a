// The checks that keep a scenario from being passed by reading the text (each rule
// with a small scenario that trips it), the pass gate, moods that follow the
// numbers, and the strategies that know nothing of selling.
#include <doctest/doctest.h>

#include "core/roleplay/check.hpp"
#include "core/roleplay/run.hpp"
#include "core/roleplay/strategies.hpp"
#include "unit/roleplay/roleplay_fixture.hpp"

using namespace dealdojo::roleplay;

namespace {

std::string problems_of(const nlohmann::json& j) { return roleplay_test::check_problems(j); }

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

Score score_of(const Scenario& s, std::initializer_list<std::size_t> authored) {
  const std::vector<std::size_t> path(authored);
  auto run = replay(s, path);
  REQUIRE(run);
  REQUIRE(run->score());
  return *run->score();
}

// node -> choice index -> "say"
void set_say(nlohmann::json& j, std::size_t node, std::size_t choice, const std::string& say) {
  j["nodes"][node]["choices"][choice]["say"] = say;
}

}  // namespace

TEST_CASE("cue check: the best line as the longest at more than 40% of the points") {
  nlohmann::json j = roleplay_test::fixture_json();
  // The fixture's best line is the longest only at 'trial' (1 of 6). Make it so at 'open',
  // 'probe' and 'answer' too: 4 of 6.
  set_say(j, 0, 0, "I can hear that the total matters a great deal to you this year.");
  set_say(j, 1, 0, "When you say the total, compared with what exactly are you weighing it?");
  set_say(j, 3, 0, "Then it pays back within the first year, from the hours your team gets back.");
  const std::string problems = problems_of(j);
  INFO(problems);
  CHECK(has(problems, "warning: /roleplay/scenarios/0: the best line is the longest at 4 of 6 decision points "
                      "(open, probe, answer, trial)"));
  // Back to 2 of 6 (33%): no warning.
  set_say(j, 1, 0, "Compared with what?");
  set_say(j, 3, 0, "It pays back.");
  CHECK_FALSE(has(problems_of(j), "the best line is the longest"));
}

TEST_CASE("cue check: good beats best is an error, with the path that shows it") {
  nlohmann::json j = roleplay_test::fixture_json();
  // Weighing (graded good) at the close commits whatever the trust, while the best move,
  // a Direct Question, stalls below trust 60.
  j["nodes"][5]["choices"][2]["next"] = "won";
  const std::string problems = problems_of(j);
  INFO(problems);
  CHECK(has(problems, "error: /roleplay/scenarios/0/nodes/5/choices/2: good beats best: this good choice can "
                      "still reach \"committed\", while the best choice here reaches at most \"stalled\" (after open: "
                      "choice 1"));
  // A choice no better than the best is fine: leading it to the stall clears the error.
  j["nodes"][5]["choices"][2]["next"] = "stalled";
  CHECK_FALSE(has(problems_of(j), "good beats best"));
}

TEST_CASE("cue check: a title or a buyer line that names the technique of the best reply") {
  nlohmann::json j = roleplay_test::fixture_json();
  j["title"] = "Closing with a direct question";  // Direct Question is on the ideal path
  j["nodes"][2]["buyer"] = "Against the others. Cross-check me if you like.";  // 'only': best is Cross-Check
  const std::string problems = problems_of(j);
  INFO(problems);
  CHECK(has(problems, "warning: /roleplay/scenarios/0/title: the title names Direct Question"));
  CHECK(has(problems, "warning: /roleplay/scenarios/0/nodes/2/buyer: the buyer's line names Cross-Check, the "
                      "technique of the best reply here"));
  // The same words where they do not point at this point's best move are fine.
  j["title"] = "Too expensive";
  j["nodes"][2]["buyer"] = "Against the others. I'd like a direct answer.";
  CHECK_FALSE(has(problems_of(j), "names"));
}

TEST_CASE("cue check: a node mood that contradicts trust and resistance") {
  nlohmann::json j = roleplay_test::fixture_json();
  j["nodes"][5]["mood"] = "keen";  // the close is reached with trust 50 on some paths
  const std::string problems = problems_of(j);
  INFO(problems);
  CHECK(has(problems, "warning: /roleplay/scenarios/0/nodes/5/mood: the buyer is \"keen\" here, but on some paths "
                      "trust is 50"));
  j["nodes"][5]["mood"] = "curious";  // within two steps of what the numbers say
  CHECK_FALSE(has(problems_of(j), "/nodes/5/mood"));
}

TEST_CASE("moods follow trust and resistance unless a node sets one") {
  CHECK(mood_for(5, 80) == Mood::Hostile);
  CHECK(mood_for(5, 20) == Mood::Frustrated);
  CHECK(mood_for(25, 50) == Mood::Sceptical);
  CHECK(mood_for(50, 60) == Mood::Guarded);
  CHECK(mood_for(55, 30) == Mood::Neutral);
  CHECK(mood_for(70, 40) == Mood::Curious);
  CHECK(mood_for(80, 30) == Mood::Warm);
  CHECK(mood_for(95, 10) == Mood::Keen);
  const Scenario s = roleplay_test::fixture();
  // 'open' and 'probe' set their moods; 'close' does not, and is reached on the ideal
  // path with trust 70 and resistance 15.
  auto run = replay(s, std::vector<std::size_t>{0, 0, 0, 0, 0});
  REQUIRE(run);
  CHECK(run->node().id == "close");
  CHECK(run->mood() == mood_for(70, 15));
  auto cold = replay(s, std::vector<std::size_t>{0});
  REQUIRE(cold);
  CHECK(cold->mood() == Mood::Guarded);  // 'probe' says so
}

TEST_CASE("a run passes only at the target ending: a good score that stalls is not a pass") {
  const Scenario s = roleplay_test::fixture();
  // The ideal path, then a deadline at the close: 5 best and 1 weak move, 6 of 7 criteria,
  // stalled. 76 points used to pass.
  const Score stalled = score_of(s, {0, 0, 0, 0, 0, 1});
  CHECK(stalled.total == 76);
  CHECK(stalled.reached == EndingKind::Stalled);
  CHECK(stalled.target == EndingKind::Committed);
  CHECK_FALSE(stalled.passed);
  REQUIRE(stalled.failed_gates.size() == 1);
  CHECK(stalled.failed_gates[0] ==
        "The conversation ended \"Stalled\"; a pass needs \"Committed\", the ending the best moves reach.");

  const Score ideal = score_of(s, {0, 0, 0, 0, 0, 0});
  CHECK(ideal.total == 100);
  CHECK(ideal.passed);
  CHECK(ideal.failed_gates.empty());

  // A blocker fails it too, and the reason names the move.
  const Score blocked = score_of(s, {0, 0, 0, 2, 0, 0});
  CHECK_FALSE(blocked.passed);
  CHECK(has(blocked.failed_gates.back(), "1 move fails the run whatever the score: Step 4: Price."));
}

TEST_CASE("a scenario in the earlier style still loads, checks and scores the same points") {
  // The fixture as it was written before the cue checks: moods on every node and an
  // ungated Weighing close. It still reads and scores exactly as before; only the pass
  // gate and the new checks are new. The four totals are what the release before the
  // cue checks printed for these paths (`dojo roleplay play --choices`).
  nlohmann::json j = roleplay_test::fixture_json();
  j["nodes"][5]["choices"][2]["next"] = "won";
  j["nodes"][5]["mood"] = "warm";
  j["nodes"][6]["mood"] = "keen";
  j["nodes"][8]["mood"] = "hostile";
  const Scenario s = roleplay_test::read_fixture(j);
  CHECK(score_of(s, {0, 0, 0, 0, 0, 0}).total == 100);
  CHECK(score_of(s, {0, 0, 0, 0, 0, 2}).total == 92);  // Weighing (good) at the close, committed
  CHECK(score_of(s, {0, 0, 0, 0, 0, 2}).passed);
  CHECK(score_of(s, {0, 0, 0, 0, 0, 1}).total == 76);
  CHECK(score_of(s, {1, 0, 0, 0, 0, 0}).total == 63);
  const ScenarioCheck check = check_scenario(s);
  CHECK(check.ideal);
  CHECK(check.has_errors());  // good beats best is now an error
}

TEST_CASE("strategies that know nothing of selling: the longest line, the shortest, random picks") {
  const Scenario s = roleplay_test::fixture();
  // Longest: "It's worth it." at the open, then the pressure line at 'probe': lost.
  const Score longest = play_by_length(s, LengthStrategy::Longest);
  CHECK(longest.reached == EndingKind::Lost);
  CHECK_FALSE(longest.passed);
  const Score shortest = play_by_length(s, LengthStrategy::Shortest);
  CHECK_FALSE(shortest.passed);

  // Make the best line the longest everywhere and the longest-line strategy walks the ideal path.
  nlohmann::json j = roleplay_test::fixture_json();
  for (std::size_t n = 0; n < 6; ++n) j["nodes"][n]["choices"][0]["say"] = std::string(60, 'x') + std::to_string(n);
  CHECK(play_by_length(roleplay_test::read_fixture(j), LengthStrategy::Longest).total == 100);

  const RandomPlay random = play_randomly(s, 400, 7);
  CHECK(random.runs == 400);
  CHECK(random.pass_rate() < 0.2);
  CHECK(play_randomly(s, 400, 7).passed == random.passed);  // seeded: the same every time
}
