#include "ui/screens/roleplay/roleplay_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/app_context.hpp"
#include "ui/widgets/widgets.hpp"

// [SECTION] draw  [SECTION] layout helpers  [SECTION] describe

namespace dealdojo::ui {
namespace {

std::string_view speaker_name(roleplay::Speaker speaker) {
  return speaker == roleplay::Speaker::Buyer ? "buyer" : "learner";
}

nlohmann::json describe_scenarios(const session::RoleplayPractice& practice) {
  nlohmann::json list = nlohmann::json::array();
  for (const roleplay::Scenario& s : practice.scenarios()) {
    const auto best = practice.best_score(practice.pack_id(), s.id);
    const session::RoleplayRecord* first = practice.first_try(practice.pack_id(), s.id);
    nlohmann::json first_try = nullptr;
    if (first) first_try = {{"score", first->score}, {"passed", first->passed}, {"replayed", first->replayed}};
    list.push_back({{"id", s.id},
                    {"title", s.title},
                    {"kind", roleplay::scenario_kind_name(s.kind)},
                    {"best_score", best ? nlohmann::json(*best) : nlohmann::json()},
                    {"first_try", first_try}});
  }
  return list;
}

nlohmann::json describe_run(const roleplay::Run& run) {
  nlohmann::json transcript = nlohmann::json::array();
  for (const roleplay::TranscriptEntry& e : run.transcript()) {
    nlohmann::json entry = {{"speaker", speaker_name(e.speaker)}, {"text", e.text}};
    if (e.speaker == roleplay::Speaker::Buyer) entry["mood"] = roleplay::mood_name(e.mood);
    if (e.step) entry["step"] = *e.step + 1;
    transcript.push_back(std::move(entry));
  }
  nlohmann::json choices = nlohmann::json::array();
  for (std::size_t i = 0; i < run.offered().size(); ++i) {
    choices.push_back({{"number", i + 1}, {"text", run.offered_choice(i).say}});
  }
  nlohmann::json out = {{"scenario", run.scenario().id},
                        {"node", run.node().id},
                        {"mood", roleplay::mood_name(run.mood())},
                        {"trust", run.trust()},
                        {"steps_taken", run.steps().size()},
                        {"transcript", transcript},
                        {"choices", choices},
                        {"last_verdict", nullptr}};
  if (!run.steps().empty()) {
    const std::size_t last = run.steps().size() - 1;
    const roleplay::Choice& c = run.choice_of(run.steps()[last]);
    out["last_verdict"] = {{"technique", roleplay::technique_name(c.technique)},
                           {"grade", roleplay::grade_name(c.grade)},
                           {"text", run.verdict(last)},
                           {"notes", run.steps()[last].notes}};
  }
  return out;
}

nlohmann::json describe_debrief(const roleplay::Run& run, const roleplay::Debrief& d, bool replayed) {
  nlohmann::json steps = nlohmann::json::array();
  for (const roleplay::GradedStep& g : d.steps) {
    nlohmann::json step = {{"number", g.step + 1},
                           {"technique", roleplay::technique_name(g.technique)},
                           {"grade", roleplay::grade_name(g.grade)},
                           {"notes", g.notes}};
    if (g.better) step["better"] = run.scenario().nodes[g.node].choices[*g.better].say;
    steps.push_back(std::move(step));
  }
  nlohmann::json rubric = nlohmann::json::array();
  for (const roleplay::RubricLine& line : d.score.rubric) {
    rubric.push_back({{"id", line.id}, {"points", line.points}, {"max", line.max}});
  }
  nlohmann::json ideal = nlohmann::json::array();
  for (const roleplay::PathStep& p : d.ideal_path) ideal.push_back(run.scenario().nodes[p.node].choices[p.choice].say);
  return {{"ending", roleplay::ending_name(d.ending)},
          {"score", d.score.total},
          {"pass_percent", d.score.pass_percent},
          {"passed", d.score.passed},
          {"rubric", rubric},
          {"blockers", d.score.blockers},
          {"failed_gates", d.score.failed_gates},
          {"target_ending", roleplay::ending_name(d.score.target)},
          {"replayed", replayed},
          {"focus", run.scenario().focus ? nlohmann::json(roleplay::technique_name(*run.scenario().focus))
                                         : nlohmann::json()},
          {"steps", steps},
          {"ideal_path", ideal},
          // The step number (1-based) of the first move that was not the best.
          {"replay_from", d.replay_from ? nlohmann::json(*d.replay_from + 1) : nlohmann::json()}};
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] draw

void RoleplayScreen::draw(AppContext& ctx) {
  session::RoleplayPractice& practice = ctx.session.roleplay();
  practice.sync(ctx.session.packs());
  RoleplayAction action;
  const auto& run = practice.run();
  if (!run) {
    draw_scenario_list(ctx, practice, action);
  } else if (const auto& debrief = practice.debrief()) {
    draw_debrief(ctx, *run, *debrief, practice.replayed(), action);
  } else {
    draw_conversation(ctx, *run, m_view, action);
  }
  apply(ctx, action);
}

void RoleplayScreen::apply(AppContext& ctx, const RoleplayAction& action) {
  session::RoleplayPractice& practice = ctx.session.roleplay();
  switch (action.kind) {
    case RoleplayAction::Kind::None: return;
    case RoleplayAction::Kind::Start:
      if (practice.start(action.scenario_id, static_cast<std::uint64_t>(ctx.now_ms))) m_view = RoleplayView{};
      return;
    case RoleplayAction::Kind::Choose: practice.choose(action.index, ctx.now_ms); return;
    case RoleplayAction::Kind::Replay: practice.replay_from(action.index); return;
    case RoleplayAction::Kind::Leave: practice.leave(); return;
  }
}

// ---------------------------------------------------------------------------------
// [SECTION] layout helpers

float roleplay_column_width(const AppContext& ctx) {
  const float avail = ImGui::GetContentRegionAvail().x;
  return ctx.compact() ? avail : std::min(avail, 1040.0f);
}

std::string_view scenario_kind_heading(roleplay::ScenarioKind kind) {
  switch (kind) {
    case roleplay::ScenarioKind::Objection: return "Handling objections";
    case roleplay::ScenarioKind::Commitment: return "Gaining commitment";
    case roleplay::ScenarioKind::Conversation: return "Difficult conversations";
  }
  return "Scenarios";
}

// ---------------------------------------------------------------------------------
// [SECTION] describe

nlohmann::json RoleplayScreen::describe(const AppContext& ctx) const {
  const session::RoleplayPractice& practice = ctx.session.roleplay();
  const auto& run = practice.run();
  const auto& debrief = practice.debrief();
  const char* view = !run ? "list" : debrief ? "debrief" : "conversation";
  nlohmann::json out = {{"view", view}, {"scenarios", describe_scenarios(practice)}};
  if (!run) return out;
  out.update(describe_run(*run));
  out["title"] = run->scenario().title;
  out["briefing_open"] = m_view.briefing_open;
  if (debrief) out["debrief"] = describe_debrief(*run, *debrief, practice.replayed());
  return out;
}

}  // namespace dealdojo::ui
