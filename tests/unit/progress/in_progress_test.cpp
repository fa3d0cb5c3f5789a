// Working state in the save: the role-play conversation in progress and the
// pipeline desk. Both are optional sections: restored when they still fit,
// dropped with a note naming the place when damaged, the rest of the save loads.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/pipeline/pipeline_file.hpp"
#include "core/progress/progress_document.hpp"
#include "core/session/session.hpp"
#include "core/util/atomic_file.hpp"

using namespace dealdojo;
namespace pl = dealdojo::pipeline;

namespace {

const std::filesystem::path kRoot = std::filesystem::path(DEALDOJO_SOURCE_DIR);
const pl::Date kToday = pl::make_date(2026, 8, 10);

std::string fixture(const char* name) {
  auto text = util::read_whole_file(kRoot / "tests/data/progress" / name);
  REQUIRE(text);
  return *text;
}

// A session with the sales-rep pack active, as the app has it before loading a save.
session::Session sales_rep_session() {
  session::Session s;
  s.packs().load_path(kRoot / "content/sales-rep", true);
  REQUIRE(s.packs().active_pack() != nullptr);
  s.roleplay().sync(s.packs());
  return s;
}

// Writes, reads back and restores into a fresh session; returns the restore's notes.
std::vector<std::string> reload(const session::Session& from, session::Session& into) {
  const auto read = progress::read_progress(progress::to_json(from.saved(), 1786352400000).dump());
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  CHECK(read.notes.empty());
  return into.adopt(*read.state);
}

bool contains(const std::vector<std::string>& notes, std::string_view text) {
  for (const auto& note : notes) {
    if (note.find(text) != std::string::npos) return true;
  }
  return false;
}

// Makes one choice that does not end the conversation (tried on a copy of the run first).
void choose_without_ending(session::RoleplayPractice& practice, std::int64_t now_ms) {
  for (std::size_t i = 0; i < practice.run()->offered().size(); ++i) {
    roleplay::Run trial = *practice.run();
    if (!trial.choose(i) || trial.finished()) continue;
    REQUIRE(practice.choose(i, now_ms));
    return;
  }
  FAIL("every choice ends the conversation");
}

std::string first_open_id(const session::PipelineDesk& desk) {
  for (const auto& d : desk.pipeline().deals) {
    if (d.status == pl::DealStatus::Open) return d.id;
  }
  FAIL("no open deal");
  return "";
}

}  // namespace

TEST_CASE("a role-play in progress is saved and replays to the same transcript and step") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("price-too-high", 7));
  choose_without_ending(s.roleplay(), 10);
  choose_without_ending(s.roleplay(), 20);
  REQUIRE_FALSE(s.roleplay().run()->finished());
  const auto doc = progress::to_json(s.saved(), 1786352400000);
  CHECK(doc["in_progress"]["roleplay"]["scenario_id"] == "price-too-high");
  CHECK(doc["in_progress"]["roleplay"]["seed"] == 7);

  auto loaded = sales_rep_session();
  const auto notes = reload(s, loaded);
  CHECK(notes.empty());
  REQUIRE(loaded.roleplay().run());
  const roleplay::Run& before = *s.roleplay().run();
  const roleplay::Run& after = *loaded.roleplay().run();
  CHECK(after.scenario().id == "price-too-high");
  CHECK(after.steps().size() == 2);
  CHECK(after.choice_path() == before.choice_path());
  CHECK(after.node_index() == before.node_index());
  REQUIRE(after.transcript().size() == before.transcript().size());
  for (std::size_t i = 0; i < after.transcript().size(); ++i) CHECK(after.transcript()[i].text == before.transcript()[i].text);
  // The choices on offer are shown in the same order (same seed).
  CHECK(std::vector<std::size_t>(after.offered().begin(), after.offered().end()) ==
        std::vector<std::size_t>(before.offered().begin(), before.offered().end()));
  CHECK(loaded.roleplay().history().empty());  // not finished, so nothing recorded
}

TEST_CASE("a finished conversation restored shows its debrief and is not recorded twice") {
  auto s = sales_rep_session();
  REQUIRE(s.roleplay().start("just-send-information", 3));
  for (int guard = 0; guard < 50 && !s.roleplay().run()->finished(); ++guard) REQUIRE(s.roleplay().choose(0, 10));
  REQUIRE(s.roleplay().run()->finished());
  REQUIRE(s.roleplay().history().size() == 1);
  auto loaded = sales_rep_session();
  CHECK(reload(s, loaded).empty());
  REQUIRE(loaded.roleplay().run());
  CHECK(loaded.roleplay().run()->finished());
  CHECK(loaded.roleplay().debrief());
  CHECK(loaded.roleplay().history().size() == 1);
}

