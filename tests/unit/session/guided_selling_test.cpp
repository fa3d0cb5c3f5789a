// Guided selling on the Pipeline board: deals walking their stage's playbook
// and moving on only when the criteria are met, leads qualified, converted or
// retired, the quarter's leads, and the slice's saved section.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/progress/progress_document.hpp"
#include "core/session/guided_selling.hpp"
#include "core/session/saved_state.hpp"

using namespace dealdojo;
namespace pl = dealdojo::pipeline;
using content::GuidanceStep;
using content::Playbook;
using content::StepKind;
using guidance::RunEnd;
using session::LeadState;

namespace {

const pl::Date kToday = pl::make_date(2026, 8, 10);

GuidanceStep step(std::string id, StepKind kind, std::string text, bool required,
                  std::vector<content::StepOutcome> outcomes, int days = 0) {
  GuidanceStep s;
  s.id = std::move(id);
  s.kind = kind;
  s.text = std::move(text);
  s.required = required;
  s.days = days;
  s.outcomes = std::move(outcomes);
  return s;
}

Playbook stage_playbook(std::string stage, std::vector<GuidanceStep> steps) {
  Playbook p;
  p.id = "default-" + stage;
  p.name = stage;
  p.preset = "default";
  p.stage = std::move(stage);
  p.steps = std::move(steps);
  return p;
}

Playbook lead_playbook(std::string id, content::LeadStatus status, std::vector<std::string> criteria,
                       std::vector<GuidanceStep> steps) {
  Playbook p;
  p.id = std::move(id);
  p.name = p.id;
  p.lead = status;
  p.exit_criteria = std::move(criteria);
  p.steps = std::move(steps);
  return p;
}

// Stage playbooks for the first two stages of the default preset (3 criteria each).
content::Guidance stage_guidance() {
  content::Guidance g;
  g.playbooks.push_back(stage_playbook(
      "prospecting",
      {step("research", StepKind::Action, "Research the company", true, {{"done", "reach", {1}}}),
       step("reach", StepKind::Action, "Call the contact", false, {{"replied", "end", {2, 3}}, {"no_answer", "wait", {}}}),
       step("wait", StepKind::Wait, "", false, {{"done", "follow", {}}}, 2),
       step("follow", StepKind::Action, "Make the follow-up call", false,
            {{"replied", "end", {2, 3}}, {"no_reply", "lost", {}}})}));
  g.playbooks.push_back(stage_playbook(
      "lead-qualification",
      {step("ask", StepKind::Question, "Ask about need, budget and timing", true, {{"answered", "end", {1, 2, 3}}})}));
  return g;
}

content::Guidance full_guidance() {
  content::Guidance g = stage_guidance();
  g.playbooks.push_back(lead_playbook(
      "qualify", content::LeadStatus::Qualified, {"The buyer described a need", "A budget exists"},
      {step("need", StepKind::Question, "Ask what problem they need solved", true,
            {{"found", "budget", {1}}, {"no-need", "retire", {}}}),
       step("budget", StepKind::Question, "Ask about the budget", false, {{"yes", "end", {2}}, {"none", "retire", {}}})}));
  g.playbooks.push_back(lead_playbook("convert", content::LeadStatus::Converted, {"The buyer agreed to a meeting"},
                                      {step("meeting", StepKind::Action, "Agree the first meeting", true,
                                            {{"agreed", "end", {1}}, {"declined", "retire", {}}})}));
  g.playbooks.push_back(lead_playbook("retire", content::LeadStatus::Retired, {"The reason is recorded"},
                                      {step("record", StepKind::Action, "Record why", true, {{"recorded", "end", {1}}})}));
  return g;
}

session::PipelineDesk desk_with_new_deal(std::string& id) {
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), kToday, 7);
  session::DealForm form = desk.new_deal_form();
  form.name = "Harbour Lane: 40 seats";
  REQUIRE(desk.add_deal(form, &id).empty());
  return desk;
}

std::string criterion(const session::PipelineDesk& desk, std::size_t stage, std::size_t number) {
  return std::to_string(number) + ". " + desk.pipeline().preset.stages[stage].exit_criteria[number - 1];
}

}  // namespace

