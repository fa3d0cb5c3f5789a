// The deal-term drill: generated problems, the learner's typed answer checked,
// mistakes explained, results kept in the session's history.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/util/money.hpp"
#include "core/util/random.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/deals/deal_desk_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

void new_problem(AppContext& ctx, DealDeskView& view) {
  Rng rng(static_cast<std::uint64_t>(ctx.now_ms) ^ (static_cast<std::uint64_t>(view.drill.answered) << 32));
  view.drill.problem = deals::generate_drill(rng, 1).front();
  view.drill.answer.clear();
  view.drill.check.reset();
}

void check(AppContext& ctx, DealDeskView& view) {
  auto& drill = view.drill;
  drill.check = deals::check_answer(*drill.problem, drill.answer);
  if (auto record = deals::make_drill_record(*drill.problem, *drill.check, ctx.now_ms / 1000)) {
    ctx.session.drills().record(*record);
    ++drill.answered;
    if (record->correct) ++drill.right;
  }
}

}  // namespace

void draw_drill_panel(AppContext& ctx, DealDeskView& view) {
  auto& drill = view.drill;
  widgets::MutedText("Solve generated deal problems. Type the amount; thousand separators are fine.");
  if (!drill.problem) new_problem(ctx, view);
  widgets::TextIn(ctx.fonts.heading, drill.problem->prompt);
  ctx.widgets.mark_last_item("deals/drill/prompt");
  const bool answered = drill.check && drill.check->verdict != deals::DrillVerdict::Unreadable;
  ImGui::BeginDisabled(answered);
  // Room for Check beside the field, also on a phone with large text.
  const float room = ImGui::GetContentRegionAvail().x - widgets::ButtonWidth("Check") - ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 4.0f, std::min(280.0f, room)));
  const bool entered = ImGui::InputText("##drill-answer", &drill.answer, ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.widgets.mark_last_item("deals/drill/answer");
  ImGui::SameLine();
  const bool pressed = ImGui::Button("Check");
  ctx.widgets.mark_last_item("deals/drill/check");
  ImGui::EndDisabled();
  if ((entered || pressed) && !answered) check(ctx, view);
  if (drill.check) {
    const bool right = drill.check->verdict == deals::DrillVerdict::Correct;
    ImGui::PushStyleColor(ImGuiCol_Text, right ? colours::good() : colours::bad());
    widgets::TextIn(ctx.fonts.bold, drill.check->feedback);
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item("deals/drill/feedback");
    if (drill.check->verdict != deals::DrillVerdict::Unreadable) draw_working(ctx, drill.problem->working, "deals/drill");
  }
  ImGui::Spacing();
  if (ImGui::Button("New problem")) new_problem(ctx, view);
  ctx.widgets.mark_last_item("deals/drill/new");
  ImGui::SameLine();
  widgets::MutedText(std::to_string(drill.right) + " of " + std::to_string(drill.answered) + " right this session.");
}

}  // namespace dealdojo::ui
