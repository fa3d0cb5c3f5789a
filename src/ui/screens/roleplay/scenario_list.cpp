// The list of scenarios, grouped by kind: title, persona, the first try's score
// beside the best, and a start button for each. The technique a scenario centres
// on is left for the debrief: naming it here would give the answer away.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

#include "ui/app_context.hpp"
#include "ui/screens/roleplay/roleplay_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

void draw_scenario_card(AppContext& ctx, const session::RoleplayPractice& practice, const roleplay::Scenario& s,
                        RoleplayAction& action) {
  ImGui::PushID(s.id.c_str());
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.bold, s.title);
  widgets::MutedText("Buyer: " + s.persona);
  const session::RoleplayRecord* first = practice.first_try(practice.pack_id(), s.id);
  if (ImGui::Button(first ? "Play again" : "Start")) action.set(RoleplayAction::Kind::Start, 0, s.id);
  ctx.widgets.mark_last_item("roleplay/start/" + s.id);
  ImGui::SameLine(0.0f, 16.0f);
  ImGui::AlignTextToFramePadding();
  if (first) {
    const int best = practice.best_score(practice.pack_id(), s.id).value_or(first->score);
    const std::string first_text = "First try " + std::to_string(first->score) +
                                   (first->passed ? " (passed)" : " (not passed)") +
                                   (first->replayed ? ", replayed" : "");
    ImGui::PushStyleColor(ImGuiCol_Text, first->passed ? colours::good() : colours::muted_text());
    widgets::TextIn(ctx.fonts.body, first_text);
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item("roleplay/first-try/" + s.id);
    widgets::SameLineIfFits(ImGui::CalcTextSize("Best 100").x);
    widgets::MutedText("Best " + std::to_string(best));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
    ImGui::TextUnformatted("Not tried yet");
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  ImGui::PopID();
}

void draw_group(AppContext& ctx, const session::RoleplayPractice& practice, roleplay::ScenarioKind kind,
                RoleplayAction& action) {
  const auto scenarios = practice.scenarios();
  const auto count = std::count_if(scenarios.begin(), scenarios.end(),
                                   [kind](const roleplay::Scenario& s) { return s.kind == kind; });
  if (count == 0) return;
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, scenario_kind_heading(kind));
  const int columns = ctx.compact() ? 1 : std::clamp(static_cast<int>(ImGui::GetContentRegionAvail().x / 460.0f), 1, 3);
  const std::string table_id = "kind-" + std::string(roleplay::scenario_kind_name(kind));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH |
                                     ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable(table_id.c_str(), columns, kFlags)) return;
  for (const roleplay::Scenario& s : scenarios) {
    if (s.kind != kind) continue;
    ImGui::TableNextColumn();
    draw_scenario_card(ctx, practice, s, action);
  }
  ImGui::EndTable();
}

}  // namespace

void draw_scenario_list(AppContext& ctx, const session::RoleplayPractice& practice, RoleplayAction& action) {
  widgets::TextIn(ctx.fonts.title, "Role-play");
  if (practice.pack_id().empty()) {
    widgets::MutedText("No content pack is loaded, so there are no scenarios to play.");
    return;
  }
  if (practice.scenarios().empty()) {
    widgets::MutedText("The pack '" + practice.pack_id() + "' has no role-play scenarios.");
    return;
  }
  widgets::MutedText(
      "Hold a sales conversation with a simulated buyer and practise Dale Carnegie's objection tactics and "
      "commitment methods. Choose what to say by clicking or with the number keys; the debrief scores the "
      "conversation out of 100 and lets you replay from any step.");
  constexpr std::array kKinds = {roleplay::ScenarioKind::Objection, roleplay::ScenarioKind::Commitment,
                                 roleplay::ScenarioKind::Conversation};
  for (roleplay::ScenarioKind kind : kKinds) draw_group(ctx, practice, kind, action);
}

}  // namespace dealdojo::ui