TEST_CASE("opening a deal starts its stage's playbook, and the days let its wait fire") {
  const content::Guidance g = stage_guidance();
  std::string id;
  session::PipelineDesk desk = desk_with_new_deal(id);
  session::GuidedSelling board;
  const session::DealGuidance* entry = board.open_deal(g, desk.pipeline(), id);
  REQUIRE(entry != nullptr);
  REQUIRE(entry->run);
  CHECK(entry->stage_id == "prospecting");
  CHECK(entry->run->current_step() == "research");
  CHECK(board.open_deal(g, desk.pipeline(), id) == entry);  // opened again: the same run

  CHECK(board.complete_deal_step(desk, g, id, "done") == "");
  CHECK(board.complete_deal_step(desk, g, id, "no_answer") == "");
  CHECK(board.deal(id)->run->current_step() == "wait");
  board.next_day(desk, g);
  CHECK(board.day() == 1);
  CHECK(board.deal(id)->run->current_step() == "wait");
  board.next_day(desk, g);
  CHECK(board.deal(id)->run->current_step() == "follow");
  CHECK(board.deal(id)->run->history().back().day == 2);
  CHECK(board.skip_deal_step(desk, g, id) == "");
  CHECK(board.deal(id)->run->end() == RunEnd::Done);
}

TEST_CASE("a deal moves on only when its stage's criteria are met, naming every one still open") {
  const content::Guidance g = stage_guidance();
  std::string id;
  session::PipelineDesk desk = desk_with_new_deal(id);
  session::GuidedSelling board;
  board.open_deal(g, desk.pipeline(), id);
  REQUIRE(board.complete_deal_step(desk, g, id, "done") == "");
  const util::FieldErrors refused = board.advance_deal(desk, g, id);
  REQUIRE(refused.size() == 1);
  CHECK(refused[0].pointer == session::deal_field::kStage);
  CHECK(refused[0].message == "Not yet met: " + criterion(desk, 0, 2) + "; " + criterion(desk, 0, 3));
  CHECK(desk.find_deal(id)->stage == 0);

  REQUIRE(board.complete_deal_step(desk, g, id, "replied") == "");
  CHECK(board.advance_deal(desk, g, id).empty());
  CHECK(desk.find_deal(id)->stage == 1);
  const session::DealGuidance* entry = board.deal(id);
  REQUIRE(entry != nullptr);
  CHECK(entry->stage_id == "lead-qualification");
  REQUIRE(entry->run);
  CHECK(entry->run->current_step() == "ask");
  REQUIRE(entry->past.size() == 1);
  CHECK(entry->past[0].stage == "prospecting");
  CHECK(entry->past[0].end == RunEnd::Done);
  CHECK(entry->past[0].criteria_met == std::vector<int>{1, 2, 3});
  CHECK(entry->past[0].history.size() == 2);

  // The next stage has no playbook: nothing to meet, so the deal moves on at once.
  REQUIRE(board.complete_deal_step(desk, g, id, "answered") == "");
  CHECK(board.advance_deal(desk, g, id).empty());
  CHECK(desk.find_deal(id)->stage == 2);
  CHECK_FALSE(board.deal(id)->run);
  CHECK(board.complete_deal_step(desk, g, id, "done") == "“" + desk.pipeline().preset.stages[2].name +
                                                                "” has no playbook in this pack");

  // Moving into the won stage wins the deal today; the last stage has nowhere to go.
  const std::size_t won = pl::won_stage(desk.pipeline().preset);
  while (desk.find_deal(id)->stage + 1 < desk.pipeline().preset.stages.size()) {
    REQUIRE(board.advance_deal(desk, g, id).empty());
    const pl::Deal* moved = desk.find_deal(id);
    CHECK(moved->status == (moved->stage >= won ? pl::DealStatus::Won : pl::DealStatus::Open));
  }
  CHECK(desk.find_deal(id)->close_date == kToday);
  const util::FieldErrors last = board.advance_deal(desk, g, id);
  REQUIRE(last.size() == 1);
  CHECK(last[0].message == "“" + desk.pipeline().preset.stages.back().name + "” is the last stage: there is none after it");
}

