#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "core/content/json_reader.hpp"
#include "core/roleplay/check.hpp"
#include "core/session/session.hpp"

using namespace dealdojo;

namespace {

session::Session sales_rep_session() {
  session::Session s;
  s.packs().load_path(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/sales-rep", true);
  REQUIRE(s.packs().active_pack() != nullptr);
  s.roleplay().sync(s.packs());
  return s;
}

// The display position of authored choice `choice` in the run's current offer.
std::size_t shown_at(const roleplay::Run& run, std::size_t choice) {
  const auto offered = run.offered();
  const auto it = std::find(offered.begin(), offered.end(), choice);
  REQUIRE(it != offered.end());
  return static_cast<std::size_t>(it - offered.begin());
}

// Plays the checker's ideal path (best moves only) to its ending.
void play_ideal_path(session::RoleplayPractice& practice, std::int64_t now_ms) {
  const auto ideal = roleplay::find_ideal_path(practice.run()->scenario());
  REQUIRE(ideal);
  for (const roleplay::PathStep& step : ideal->steps) {
    REQUIRE(practice.choose(shown_at(*practice.run(), step.choice), now_ms));
  }
}

}  // namespace

TEST_CASE("the practice reads the active pack's scenarios and starts one by id") {
  auto s = sales_rep_session();
  CHECK(s.roleplay().pack_id() == "sales-rep");
  CHECK(s.roleplay().scenarios().size() == s.packs().active_pack()->roleplay_scenario_count());  // all valid
  CHECK(s.roleplay().find("price-too-high") != nullptr);
  CHECK_FALSE(s.roleplay().start("no-such-scenario", 1));
  CHECK_FALSE(s.roleplay().run());
  REQUIRE(s.roleplay().start("price-too-high", 7));
  REQUIRE(s.roleplay().run());
  CHECK(s.roleplay().run()->scenario().id == "price-too-high");
  CHECK(s.roleplay().run()->options().shuffle);
  CHECK(s.roleplay().run()->options().seed == 7);
  CHECK(s.roleplay().run()->transcript().size() == 1);  // the buyer's opening line
  CHECK_FALSE(s.roleplay().debrief());
}

TEST_CASE("syncing with an unchanged pack keeps the run in progress") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("just-send-information", 3));
  REQUIRE(s.roleplay().choose(0, 10));
  s.roleplay().sync(s.packs());
  REQUIRE(s.roleplay().run());
  CHECK(s.roleplay().run()->steps().size() == 1);
}

TEST_CASE("changing the active pack re-reads the scenarios and drops the run of the other pack") {
  auto s = sales_rep_session();
  s.packs().load_path(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/example", true);
  REQUIRE(s.packs().set_active("sales-rep"));
  s.roleplay().sync(s.packs());
  REQUIRE(s.roleplay().start("price-too-high", 1));
  REQUIRE(s.packs().set_active("example"));
  s.roleplay().sync(s.packs());
  CHECK(s.roleplay().pack_id() == "example");
  CHECK_FALSE(s.roleplay().run());
  CHECK(s.roleplay().find("price-too-high") == nullptr);
  CHECK(s.roleplay().scenarios().size() == s.packs().active_pack()->roleplay_scenario_count());
}

TEST_CASE("choosing the best moves to the end gives a debrief and a record scoring 100") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("just-send-information", 11));
  play_ideal_path(s.roleplay(), 5000);
  REQUIRE(s.roleplay().run()->finished());
  REQUIRE(s.roleplay().debrief());
  CHECK(s.roleplay().debrief()->score.total == 100);
  CHECK_FALSE(s.roleplay().debrief()->replay_from);
  REQUIRE(s.roleplay().history().size() == 1);
  const session::RoleplayRecord& rec = s.roleplay().history()[0];
  CHECK(rec.pack_id == "sales-rep");
  CHECK(rec.scenario_id == "just-send-information");
  CHECK(rec.score == 100);
  CHECK(rec.passed);
  CHECK(rec.ending == roleplay::EndingKind::NextStep);
  CHECK(rec.finished_at_ms == 5000);
  CHECK(rec.seed == 11);
  CHECK(rec.path == s.roleplay().run()->choice_path());
  CHECK(s.roleplay().best_score("sales-rep", "just-send-information") == 100);
  CHECK_FALSE(s.roleplay().best_score("sales-rep", "price-too-high"));
  CHECK_FALSE(s.roleplay().choose(0, 6000));  // nothing to choose after the ending
  CHECK(s.roleplay().history().size() == 1);
}

