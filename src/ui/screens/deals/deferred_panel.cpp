// Deferred revenue: the recognition schedule as a bar chart and, month by month,
// subscription and on-premises side by side: a table where it fits, else a list
// per month (phones, large text) in which every figure keeps its full label. Both
// flow in the page, so a phone scrolls them with the page.
//
// [SECTION] inputs  [SECTION] chart  [SECTION] schedule  [SECTION] panel
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

// [SECTION] inputs -----------------------------------------------------------------

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
  // A short label (field labels do not wrap) and the hint under the field.
  edited |= field("On-premises licence part", "deals/deferred/licence", form.licence, deals::field::kLicence);
  widgets::MutedText("Empty: the whole invoice is licences.");
  if (edited) result = deals::calculate_deferred(form);
}

// [SECTION] chart ------------------------------------------------------------------

void draw_chart(AppContext& ctx, const deals::DeferredValues& v, float width) {
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
  ctx.widgets.mark_last_item("deals/deferred/chart");
  widgets::MutedText("Revenue recognised by month, from signature: blue subscription, orange on-premises.");
}

// [SECTION] schedule ---------------------------------------------------------------

struct AmountColumn {
  const char* key;    // in widget names: "deals/deferred/cell/2026-03/subscription-recognised"
  const char* title;  // in full: no abbreviations
};

constexpr AmountColumn kAmountColumns[] = {
    {"subscription-recognised", "Subscription recognised"},
    {"subscription-deferred", "Subscription deferred"},
    {"on-premises-recognised", "On-premises recognised"},
    {"on-premises-deferred", "On-premises deferred"},
};

std::string amount_text(const deals::DeferredRow& r, std::size_t column) {
  const util::Money* amounts[] = {&r.subscription.recognised, &r.subscription.deferred, &r.on_premises.recognised,
                                  &r.on_premises.deferred};
  return format_money(*amounts[column], util::CentsStyle::Always);
}

std::string month_label(const deals::DeferredRow& r) {
  return deals::format_year_month(r.month) + (r.in_service ? "" : " (not active)");
}

float text_width(ImFont* font, const std::string& text) {
  ImGui::PushFont(font);
  const float width = ImGui::CalcTextSize(text.c_str()).x;
  ImGui::PopFont();
  return width;
}

// The widest amount in the schedule, in the current font.
float widest_amount(const deals::DeferredValues& v) {
  float widest = 0.0f;
  for (const auto& r : v.rows) {
    for (std::size_t c = 0; c < std::size(kAmountColumns); ++c) {
      widest = std::max(widest, ImGui::CalcTextSize(amount_text(r, c).c_str()).x);
    }
  }
  return widest;
}

// Each column as wide as its bold title or its widest entry, padding included.
struct TableWidths {
  float month = 0.0f;
  float amount[std::size(kAmountColumns)] = {};
  float total = 0.0f;
};

TableWidths table_widths(AppContext& ctx, const deals::DeferredValues& v) {
  TableWidths w;
  w.month = text_width(ctx.fonts.bold, "Month");
  for (const auto& r : v.rows) w.month = std::max(w.month, ImGui::CalcTextSize(month_label(r).c_str()).x);
  const float amounts = widest_amount(v);
  const float padding = ImGui::GetStyle().CellPadding.x * 2.0f + 1.0f;
  w.total = w.month + padding;
  for (std::size_t c = 0; c < std::size(kAmountColumns); ++c) {
    w.amount[c] = std::max(amounts, text_width(ctx.fonts.bold, kAmountColumns[c].title));
    w.total += w.amount[c] + padding;
  }
  return w;
}

// Wide screens: one row a month, a column for each figure.
void draw_table(AppContext& ctx, const deals::DeferredValues& v, const TableWidths& w) {
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  const ImVec2 size(std::min(w.total, ImGui::GetContentRegionAvail().x), 0.0f);
  if (!ImGui::BeginTable("schedule", 5, kFlags, size)) return;
  ImGui::TableSetupColumn("##month", ImGuiTableColumnFlags_WidthFixed, w.month);
  for (std::size_t c = 0; c < std::size(kAmountColumns); ++c) {
    ImGui::TableSetupColumn(kAmountColumns[c].key, ImGuiTableColumnFlags_WidthFixed, w.amount[c]);
  }
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableNextColumn();
  draw_table_header(ctx, "Month", "deals/deferred/header/month", false);
  for (const AmountColumn& column : kAmountColumns) {
    ImGui::TableNextColumn();
    draw_table_header(ctx, column.title, std::string("deals/deferred/header/") + column.key, true);
  }
  for (const auto& r : v.rows) {
    const std::string cell = "deals/deferred/cell/" + deals::format_year_month(r.month) + "/";
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(month_label(r).c_str());
    ctx.widgets.mark_last_item(cell + "month");
    for (std::size_t c = 0; c < std::size(kAmountColumns); ++c) {
      ImGui::TableNextColumn();
      draw_right_aligned(amount_text(r, c));
      ctx.widgets.mark_last_item(cell + kAmountColumns[c].key);
    }
  }
  ImGui::EndTable();
}

// Narrow screens: each month a heading, then a line per figure with its full
// label (wrapped if need be) and the amount at the right.
void draw_list(AppContext& ctx, const deals::DeferredValues& v) {
  if (!ImGui::BeginTable("schedule-list", 2, ImGuiTableFlags_None)) return;
  ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("##amount", ImGuiTableColumnFlags_WidthFixed, widest_amount(v));
  for (const auto& r : v.rows) {
    const std::string month = deals::format_year_month(r.month);
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
    ImGui::TableNextColumn();
    draw_table_header(ctx, month.c_str(), "deals/deferred/cell/" + month + "/month", false);
    if (!r.in_service) {
      ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
      ImGui::TextUnformatted("Before activation");
      ImGui::PopStyleColor();
    }
    for (std::size_t c = 0; c < std::size(kAmountColumns); ++c) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0.0f);  // at the cell's edge (a label holds no number to keep whole)
      ImGui::TextUnformatted(kAmountColumns[c].title);
      ImGui::PopTextWrapPos();
      ctx.widgets.mark_last_item("deals/deferred/label/" + month + "/" + kAmountColumns[c].key);
      ImGui::TableNextColumn();
      draw_right_aligned(amount_text(r, c));
      ctx.widgets.mark_last_item("deals/deferred/cell/" + month + "/" + kAmountColumns[c].key);
    }
  }
  ImGui::EndTable();
}

void draw_schedule(AppContext& ctx, DealDeskView& view) {
  const auto& v = view.deferred.result.values;
  const TableWidths widths = table_widths(ctx, v);
  view.deferred.schedule_as_list = widths.total > ImGui::GetContentRegionAvail().x;
  if (view.deferred.schedule_as_list) draw_list(ctx, v);
  else draw_table(ctx, v, widths);
}

}  // namespace

// [SECTION] panel ------------------------------------------------------------------

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
  draw_chart(ctx, v, std::min(ImGui::GetContentRegionAvail().x, 900.0f));
  draw_schedule(ctx, view);
  draw_working(ctx, result.working, "deals/deferred");
}

}  // namespace dealdojo::ui
