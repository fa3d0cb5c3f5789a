#include <doctest/doctest.h>

#include "core/roleplay/debrief.hpp"
#include "core/roleplay/run.hpp"
#include "unit/roleplay/roleplay_fixture.hpp"

using namespace dealdojo::roleplay;

namespace {

Run play(const Scenario& s, std::initializer_list<std::size_t> authored) {
  const std::vector<std::size_t> path(authored);
  auto run = replay(s, path);
  REQUIRE(run);
  return std::move(*run);
}

const Criterion& criterion(const Score& score, std::string_view id) {
  for (const Criterion& c : score.rubric[1].criteria) {
    if (c.id == id) return c;
  }
  FAIL("no criterion " << id);
  return score.rubric[1].criteria.front();
}

}  // namespace

TEST_CASE("the ideal path scores 100 and passes") {
  const Scenario s = roleplay_test::fixture();
  const Run run = play(s, {0, 0, 0, 0, 0, 0});
  REQUIRE(run.finished());
  const auto score = run.score();
  REQUIRE(score);
  CHECK(score->total == 100);
  CHECK(score->passed);
  REQUIRE(score->rubric.size() == 3);
  CHECK(score->rubric[0].points == 50);
  CHECK(score->rubric[1].points == 30);
  CHECK(score->rubric[2].points == 20);
  CHECK(score->rubric[0].detail == "6 best of 6 moves.");
  CHECK(criterion(*score, "cushion-before-reply").status == CriterionStatus::Met);
  CHECK(criterion(*score, "qualify-before-pitch").status == CriterionStatus::NotApplicable);
  CHECK(criterion(*score, "required:reply").status == CriterionStatus::Met);
  for (const Step& step : run.steps()) CHECK(step.notes.empty());
}

TEST_CASE("each rubric line is rounded down, so one good move costs points") {
  const Scenario s = roleplay_test::fixture();
  const auto score = play(s, {0, 0, 0, 0, 0, 2}).score();  // weighing (good) at the close
  REQUIRE(score);
  CHECK(score->rubric[0].points == 47);  // 50 x 570 / 600 = 47.5
  // Weighing needs resistance of at least 20; it was 15.
  const Criterion& fits = criterion(*score, "commitment-fits");
  CHECK(fits.status == CriterionStatus::Missed);
  CHECK(fits.step == 5u);
  CHECK(fits.detail ==
        "Step 6: Weighing did not fit the moment: it needs resistance at least 20 (it was 15). Weighing suits a buyer "
        "who still has second thoughts; with none left it only reopens them.");
  CHECK(score->rubric[1].points == 25);  // 6 of 7 criteria
  CHECK(score->total == 47 + 25 + 20);
}

TEST_CASE("replying first misses the three before-reply rules, with notes at that step") {
  const Scenario s = roleplay_test::fixture();
  const Run run = play(s, {1, 0, 0, 0, 0, 0});
  const Step& first = run.steps()[0];
  REQUIRE(first.notes.size() == 3);
  CHECK(first.notes[0] == "Reply before Cushion: The buyer had no sign you had heard the concern.");
  CHECK(first.notes[1] == "Reply before Clarify: You answered a guess about the concern.");
  CHECK(first.notes[2] == "Reply before Cross-Check: Other objections may still be waiting.");
  const auto score = run.score();
  REQUIRE(score);
  const Criterion& cushion = criterion(*score, "cushion-before-reply");
  CHECK(cushion.status == CriterionStatus::Missed);
  CHECK(cushion.step == 0u);
  CHECK(cushion.detail ==
        "You replied at step 1 before cushioning the concern, so the buyer had no sign you had heard the concern.");
}

TEST_CASE("asking for the decision before a Trial Commitment misses the trial rule at that step") {
  const Scenario s = roleplay_test::fixture();
  const Run run = play(s, {0, 0, 0, 0, 1});  // direct question straight after the reply
  CHECK(run.node().id == "won");
  const auto& notes = run.steps()[4].notes;
  REQUIRE(notes.size() == 1);
  CHECK(notes[0] == "You asked for the decision before a Trial Commitment checked that the concern was resolved.");
  const auto score = run.score();
  const Criterion& trial = criterion(*score, "trial-after-reply");
  CHECK(trial.status == CriterionStatus::Missed);
  CHECK(trial.step == 4u);
}

