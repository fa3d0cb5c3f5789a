// Deferred revenue: the recognition schedule as a table and a bar chart,
// subscription and on-premises side by side.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/util/money.hpp"
#include "core/deals/year_month.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/deals/deal_desk_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

using util::format_money;

void draw_inputs(AppContext& ctx, DealDeskView& view) {
  auto& form = view.deferred.form;
  auto& result = view.deferred.result;
  auto field = [&](const char* label, const std::string& name, std::string& value, std::string_view f) {
    const content::Diagnostic* e = result.error_for(f);
    return widgets::LabeledInput(label, ("##" + name).c_str(), value, e ? &e->message : nullptr,
                                 [&] { ctx.widgets.mark_last_item(name); });
  };
  bool edited = field("Invoice amount (paid up front)", "deals/deferred/invoice", form.invoice, deals::field::kInvoice);
  edited |= field("Term in months", "deals/deferred/term", form.term, deals::field::kTerm);
  edited |= field("Signed (YYYY-MM)", "deals/deferred/signed", form.signed_month, deals::field::kSigned);
  edited |= field("Activated (YYYY-MM)", "deals/deferred/activated", form.activation_month, deals::field::kActivated);
  edited |= field("On-premises: licence part (empty = all licences)", "deals/deferred/licence", form.licence,
                  deals::field::kLicence);
  if (edited) result = deals::calculate_deferred(form);
}

void draw_chart(const deals::DeferredValues& v, float width) {
  const float height = 160.0f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  std::int64_t most = 1;
  for (const auto& r : v.rows) {
    most = std::max({most, r.subscription.recognised.cents(), r.on_premises.recognised.cents()});
  }
  const float slot = width / static_cast<float>(std::max<std::size_t>(1, v.rows.size()));
  const float bar = std::max(1.0f, slot * 0.38f);
  draw->AddLine(ImVec2(origin.x, origin.y + height), ImVec2(origin.x + width, origin.y + height),
                ImGui::GetColorU32(ImGuiCol_Border));
  for (std::size_t i = 0; i < v.rows.size(); ++i) {
    const auto& r = v.rows[i];
    const float x = origin.x + slot * static_cast<float>(i) + slot * 0.1f;
    auto column = [&](std::int64_t cents, float left, ImU32 colour) {
      const float h = height * static_cast<float>(cents) / static_cast<float>(most);
      if (h > 0.0f) draw->AddRectFilled(ImVec2(left, origin.y + height - h), ImVec2(left + bar, origin.y + height), colour);
    };
    column(r.subscription.recognised.cents(), x, colours::accent());
    column(r.on_premises.recognised.cents(), x + bar, IM_COL32(230, 140, 20, 255));
  }
  ImGui::Dummy(ImVec2(width, height + 4.0f));
  widgets::MutedText("Revenue recognised by month, from signature: blue subscription, orange on-premises.");
}

void draw_table(const deals::DeferredValues& v) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  const float rows_height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<std::size_t>(v.rows.size() + 1, 14));
  if (!ImGui::BeginTable("schedule", 5, kFlags, ImVec2(0, rows_height + 8.0f))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Month");
  ImGui::TableSetupColumn("Subscription recognised");
  ImGui::TableSetupColumn("Subscription deferred");
  ImGui::TableSetupColumn("On-premises recognised");
  ImGui::TableSetupColumn("On-premises deferred");
  ImGui::TableHeadersRow();
  for (const auto& r : v.rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%s%s", deals::format_year_month(r.month).c_str(), r.in_service ? "" : " (not active)");
    for (const auto* money : {&r.subscription.recognised, &r.subscription.deferred, &r.on_premises.recognised,
                              &r.on_premises.deferred}) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_money(*money, util::CentsStyle::Always).c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace

void draw_deferred_panel(AppContext& ctx, DealDeskView& view) {
  widgets::MutedText("An invoice paid up front is deferred revenue until the service is delivered. "
                     "Subscriptions are recognised month by month from activation (not signature); "
                     "on-premises licences are recognised at activation, maintenance over the term.");
  draw_inputs(ctx, view);
  const auto& result = view.deferred.result;
  if (!result.ok()) return;
  const auto& v = result.values;
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colours::accent());
  widgets::TextIn(ctx.fonts.heading, "Subscription: " + format_money(v.subscription_split.regular) +
                                         " a month from " + deals::format_year_month(v.activation_month) + " to " +
                                         deals::format_year_month(v.last_month));
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("deals/deferred/result");
  draw_chart(v, std::min(ctx.width, 900.0f));
  draw_table(v);
  draw_working(ctx, result.working, "deals/deferred");
}

}  // namespace dealdojo::ui
