#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/pipeline/quarter_plan.hpp"
#include "core/session/pipeline_desk.hpp"
#include "unit/guidance/step_builders.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;
using dealdojo::content::GuidanceStep;
using dealdojo::content::Playbook;
using dealdojo::content::StepKind;
using dealdojo::guidance::HistoryEntry;
using dealdojo::guidance::StepAction;

namespace {

// An action step (the quarter walks actions and questions alike).
GuidanceStep rep_step(std::string id, std::string text, bool required, std::vector<dealdojo::content::StepOutcome> outcomes) {
  return guidance_test::rep_step(std::move(id), StepKind::Action, std::move(text), required, std::move(outcomes));
}
using guidance_test::wait_step;

// Lead qualification (3 criteria): call; when nobody answers, wait 3 days and call
// again; then ask for the meeting.
Playbook qualification_playbook() {
  Playbook p;
  p.id = "qualify";
  p.name = "Qualify";
  p.preset = "default";
  p.stage = "lead-qualification";
  p.steps = {rep_step("call", "Call the contact", true, {{"succeeded", "ask", {1}}, {"no_answer", "wait", {}}}),
             wait_step("wait", 3, "follow-up"),
             rep_step("follow-up", "Make the follow-up call", false,
                      {{"succeeded", "ask", {1}}, {"no_answer", "wait", {}}}),
             rep_step("ask", "Ask for the meeting", true, {{"agreed", "end", {2, 3}}, {"declined", "lost", {}}})};
  return p;
}

QuarterConfig guided_config() {
  QuarterConfig config;
  config.playbooks = {qualification_playbook()};
  return config;
}

WeekPlan week(PlaybookDiscipline discipline) {
  WeekPlan w;
  w.hours = {8, 8, 8, 6, 6, 4};
  w.playbook = discipline;
  return w;
}

QuarterSim play(const QuarterConfig& config, PlaybookDiscipline discipline, std::uint64_t seed) {
  QuarterPlan plan;
  plan.weeks = {week(discipline)};
  QuarterOutcome out = simulate_quarter(config, plan, seed);
  REQUIRE(out.ok());
  return std::move(*out.sim);
}

bool has_point(const QuarterDebrief& d, const std::string& part) {
  return std::any_of(d.drivers.begin(), d.drivers.end(), [&](const DebriefPoint& p) {
    return p.kind == DriverKind::PlaybookSteps && p.text.find(part) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("quarter guidance: the pack's playbooks for the preset's open stages") {
  dealdojo::content::Guidance guidance;
  Playbook other_preset = qualification_playbook();
  other_preset.id = "elsewhere";
  other_preset.preset = "manufacturing";
  Playbook care = qualification_playbook();
  care.id = "care";
  care.stage = "post-purchase";  // the won stage: account care is not walked
  guidance.playbooks = {care, other_preset, qualification_playbook()};
  const std::vector<Playbook> picked = stage_playbooks(guidance, "default", default_preset());
  REQUIRE(picked.size() == 1);
  CHECK(picked[0].id == "qualify");
}

TEST_CASE("quarter guidance: config checks name the playbook") {
  QuarterConfig config = guided_config();
  Playbook won = qualification_playbook();
  won.stage = "post-purchase";
  Playbook twice = qualification_playbook();
  twice.id = "again";
  Playbook too_many = qualification_playbook();
  too_many.stage = "proposal";  // two criteria; the playbook meets 3
  config.playbooks = {qualification_playbook(), won, twice, too_many};
  const QuarterStart start = start_quarter(config, 1);
  CHECK_FALSE(start.ok());
  REQUIRE(start.errors.size() == 3);
  CHECK(start.errors[0].pointer == "/playbooks/1");
  CHECK(start.errors[0].message ==
        "Playbook 'qualify' is for stage 'post-purchase', which is not an open stage of the quarter's stages.");
  CHECK(start.errors[1].pointer == "/playbooks/2");
  CHECK(start.errors[1].message == "Stage 'lead-qualification' already has a playbook; 'again' would be a second.");
  CHECK(start.errors[2].pointer == "/playbooks/3");
  CHECK(start.errors[2].message == "Playbook 'qualify' meets exit criterion 3, but stage 'proposal' has 2.");
}

TEST_CASE("quarter guidance: following raises the stage's conversion, shortcuts lower it") {
  CHECK(playbook_factor(true, 0) == doctest::Approx(1.1));
  CHECK(playbook_factor(false, 0) == 1.0);
  CHECK(playbook_factor(false, 2) == doctest::Approx(0.85 * 0.85));
  CHECK(playbook_factor(false, 9) == doctest::Approx(kMinSkippedFactor));
  const double conversion = default_preset().stages[kQualification].conversion;
  double follow_chance = 0, shortcut_chance = 0;
  int follow_exits = 0, shortcut_exits = 0;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    const QuarterSim followed = play(guided_config(), PlaybookDiscipline::Follow, seed);
    for (const GuidedStage& g : followed.guided_stages()) {
      CHECK(g.stage == kQualification);
      CHECK(g.followed);
      CHECK(g.skipped_required.empty());
      if (g.result == StageResult::WentCold) continue;
      CHECK(g.factor == doctest::Approx(1.1));
      // conversion × (0.8 + 0.4 × quality) × 1.1, quality from 0 to 1
      CHECK(g.chance >= conversion * 0.8 * 1.1 - 1e-9);
      CHECK(g.chance <= conversion * 1.2 * 1.1 + 1e-9);
      follow_chance += g.chance;
      ++follow_exits;
    }
    const QuarterSim shortcut = play(guided_config(), PlaybookDiscipline::Shortcut, seed);
    for (const GuidedStage& g : shortcut.guided_stages()) {
      if (g.result == StageResult::WentCold) continue;
      CHECK_FALSE(g.followed);
      // Deals that were walking the playbook before the quarter started have not done its steps either.
      CHECK(g.skipped_required == std::vector<std::string>{"call", "ask"});
      CHECK(g.factor == doctest::Approx(0.85 * 0.85));
      CHECK(g.chance <= conversion * 1.2 * 0.85 * 0.85 + 1e-9);
      shortcut_chance += g.chance;
      ++shortcut_exits;
    }
  }
  REQUIRE(follow_exits > 10);
  REQUIRE(shortcut_exits > 10);
  CHECK(follow_chance / follow_exits > shortcut_chance / shortcut_exits);
}

TEST_CASE("quarter guidance: a follow week walks the playbook one step a working day, and waits fire as days pass") {
  int waits = 0, into_next_week = 0;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const QuarterSim sim = play(guided_config(), PlaybookDiscipline::Follow, seed);
    std::vector<const dealdojo::guidance::PlaybookRun*> runs;
    for (const GuidedStage& g : sim.guided_stages()) runs.push_back(&g.run);
    for (const SimDeal& d : sim.deals()) {
      if (d.run) runs.push_back(&*d.run);
    }
    for (const auto* run : runs) {
      const std::vector<HistoryEntry>& h = run->history();
      int last_done_day = -1;
      for (std::size_t i = 0; i < h.size(); ++i) {
        if (h[i].action == StepAction::Done) {
          CHECK(h[i].day > last_done_day);  // one rep step a day
          last_done_day = h[i].day;
        }
        if (h[i].step != "wait") continue;
        // The wait fires 3 working days after the call that went unanswered.
        REQUIRE(i > 0);
        CHECK(h[i].action == StepAction::Fired);
        CHECK(h[i - 1].outcome == "no_answer");
        CHECK(h[i].day == h[i - 1].day + 3);
        ++waits;
        if (h[i].day / kWorkingDaysPerWeek > h[i - 1].day / kWorkingDaysPerWeek) ++into_next_week;
        // The follow-up call comes on the day the wait fired or later.
        if (i + 1 < h.size()) CHECK(h[i + 1].day >= h[i].day);
      }
      for (const HistoryEntry& e : h) CHECK(e.day < kWorkingDaysPerWeek * 13);
    }
  }
  CHECK(waits > 5);
  CHECK(into_next_week > 0);  // a call that failed on Wednesday or later is followed up next week
}

TEST_CASE("quarter guidance: a wait fires in a week with no hours for the deal") {
  WeekPlan thin = week(PlaybookDiscipline::Follow);
  thin[Activity::Qualifying] = 2;  // calls often go unanswered
  QuarterStart start = start_quarter(guided_config(), 2);
  QuarterSim& sim = *start.sim;
  // Play until some deal waits past the end of the week.
  std::string waiting_id;
  int fires_on = 0;
  for (int w = 1; w <= 12 && waiting_id.empty(); ++w) {
    REQUIRE(sim.play_week(thin).empty());
    for (const SimDeal& d : sim.deals()) {
      if (d.status == DealStatus::Open && d.run && d.run->waiting_until() &&
          *d.run->waiting_until() >= kWorkingDaysPerWeek * w) {
        waiting_id = d.id;
        fires_on = *d.run->waiting_until();
        break;
      }
    }
  }
  REQUIRE_FALSE(waiting_id.empty());
  WeekPlan idle = thin;
  idle[Activity::Qualifying] = 0;
  REQUIRE(sim.play_week(idle).empty());
  const auto deal = std::find_if(sim.deals().begin(), sim.deals().end(), [&](const SimDeal& d) { return d.id == waiting_id; });
  REQUIRE(deal->run.has_value());
  CHECK(deal->run->current_step() == "follow-up");
  const HistoryEntry& fired = deal->run->history().back();
  CHECK(fired.step == "wait");
  CHECK(fired.action == StepAction::Fired);
  CHECK(fired.day == fires_on);
  CHECK(fired.day / kWorkingDaysPerWeek == sim.weeks_played() - 1);  // in the idle week
}

TEST_CASE("quarter guidance: deterministic per seed and plan; the discipline matters only where a playbook is") {
  const QuarterSim a = play(guided_config(), PlaybookDiscipline::Follow, 7);
  const QuarterSim b = play(guided_config(), PlaybookDiscipline::Follow, 7);
  REQUIRE(a.guided_stages().size() == b.guided_stages().size());
  for (std::size_t i = 0; i < a.guided_stages().size(); ++i) {
    CHECK(a.guided_stages()[i].deal_id == b.guided_stages()[i].deal_id);
    CHECK(a.guided_stages()[i].run.history().size() == b.guided_stages()[i].run.history().size());
    CHECK(a.guided_stages()[i].chance == b.guided_stages()[i].chance);
  }
  CHECK(a.booked() == b.booked());

  // Without playbooks, a shortcut week is the same as a follow week.
  const QuarterSim plain_follow = play(QuarterConfig{}, PlaybookDiscipline::Follow, 7);
  const QuarterSim plain_shortcut = play(QuarterConfig{}, PlaybookDiscipline::Shortcut, 7);
  CHECK(plain_follow.booked() == plain_shortcut.booked());
  CHECK(plain_follow.deals().size() == plain_shortcut.deals().size());
  CHECK(plain_follow.guided_stages().empty());
  for (const SimDeal& d : plain_follow.deals()) CHECK_FALSE(d.run.has_value());
}

TEST_CASE("quarter guidance: the debrief names the steps that mattered") {
  const QuarterDebrief follow = play(guided_config(), PlaybookDiscipline::Follow, 3).debrief();
  CHECK(has_point(follow, "At stages with a playbook, "));
  CHECK(has_point(follow, "followed it to the exit (conversion ×1.1)"));
  CHECK(has_point(follow, "“Make the follow-up call” after “Call the contact” came back no answer (Lead qualification): "));
  const QuarterDebrief shortcut = play(guided_config(), PlaybookDiscipline::Shortcut, 3).debrief();
  CHECK(has_point(shortcut, "took shortcuts (conversion ×0.72 on average)"));
  CHECK(has_point(shortcut, "Skipped required steps “Call the contact” and “Ask for the meeting” at Lead qualification on "));
  CHECK_FALSE(has_point(play(QuarterConfig{}, PlaybookDiscipline::Follow, 3).debrief(), ""));  // no playbook, no point
}

TEST_CASE("quarter guidance: the desk's quarter carries the pack's playbooks for its preset") {
  dealdojo::content::Guidance guidance;
  guidance.playbooks = {qualification_playbook()};
  dealdojo::session::PipelineDesk desk;
  desk.reset(default_preset(), day("2026-07-01"), 1, guidance);
  REQUIRE(desk.quarter_config().playbooks.size() == 1);
  CHECK(desk.quarter_config().playbooks[0].id == "qualify");
  REQUIRE(desk.start_quarter(desk.quarter_config(), 4).empty());
  CHECK(desk.quarter()->playbook_at(kQualification) != nullptr);
  // Another pack's guidance, for another preset: a quarter not yet played starts again without playbooks.
  desk.set_guidance(guidance, "manufacturing");
  CHECK(desk.quarter_config().playbooks.empty());
  CHECK(desk.quarter()->playbook_at(kQualification) == nullptr);
  desk.reset(default_preset(), day("2026-07-01"), 1);
  CHECK(desk.quarter_config().playbooks.empty());
}
