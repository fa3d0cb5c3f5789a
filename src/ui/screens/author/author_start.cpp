// The Author screen with no draft: start one from a template, as an editable copy
// of a loaded pack (loaded packs themselves are never changed), or from a file.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/studio/draft_start.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/author/author_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

std::vector<std::string> loaded_ids(const AppContext& ctx) {
  std::vector<std::string> ids;
  for (const auto& rec : ctx.session.packs().records()) {
    if (!rec.pack_id.empty()) ids.push_back(rec.pack_id);
  }
  return ids;
}

void start(AppContext& ctx, AuthorView& view, studio::Draft draft) {
  ctx.studio->start(std::move(draft));
  view = AuthorView{};
  view.tab = ctx.studio->draft().scripts().empty() ? AuthorTab::Questions : AuthorTab::Roleplay;
}

}  // namespace

void draw_start(AppContext& ctx, AuthorView& view) {
  widgets::TextIn(ctx.fonts.title, "Author");
  widgets::MutedText("Write a pack for your team: questions with their explanations, a glossary, an exam blueprint "
                     "and role-play conversations. Everything is checked as you type, saved as you go, and can be "
                     "studied here or exported as one .json file to hand out.");
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Start a new pack");
  const std::vector<std::string> ids = loaded_ids(ctx);
  if (ImGui::Button("New exam pack")) start(ctx, view, studio::new_draft(studio::PackTemplate::Exam, ids));
  ctx.widgets.mark_last_item("author/new-exam");
  widgets::SameLineIfFits(widgets::ButtonWidth("New role-play pack"));
  if (ImGui::Button("New role-play pack")) start(ctx, view, studio::new_draft(studio::PackTemplate::Roleplay, ids));
  ctx.widgets.mark_last_item("author/new-roleplay");

  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Copy a loaded pack");
  widgets::MutedText("The copy gets its own id; the pack you copy stays as it is.");
  if (ctx.loading) widgets::MutedText("Loading the packs...");
  for (const auto& rec : ctx.session.packs().records()) {
    if (!rec.usable) continue;
    const auto pack = ctx.session.packs().library().find_pack(rec.pack_id);
    if (pack == nullptr) continue;
    const std::string label = "Copy '" + rec.title + "'##" + rec.pack_id;
    if (ImGui::Button(label.c_str())) start(ctx, view, studio::copy_of_pack(*pack, ids));
    ctx.widgets.mark_last_item("author/copy/" + rec.pack_id);
  }

  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Open a pack file");
  if (ctx.can_pick_files) {
    if (ImGui::Button("Open a .json pack...")) ctx.intents.push_back(PickDraftFile{});
    ctx.widgets.mark_last_item("author/open");
  } else {
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 480.0f));
    const bool entered = ImGui::InputTextWithHint("##author-open-path", "Path to a bundled pack (.json)", &view.open_path,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.widgets.mark_last_item("author/open-path");
    widgets::SameLineIfFits(widgets::ButtonWidth("Open"));
    if ((ImGui::Button("Open") || entered) && !view.open_path.empty()) {
      ctx.intents.push_back(OpenDraftFromPath{view.open_path});
    }
    ctx.widgets.mark_last_item("author/open");
  }
}

}  // namespace dealdojo::ui
