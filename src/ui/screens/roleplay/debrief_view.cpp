// The debrief after a conversation: the ending, the score out of 100 with its
// rubric, every step graded (with the better move and order-of-tactics notes),
// the ideal path, and ways to replay or pick another scenario.
//
// [SECTION] outcome  [SECTION] rubric  [SECTION] steps  [SECTION] ideal path  [SECTION] entry
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/app_context.hpp"
#include "ui/screens/roleplay/chat_widgets.hpp"
#include "ui/screens/roleplay/roleplay_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace rw = roleplay_widgets;
namespace {

void coloured_text(ImFont* font, unsigned int colour, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  widgets::TextIn(font, text);
  ImGui::PopStyleColor();
}

const roleplay::Choice& choice_at(const roleplay::Run& run, std::size_t node, std::size_t choice) {
  return run.scenario().nodes[node].choices[choice];
}

// [SECTION] outcome
void draw_outcome(AppContext& ctx, const roleplay::Run& run, const roleplay::Debrief& d, bool replayed,
                  const char* leave_label,
                  RoleplayAction& action) {
  widgets::TextIn(ctx.fonts.heading, run.scenario().title);
  coloured_text(ctx.fonts.heading, rw::ending_colour(d.ending), roleplay::ending_label(d.ending));
  ctx.widgets.mark_last_item("roleplay/ending");
  widgets::TextIn(ctx.fonts.body, d.summary);
  ImGui::Spacing();
  const std::string score = std::to_string(d.score.total) + " / 100";
  widgets::TextIn(ctx.fonts.title, score);
  ctx.widgets.mark_last_item("roleplay/score");
  const std::string verdict = (d.score.passed ? "Passed" : "Not passed") + std::string(" (pass mark ") +
                              std::to_string(d.score.pass_percent) + ")";
  coloured_text(ctx.fonts.bold, d.score.passed ? colours::good() : colours::bad(), verdict);
  ctx.widgets.mark_last_item("roleplay/verdict");
  for (const std::string& gate : d.score.failed_gates) coloured_text(ctx.fonts.body, colours::bad(), gate);
  if (replayed) {
    widgets::MutedText("You used Replay from here in this conversation, so it counts as practice: the list keeps "
                       "your first try's score beside your best.");
    ctx.widgets.mark_last_item("roleplay/replayed");
  }
  if (run.scenario().focus) {
    widgets::MutedText("This scenario centres on " + std::string(roleplay::technique_label(*run.scenario().focus)) +
                       ".");
  }
  ImGui::Spacing();
  if (d.replay_from) {
    const std::string label = "Replay from step " + std::to_string(*d.replay_from + 1);
    if (ImGui::Button(label.c_str())) action.set(RoleplayAction::Kind::Replay, *d.replay_from);
    ctx.widgets.mark_last_item("roleplay/replay/suggested");
    widgets::SameLineIfFits(widgets::ButtonWidth(leave_label));
  }
  if (ImGui::Button(leave_label)) action.set(RoleplayAction::Kind::Leave);
  ctx.widgets.mark_last_item("roleplay/back");
}

// [SECTION] rubric
void draw_criterion(const roleplay::Criterion& c) {
  using roleplay::CriterionStatus;
  const unsigned int colour = c.status == CriterionStatus::Met      ? colours::good()
                              : c.status == CriterionStatus::Missed ? colours::bad()
                                                                    : colours::muted_text();
  const rw::Mark mark = c.status == CriterionStatus::Met      ? rw::Mark::Tick
                        : c.status == CriterionStatus::Missed ? rw::Mark::Cross
                                                              : rw::Mark::Dash;
  rw::StatusMark(mark, colour);
  ImGui::SameLine();
  widgets::WrappedText(c.label);
  if (!c.detail.empty() && c.status != CriterionStatus::Met) {
    ImGui::Indent(ImGui::GetFontSize() * 1.2f);
    widgets::MutedText(c.detail);
    ImGui::Unindent(ImGui::GetFontSize() * 1.2f);
  }
}

void draw_rubric(AppContext& ctx, const roleplay::Debrief& d) {
  widgets::TextIn(ctx.fonts.heading, "How the score adds up");
  const float bar = std::min(260.0f, ImGui::GetContentRegionAvail().x * 0.5f);
  for (const roleplay::RubricLine& line : d.score.rubric) {
    ImGui::Spacing();
    widgets::TextIn(ctx.fonts.bold, line.label);
    const float fraction = line.max > 0 ? static_cast<float>(line.points) / static_cast<float>(line.max) : 0.0f;
    widgets::ProgressBar(fraction, bar, std::to_string(line.points) + " / " + std::to_string(line.max));
    if (!line.detail.empty()) widgets::MutedText(line.detail);
    for (const roleplay::Criterion& c : line.criteria) draw_criterion(c);
  }
}

// [SECTION] steps
void draw_graded_step(AppContext& ctx, const roleplay::Run& run, const roleplay::GradedStep& g, RoleplayAction& action) {
  ImGui::PushID(static_cast<int>(g.step));
  ImGui::Separator();
  ImGui::PushFont(ctx.fonts.bold);
  const std::string& stage = run.scenario().nodes[g.node].stage;
  ImGui::TextUnformatted(("Step " + std::to_string(g.step + 1) + (stage.empty() ? "" : " (" + stage + ")")).c_str());
  ImGui::SameLine();
  const std::string technique(roleplay::technique_label(g.technique));
  ImGui::TextUnformatted(technique.c_str());
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, rw::grade_colour(g.grade));
  const std::string grade(roleplay::grade_label(g.grade));
  ImGui::TextUnformatted(grade.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  widgets::TextIn(ctx.fonts.body, "You said: " + choice_at(run, g.node, g.choice).say);
  if (g.better) {
    const roleplay::Choice& better = choice_at(run, g.node, *g.better);
    coloured_text(ctx.fonts.body, colours::good(),
                  "Better: " + std::string(roleplay::technique_label(better.technique)) + ": " + better.say);
  }
  for (const std::string& note : g.notes) widgets::MutedText(note);
  if (widgets::CompactButton("Replay from here")) action.set(RoleplayAction::Kind::Replay, g.step);
  ctx.widgets.mark_last_item("roleplay/replay/" + std::to_string(g.step + 1));
  ImGui::PopID();
}

void draw_steps(AppContext& ctx, const roleplay::Run& run, const roleplay::Debrief& d, RoleplayAction& action) {
  widgets::TextIn(ctx.fonts.heading, "Step by step");
  for (const roleplay::GradedStep& g : d.steps) draw_graded_step(ctx, run, g, action);
}

// [SECTION] ideal path
void draw_ideal_path(AppContext& ctx, const roleplay::Run& run, const roleplay::Debrief& d) {
  if (d.ideal_path.empty()) return;
  widgets::TextIn(ctx.fonts.heading, "The ideal path");
  for (std::size_t i = 0; i < d.ideal_path.size(); ++i) {
    const roleplay::Choice& c = choice_at(run, d.ideal_path[i].node, d.ideal_path[i].choice);
    widgets::TextIn(ctx.fonts.bold, std::to_string(i + 1) + ". " + std::string(roleplay::technique_label(c.technique)));
    widgets::TextIn(ctx.fonts.body, c.say);
  }
  if (d.ideal_ending) {
    const auto& ending = run.scenario().nodes[*d.ideal_ending].ending;
    if (ending) widgets::MutedText("Ends: " + std::string(roleplay::ending_label(*ending)));
  }
}

}  // namespace

