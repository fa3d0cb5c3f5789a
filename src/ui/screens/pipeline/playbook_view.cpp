// A deal's or a lead's playbook, as the board and the leads list show it: the
// current step (required or skippable), one button per outcome saying where it
// leads, Skip, the exit criteria ticked as the buyer meets them, and what was
// done so far. It reads the run and returns what the learner asked for; the
// caller carries it out through session::GuidedSelling.
#include <imgui.h>

#include <string>

#include "ui/app_context.hpp"
#include "ui/screens/pipeline/pipeline_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace gd = guidance;

// "Set up the appointment", "End of the playbook", "Retire the lead", ...
std::string target_text(const content::Playbook& playbook, std::string_view next) {
  if (next == content::kTargetEnd) return "the end of this playbook";
  if (next == content::kTargetRetire) return "retire the lead";
  if (next == content::kTargetLost) return "the deal is lost";
  const content::GuidanceStep* step = playbook.find_step(next);
  return step ? step_title(*step) : std::string(next);
}

// "need-found" → "need found": outcome names are written as ids.
std::string outcome_label(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c == '-' || c == '_') c = ' ';
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// Beside the button when it fits, else under it, wrapped: a phone shows it whole.
void where_it_leads(const content::Playbook& playbook, std::string_view next) {
  const std::string text = "then: " + target_text(playbook, next);
  const float room = ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - ImGui::GetStyle().ItemSpacing.x;
  if (ImGui::CalcTextSize(text.c_str()).x <= room) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
  }
  widgets::MutedText(text);
}

void draw_current_step(AppContext& ctx, const content::Playbook& playbook, const gd::PlaybookRun& run,
                       std::string_view id_prefix, PlaybookIntent& intent) {
  const content::GuidanceStep* step = playbook.find_step(run.current_step());
  if (step == nullptr) return;
  const std::string prefix(id_prefix);
  const std::string kind = step->required ? "Required" : "Skippable";
  widgets::TextIn(ctx.fonts.bold, "Now: " + step_title(*step));
  ctx.widgets.mark_last_item(prefix + "/step");
  if (content::is_automated(step->kind)) {
    const std::string when = run.waiting_until() ? "on day " + std::to_string(*run.waiting_until()) : "next";
    widgets::MutedText("Automated: runs by itself " + when + ". Let a day pass to move on.");
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, step->required ? colours::bad() : colours::muted_text());
  widgets::TextIn(ctx.fonts.body, kind + (step->kind == content::StepKind::Question ? " question to the buyer" : " step"));
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item(prefix + "/step/kind");
  if (!step->detail.empty()) widgets::MutedText(step->detail);
  widgets::TextIn(ctx.fonts.body, "What happened?");
  for (const content::StepOutcome& outcome : step->outcomes) {
    ImGui::PushID(outcome.name.c_str());
    if (ImGui::Button(outcome_label(outcome.name).c_str())) intent = {PlaybookIntent::Kind::Outcome, outcome.name};
    ctx.widgets.mark_last_item(prefix + "/outcome/" + outcome.name);
    where_it_leads(playbook, outcome.next);
    ImGui::PopID();
  }
  // Skip is offered on required steps too: the refusal says why, which is the lesson.
  if (ImGui::Button("Skip")) intent = {PlaybookIntent::Kind::Skip, {}};
  ctx.widgets.mark_last_item(prefix + "/skip");
  where_it_leads(playbook, step->outcomes.front().next);
}

void draw_criteria(AppContext& ctx, const gd::PlaybookRun& run, const std::vector<std::string>& criteria,
                   std::string_view id_prefix) {
  if (criteria.empty()) return;
  widgets::TextIn(ctx.fonts.bold, "Exit criteria (what the buyer has done)");
  const std::vector<bool>& met = run.criteria_met();
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const bool done = i < met.size() && met[i];
    ImGui::PushStyleColor(ImGuiCol_Text, done ? colours::good() : ImGui::GetColorU32(ImGuiCol_Text));
    widgets::TextIn(ctx.fonts.body, std::string(done ? "[x] " : "[ ] ") + std::to_string(i + 1) + ". " + criteria[i]);
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item(std::string(id_prefix) + "/criterion/" + std::to_string(i + 1));
  }
}