TEST_CASE("a saved conversation that no longer replays is dropped with a note and the rest loads") {
  const auto read = progress::read_progress(fixture("v2-damaged-pipeline-desk.json"));
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  REQUIRE(read.state->roleplay.to_resume());  // well formed: only the scenario can tell
  auto s = sales_rep_session();
  const auto notes = s.adopt(*read.state);
  CHECK_FALSE(s.roleplay().run());
  REQUIRE(notes.size() == 1);
  CHECK(contains(notes, "price-too-high"));
  CHECK(contains(notes, "no longer fit"));
  CHECK(s.answers().size() == 1);  // the rest of the save is there
}

TEST_CASE("a saved conversation of a missing scenario or another pack is dropped with a note") {
  // A save that was in `saved`, read back as the app reads it.
  auto save_in = [](const session::RoleplayInProgress& saved) {
    auto doc = progress::to_json(session::SavedState{}, 0);
    doc["in_progress"]["roleplay"] = saved.to_json();
    auto read = progress::read_progress(doc.dump());
    REQUIRE(read.state);
    return std::move(*read.state);
  };
  auto s = sales_rep_session();
  CHECK(contains(s.adopt(save_in({"sales-rep", "no-such-scenario", 1, {}})), "no longer has that scenario"));
  CHECK(contains(s.adopt(save_in({"other-pack", "price-too-high", 1, {}})), "\"other-pack\" is not the pack open now"));
  CHECK_FALSE(s.roleplay().run());
}

TEST_CASE("a damaged role-play in progress is dropped at reading with its place, the save still loads") {
  auto doc = nlohmann::json::parse(fixture("v2-desk-and-roleplay.json"));
  doc["in_progress"]["roleplay"]["seed"] = -3;
  const auto read = progress::read_progress(doc.dump());
  REQUIRE(read.state);
  CHECK_FALSE(read.state->roleplay.to_resume());
  CHECK(read.state->pipeline.edited());
  CHECK(contains(read.notes, "at /in_progress/roleplay/seed:"));
}

