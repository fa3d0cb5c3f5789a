#include "ui/screens/packs/packs_screen.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "core/content/pack_stats.hpp"
#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/packs/progress_panel.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

std::string status_line(const session::PackRecord& rec, bool active) {
  std::string line = rec.usable ? "Loaded" : "Not loaded";
  if (rec.built_in) line += " · built in";
  if (active) line += " · studying now";
  if (rec.error_count() > 0) line += " · " + text::count_noun(static_cast<std::int64_t>(rec.error_count()), "error", "errors");
  if (rec.warning_count() > 0) {
    line += " · " + text::count_noun(static_cast<std::int64_t>(rec.warning_count()), "warning", "warnings");
  }
  return line;
}

void draw_diagnostics(const session::PackRecord& rec) {
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float height = std::min(line * (static_cast<float>(rec.diagnostics.size()) * 1.6f + 1.0f), line * 12.0f);
  ImGui::BeginChild("problems", ImVec2(0, height), true);
  for (const auto& d : rec.diagnostics) {
    const bool error = d.severity == content::Diagnostic::Severity::Error;
    ImGui::PushStyleColor(ImGuiCol_Text, error ? colours::bad() : colours::muted_text());
    widgets::WrappedText(std::string(error ? "Error: " : "Warning: ") + d.to_string());
    ImGui::PopStyleColor();
  }
  ImGui::EndChild();
}

}  // namespace

void PacksScreen::draw(AppContext& ctx) {
  widgets::TextIn(ctx.fonts.title, "Packs");
  widgets::MutedText("Content packs hold questions, role-plays and presets. A trainer can hand you a pack "
                     "as a .json file; a pack with problems is listed with them and never replaces a good one.");
  ImGui::Spacing();
  draw_add(ctx);
  ImGui::Spacing();
  draw_progress_panel(ctx, m_view.progress_path);
  ImGui::Spacing();
  const auto& records = ctx.session.packs().records();
  for (std::size_t i = 0; i < records.size(); ++i) draw_record(ctx, records[i], i);
}