TEST_CASE("a stage changed in the editor starts the new stage's playbook and keeps the old run") {
  const content::Guidance g = stage_guidance();
  std::string id;
  session::PipelineDesk desk = desk_with_new_deal(id);
  session::GuidedSelling board;
  board.open_deal(g, desk.pipeline(), id);
  session::DealForm form = desk.form_for(id);
  form.stage = 1;
  REQUIRE(desk.update_deal(id, form).empty());
  const session::DealGuidance* entry = board.open_deal(g, desk.pipeline(), id);
  REQUIRE(entry != nullptr);
  CHECK(entry->stage_id == "lead-qualification");
  REQUIRE(entry->past.size() == 1);
  CHECK(entry->past[0].end == RunEnd::Open);
  CHECK(entry->past[0].history.empty());
}

TEST_CASE("the editor's save cannot move a deal past a stage whose criteria are open, but can win or lose it") {
  const content::Guidance g = stage_guidance();
  std::string id;
  session::PipelineDesk desk = desk_with_new_deal(id);
  session::GuidedSelling board;
  board.open_deal(g, desk.pipeline(), id);
  session::DealForm form = desk.form_for(id);
  form.stage = 2;
  const util::FieldErrors refused = board.update_deal(desk, g, id, form);
  REQUIRE(refused.size() == 1);
  CHECK(refused[0].pointer == session::deal_field::kStage);
  CHECK(refused[0].message == "Not yet met: " + criterion(desk, 0, 1) + "; " + criterion(desk, 0, 2) + "; " +
                                  criterion(desk, 0, 3));
  CHECK(desk.find_deal(id)->stage == 0);

  form = desk.form_for(id);
  form.amount = "12,000";  // an edit that keeps the stage goes through
  CHECK(board.update_deal(desk, g, id, form).empty());
  form.status = pl::DealStatus::Lost;
  form.close_date = pl::format_date(desk.pipeline().as_of);  // a closed deal's date is when it closed
  const util::FieldErrors lost = board.update_deal(desk, g, id, form);
  const std::string why = lost.empty() ? std::string() : lost.front().message;
  INFO(why);
  CHECK(lost.empty());
  CHECK(desk.find_deal(id)->status == pl::DealStatus::Lost);
}

TEST_CASE("a playbook whose steps ran out before the buyer acted can be worked again, keeping what was met") {
  const content::Guidance g = stage_guidance();
  std::string id;
  session::PipelineDesk desk = desk_with_new_deal(id);
  session::GuidedSelling board;
  board.open_deal(g, desk.pipeline(), id);
  CHECK(board.restart_deal_playbook(g, id) == "the playbook is still under way");
  REQUIRE(board.complete_deal_step(desk, g, id, "done") == "");
  REQUIRE(board.complete_deal_step(desk, g, id, "no_answer") == "");
  board.next_day(desk, g);
  board.next_day(desk, g);
  REQUIRE(board.skip_deal_step(desk, g, id) == "");  // the follow-up skipped: the run ends with 2 and 3 open
  REQUIRE(board.deal(id)->run->end() == RunEnd::Done);
  CHECK(board.deal(id)->run->missing_criteria() == std::vector<int>{2, 3});

  CHECK(board.restart_deal_playbook(g, id) == "");
  const guidance::PlaybookRun& run = *board.deal(id)->run;
  CHECK(run.open());
  CHECK(run.current_step() == "research");
  CHECK(run.missing_criteria() == std::vector<int>{2, 3});
  CHECK(run.history().size() == 4);  // done, no_answer, the wait, the skip
  REQUIRE(board.complete_deal_step(desk, g, id, "done") == "");
  REQUIRE(board.complete_deal_step(desk, g, id, "replied") == "");
  CHECK(board.deal(id)->run->criteria_complete());
  CHECK(board.restart_deal_playbook(g, id) == "every exit criterion is met: the stage's work is done");
}

TEST_CASE("working a playbook step keeps the sample pipeline, and a restored pipeline finds its preset again") {
  const content::Guidance g = stage_guidance();
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), kToday, 7, g);
  REQUIRE_FALSE(desk.edited());
  const std::string id = desk.pipeline().deals.front().id;
  session::GuidedSelling board;
  board.open_deal(g, desk.pipeline(), id);
  CHECK_FALSE(desk.edited());  // opening alone changes nothing worth saving
  const std::uint64_t before = desk.revision();
  REQUIRE(board.complete_deal_step(desk, g, id, "done") == "");
  CHECK(desk.edited());
  CHECK(desk.revision() > before);

  // A pipeline read back from a file carries its stages but not the preset's id.
  pl::Pipeline restored = desk.pipeline();
  restored.preset.id = "custom";
  session::PipelineDesk again;
  again.restore(restored, desk.next_deal_number());
  again.match_pack(pl::default_preset(), g);
  CHECK(again.pipeline().preset.id == pl::default_preset().id);
  CHECK_FALSE(again.quarter_config().playbooks.empty());
  pl::PipelinePreset other = pl::default_preset();
  other.id = "other";
  other.stages.pop_back();
  again.match_pack(other, g);  // other stages: not this pipeline's preset
  CHECK(again.pipeline().preset.id == pl::default_preset().id);
}

