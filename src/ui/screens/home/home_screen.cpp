#include "ui/screens/home/home_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

int questions_in_domain(const content::Pack& pack, const std::string& domain) {
  return static_cast<int>(std::count_if(pack.questions.begin(), pack.questions.end(),
                                        [&](const content::Question& q) { return q.domain == domain; }));
}

}  // namespace

void HomeScreen::draw(AppContext& ctx) {
  widgets::TextIn(ctx.fonts.title, "Welcome to DealDojo");
  widgets::MutedText("Practise for the Salesforce Certified Sales Representative exam: questions by domain, "
                     "full mock exams, objection handling, deal terms and pipelines.");
  ImGui::Spacing();
  draw_pack_summary(ctx);
  draw_load_problems(ctx);
}

void HomeScreen::draw_pack_summary(AppContext& ctx) {
  const content::Pack* pack = ctx.session.packs.active_pack();
  if (pack == nullptr) {
    widgets::TextIn(ctx.fonts.heading, "No content pack is loaded");
    widgets::MutedText("Add a pack on the Packs screen to start practising.");
    return;
  }
  widgets::TextIn(ctx.fonts.heading, pack->manifest.title);
  ctx.widgets.mark_last_item("home/pack-title");
  widgets::MutedText("Version " + pack->manifest.version + " · " +
                     text::count_noun(static_cast<std::int64_t>(pack->questions.size()), "question", "questions") +
                     " · " +
                     text::count_noun(static_cast<std::int64_t>(pack->glossary.size()), "glossary term",
                                      "glossary terms"));
  if (pack->blueprint) {
    const auto& bp = *pack->blueprint;
    widgets::MutedText("The exam: " + std::to_string(bp.questions) + " questions in " +
                       std::to_string(bp.minutes) + " minutes; " + std::to_string(bp.pass_percent) +
                       "% to pass.");
    ImGui::Spacing();
    draw_domain_table(ctx);
  }
}

void HomeScreen::draw_domain_table(AppContext& ctx) {
  const content::Pack& pack = *ctx.session.packs.active_pack();
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
    ImGui::TextWrapped("%s", d.name.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d%%", d.weight);
    ImGui::TableNextColumn();
    ImGui::Text("%d", count);
    ctx.widgets.mark_last_item("home/domain/" + d.id);
    if (!ctx.compact()) {
      ImGui::TableNextColumn();
      const float bar = ImGui::GetContentRegionAvail().x;
      widgets::ProgressBar(static_cast<float>(count) / static_cast<float>(most), bar, "");
    }
  }
  ImGui::EndTable();
}

void HomeScreen::draw_load_problems(AppContext& ctx) {
  for (const auto& rec : ctx.session.packs.records()) {
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

nlohmann::json HomeScreen::describe(const AppContext& ctx) const {
  nlohmann::json out = nlohmann::json::object();
  const content::Pack* pack = ctx.session.packs.active_pack();
  if (pack != nullptr) {
    nlohmann::json domains = nlohmann::json::array();
    if (pack->blueprint) {
      for (const auto& d : pack->blueprint->domains) {
        domains.push_back({{"id", d.id}, {"name", d.name}, {"weight", d.weight},
                           {"questions", questions_in_domain(*pack, d.id)}});
      }
    }
    out["pack"] = {{"id", pack->manifest.id},
                   {"title", pack->manifest.title},
                   {"questions", pack->questions.size()},
                   {"glossary", pack->glossary.size()},
                   {"domains", domains}};
  }
  int failed = 0;
  for (const auto& rec : ctx.session.packs.records()) failed += rec.usable ? 0 : 1;
  out["packs_failed"] = failed;
  return out;
}

}  // namespace dealdojo::ui
