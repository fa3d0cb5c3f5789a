// The slices of the learner's saved state: every slice round-trips through the
// progress file, every change moves the revision, and today's saves load as
// they are and are written back unchanged.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.hpp"
#include "core/util/atomic_file.hpp"
#include "core/progress/progress_document.hpp"
#include "core/session/session.hpp"

using namespace dealdojo;

namespace {

const std::filesystem::path kRoot = std::filesystem::path(DEALDOJO_SOURCE_DIR);

// Each slice's own sections, in SavedState's order.
std::vector<nlohmann::json> sections_of(const session::SavedState& state) {
  std::vector<nlohmann::json> out;
  state.for_each_slice([&out](const session::SavedSlice& slice) {
    nlohmann::json doc = nlohmann::json::object();
    slice.write(doc);
    out.push_back(std::move(doc));
  });
  return out;
}

// A session in which the learner has done something in every slice.
session::Session busy_session() {
  session::Session s;
  s.packs().load_path(kRoot / "content/sales-rep", true);
  REQUIRE(s.packs().active_pack() != nullptr);
  REQUIRE(s.start_practice({{}, {}, {}, 3}, 5, 1000).ok());
  s.practice().select(0, "a");
  s.practice().check(0);
  s.observe(2000);
  s.finish_practice(3000);
  REQUIRE(s.start_mock(exam::Mode::Study, 8, 4000).ok());
  s.mock().select(0, "b");
  s.mock().toggle_flag(0);
  s.drills().record({deals::DrillKind::Acv, true, 17, util::Money::from_cents(500), util::Money::from_cents(500)});
  s.roleplay().sync(s.packs());
  REQUIRE(s.roleplay().start("price-too-high", 7));
  REQUIRE(s.roleplay().choose(0, 5000));
  s.pipeline().reset(pipeline::default_preset(), pipeline::make_date(2026, 8, 10), 1);
  REQUIRE(s.pipeline().set_quota("99,000").empty());
  s.guided_selling().reset_leads(s.packs().active_pack()->guidance, 3);
  s.settings().set_theme(session::Theme::HighContrast);
  s.assessment_ratings().rate("manufacturing/capability-maturity", "cpq", 4);
  return s;
}

}  // namespace

TEST_CASE("every slice writes its sections and reads them back unchanged") {
  const session::Session s = busy_session();
  const std::vector<nlohmann::json> before = sections_of(s.saved());
  // The busy session touched every slice: a slice added to SavedState without
  // being exercised here fails this check rather than going untested.
  for (std::size_t i = 0; i < before.size(); ++i) {
    CAPTURE(i);
    CHECK_FALSE(before[i].empty());
  }
  const auto doc = progress::to_json(s.saved(), 1764849600000);
  const auto read = progress::read_progress(doc.dump());
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  CHECK(read.notes.empty());
  const std::vector<nlohmann::json> after = sections_of(*read.state);
  REQUIRE(after.size() == before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    CAPTURE(before[i].dump());
    CHECK(after[i] == before[i]);
  }
  CHECK(progress::to_json(*read.state, 1764849600000) == doc);
}

TEST_CASE("each slice's change moves the session's revision, and reading alone does not") {
  session::Session s = busy_session();
  std::uint64_t revision = s.revision();
  auto moved = [&](const char* what) {
    CAPTURE(what);
    CHECK(s.revision() > revision);
    revision = s.revision();
  };
  s.mock().go_to(1);
  moved("mock");
  s.drills().record({deals::DrillKind::Aov, false, 18, util::Money::from_cents(1), util::Money::from_cents(2)});
  moved("drills");
  s.settings().set_text_scale(1.5f);
  moved("settings");
  s.assessment_ratings().rate("manufacturing/capability-maturity", "cpq", 5);
  moved("ratings");
  REQUIRE(s.roleplay().replay_from(0));
  moved("roleplay");
  REQUIRE(s.pipeline().set_quota("98,000").empty());
  moved("pipeline");
  s.guided_selling().next_day(s.pipeline(), s.packs().active_pack()->guidance);
  moved("guided selling");
  REQUIRE(s.start_practice({{}, {}, {}, 2}, 6, 9000).ok());
  moved("practice");
  s.practice().select(0, "a");
  s.practice().check(0);
  s.observe(9500);
  moved("answers");
  // Asking, drawing and the same value again change nothing.
  (void)s.saved().revision();
  s.settings().set_text_scale(1.5f);
  s.observe(9600);
  CHECK(s.revision() == revision);
}

TEST_CASE("adopting a loaded save always moves the revision, so it is saved") {
  session::Session s = busy_session();
  const std::uint64_t before = s.revision();
  s.adopt(session::SavedState{});
  CHECK(s.revision() > before);
  CHECK(s.answers().size() == 0);
  CHECK_FALSE(s.mock().attempt());
}

TEST_CASE("today's save with every section loads and is written back exactly") {
  const auto text = util::read_whole_file(kRoot / "tests/data/progress/v2-every-section.json");
  REQUIRE(text);
  const auto read = progress::read_progress(*text);
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  CHECK(read.version_read == 2);
  CHECK(read.notes.empty());
  CHECK(read.state->answers.size() == 3);
  CHECK(read.state->answers.seen_baseline().at("example/next-step-agreed") == 2);
  CHECK(read.state->history.size() == 1);
  CHECK(read.state->drills.size() == 1);
  CHECK(read.state->roleplay.history().size() == 1);
  REQUIRE(read.state->roleplay.to_resume());
  CHECK(read.state->roleplay.to_resume()->seed == 11);
  REQUIRE(read.state->mock.attempt());
  CHECK(read.state->mock->response(0).flagged);
  REQUIRE(read.state->practice.attempt());
  CHECK(read.state->practice->is_submitted());
  CHECK(read.state->pipeline.edited());
  CHECK(read.state->settings.theme() == session::Theme::Dark);
  CHECK(read.state->assessment_ratings.ratings("manufacturing/capability-maturity").at("cpq") == 2);
  const auto original = nlohmann::json::parse(*text);
  CHECK(progress::to_json(*read.state, 1764849600000) == original);
}

TEST_CASE("a resumed save logs no answer twice and records no attempt twice") {
  const auto text = util::read_whole_file(kRoot / "tests/data/progress/v2-every-section.json");
  REQUIRE(text);
  auto read = progress::read_progress(*text);
  REQUIRE(read.state);
  session::Session s;
  s.packs().load_path(kRoot / "content/example", true);
  s.adopt(std::move(*read.state));
  s.observe(1);
  CHECK(s.answers().size() == 3);    // the practice's checked answer was logged before the save
  s.finish_practice(2);
  CHECK(s.history().size() == 1);    // it was submitted and recorded before the save
  s.finish_mock(3);
  CHECK(s.history().size() == 2);
  CHECK(s.answers().size() == 4);    // the mock's one answered question, logged once on submit
}