TEST_CASE("a deal whose playbook ends lost is marked lost on the desk") {
  const content::Guidance g = stage_guidance();
  std::string id;
  session::PipelineDesk desk = desk_with_new_deal(id);
  session::GuidedSelling board;
  board.open_deal(g, desk.pipeline(), id);
  REQUIRE(board.complete_deal_step(desk, g, id, "done") == "");
  REQUIRE(board.complete_deal_step(desk, g, id, "no_answer") == "");
  board.next_day(desk, g);
  board.next_day(desk, g);
  REQUIRE(board.complete_deal_step(desk, g, id, "no_reply") == "");
  CHECK(board.deal(id)->run->end() == RunEnd::Lost);
  CHECK(desk.find_deal(id)->status == pl::DealStatus::Lost);
  CHECK(desk.find_deal(id)->stage == 0);
  CHECK(board.complete_deal_step(desk, g, id, "replied") == "the deal is lost: its playbook has ended");
  const util::FieldErrors refused = board.advance_deal(desk, g, id);
  REQUIRE(refused.size() == 1);
  CHECK(refused[0].pointer == session::deal_field::kStatus);
}

TEST_CASE("a lead is qualified, then converted into a deal on the desk at the first stage") {
  const content::Guidance g = full_guidance();
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), kToday, 7);
  const std::size_t deals_before = desk.pipeline().deals.size();
  session::GuidedSelling board;
  board.reset_leads(g, 11);
  REQUIRE(board.leads().size() == 6);
  std::set<std::string> companies;
  for (const session::Lead& lead : board.leads()) {
    CHECK(lead.state == LeadState::Open);
    REQUIRE(lead.run);
    CHECK(lead.run->current_step() == "need");
    companies.insert(lead.company);
  }
  CHECK(companies.size() == 6);
  CHECK(board.leads().front().id == "l-01");
  session::GuidedSelling again;
  again.reset_leads(g, 11);
  CHECK(again.leads().front().name == board.leads().front().name);  // the same seed, the same leads

  const std::string lead_id = board.leads()[2].id;
  CHECK(board.complete_lead_step(desk, g, lead_id, "found") == "");
  CHECK(board.complete_lead_step(desk, g, lead_id, "yes") == "");
  const session::Lead* lead = board.lead(lead_id);
  CHECK(lead->state == LeadState::Qualified);
  REQUIRE(lead->run);
  CHECK(lead->run->playbook_id() == "convert");
  CHECK(board.complete_lead_step(desk, g, lead_id, "agreed") == "");
  lead = board.lead(lead_id);
  CHECK(lead->state == LeadState::Converted);
  CHECK_FALSE(lead->run);
  CHECK(lead->past.size() == 2);
  REQUIRE(desk.pipeline().deals.size() == deals_before + 1);
  const pl::Deal* deal = desk.find_deal(lead->deal_id);
  REQUIRE(deal != nullptr);
  CHECK(deal->name == lead->company);
  CHECK(deal->stage == 0);
  REQUIRE(board.deal(lead->deal_id) != nullptr);  // its first stage's playbook started
  CHECK(board.deal(lead->deal_id)->run->current_step() == "research");
  CHECK(board.complete_lead_step(desk, g, lead_id, "agreed") ==
        "“" + lead->name + ", " + lead->company + "” is converted: its deal is " + lead->deal_id);
}

