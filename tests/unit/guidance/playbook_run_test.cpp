// A deal or lead walking a playbook: branches on what happened, automated
// steps firing on their day, skips, criteria, ends, and the saved form.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/content/pack_loader.hpp"
#include "core/guidance/playbook_run.hpp"
#include "unit/guidance/step_builders.hpp"

using namespace dealdojo;
using content::GuidanceStep;
using content::Playbook;
using content::StepKind;
using guidance::PlaybookRun;
using guidance::RunEnd;
using guidance::StepAction;
using namespace guidance_test;

namespace {

// Qualifying a lead: a call that branches to wait-and-follow-up, then need and budget.
Playbook qualify_playbook() {
  Playbook p;
  p.id = "qualify-lead";
  p.name = "Qualify the lead";
  p.lead = content::LeadStatus::Qualified;
  p.exit_criteria = {"The buyer described a need we can meet", "A budget exists"};
  p.steps = {
      rep_step("call", StepKind::Action, "Call the contact", true,
               {{"succeeded", "need", {}}, {"no_answer", "wait", {}}}),
      wait_step("wait", 1, "follow-up"),
      rep_step("follow-up", StepKind::Action, "Make the follow-up call", false,
               {{"succeeded", "need", {}}, {"no_answer", "email", {}}}),
      send_step("email", "A short note asking for a good time", "need"),
      rep_step("need", StepKind::Question, "Ask what problem they need solved", true,
               {{"need-found", "budget", {1}}, {"no-need", "retire", {}}}),
      rep_step("budget", StepKind::Question, "Ask whether a budget is set aside", false,
               {{"confirmed", "end", {2}}, {"none", "retire", {}}}),
  };
  return p;
}

// A stage playbook: its criteria are the stage's, counted from the outcomes' meets.
Playbook proposal_playbook() {
  Playbook p;
  p.id = "default-proposal";
  p.name = "Proposal";
  p.preset = "default";
  p.stage = "proposal";
  p.steps = {
      rep_step("deliver", StepKind::Action, "Deliver the proposal", true,
               {{"delivered", "review", {1}}, {"declined", "lost", {}}}),
      wait_step("review", 3, "meeting"),
      rep_step("meeting", StepKind::Action, "Book the terms meeting", false,
               {{"booked", "end", {2}}, {"no_reply", "lost", {}}}),
  };
  return p;
}

std::vector<std::string> history_steps(const PlaybookRun& run) {
  std::vector<std::string> out;
  for (const auto& entry : run.history()) out.push_back(entry.step + ":" + std::string(step_action_key(entry.action)));
  return out;
}

}  // namespace

TEST_CASE("a run starts at the first step with no criteria met") {
  const Playbook p = qualify_playbook();
  const PlaybookRun run = PlaybookRun::start(p, 4);
  CHECK(run.playbook_id() == "qualify-lead");
  CHECK(run.current_step() == "call");
  CHECK(run.open());
  CHECK(run.day() == 4);
  CHECK(run.criteria_met() == std::vector<bool>{false, false});
  CHECK(run.missing_criteria() == std::vector<int>{1, 2});
  CHECK_FALSE(run.criteria_complete());
  CHECK(run.history().empty());
}

TEST_CASE("a failed call branches to a wait that fires only on its day, then the follow-up") {
  const Playbook p = qualify_playbook();
  PlaybookRun run = PlaybookRun::start(p, 0);
  REQUIRE(run.complete(p, "no_answer", 0) == "");
  CHECK(run.current_step() == "wait");
  CHECK(run.waiting_until() == 1);
  CHECK(run.steps_failed() == 1);
  CHECK(run.history().back().required);
  run.advance_to(p, 0);
  CHECK(run.current_step() == "wait");
  // The wait is not the rep's to mark.
  CHECK(run.complete(p, "done", 0) == "“Wait 1 day” runs by itself: it fires on day 1");
  run.advance_to(p, 1);
  CHECK(run.current_step() == "follow-up");
  CHECK_FALSE(run.waiting_until());
  CHECK(run.history().back().day == 1);
  CHECK(run.history().back().action == StepAction::Fired);
  CHECK(run.history().back().outcome == "done");
}