TEST_CASE("a poor move ends in a lower score and the best score stays the highest") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("just-send-information", 2));
  play_ideal_path(s.roleplay(), 1);
  // Opening, poor pitch, then pressure: the buyer hangs up.
  REQUIRE(s.roleplay().start("just-send-information", 2));
  REQUIRE(s.roleplay().choose(shown_at(*s.roleplay().run(), 1), 2));
  REQUIRE(s.roleplay().choose(shown_at(*s.roleplay().run(), 1), 3));
  REQUIRE(s.roleplay().debrief());
  CHECK(s.roleplay().debrief()->ending == roleplay::EndingKind::Lost);
  CHECK(s.roleplay().debrief()->replay_from == std::size_t{0});
  REQUIRE(s.roleplay().history().size() == 2);
  CHECK(s.roleplay().history()[1].ending == roleplay::EndingKind::Lost);
  CHECK(s.roleplay().history()[1].score < 30);
  CHECK_FALSE(s.roleplay().history()[1].passed);
  CHECK(s.roleplay().best_score("sales-rep", "just-send-information") == 100);
}

TEST_CASE("replaying from a step drops the later steps and the debrief, and records the new ending") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("just-send-information", 4));
  play_ideal_path(s.roleplay(), 1);
  const std::vector<std::size_t> path = s.roleplay().run()->choice_path();
  REQUIRE(path.size() > 3);
  CHECK_FALSE(s.roleplay().replay_from(path.size() + 1));
  REQUIRE(s.roleplay().replay_from(2));
  CHECK(s.roleplay().run()->steps().size() == 2);
  CHECK_FALSE(s.roleplay().run()->finished());
  CHECK_FALSE(s.roleplay().debrief());
  CHECK(s.roleplay().run()->choice_path() == std::vector<std::size_t>(path.begin(), path.begin() + 2));
  for (std::size_t i = 2; i < path.size(); ++i) REQUIRE(s.roleplay().choose(shown_at(*s.roleplay().run(), path[i]), 9));
  REQUIRE(s.roleplay().debrief());
  CHECK(s.roleplay().history().size() == 2);
  CHECK(s.roleplay().history()[1].finished_at_ms == 9);
  CHECK(s.roleplay().history()[1].replayed);  // practice, not a clean try
  CHECK_FALSE(s.roleplay().history()[0].replayed);
  s.roleplay().leave();
  CHECK_FALSE(s.roleplay().run());
  CHECK_FALSE(s.roleplay().debrief());
}

TEST_CASE("the first try is kept apart from the best: a later perfect run does not replace it") {
  auto s = sales_rep_session();
  CHECK(s.roleplay().first_try("sales-rep", "just-send-information") == nullptr);
  // First try: a poor opening that loses the buyer.
  REQUIRE(s.roleplay().start("just-send-information", 4));
  REQUIRE(s.roleplay().choose(shown_at(*s.roleplay().run(), 1), 1));
  while (!s.roleplay().run()->finished()) REQUIRE(s.roleplay().choose(0, 2));
  const int first_score = s.roleplay().history().back().score;
  CHECK_FALSE(s.roleplay().history().back().passed);
  // Then replay from the start and play the ideal path: a pass, but a replayed one.
  REQUIRE(s.roleplay().replay_from(0));
  CHECK(s.roleplay().replayed());
  play_ideal_path(s.roleplay(), 3);
  REQUIRE(s.roleplay().history().size() == 2);
  CHECK(s.roleplay().history()[1].replayed);
  CHECK(s.roleplay().history()[1].passed);
  // A fresh start is a clean run again, yet the first try stays the first.
  REQUIRE(s.roleplay().start("just-send-information", 5));
  CHECK_FALSE(s.roleplay().replayed());
  play_ideal_path(s.roleplay(), 4);
  CHECK_FALSE(s.roleplay().history()[2].replayed);
  const session::RoleplayRecord* first = s.roleplay().first_try("sales-rep", "just-send-information");
  REQUIRE(first != nullptr);
  CHECK(first->score == first_score);
  CHECK_FALSE(first->passed);
  CHECK(s.roleplay().best_score("sales-rep", "just-send-information") == 100);
}