TEST_CASE("the pipeline desk round-trips an edited deal amount, quota and period") {
  session::Session s;
  s.pipeline().reset(pl::default_preset(), kToday, 1);
  CHECK_FALSE(s.pipeline().edited());
  CHECK_FALSE(s.saved().pipeline.edited());  // the untouched sample is made again, not saved
  const std::string id = first_open_id(s.pipeline());
  auto form = s.pipeline().form_for(id);
  form.amount = "12,345";
  REQUIRE(s.pipeline().update_deal(id, form).empty());
  REQUIRE(s.pipeline().set_quota("321,000").empty());
  REQUIRE(s.pipeline().set_period("2026-07-01", "2026-12-31").empty());
  REQUIRE(s.pipeline().remove_deal(s.pipeline().pipeline().deals.back().id));
  CHECK(s.pipeline().edited());

  session::Session loaded;
  CHECK(reload(s, loaded).empty());
  REQUIRE(loaded.pipeline().ready());
  CHECK(loaded.pipeline().edited());
  const pl::Deal* deal = loaded.pipeline().find_deal(id);
  REQUIRE(deal != nullptr);
  CHECK(deal->amount == util::Money::from_units(12'345));
  CHECK(loaded.pipeline().pipeline().quota == util::Money::from_units(321'000));
  CHECK(loaded.pipeline().pipeline().period.start == pl::make_date(2026, 7, 1));
  CHECK(loaded.pipeline().pipeline().period.end == pl::make_date(2026, 12, 31));
  CHECK(loaded.pipeline().pipeline().deals.size() == s.pipeline().pipeline().deals.size());
  CHECK(loaded.pipeline().next_deal_number() == s.pipeline().next_deal_number());
  CHECK(pl::write_pipeline(loaded.pipeline().pipeline()) == pl::write_pipeline(s.pipeline().pipeline()));
  // Metrics are recomputed from the restored pipeline.
  CHECK(loaded.pipeline().metrics().weighted_pipeline == s.pipeline().metrics().weighted_pipeline);
}

TEST_CASE("a damaged pipeline section is dropped with its JSON pointer and the rest of the save loads") {
  const auto read = progress::read_progress(fixture("v2-damaged-pipeline-desk.json"));
  REQUIRE(read.state);
  CHECK_FALSE(read.state->pipeline.edited());
  CHECK(read.state->answers.size() == 1);
  REQUIRE(read.notes.size() == 1);
  CHECK(contains(read.notes, "at /pipeline_desk/pipeline/deals/0/amount:"));

  auto doc = nlohmann::json::parse(fixture("v2-desk-and-roleplay.json"));
  doc["pipeline_desk"] = 5;
  auto bad = progress::read_progress(doc.dump());
  REQUIRE(bad.state);
  CHECK(contains(bad.notes, "at /pipeline_desk:"));
  doc["pipeline_desk"] = {{"pipeline", {{"format", 1}}}};
  bad = progress::read_progress(doc.dump());
  REQUIRE(bad.state);
  CHECK(contains(bad.notes, "at /pipeline_desk/pipeline/"));
  doc = nlohmann::json::parse(fixture("v2-desk-and-roleplay.json"));
  doc["pipeline_desk"]["next_deal_number"] = "five";
  bad = progress::read_progress(doc.dump());
  REQUIRE(bad.state);
  CHECK(contains(bad.notes, "at /pipeline_desk/next_deal_number:"));
  // Damage elsewhere still refuses the whole save, as before.
  doc = nlohmann::json::parse(fixture("v2-desk-and-roleplay.json"));
  doc["answers"] = 1;
  CHECK_FALSE(progress::read_progress(doc.dump()).state);
}

TEST_CASE("the fixture with a desk and a conversation restores both") {
  const auto read = progress::read_progress(fixture("v2-desk-and-roleplay.json"));
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  CHECK(read.notes.empty());
  auto s = sales_rep_session();
  CHECK(s.adopt(*read.state).empty());
  REQUIRE(s.roleplay().run());
  CHECK(s.roleplay().run()->steps().empty());
  REQUIRE(s.pipeline().ready());
  REQUIRE(s.pipeline().find_deal("d-01") != nullptr);
  CHECK(s.pipeline().find_deal("d-01")->amount == util::Money::from_units(48'000));
  CHECK(s.pipeline().next_deal_number() == 5);
}

TEST_CASE("an older version 2 save without the new sections loads with nothing in progress") {
  const auto read = progress::read_progress(fixture("v2-current.json"));
  REQUIRE(read.state);
  CHECK(read.notes.empty());
  CHECK_FALSE(read.state->roleplay.to_resume());
  CHECK_FALSE(read.state->pipeline.edited());
  auto s = sales_rep_session();
  s.pipeline().reset(pl::default_preset(), kToday, 1);
  REQUIRE(s.roleplay().start("price-too-high", 7));
  CHECK(s.adopt(*read.state).empty());
  CHECK_FALSE(s.roleplay().run());      // the save's data replaces the session's
  CHECK_FALSE(s.pipeline().ready());    // the screen makes the sample again
  const auto doc = progress::to_json(s.saved(), 1786352400000);
  CHECK_FALSE(doc.contains("pipeline_desk"));
  CHECK_FALSE(doc.contains("in_progress"));
}

TEST_CASE("the revision moves with the conversation and the edited pipeline, not with the sample") {
  auto s = sales_rep_session();
  s.observe(0);
  auto revision = s.revision();
  s.observe(1);
  CHECK(s.revision() == revision);
  REQUIRE(s.roleplay().start("price-too-high", 7));
  s.observe(2);
  CHECK(s.revision() > revision);
  revision = s.revision();
  REQUIRE(s.roleplay().choose(0, 3));
  s.observe(3);
  CHECK(s.revision() > revision);
  revision = s.revision();
  // Going back and choosing differently keeps the step count but is a change.
  REQUIRE(s.roleplay().replay_from(0));
  s.observe(4);
  CHECK(s.revision() > revision);
  revision = s.revision();
  s.pipeline().reset(pl::default_preset(), kToday, 1);
  s.observe(5);
  CHECK(s.revision() == revision);  // the sample alone is not the learner's work
  REQUIRE(s.pipeline().set_quota("99,000").empty());
  s.observe(6);
  CHECK(s.revision() > revision);
  revision = s.revision();
  s.observe(7);
  CHECK(s.revision() == revision);
}