TEST_CASE("a wait entered late fires on the day it was due, and a send after it fires at once") {
  Playbook p = qualify_playbook();
  p.steps[1].days = 3;
  p.steps[1].outcomes[0].next = "email";
  PlaybookRun run = PlaybookRun::start(p, 2);
  REQUIRE(run.complete(p, "no_answer", 2) == "");
  CHECK(run.waiting_until() == 5);
  run.advance_to(p, 9);  // several days pass at once
  CHECK(run.current_step() == "need");
  REQUIRE(run.history().size() == 3);
  CHECK(run.history()[1].step == "wait");
  CHECK(run.history()[1].day == 5);
  CHECK(run.history()[2].step == "email");
  CHECK(run.history()[2].day == 5);
  CHECK(run.day() == 9);
}

TEST_CASE("a send fires as soon as the run reaches it") {
  const Playbook p = qualify_playbook();
  PlaybookRun run = PlaybookRun::start(p, 0);
  REQUIRE(run.complete(p, "no_answer", 0) == "");
  run.advance_to(p, 1);
  REQUIRE(run.complete(p, "no_answer", 2) == "");
  CHECK(run.current_step() == "need");
  CHECK(history_steps(run) == std::vector<std::string>{"call:done", "wait:fired", "follow-up:done", "email:fired"});
  CHECK(run.history().back().day == 2);
  CHECK(run.steps_failed() == 2);
  CHECK(run.steps_done() == 2);
}

TEST_CASE("a playbook starting with automated steps fires them on the first day") {
  Playbook p = qualify_playbook();
  p.steps.insert(p.steps.begin(), send_step("intro", "A short introduction", "call"));
  const PlaybookRun run = PlaybookRun::start(p, 7);
  CHECK(run.current_step() == "call");
  REQUIRE(run.history().size() == 1);
  CHECK(run.history()[0].day == 7);
  CHECK(guidance::step_text(p.steps[0]) == "Send: A short introduction");
}

TEST_CASE("skipping a skippable step follows its first outcome and meets nothing") {
  const Playbook p = qualify_playbook();
  PlaybookRun run = PlaybookRun::start(p, 0);
  REQUIRE(run.complete(p, "succeeded", 0) == "");
  REQUIRE(run.complete(p, "need-found", 1) == "");
  CHECK(run.current_step() == "budget");
  REQUIRE(run.skip(p, 1) == "");
  CHECK(run.end() == RunEnd::Done);
  CHECK(run.current_step() == "");
  CHECK(run.criteria_met() == std::vector<bool>{true, false});
  CHECK(run.missing_criteria() == std::vector<int>{2});
  CHECK(run.steps_skipped() == 1);
  CHECK(run.history().back().action == StepAction::Skipped);
  CHECK(run.history().back().outcome == "");
  CHECK_FALSE(run.history().back().required);
}

TEST_CASE("a required step cannot be skipped, and the refusal says why and changes nothing") {
  const Playbook lead = qualify_playbook();
  PlaybookRun run = PlaybookRun::start(lead, 0);
  CHECK(run.skip(lead, 0) ==
        "“Call the contact” is required: mark it done with what happened — qualifying the lead depends on it");
  CHECK(run.current_step() == "call");
  CHECK(run.history().empty());

  const Playbook stage = proposal_playbook();
  PlaybookRun deal = PlaybookRun::start(stage, 0);
  CHECK(deal.skip(stage, 0) ==
        "“Deliver the proposal” is required: mark it done with what happened — the stage's work depends on it");
}

