// "Play from here" in the Role-play tab: a conversation replayed to the chosen node
// and shown by the learner's own conversation and debrief views; never recorded.
#include <imgui.h>
#include <imgui_internal.h>

#include "ui/app_context.hpp"
#include "ui/screens/author/roleplay_panel.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

void apply_preview_action(RoleplayPanel& panel, const RoleplayAction& action) {
  RoleplayPreview& p = panel.preview;
  switch (action.kind) {
    case RoleplayAction::Kind::None:
    case RoleplayAction::Kind::Start: return;
    case RoleplayAction::Kind::Choose:
      if (p.run->choose(action.index) && p.run->finished()) p.debrief = roleplay::make_debrief(*p.run);
      return;
    case RoleplayAction::Kind::Replay:
      if (p.run->replay_from(action.index)) p.debrief.reset();
      return;
    case RoleplayAction::Kind::Leave:
      panel.map.focus_node = p.from_node;
      panel.preview = RoleplayPreview{};
      return;
  }
}

}  // namespace

void start_preview(RoleplayPanel& panel, const std::shared_ptr<const studio::GoodCompile>& compile) {
  const roleplay::Scenario& s = compile->scenario;
  const auto node = s.node_index(panel.map.selected);
  if (!node) return;
  const auto path = studio::path_to(s, *node);
  panel.preview.refused_node = panel.map.selected;
  if (!path) {
    panel.preview.refused = "No conversation reaches '" + panel.map.selected + "': fix the problem marked on it first.";
    return;
  }
  RoleplayPreview preview;
  preview.compile = compile;  // the run points into it
  preview.run = roleplay::replay(preview.compile->scenario, *path);
  if (!preview.run) {
    panel.preview.refused = "The conversation could not be played to '" + panel.map.selected + "'.";
    return;
  }
  preview.from_node = panel.map.selected;
  preview.scroll_into_view = true;
  if (preview.run->finished()) preview.debrief = roleplay::make_debrief(*preview.run);
  panel.preview = std::move(preview);
}

void draw_preview(AppContext& ctx, RoleplayPanel& panel) {
  RoleplayPreview& p = panel.preview;
  RoleplayAction action;
  // Phones: the page scrolls to the preview, which scrolls in a box almost a screen tall.
  const bool first_frame = p.scroll_into_view;
  if (first_frame) ImGui::SetScrollHereY(0.0f);
  p.scroll_into_view = false;
  if (ImGui::Button("< Back to the map")) action.set(RoleplayAction::Kind::Leave);
  ctx.widgets.mark_last_item("author/roleplay/back");
  // The map that had the keyboard is gone: the keyboard goes to the way back to it.
  if (first_frame) ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  widgets::MutedText("Preview from '" + p.from_node + "' (not kept in any learner's history)");
  const bool boxed = ctx.compact();
  if (boxed) ImGui::BeginChild("preview", ImVec2(0.0f, ImGui::GetMainViewport()->WorkSize.y * 0.85f), false);
  if (p.debrief) {
    // Not "replayed": that note tells a learner the run counts as practice, and a preview counts for nothing.
    draw_debrief(ctx, *p.run, *p.debrief, false, action, "Back to the map");
  } else {
    p.view.show_back = false;  // "< Back to the map" above is the way back
    draw_conversation(ctx, *p.run, p.view, action);
  }
  if (boxed) ImGui::EndChild();
  apply_preview_action(panel, action);
}

nlohmann::json describe_preview(const RoleplayPreview& p) {
  if (!p.running()) return {{"running", false}, {"refused", p.refused}};
  nlohmann::json out = {{"running", true},
                        {"from", p.from_node},
                        {"node", p.run->node().id},
                        {"steps", p.run->steps().size()},
                        {"finished", p.run->finished()},
                        {"score", nullptr},
                        {"ending", nullptr}};
  if (p.debrief) {
    out["score"] = p.debrief->score.total;
    out["ending"] = roleplay::ending_name(p.debrief->ending);
  }
  return out;
}

}  // namespace dealdojo::ui