void draw_history(AppContext& ctx, const content::Playbook& playbook, const gd::PlaybookRun& run) {
  if (run.history().empty()) return;
  const std::string title = "What was done (" + std::to_string(run.history().size()) + ")###history";
  if (!ImGui::CollapsingHeader(title.c_str())) return;
  for (const gd::HistoryEntry& h : run.history()) {
    const content::GuidanceStep* step = playbook.find_step(h.step);
    const std::string name = step ? step_title(*step) : h.step;
    std::string line = "Day " + std::to_string(h.day) + ": " + name;
    switch (h.action) {
      case gd::StepAction::Done: line += " - " + outcome_label(h.outcome); break;
      case gd::StepAction::Skipped: line += " - skipped"; break;
      case gd::StepAction::Fired: line += " - ran by itself"; break;
    }
    widgets::TextIn(ctx.fonts.body, line);
  }
}

}  // namespace

std::string step_title(const content::GuidanceStep& step) {
  if (!step.text.empty()) return step.text;
  if (step.kind == content::StepKind::Wait) return "Wait " + std::to_string(step.days) + (step.days == 1 ? " day" : " days");
  if (step.kind == content::StepKind::Send) return "Send: " + step.message;
  return step.id;
}

PlaybookIntent draw_playbook_step(AppContext& ctx, const content::Playbook& playbook, const guidance::PlaybookRun& run,
                                  std::string_view id_prefix) {
  PlaybookIntent intent;
  widgets::TextIn(ctx.fonts.heading, "Playbook: " + playbook.name);
  ctx.widgets.mark_last_item(std::string(id_prefix));
  if (!playbook.goal.empty()) widgets::MutedText(playbook.goal);
  if (run.open()) {
    draw_current_step(ctx, playbook, run, id_prefix, intent);
  } else {
    widgets::TextIn(ctx.fonts.bold, run.end() == guidance::RunEnd::Done ? "The playbook's steps are done."
                                                                         : "The playbook ended here.");
    ctx.widgets.mark_last_item(std::string(id_prefix) + "/ended");
  }
  return intent;
}

void draw_playbook_record(AppContext& ctx, const content::Playbook& playbook, const guidance::PlaybookRun& run,
                          const std::vector<std::string>& criteria, std::string_view id_prefix) {
  ImGui::Spacing();
  draw_criteria(ctx, run, criteria, id_prefix);
  draw_history(ctx, playbook, run);
}

nlohmann::json describe_run(const content::Playbook& playbook, const guidance::PlaybookRun& run) {
  nlohmann::json step = nullptr;
  if (const content::GuidanceStep* current = playbook.find_step(run.current_step())) {
    nlohmann::json outcomes = nlohmann::json::array();
    for (const content::StepOutcome& o : current->outcomes) {
      const content::GuidanceStep* next = playbook.find_step(o.next);
      outcomes.push_back({{"name", o.name},
                          {"next", o.next},
                          {"next_kind", next ? nlohmann::json(content::step_kind_name(next->kind)) : nlohmann::json(nullptr)},
                          {"meets", o.meets}});
    }
    step = {{"id", current->id},
            {"kind", content::step_kind_name(current->kind)},
            {"required", current->required},
            {"title", step_title(*current)},
            {"outcomes", outcomes}};
  }
  nlohmann::json history = nlohmann::json::array();
  for (const guidance::HistoryEntry& h : run.history()) {
    history.push_back({{"day", h.day}, {"step", h.step}, {"action", guidance::step_action_key(h.action)},
                       {"outcome", h.outcome}});
  }
  return {{"playbook", playbook.id},
          {"end", guidance::run_end_key(run.end())},
          {"waiting_until", run.waiting_until() ? nlohmann::json(*run.waiting_until()) : nlohmann::json(nullptr)},
          {"missing", run.missing_criteria()},
          {"criteria", run.criteria_met().size()},
          {"step", step},
          {"history", history}};
}

}  // namespace dealdojo::ui
