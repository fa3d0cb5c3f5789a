// The conversation: briefing, the transcript as chat bubbles with the verdict
// under each of the learner's lines, the buyer's mood and trust, and the
// numbered choices (digit keys 1-9 pick them too). Nothing on screen names the
// technique to use next (no focus, no stage label): those are in the debrief.
// Wide windows: the transcript scrolls in its own pane so the choices stay in
// view. Phones: the transcript takes the space it needs and the page scrolls so
// the newest line and the choices are in view after every step.
//
// [SECTION] keys  [SECTION] header  [SECTION] transcript  [SECTION] footer  [SECTION] entry
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/roleplay/transcript.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/roleplay/chat_widgets.hpp"
#include "ui/screens/roleplay/roleplay_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace rw = roleplay_widgets;
namespace {

float bubble_fraction(const AppContext& ctx) { return ctx.compact() ? 0.88f : 0.72f; }

// [SECTION] keys
void handle_digit_keys(const roleplay::Run& run, RoleplayAction& action) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  for (ImWchar ch : io.InputQueueCharacters) {
    if (ch < '1' || ch > '9') continue;
    const auto index = static_cast<std::size_t>(ch - '1');
    if (index < run.offered().size()) action.set(RoleplayAction::Kind::Choose, index);
  }
}

// [SECTION] header
void draw_header(AppContext& ctx, const roleplay::Scenario& scenario, std::size_t steps_taken, RoleplayView& view,
                 RoleplayAction& action) {
  if (view.show_back) {
    if (ImGui::Button("< All scenarios")) action.set(RoleplayAction::Kind::Leave);
    ctx.widgets.mark_last_item("roleplay/back");
  }
  widgets::TextIn(ctx.fonts.heading, scenario.title);
  widgets::MutedText("Buyer: " + scenario.persona);
  if (steps_taken > 0 && !view.briefing_folded) {
    view.briefing_open = false;
    view.briefing_folded = true;
  }
  ImGui::SetNextItemOpen(view.briefing_open, ImGuiCond_Always);
  view.briefing_open = ImGui::CollapsingHeader("Briefing###briefing");
  ctx.widgets.mark_last_item("roleplay/briefing");
  if (view.briefing_open) {
    widgets::TextIn(ctx.fonts.body, scenario.briefing);
    widgets::MutedText("Each line you say moves three numbers, shown under it: trust (how far the buyer trusts "
                       "you), clarity (how well the concern and the value are understood) and resistance (how "
                       "strongly the buyer holds the objection). The buyer's mood follows trust and resistance.");
    ctx.widgets.mark_last_item("roleplay/legend");
  }
}

// [SECTION] transcript
// Under a learner's line: the technique, the verdict, order-of-tactics notes,
// what changed, and a way back to just before this step.
void draw_step_feedback(AppContext& ctx, const roleplay::Run& run, std::size_t step, RoleplayAction& action) {
  const roleplay::Choice& choice = run.choice_of(run.steps()[step]);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float indent = avail * (1.0f - bubble_fraction(ctx));
  const float left = ImGui::GetCursorPosX() + indent;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + avail);
  ImGui::SetCursorPosX(left);
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, rw::grade_colour(choice.grade));
  const std::string technique = std::string(roleplay::technique_label(choice.technique));
  ImGui::TextUnformatted(technique.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::SetCursorPosX(left);
  ImGui::TextUnformatted(run.verdict(step).c_str());
  for (const std::string& note : run.steps()[step].notes) {
    ImGui::SetCursorPosX(left);
    widgets::MutedText(note);
  }
  const std::string changes = roleplay::describe_changes(run, run.steps()[step]);
  if (!changes.empty()) {
    ImGui::SetCursorPosX(left);
    widgets::MutedText(changes);
  }
  ImGui::PopTextWrapPos();
  ImGui::SetCursorPosX(left);
  if (widgets::CompactButton("Replay from here")) action.set(RoleplayAction::Kind::Replay, step);
  ctx.widgets.mark_last_item("roleplay/replay/" + std::to_string(step + 1));
}

void draw_transcript(AppContext& ctx, const roleplay::Run& run, RoleplayView& view, RoleplayAction& action) {
  const auto entries = run.transcript();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const roleplay::TranscriptEntry& e = entries[i];
    ImGui::PushID(static_cast<int>(i));
    if (e.speaker == roleplay::Speaker::Buyer) {
      const std::string caption = "Buyer  ·  " + std::string(roleplay::mood_label(e.mood));
      rw::ChatBubble(caption, e.text, false, rw::mood_fill(e.mood), bubble_fraction(ctx));
    } else {
      const std::string caption = e.step ? "You  ·  step " + std::to_string(*e.step + 1) : "You";
      rw::ChatBubble(caption, e.text, true, rw::learner_fill(), bubble_fraction(ctx));
      if (e.step) draw_step_feedback(ctx, run, *e.step, action);
    }
    ImGui::Spacing();
    ImGui::PopID();
  }
  // Wide: the newest line at the bottom of the pane (phones scroll the page instead).
  if (!ctx.compact() && view.scroll_frames_left > 0) ImGui::SetScrollHereY(1.0f);
}

