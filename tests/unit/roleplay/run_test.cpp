#include <doctest/doctest.h>

#include "core/roleplay/run.hpp"
#include "unit/roleplay/roleplay_fixture.hpp"

using namespace dealdojo::roleplay;

namespace {

// Picks by authored index (the fixture shows choices in authored order).
void pick(Run& run, std::size_t authored) {
  const auto offered = run.offered();
  const auto it = std::find(offered.begin(), offered.end(), authored);
  REQUIRE(it != offered.end());
  REQUIRE(run.choose(static_cast<std::size_t>(it - offered.begin())));
}

}  // namespace

TEST_CASE("a run starts at the start node with the buyer's line and the choices on offer") {
  const Scenario s = roleplay_test::fixture();
  const Run run(s);
  CHECK(run.node().id == "open");
  CHECK(run.mood() == Mood::Sceptical);
  CHECK(run.trust() == 40);
  CHECK_FALSE(run.finished());
  REQUIRE(run.transcript().size() == 1);
  CHECK(run.transcript()[0].speaker == Speaker::Buyer);
  CHECK(run.transcript()[0].text == "Too expensive.");
  REQUIRE(run.offered().size() == 3);
  CHECK(run.offered_choice(0).say == "I hear you.");
  CHECK_FALSE(run.score());
}

TEST_CASE("choosing applies effects, records the step and moves on") {
  const Scenario s = roleplay_test::fixture();
  Run run(s);
  REQUIRE(run.choose(0));
  CHECK(run.node().id == "probe");
  CHECK(run.trust() == 50);
  CHECK(run.value(kResistance) == 55);
  CHECK(run.mood() == Mood::Guarded);
  REQUIRE(run.steps().size() == 1);
  const Step& step = run.steps()[0];
  CHECK(step.values_before[kTrust] == 40);
  CHECK(step.values_after[kTrust] == 50);
  CHECK(step.shown_as == 1);
  CHECK(run.verdict(0) == "Best move: A Cushion.");
  REQUIRE(run.transcript().size() == 3);
  CHECK(run.transcript()[1].speaker == Speaker::Learner);
  CHECK(run.transcript()[1].step == 0u);
  CHECK(run.transcript()[2].text == "It's the total.");
}

TEST_CASE("a choice's reply comes between the learner's line and the next node") {
  const Scenario s = roleplay_test::fixture();
  Run run(s);
  REQUIRE(run.choose(1));
  REQUIRE(run.transcript().size() == 4);
  CHECK(run.transcript()[2].text == "Hmm.");
  CHECK(run.transcript()[2].speaker == Speaker::Buyer);
  CHECK(run.transcript()[3].text == "It's the total.");
  CHECK(run.trust() == 35);
}

TEST_CASE("variables are clamped to 0..100") {
  const Scenario s = roleplay_test::fixture();
  Run run(s);
  REQUIRE(run.choose(2));  // trust -50 from 40
  CHECK(run.trust() == 0);
  CHECK(run.finished());
  CHECK(run.node().id == "lost");
}

TEST_CASE("conditional choices are offered only when their condition holds") {
  const Scenario s = roleplay_test::fixture();
  Run good(s);
  pick(good, 0);
  pick(good, 0);
  CHECK(good.node().id == "only");
  CHECK(good.offered().size() == 3);  // trust 50 and said 'cushioned'
  Run rushed(s);
  pick(rushed, 1);
  pick(rushed, 0);
  CHECK(rushed.node().id == "only");
  CHECK(rushed.offered().size() == 2);
}

TEST_CASE("branches follow the values after the choice") {
  const Scenario s = roleplay_test::fixture();
  Run high(s);
  for (std::size_t c : std::initializer_list<std::size_t>{0, 0, 0, 0}) pick(high, c);
  pick(high, 1);  // direct question at trial: trust 60 -> won
  CHECK(high.node().id == "won");
  Run low(s);
  for (std::size_t c : std::initializer_list<std::size_t>{1, 0, 0, 0}) pick(low, c);  // trust 35 + 10 = 45
  pick(low, 1);
  CHECK(low.node().id == "stalled");
}

TEST_CASE("intents that do not apply change nothing") {
  const Scenario s = roleplay_test::fixture();
  Run run(s);
  CHECK_FALSE(run.choose(3));
  CHECK(run.steps().empty());
  CHECK_FALSE(run.replay_from(1));
  REQUIRE(run.choose(2));
  CHECK_FALSE(run.choose(0));  // finished
  CHECK(run.steps().size() == 1);
}

TEST_CASE("replay_from goes back to just before a step") {
  const Scenario s = roleplay_test::fixture();
  Run run(s);
  for (std::size_t c : std::initializer_list<std::size_t>{0, 0, 0, 0, 0, 0}) pick(run, c);
  REQUIRE(run.finished());
  const auto transcript_at_step_2 = Run(s).transcript().size();
  REQUIRE(run.replay_from(2));
  CHECK(run.steps().size() == 2);
  CHECK(run.node().id == "only");
  CHECK(run.trust() == 50);
  CHECK_FALSE(run.finished());
  CHECK(run.transcript().size() == transcript_at_step_2 + 4);
  REQUIRE(run.replay_from(0));
  CHECK(run.node().id == "open");
  CHECK(run.steps().empty());
}

TEST_CASE("replay rebuilds a run from its choices and rejects a path that is not offered") {
  const Scenario s = roleplay_test::fixture();
  Run run(s);
  for (std::size_t c : std::initializer_list<std::size_t>{0, 0, 2, 1}) pick(run, c);
  const auto again = replay(s, run.choice_path());
  REQUIRE(again);
  CHECK(again->node_index() == run.node_index());
  CHECK(again->state().values == run.state().values);
  const std::size_t not_offered[] = {1, 0, 2};  // choice 3 at 'only' needs trust 50 and 'cushioned'
  CHECK_FALSE(replay(s, not_offered));
  const std::size_t out_of_range[] = {7};
  CHECK_FALSE(replay(s, out_of_range));
}

TEST_CASE("shuffled choices depend on the seed and the node, not the path") {
  const Scenario s = roleplay_test::fixture();
  bool any_differs = false;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    Run a(s, {true, seed});
    Run b(s, {true, seed});
    CHECK(std::vector<std::size_t>(a.offered().begin(), a.offered().end()) ==
          std::vector<std::size_t>(b.offered().begin(), b.offered().end()));
    any_differs = any_differs || a.offered()[0] != 0;
    // Reach 'probe' by two different first moves: the order there is the same.
    auto first = a.offered();
    const std::size_t to_probe_a = static_cast<std::size_t>(std::find(first.begin(), first.end(), 0) - first.begin());
    const std::size_t to_probe_b = static_cast<std::size_t>(std::find(first.begin(), first.end(), 1) - first.begin());
    REQUIRE(a.choose(to_probe_a));
    REQUIRE(b.choose(to_probe_b));
    CHECK(std::vector<std::size_t>(a.offered().begin(), a.offered().end()) ==
          std::vector<std::size_t>(b.offered().begin(), b.offered().end()));
    CHECK(a.steps()[0].choice == 0);
  }
  CHECK(any_differs);
}

TEST_CASE("a replayed run keeps its shuffle") {
  const Scenario s = roleplay_test::fixture();
  Run run(s, {true, 7});
  pick(run, 0);
  pick(run, 0);
  const auto before = run.choice_path();
  const auto shown = run.steps()[1].shown_as;
  REQUIRE(run.replay_from(1));
  CHECK(run.options().seed == 7);
  REQUIRE(run.choose(shown - 1));
  CHECK(run.choice_path() == before);
}