TEST_CASE("a lead retired by an outcome runs the retired playbook, with the reason kept") {
  const content::Guidance g = full_guidance();
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), kToday, 7);
  session::GuidedSelling board;
  board.reset_leads(g, 3);
  const std::string id = board.leads()[0].id;
  CHECK(board.skip_lead_step(desk, g, id) ==
        "“Ask what problem they need solved” is required: mark it done with what happened — qualifying the lead "
        "depends on it");
  REQUIRE(board.complete_lead_step(desk, g, id, "no-need") == "");
  const session::Lead* lead = board.lead(id);
  CHECK(lead->state == LeadState::Retiring);
  CHECK(lead->retire_reason == "Ask what problem they need solved: no-need");
  REQUIRE(lead->run);
  CHECK(lead->run->playbook_id() == "retire");
  REQUIRE(board.complete_lead_step(desk, g, id, "recorded") == "");
  CHECK(board.lead(id)->state == LeadState::Retired);
  CHECK(board.lead(id)->past.size() == 2);
  CHECK(board.lead(id)->past[0].stage == "qualified");
  CHECK(board.lead(id)->past[1].stage == "retired");
}

TEST_CASE("without lead playbooks, one mark qualifies, converts or retires a lead") {
  const content::Guidance g = stage_guidance();
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), kToday, 7);
  session::GuidedSelling board;
  board.reset_leads(g, 5);
  const session::Lead first = board.leads()[0];
  CHECK_FALSE(first.run);
  CHECK(board.complete_lead_step(desk, g, first.id, "maybe") ==
        "no outcome 'maybe' for “" + first.name + ", " + first.company +
            "” (no playbook toward qualified): choose done or retire");
  REQUIRE(board.complete_lead_step(desk, g, first.id, "done") == "");
  CHECK(board.lead(first.id)->state == LeadState::Qualified);
  REQUIRE(board.complete_lead_step(desk, g, first.id, "done") == "");
  CHECK(board.lead(first.id)->state == LeadState::Converted);
  CHECK(desk.find_deal(board.lead(first.id)->deal_id) != nullptr);

  const std::string second = board.leads()[1].id;
  REQUIRE(board.complete_lead_step(desk, g, second, "retire") == "");
  CHECK(board.lead(second)->state == LeadState::Retired);  // no retired playbook: at once
  CHECK(board.lead(second)->retire_reason == "retired by the rep");
}

TEST_CASE("the quarter's new leads are added once each") {
  const content::Guidance g = full_guidance();
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), kToday, 7);
  REQUIRE(desk.start_quarter(desk.quarter_config(), 21).empty());
  desk.play_rest(pl::balanced_week(40));
  std::size_t found = 0;
  for (const auto& report : desk.quarter()->reports()) {
    for (const auto& event : report.events) found += event.kind == pl::EventKind::NewLead ? 1 : 0;
  }
  REQUIRE(found > 0);
  session::GuidedSelling board;
  board.add_quarter_leads(g, *desk.quarter());
  CHECK(board.leads().size() == found);
  const std::uint64_t revision = board.revision();
  board.add_quarter_leads(g, *desk.quarter());
  CHECK(board.leads().size() == found);
  CHECK(board.revision() == revision);
  for (const session::Lead& lead : board.leads()) {
    CHECK(lead.source != session::LeadSource::Sample);
    CHECK(lead.run);
  }
}

namespace {

// The board after some work: a deal part-way through its stage, leads in several states.
struct BusyBoard {
  content::Guidance guidance = full_guidance();
  session::SavedState state;
  std::string deal_id;