TEST_CASE("refusals: an unknown outcome, an earlier day, an ended run, another playbook") {
  const Playbook p = qualify_playbook();
  PlaybookRun run = PlaybookRun::start(p, 3);
  CHECK(run.complete(p, "maybe", 3) == "no outcome 'maybe' for “Call the contact”: choose succeeded or no_answer");
  CHECK(run.complete(p, "succeeded", 2) ==
        "day 2 is before day 3, the last day this run saw: days only move forward");
  CHECK(run.complete(proposal_playbook(), "delivered", 3) ==
        "this run follows playbook 'qualify-lead', not 'default-proposal'");
  CHECK(run.history().empty());
  REQUIRE(run.complete(p, "succeeded", 3) == "");
  REQUIRE(run.complete(p, "no-need", 3) == "");
  CHECK(run.end() == RunEnd::Retire);
  CHECK(run.complete(p, "need-found", 3) == "“Qualify the lead” has ended (retire): no step is left to take");
  CHECK(run.skip(p, 4) == "“Qualify the lead” has ended (retire): no step is left to take");
}

TEST_CASE("outcomes meet the stage's criteria, and a stage run ends done or lost") {
  const Playbook p = proposal_playbook();
  CHECK(guidance::criteria_count(p) == 2);
  PlaybookRun run = PlaybookRun::start(p, 0);
  REQUIRE(run.complete(p, "delivered", 0) == "");
  CHECK(run.criteria_met() == std::vector<bool>{true, false});
  CHECK(run.waiting_until() == 3);
  run.advance_to(p, 3);
  REQUIRE(run.complete(p, "booked", 4) == "");
  CHECK(run.end() == RunEnd::Done);
  CHECK(run.criteria_complete());
  CHECK(run.missing_criteria().empty());

  PlaybookRun lost = PlaybookRun::start(p, 0);
  REQUIRE(lost.complete(p, "declined", 1) == "");
  CHECK(lost.end() == RunEnd::Lost);
  CHECK(run_end_key(lost.end()) == "lost");
}

TEST_CASE("an unchecked playbook whose automated steps loop stops instead of firing forever") {
  Playbook p;
  p.id = "looping";
  p.name = "Looping";
  p.lead = content::LeadStatus::Retired;
  p.exit_criteria = {"x"};
  p.steps = {send_step("a", "one", "b"), send_step("b", "two", "a")};
  const PlaybookRun run = PlaybookRun::start(p, 0);
  CHECK(run.open());
  CHECK(run.history().size() == p.steps.size());
  CHECK(run.current_step() == "a");
}

TEST_CASE("an outcome leading nowhere the playbook knows is refused, not followed") {
  Playbook p = qualify_playbook();
  p.steps[0].outcomes[0].next = "gone";
  PlaybookRun run = PlaybookRun::start(p, 0);
  CHECK(run.complete(p, "succeeded", 0) ==
        "outcome 'succeeded' of “Call the contact” leads to 'gone', which “Qualify the lead” does not have");
  CHECK(run.current_step() == "call");
}

