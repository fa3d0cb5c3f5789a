// [SECTION] Home: the pack being studied (its question bank by exam domain) and any
// pack that failed to load.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/home/home_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

int questions_in_domain(const content::Pack& pack, const std::string& domain) {
  return static_cast<int>(std::count_if(pack.questions.begin(), pack.questions.end(),
                                        [&](const content::Question& q) { return q.domain == domain; }));
}

void draw_domain_table(AppContext& ctx, const content::Pack& pack) {
  const auto& domains = pack.blueprint->domains;
  int most = 1;
  for (const auto& d : domains) most = std::max(most, questions_in_domain(pack, d.id));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("domains", ctx.compact() ? 3 : 4, kFlags)) return;
  ImGui::TableSetupColumn("Domain", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Weight", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Questions", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  if (!ctx.compact()) ImGui::TableSetupColumn("Share of the bank", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableHeadersRow();
  for (const auto& d : domains) {
    const int count = questions_in_domain(pack, d.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    widgets::WrappedText(d.name);
    ImGui::TableNextColumn();
    ImGui::Text("%d%%", d.weight);
    ImGui::TableNextColumn();
    ImGui::Text("%d", count);
    if (!ctx.compact()) {
      ImGui::TableNextColumn();
      widgets::ProgressBar(static_cast<float>(count) / static_cast<float>(most), ImGui::GetContentRegionAvail().x,
                           "");
    }
  }
  ImGui::EndTable();
}

}  // namespace

void HomeScreen::draw_pack_summary(AppContext& ctx) {
  const content::Pack* pack = ctx.session.packs().active_pack();
  ImGui::Spacing();
  if (pack == nullptr && ctx.loading) {
    widgets::TextIn(ctx.fonts.heading, "Loading your pack...");
    widgets::MutedText("Your readiness, today's reviews and mastery by domain appear in a moment.");
    return;
  }
  if (pack == nullptr) {
    widgets::TextIn(ctx.fonts.heading, "No content pack is loaded");
    widgets::MutedText("Add a pack on the Packs screen to start practising.");
    return;
  }
  widgets::TextIn(ctx.fonts.heading, "Studying: " + pack->manifest.title);
  ctx.widgets.mark_last_item("home/pack-title");
  std::string line = "Version " + pack->manifest.version + " · " +
                     text::count_noun(static_cast<std::int64_t>(pack->questions.size()), "question", "questions") +
                     " · " +
                     text::count_noun(static_cast<std::int64_t>(pack->glossary.size()), "glossary term",
                                      "glossary terms");
  if (pack->blueprint) {
    const auto& bp = *pack->blueprint;
    line += ". The exam: " + std::to_string(bp.questions) + " questions in " + std::to_string(bp.minutes) +
            " minutes; " + std::to_string(bp.pass_percent) + "% to pass.";
  }
  widgets::MutedText(line);
}

void HomeScreen::draw_question_bank(AppContext& ctx) {
  const content::Pack* pack = ctx.session.packs().active_pack();
  if (pack == nullptr || !pack->blueprint) return;
  ImGui::Spacing();
  ImGui::Separator();
  widgets::TextIn(ctx.fonts.heading, "The question bank by domain");
  draw_domain_table(ctx, *pack);
}

void HomeScreen::draw_load_problems(AppContext& ctx) {
  for (const auto& rec : ctx.session.packs().records()) {
    if (rec.usable) continue;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::TextIn(ctx.fonts.bold, "The pack '" + rec.title + "' could not be loaded (" +
                                        text::count_noun(static_cast<std::int64_t>(rec.error_count()), "problem",
                                                         "problems") +
                                        "). See Packs for details.");
    ImGui::PopStyleColor();
  }
}

}  // namespace dealdojo::ui