// [SECTION] footer
float status_height() { return ImGui::GetFrameHeightWithSpacing() * 2.0f; }

std::string choices_prompt(const roleplay::Run& run) {
  return "Step " + std::to_string(run.steps().size() + 1) + "  ·  What do you say? (keys 1-" +
         std::to_string(run.offered().size()) + ")";
}

float footer_height(const roleplay::Run& run, float width) {
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const std::string prompt = choices_prompt(run);
  float height = status_height() + ImGui::CalcTextSize(prompt.c_str(), nullptr, false, width).y + spacing * 3.0f;
  for (std::size_t i = 0; i < run.offered().size(); ++i) {
    height += rw::ChoiceButtonHeight(run.offered_choice(i).say, width) + spacing;
  }
  return height;
}

void draw_status(AppContext& ctx, const roleplay::Run& run) {
  ImGui::Spacing();
  const std::string_view mood = roleplay::mood_label(run.mood());
  ImGui::TextUnformatted("Buyer's mood:");
  ImGui::SameLine();
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::TextUnformatted(mood.data(), mood.data() + mood.size());
  ImGui::PopFont();
  ctx.widgets.mark_last_item("roleplay/mood");
  const float bar = ctx.compact() ? 110.0f : 180.0f;
  constexpr float kGap = 32.0f;
  const float trust_width = ImGui::CalcTextSize("Trust 100 / 100").x + bar + ImGui::GetStyle().ItemSpacing.x * 2.0f;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + kGap + trust_width <= right_edge) ImGui::SameLine(0.0f, kGap);
  rw::TrustBar(run.trust(), bar);
  ctx.widgets.mark_last_item("roleplay/trust");
}

void draw_choices(AppContext& ctx, const roleplay::Run& run, RoleplayAction& action) {
  const std::size_t count = run.offered().size();
  widgets::MutedText(choices_prompt(run));
  const float width = ImGui::GetContentRegionAvail().x;
  for (std::size_t i = 0; i < count; ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (rw::ChoiceButton("##choice", static_cast<int>(i + 1), run.offered_choice(i).say, width)) {
      action.set(RoleplayAction::Kind::Choose, i);
    }
    ctx.widgets.mark_last_item("roleplay/choice/" + std::to_string(i + 1));
    ImGui::PopID();
  }
}

}  // namespace

// [SECTION] entry
void draw_conversation(AppContext& ctx, const roleplay::Run& run, RoleplayView& view, RoleplayAction& action) {
  handle_digit_keys(run, action);
  if (view.scrolled_entries != run.transcript().size()) {
    view.scrolled_entries = run.transcript().size();
    view.scroll_frames_left = 3;
  }
  const float width = roleplay_column_width(ctx);
  const float spare = ImGui::GetContentRegionAvail().x - width;
  if (spare > 0.0f) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + spare * 0.5f);
  ImGui::BeginChild("conversation", ImVec2(width, 0.0f), false, ImGuiWindowFlags_NoBackground);
  draw_header(ctx, run.scenario(), run.steps().size(), view, action);
  if (ctx.compact()) {
    // A box inside the page would make the learner scroll two things; the page is the box.
    ImGui::BeginGroup();
    draw_transcript(ctx, run, view, action);
    ImGui::EndGroup();
  } else {
    const float height = std::max(280.0f, ImGui::GetContentRegionAvail().y - footer_height(run, width));
    ImGui::BeginChild("transcript", ImVec2(0.0f, height), true);
    draw_transcript(ctx, run, view, action);
    ImGui::EndChild();
  }
  ctx.widgets.mark_last_item("roleplay/transcript");
  draw_status(ctx, run);
  draw_choices(ctx, run, action);
  // Phones: after each new line, scroll the page so the choices end at the bottom edge.
  if (ctx.compact() && !run.steps().empty() && view.scroll_frames_left > 0) ImGui::SetScrollHereY(1.0f);
  if (view.scroll_frames_left > 0) {
    --view.scroll_frames_left;
    ctx.request_frame();
  }
  ImGui::EndChild();
}

}  // namespace dealdojo::ui