TEST_CASE("a commitment method that does not fit is marked down with the reason") {
  const Scenario s = roleplay_test::fixture();
  const Run run = play(s, {0, 0, 0, 0, 0, 1});  // opportunity at trust 70
  const auto& notes = run.steps()[5].notes;
  REQUIRE(notes.size() == 1);
  CHECK(notes[0] ==
        "Opportunity did not fit the moment: it needs trust at least 75 (it was 70). A time-limited reason to decide "
        "feels like a sales trick unless the buyer already trusts you.");
}

TEST_CASE("the outcome counts against the scenario's best ending") {
  const Scenario s = roleplay_test::fixture();
  const auto stalled = play(s, {0, 0, 0, 0, 0, 1}).score();
  CHECK(stalled->rubric[2].points == 7);  // 20 x 35 / 100
  CHECK(stalled->rubric[2].detail == "Stalled; the best this conversation allows is committed.");
  const auto lost = play(s, {2}).score();
  CHECK(lost->rubric[2].points == 0);
  CHECK(lost->total == 0 + lost->rubric[1].points);
  CHECK_FALSE(lost->passed);
}

TEST_CASE("a required technique never used is a missed criterion") {
  const Scenario s = roleplay_test::fixture();
  const auto score = play(s, {0, 2}).score();  // cushion, then pressure -> lost
  REQUIRE(score);
  const Criterion& reply = criterion(*score, "required:reply");
  CHECK(reply.status == CriterionStatus::Missed);
  const Criterion& clean = criterion(*score, "no-anti-patterns");
  CHECK(clean.status == CriterionStatus::Missed);
  CHECK(clean.detail == "Step 2: Pressure too early.");
  CHECK(clean.step == 1u);
}

TEST_CASE("a blocker fails the run whatever the score") {
  nlohmann::json j = roleplay_test::fixture_json();
  j["nodes"][1]["choices"][0]["blocker"] = true;
  const Scenario s = roleplay_test::read_fixture(j);
  const auto score = play(s, {0, 0, 0, 0, 0, 0}).score();
  REQUIRE(score);
  CHECK(score->total == 100);
  CHECK_FALSE(score->passed);
  REQUIRE(score->blockers.size() == 1);
  CHECK(score->blockers[0] == "Step 2: A Clarify.");
  CHECK(play(roleplay_test::fixture(), {0, 0, 0, 2, 0, 0}).score()->blockers.size() == 1);
}

TEST_CASE("presenting before any question misses the qualify rule") {
  nlohmann::json j = roleplay_test::fixture_json();
  j["nodes"][0]["choices"][0]["technique"] = "fact-benefit-application";
  const Scenario s = roleplay_test::read_fixture(j);
  const Run run = play(s, {0});
  CHECK(run.steps()[0].notes ==
        std::vector<std::string>{"You presented before asking a single question about what the buyer needs."});
}

TEST_CASE("the debrief grades each step, shows the better move, the ideal path and where to replay") {
  const Scenario s = roleplay_test::fixture();
  const Run run = play(s, {0, 1, 1, 0, 0, 0});
  const auto d = make_debrief(run);
  REQUIRE(d);
  CHECK(d->ending == EndingKind::Committed);
  CHECK(d->summary == "Won.");
  REQUIRE(d->steps.size() == 6);
  CHECK(d->steps[1].grade == Grade::Good);
  CHECK(d->steps[1].better == 0u);
  CHECK_FALSE(d->steps[0].better);
  CHECK(d->replay_from == 1u);
  REQUIRE(d->ideal_path.size() == 6);
  CHECK(s.nodes[*d->ideal_ending].id == "won");
  CHECK_FALSE(make_debrief(Run(s)));
}