// [SECTION] entry
void draw_debrief(AppContext& ctx, const roleplay::Run& run, const roleplay::Debrief& debrief, bool replayed,
                  RoleplayAction& action, const char* leave_label) {
  const float width = roleplay_column_width(ctx);
  const float spare = ImGui::GetContentRegionAvail().x - width;
  if (spare > 0.0f) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + spare * 0.5f);
  ImGui::BeginChild("debrief", ImVec2(width, 0.0f), false, ImGuiWindowFlags_NoBackground);
  // Wide: the outcome and rubric beside the steps, so every step is in view sooner.
  const bool wide = !ctx.compact();
  if (wide) ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(16.0f, 2.0f));
  const bool two_columns = wide && ImGui::BeginTable("debrief-columns", 2, ImGuiTableFlags_SizingStretchSame);
  if (two_columns) ImGui::TableNextColumn();
  draw_outcome(ctx, run, debrief, replayed, leave_label, action);
  ImGui::Spacing();
  draw_rubric(ctx, debrief);
  if (two_columns) ImGui::TableNextColumn();
  ImGui::Spacing();
  draw_steps(ctx, run, debrief, action);
  ImGui::Spacing();
  draw_ideal_path(ctx, run, debrief);
  if (two_columns) ImGui::EndTable();
  if (wide) ImGui::PopStyleVar();
  ImGui::EndChild();
}

}  // namespace dealdojo::ui