void PacksScreen::draw_add(AppContext& ctx) {
  if (ctx.can_pick_files) {
    if (ImGui::Button("Add a pack from a file...")) ctx.intents.push_back(PickPackFile{});
    ctx.widgets.mark_last_item("packs/add-file");
    ImGui::SameLine();
    widgets::MutedText("or drop a pack's .json file onto the page.");
    return;
  }
  widgets::TextIn(ctx.fonts.bold, "Add a pack");
  ImGui::SetNextItemWidth(std::min(520.0f, ctx.width - 120.0f));
  const bool entered = ImGui::InputTextWithHint("##pack-path", "Path to a pack folder or .json file", &m_view.path,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.widgets.mark_last_item("packs/path");
  ImGui::SameLine();
  if ((ImGui::Button("Add") || entered) && !m_view.path.empty()) {
    ctx.intents.push_back(AddPackFromPath{m_view.path});
    m_view.path.clear();
  }
  ctx.widgets.mark_last_item("packs/add");
  widgets::MutedText("You can also drop a pack's file onto this window.");
}

void PacksScreen::draw_record(AppContext& ctx, const session::PackRecord& rec, std::size_t index) {
  const content::Pack* active = ctx.session.packs().active_pack();
  const bool is_active = rec.usable && active != nullptr && active->manifest.id == rec.pack_id;
  ImGui::PushID(static_cast<int>(index));
  ImGui::Separator();
  ImGui::PushStyleColor(ImGuiCol_Text, rec.usable ? ImGui::GetColorU32(ImGuiCol_Text) : colours::bad());
  widgets::TextIn(ctx.fonts.heading, rec.title);
  ImGui::PopStyleColor();
  const std::string name = rec.pack_id.empty() ? rec.source : rec.pack_id;
  ctx.widgets.mark_last_item("packs/" + name + "/title");
  widgets::MutedText(status_line(rec, is_active) + " · from " + rec.source);
  if (rec.usable) {
    if (auto pack = ctx.session.packs().library().find_pack(rec.pack_id)) {
      widgets::TextIn(ctx.fonts.body, content::describe_pack_contents(*pack));
      draw_cue_lint(ctx, pack, name);
    }
    if (!is_active) {
      if (ImGui::Button("Study this pack")) ctx.intents.push_back(UsePack{rec.pack_id});
      ctx.widgets.mark_last_item("packs/" + name + "/use");
    }
    if (!rec.built_in) {
      if (!is_active) ImGui::SameLine();
      if (ImGui::Button("Remove")) ctx.intents.push_back(RemovePack{rec.pack_id});
      ctx.widgets.mark_last_item("packs/" + name + "/remove");
    }
  }
  if (!rec.diagnostics.empty()) draw_diagnostics(rec);
  ImGui::PopID();
}

const content::CueLint& PacksScreen::cue_lint_of(const std::shared_ptr<const content::Pack>& pack) const {
  CachedLint& cached = m_cue_lints[pack->manifest.id];
  if (cached.pack.lock() != pack) cached = {pack, content::lint_cues(*pack)};
  return cached.lint;
}

void PacksScreen::draw_cue_lint(AppContext& ctx, const std::shared_ptr<const content::Pack>& pack,
                                const std::string& name) {
  if (pack->questions.empty()) return;
  const content::CueLint& lint = cue_lint_of(pack);
  const int failing = lint.failing();
  const std::string header = failing == 0 ? "Question cue check: passes"
                                          : "Question cue check: " +
                                                text::count_noun(failing, "rule to fix", "rules to fix");
  ImGui::PushStyleColor(ImGuiCol_Text, failing == 0 ? ImGui::GetColorU32(ImGuiCol_Text) : colours::bad());
  const bool open = ImGui::CollapsingHeader((header + "###cues").c_str());
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("packs/" + name + "/cues");
  if (!open) return;
  widgets::MutedText("What a test-wise learner could use to answer without knowing the material. "
                     "'dojo validate --strict' fails a pack on any rule marked to fix.");
  for (const content::CueFinding& f : lint.findings) {
    ImGui::PushStyleColor(ImGuiCol_Text, f.fails ? colours::bad() : ImGui::GetColorU32(ImGuiCol_Text));
    widgets::WrappedText(std::string(f.fails ? "Fix - " : "OK - ") + f.title + ": " + f.figure);
    ImGui::PopStyleColor();
    if (!f.fails) continue;
    ImGui::Indent();
    widgets::MutedText(f.advice);
    if (!f.question_ids.empty()) {
      std::string ids;
      for (const std::string& id : f.question_ids) ids += (ids.empty() ? "" : ", ") + id;
      widgets::MutedText("Questions: " + ids);
    }
    ImGui::Unindent();
  }
}

nlohmann::json PacksScreen::describe(const AppContext& ctx) const {
  nlohmann::json packs = nlohmann::json::array();
  const content::Pack* active = ctx.session.packs().active_pack();
  for (const auto& rec : ctx.session.packs().records()) {
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& d : rec.diagnostics) problems.push_back(d.to_string());
    nlohmann::json cues = nullptr;
    if (rec.usable) {
      if (auto pack = ctx.session.packs().library().find_pack(rec.pack_id)) {
        cues = content::cue_lint_to_json(cue_lint_of(pack));
      }
    }
    packs.push_back({{"id", rec.pack_id}, {"title", rec.title}, {"source", rec.source}, {"usable", rec.usable},
                     {"built_in", rec.built_in}, {"errors", rec.error_count()}, {"warnings", rec.warning_count()},
                     {"active", rec.usable && active && active->manifest.id == rec.pack_id},
                     {"problems", problems}, {"cue_lint", cues}});
  }
  return {{"packs", packs}, {"can_pick_files", ctx.can_pick_files}};
}

}  // namespace dealdojo::ui