namespace {

struct Reread {
  std::optional<PlaybookRun> run;
  std::vector<content::Diagnostic> problems;
};

Reread reread(const nlohmann::json& saved, const Playbook& playbook) {
  content::DiagnosticSink sink;
  content::ReadContext ctx{"progress.json", sink};
  content::ObjectReader fields(content::JsonView(saved), "/run", ctx);
  Reread out;
  out.run = PlaybookRun::from_json(fields, playbook);
  out.problems = sink.take();
  return out;
}

bool has_problem(const Reread& r, std::string_view pointer, std::string_view message) {
  for (const auto& d : r.problems) {
    if (d.pointer == pointer && d.message == message) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a run is saved and read back the same, waits and counts included") {
  const Playbook p = qualify_playbook();
  PlaybookRun run = PlaybookRun::start(p, 0);
  REQUIRE(run.complete(p, "no_answer", 0) == "");
  const nlohmann::json waiting = run.to_json();
  CHECK(waiting["step"] == "wait");
  CHECK(waiting["waiting_until"] == 1);
  run.advance_to(p, 1);
  REQUIRE(run.complete(p, "succeeded", 1) == "");
  REQUIRE(run.complete(p, "need-found", 2) == "");
  const nlohmann::json saved = run.to_json();
  CHECK(saved["met"] == nlohmann::json::array({1}));
  const Reread back = reread(saved, p);
  REQUIRE(back.run);
  CHECK(back.problems.empty());
  CHECK(back.run->to_json() == saved);
  CHECK(back.run->current_step() == "budget");
  CHECK(back.run->criteria_met() == run.criteria_met());
  CHECK(back.run->steps_failed() == 1);
  CHECK(back.run->steps_done() == 3);

  const Reread wait_back = reread(waiting, p);
  REQUIRE(wait_back.run);
  CHECK(wait_back.run->waiting_until() == 1);

  PlaybookRun ended = *back.run;
  REQUIRE(ended.complete(p, "confirmed", 3) == "");
  const nlohmann::json done = ended.to_json();
  CHECK_FALSE(done.contains("step"));
  const Reread done_back = reread(done, p);
  REQUIRE(done_back.run);
  CHECK(done_back.run->end() == RunEnd::Done);
  CHECK(done_back.run->criteria_complete());
}

TEST_CASE("reading a run refuses what the playbook no longer has, at its pointer") {
  const Playbook p = qualify_playbook();
  PlaybookRun run = PlaybookRun::start(p, 0);
  REQUIRE(run.complete(p, "no_answer", 0) == "");
  run.advance_to(p, 1);
  const nlohmann::json saved = run.to_json();

  nlohmann::json bad = saved;
  bad["step"] = "voicemail";
  CHECK_FALSE(reread(bad, p).run);
  CHECK(has_problem(reread(bad, p), "/run/step", "“Qualify the lead” has no step 'voicemail' any more"));

  bad = saved;
  bad["history"][0]["outcome"] = "busy";
  CHECK(has_problem(reread(bad, p), "/run/history/0/outcome",
                    "“Call the contact” has no outcome 'busy' any more: it has succeeded or no_answer"));

  bad = saved;
  bad["history"][1]["step"] = "old-wait";
  CHECK(has_problem(reread(bad, p), "/run/history/1/step", "“Qualify the lead” has no step 'old-wait' any more"));

  bad = saved;
  bad["met"] = {3};
  CHECK(has_problem(reread(bad, p), "/run/met/0", "must be an exit criterion's number, from 1 to 2"));

  bad = saved;
  bad["end"] = "won";
  CHECK(has_problem(reread(bad, p), "/run/end", "must be open, done, retire or lost, not 'won'"));

  bad = saved;
  bad["playbook"] = "other";
  CHECK(has_problem(reread(bad, p), "/run/playbook", "is 'other', but this run belongs with playbook 'qualify-lead'"));

  bad = saved;
  bad["history"][0]["day"] = 9;
  CHECK(has_problem(reread(bad, p), "/run/history/0/day", "is after the run's day 1"));

  bad = saved;
  bad["step"] = "wait";
  CHECK(has_problem(reread(bad, p), "/run/waiting_until", "'waiting_until' is missing: the run waits at “Wait 1 day”"));

  bad = saved;
  bad.erase("day");
  CHECK_FALSE(reread(bad, p).run);
  CHECK(reread(saved, p).problems.empty());
}

TEST_CASE("in every shipped pack a stage run tracks exactly its stage's exit criteria") {
  for (const char* folder : {"content/sales-rep", "content/manufacturing", "content/example"}) {
    CAPTURE(folder);
    const content::LoadResult loaded = content::load_pack(std::string(DEALDOJO_SOURCE_DIR) + "/" + folder);
    REQUIRE(loaded.pack);
    std::size_t stage_playbooks = 0;
    for (const Playbook& playbook : loaded.pack->guidance.playbooks) {
      CAPTURE(playbook.id);
      const PlaybookRun run = PlaybookRun::start(playbook, 0);
      if (playbook.for_lead()) {
        CHECK(run.criteria_met().size() == playbook.exit_criteria.size());
        continue;
      }
      for (const content::PipelinePreset& preset : loaded.pack->pipeline_presets) {
        for (const content::PipelineStage& stage : preset.stages) {
          if (preset.id != playbook.preset || stage.id != playbook.stage) continue;
          CHECK(run.criteria_met().size() == stage.exit_criteria.size());
          ++stage_playbooks;
        }
      }
    }
    CHECK(stage_playbooks > 0);
  }
}
