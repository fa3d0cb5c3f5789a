#include "ui/screens/packs/progress_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/util/text.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

std::string summary(const session::Session& s) {
  return text::count_noun(static_cast<std::int64_t>(s.answers().size()), "answer", "answers") + ", " +
         text::count_noun(static_cast<std::int64_t>(s.history().size()), "finished attempt", "finished attempts") +
         " and " + text::count_noun(static_cast<std::int64_t>(s.drills().size()), "drill answer", "drill answers") +
         ", saved as you go.";
}

void draw_web_buttons(AppContext& ctx) {
  if (ImGui::Button("Export progress")) ctx.intents.push_back(ExportProgress{});
  ctx.widgets.mark_last_item("packs/export-progress");
  widgets::SameLineIfFits(widgets::ButtonWidth("Import progress..."));
  // The same picker as packs: the app tells a progress file by its contents.
  if (ImGui::Button("Import progress...")) ctx.intents.push_back(PickPackFile{});
  ctx.widgets.mark_last_item("packs/import-progress");
}

void draw_native_buttons(AppContext& ctx, std::string& path) {
  ImGui::SetNextItemWidth(std::min(520.0f, ctx.width));
  ImGui::InputTextWithHint("##progress-path", "Progress file (empty: export to Downloads)", &path);
  ctx.widgets.mark_last_item("packs/progress-path");
  if (ImGui::Button("Export progress")) ctx.intents.push_back(ExportProgress{path});
  ctx.widgets.mark_last_item("packs/export-progress");
  widgets::SameLineIfFits(widgets::ButtonWidth("Import progress"));
  ImGui::BeginDisabled(path.empty());
  if (ImGui::Button("Import progress")) ctx.intents.push_back(ImportProgressFromPath{path});
  ImGui::EndDisabled();
  ctx.widgets.mark_last_item("packs/import-progress");
}

}  // namespace

void draw_progress_panel(AppContext& ctx, std::string& path) {
  widgets::TextIn(ctx.fonts.bold, "Your progress");
  widgets::MutedText(summary(ctx.session));
  widgets::MutedText("Export a copy to keep it safe or to carry on elsewhere; importing checks the file first "
                     "and keeps a backup of what it replaces.");
  if (ctx.can_pick_files) draw_web_buttons(ctx);
  else draw_native_buttons(ctx, path);
}

}  // namespace dealdojo::ui