TEST_CASE("a replay in progress is saved as one and resumes as one") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("just-send-information", 4));
  REQUIRE(s.roleplay().choose(0, 1));
  REQUIRE(s.roleplay().replay_from(0));
  const auto saved = s.roleplay().in_progress();
  REQUIRE(saved);
  CHECK(saved->replayed);
  const auto back = content::read_object<session::RoleplayInProgress>(saved->to_json());
  REQUIRE(back);
  CHECK(back->replayed);
  auto other = sales_rep_session();
  CHECK(other.roleplay().restore_in_progress(*back).empty());
  CHECK(other.roleplay().replayed());
  // Saves from before the flag existed read as clean runs.
  nlohmann::json old = saved->to_json();
  old.erase("replayed");
  const auto read_old = content::read_object<session::RoleplayInProgress>(old);
  REQUIRE(read_old);
  CHECK_FALSE(read_old->replayed);
}

TEST_CASE("a copied practice keeps a working run") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("price-too-high", 5));
  session::RoleplayPractice copy = s.roleplay();
  s = session::Session{};  // the original and its pack are gone
  REQUIRE(copy.run());
  CHECK(copy.run()->scenario().id == "price-too-high");
  CHECK(copy.choose(0, 1));
}

TEST_CASE("roleplay records survive a JSON round trip and damaged ones are refused") {
  session::RoleplayRecord rec{"sales-rep", "price-too-high", "It costs too much", roleplay::EndingKind::Committed,
                              88, true, 123456, {0, 2, 1}, 18446744073709551615ull};
  const auto back = content::read_object<session::RoleplayRecord>(rec.to_json());
  REQUIRE(back);
  CHECK(back->pack_id == rec.pack_id);
  CHECK(back->scenario_id == rec.scenario_id);
  CHECK(back->title == rec.title);
  CHECK(back->ending == rec.ending);
  CHECK(back->score == 88);
  CHECK(back->passed);
  CHECK(back->finished_at_ms == 123456);
  CHECK(back->path == rec.path);
  CHECK(back->seed == rec.seed);
  CHECK_FALSE(back->replayed);

  const nlohmann::json good = rec.to_json();
  nlohmann::json before_replays = good;  // a record saved before "replayed" existed
  before_replays.erase("replayed");
  REQUIRE(content::read_object<session::RoleplayRecord>(before_replays));
  CHECK_FALSE(content::read_object<session::RoleplayRecord>(before_replays)->replayed);
  CHECK_FALSE(content::read_object<session::RoleplayRecord>(nlohmann::json::array()));
  auto damaged = [&](const char* key, nlohmann::json value) {
    nlohmann::json copy = good;
    if (value.is_discarded()) copy.erase(key);
    else copy[key] = std::move(value);
    return !content::read_object<session::RoleplayRecord>(copy).ok();
  };
  const nlohmann::json missing(nlohmann::json::value_t::discarded);
  CHECK(damaged("pack", missing));
  CHECK(damaged("pack", ""));
  CHECK(damaged("scenario", 5));
  CHECK(damaged("ending", "won"));
  CHECK(damaged("score", 101));
  CHECK(damaged("score", -1));
  CHECK(damaged("score", "88"));
  CHECK(damaged("passed", 1));
  CHECK(damaged("finished_at_ms", 1.5));
  CHECK(damaged("path", nlohmann::json::array({0, -1})));
  CHECK(damaged("path", nlohmann::json::array({0, 9})));
  CHECK(damaged("path", "0,1"));
  CHECK(damaged("seed", -3));
  CHECK(damaged("seed", missing));
  CHECK(damaged("replayed", "yes"));
}