  BusyBoard() {
    state.pipeline.reset(pl::default_preset(), kToday, 7);
    session::DealForm form = state.pipeline.new_deal_form();
    form.name = "Greyfield Dental";
    REQUIRE(state.pipeline.add_deal(form, &deal_id).empty());
    session::GuidedSelling& board = state.guided_selling;
    board.reset_leads(guidance, 9);
    board.open_deal(guidance, state.pipeline.pipeline(), deal_id);
    REQUIRE(board.complete_deal_step(state.pipeline, guidance, deal_id, "done") == "");
    REQUIRE(board.complete_deal_step(state.pipeline, guidance, deal_id, "no_answer") == "");
    REQUIRE(board.complete_lead_step(state.pipeline, guidance, "l-01", "no-need") == "");
    REQUIRE(board.complete_lead_step(state.pipeline, guidance, "l-02", "found") == "");
    board.next_day(state.pipeline, guidance);
  }
};

session::SavedState reload(const session::SavedState& state, std::vector<std::string>* notes = nullptr,
                           const nlohmann::json* replaced = nullptr) {
  nlohmann::json doc = progress::to_json(state, 1764849600000);
  if (replaced != nullptr) doc["guided_selling"] = *replaced;
  auto read = progress::read_progress(doc.dump());
  REQUIRE_MESSAGE(read.state, (read.error ? read.error->to_string() : ""));
  if (notes != nullptr) *notes = read.notes;
  return std::move(*read.state);
}

bool contains(const std::vector<std::string>& notes, std::string_view part) {
  for (const auto& note : notes) {
    if (note.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the board is saved and read back, its runs checked against the pack's playbooks") {
  BusyBoard busy;
  std::vector<std::string> notes;
  session::SavedState loaded = reload(busy.state, &notes);
  CHECK(notes.empty());
  session::GuidedSelling& board = loaded.guided_selling;
  CHECK(board.day() == 1);
  CHECK_FALSE(board.resumed());
  // Before the runs are checked they are written back exactly as read.
  nlohmann::json before = nlohmann::json::object(), after = nlohmann::json::object();
  busy.state.guided_selling.write(before);
  board.write(after);
  CHECK(after == before);

  CHECK(board.resume(busy.guidance).empty());
  nlohmann::json resumed = nlohmann::json::object();
  board.write(resumed);
  CHECK(resumed == before);
  REQUIRE(board.deal(busy.deal_id) != nullptr);
  CHECK(board.deal(busy.deal_id)->run->current_step() == "wait");
  CHECK(board.lead("l-01")->state == LeadState::Retiring);
  CHECK(board.lead("l-01")->retire_reason == busy.state.guided_selling.lead("l-01")->retire_reason);
  CHECK(board.lead("l-02")->run->current_step() == "budget");
  // It carries on where it was: the wait fires on the next day.
  board.next_day(loaded.pipeline, busy.guidance);
  CHECK(board.deal(busy.deal_id)->run->current_step() == "follow");
}

TEST_CASE("a damaged section is dropped with a note, and a run whose step is gone starts again") {
  BusyBoard busy;
  nlohmann::json section = nlohmann::json::object();
  busy.state.guided_selling.write(section);
  nlohmann::json bad = section["guided_selling"];
  bad["day"] = "two";
  std::vector<std::string> notes;
  session::SavedState loaded = reload(busy.state, &notes, &bad);
  CHECK(contains(notes, "at /guided_selling/day:"));
  CHECK(loaded.guided_selling.leads().empty());
  CHECK(loaded.pipeline.edited());  // the rest of the save loads

  bad = section["guided_selling"];
  bad["leads"][3]["state"] = "won";
  reload(busy.state, &notes, &bad);
  CHECK(contains(notes, "at /guided_selling/leads/3/state: must be open, qualified"));

  // A step the pack no longer has: the save loads, and resuming drops that run with a note.
  bad = section["guided_selling"];
  bad["deals"][0]["run"]["step"] = "old-step";
  loaded = reload(busy.state, &notes, &bad);
  CHECK(notes.empty());
  const session::LoadNotes dropped = loaded.guided_selling.resume(busy.guidance);
  REQUIRE(dropped.size() == 1);
  CHECK(contains(dropped, "at /guided_selling/deals/0/run/step: “prospecting” has no step 'old-step' any more"));
  CHECK_FALSE(loaded.guided_selling.deal(busy.deal_id)->run);
  const session::DealGuidance* restarted =
      loaded.guided_selling.open_deal(busy.guidance, loaded.pipeline.pipeline(), busy.deal_id);
  REQUIRE(restarted->run);
  CHECK(restarted->run->current_step() == "research");

  // Resumed by the first operation when no pack was there on loading: the note waits for the screen.
  bad = section["guided_selling"];
  bad["leads"][1]["run"]["history"][0]["outcome"] = "unknown";
  loaded = reload(busy.state, &notes, &bad);
  loaded.guided_selling.next_day(loaded.pipeline, busy.guidance);
  const session::LoadNotes later = loaded.guided_selling.take_notes();
  REQUIRE(later.size() == 1);
  CHECK(contains(later, "lead " + busy.state.guided_selling.leads()[1].name));
  CHECK(loaded.guided_selling.leads()[1].run->current_step() == "need");  // started again
  CHECK(loaded.guided_selling.take_notes().empty());
}
