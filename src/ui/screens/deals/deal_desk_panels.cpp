// The contract-value calculators: AOV, TCV, ACV, ramped deals and discounts.
#include <imgui.h>

#include <string>

#include "core/deals/deal_text.hpp"
#include "core/util/money.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/deals/deal_desk_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

using util::format_money;

template <typename Result>
const std::string* error_on(const Result& result, std::string_view field) {
  const content::Diagnostic* e = result.error_for(field);
  return e ? &e->message : nullptr;
}

// Field input bound to `value`; recomputes through `recompute` when edited.
template <typename Result>
bool field_input(AppContext& ctx, const char* label, const std::string& name, std::string& value,
                 const Result& result, std::string_view field) {
  const std::string id = "##" + name;
  return widgets::LabeledInput(label, id.c_str(), value, error_on(result, field),
                               [&] { ctx.widgets.mark_last_item(name); });
}

bool term_unit_choice(AppContext& ctx, const std::string& name, deals::TermUnit& unit) {
  bool changed = false;
  if (ImGui::RadioButton(("Years##" + name).c_str(), unit == deals::TermUnit::Years)) {
    unit = deals::TermUnit::Years;
    changed = true;
  }
  ctx.widgets.mark_last_item(name + "/years");
  ImGui::SameLine();
  if (ImGui::RadioButton(("Months##" + name).c_str(), unit == deals::TermUnit::Months)) {
    unit = deals::TermUnit::Months;
    changed = true;
  }
  ctx.widgets.mark_last_item(name + "/months");
  return changed;
}

void result_line(AppContext& ctx, const std::string& text, const std::string& name) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colours::accent());
  widgets::TextIn(ctx.fonts.heading, text);
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item(name);
}

}  // namespace

std::vector<std::string> split_ramp_years(const std::string& text) {
  auto parsed = deals::split_amount_list(text);
  return parsed.ok() ? parsed.value : std::vector<std::string>{text};
}

void recompute_all(DealDeskView& view) {
  view.aov.result = deals::calculate_aov(view.aov.form);
  view.tcv.result = deals::calculate_tcv(view.tcv.form);
  view.acv.result = deals::calculate_acv(view.acv.form);
  view.ramp.result = deals::calculate_ramp(deals::RampForm{split_ramp_years(view.ramp.years), view.ramp.previous});
  view.deferred.result = deals::calculate_deferred(view.deferred.form);
  view.discount.result = deals::calculate_discount(view.discount.form, deals::default_approval_matrix());
  view.computed = true;
}

void draw_right_aligned(const std::string& text) {
  const float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text.c_str()).x;
  if (room > 0.0f) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room);
  ImGui::TextUnformatted(text.c_str());
}

void draw_table_header(AppContext& ctx, const char* title, const std::string& name, bool right_aligned) {
  ImGui::PushFont(ctx.fonts.bold);
  if (right_aligned) draw_right_aligned(title);
  else ImGui::TextUnformatted(title);
  ImGui::PopFont();
  ctx.widgets.mark_last_item(name);
}

void draw_working(AppContext& ctx, const std::vector<std::string>& working, const std::string& name) {
  if (working.empty()) return;
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.bold, "Working");
  for (std::size_t i = 0; i < working.size(); ++i) {
    widgets::TextIn(ctx.fonts.body, working[i]);
    ctx.widgets.mark_last_item(name + "/working/" + std::to_string(i + 1));
  }
}

void draw_aov_panel(AppContext& ctx, DealDeskView& view) {
  auto& [form, result] = view.aov;
  widgets::MutedText("Annual order value: the quote amount divided by the years it covers.");
  bool edited = field_input(ctx, "Quote amount", "deals/aov/quote", form.quote, result, deals::field::kQuote);
  edited |= field_input(ctx, "Term", "deals/aov/term", form.term, result, deals::field::kTerm);
  edited |= term_unit_choice(ctx, "deals/aov/unit", form.term_unit);
  if (edited) result = deals::calculate_aov(form);
  if (result.ok()) result_line(ctx, "AOV: " + format_money(result.values.aov), "deals/aov/result");
  draw_working(ctx, result.working, "deals/aov");
}

void draw_tcv_panel(AppContext& ctx, DealDeskView& view) {
  auto& [form, result] = view.tcv;
  widgets::MutedText("Total contract value: the annual order value times the years of the contract.");
  bool edited = field_input(ctx, "AOV", "deals/tcv/aov", form.aov, result, deals::field::kAov);
  edited |= field_input(ctx, "Term", "deals/tcv/term", form.term, result, deals::field::kTerm);
  edited |= term_unit_choice(ctx, "deals/tcv/unit", form.term_unit);
  if (edited) result = deals::calculate_tcv(form);
  if (result.ok()) result_line(ctx, "TCV: " + format_money(result.values.tcv), "deals/tcv/result");
  draw_working(ctx, result.working, "deals/tcv");
}

void draw_acv_panel(AppContext& ctx, DealDeskView& view) {
  auto& [form, result] = view.acv;
  widgets::MutedText("Annual contract value: the change in AOV against last year. Give this year's AOV "
                     "or the amount added (negative for a reduction); leave the other empty. Leave last year's "
                     "AOV empty for a new customer.");
  bool edited = field_input(ctx, "Last year's AOV", "deals/acv/previous",
                            form.previous_aov, result, deals::field::kPreviousAov);
  edited |= field_input(ctx, "This year's AOV", "deals/acv/new", form.new_aov, result, deals::field::kNewAov);
  edited |= field_input(ctx, "Amount added", "deals/acv/added", form.added, result, deals::field::kAdded);
  if (edited) result = deals::calculate_acv(form);
  if (result.ok()) {
    result_line(ctx, "ACV: " + format_money(result.values.acv) + "   New AOV: " + format_money(result.values.new_aov),
                "deals/acv/result");
  }
  draw_working(ctx, result.working, "deals/acv");
}

void draw_ramp_panel(AppContext& ctx, DealDeskView& view) {
  auto& ramp = view.ramp;
  widgets::MutedText("A ramped deal: one amount per contract year, separated by semicolons. Leave last year's "
                     "AOV empty for a new customer.");
  bool edited = field_input(ctx, "Amount per year", "deals/ramp/years", ramp.years, ramp.result,
                            deals::field::kYearAmounts);
  edited |= field_input(ctx, "Last year's AOV", "deals/ramp/previous", ramp.previous,
                        ramp.result, deals::field::kPreviousAov);
  if (edited) {
    ramp.result = deals::calculate_ramp(deals::RampForm{split_ramp_years(ramp.years), ramp.previous});
  }
  const std::string year_item = std::string(deals::field::kYearAmounts) + "/";  // "/year_amounts/2"
  for (const auto& e : ramp.result.errors) {
    if (e.pointer.starts_with(year_item)) {
      ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
      widgets::TextIn(ctx.fonts.body, e.message);
      ImGui::PopStyleColor();
    }
  }
  if (!ramp.result.ok()) return;
  const auto& v = ramp.result.values;
  result_line(ctx, "TCV: " + format_money(v.tcv) + "   Average AOV: " + format_money(v.average_aov),
              "deals/ramp/result");
  // Columns as wide as their contents (equal thirds cut "ACV (change)" on a phone).
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("ramp", 3, kFlags)) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    draw_table_header(ctx, "Year", "deals/ramp/header/year", false);
    ImGui::TableNextColumn();
    draw_table_header(ctx, "AOV", "deals/ramp/header/aov", true);
    ImGui::TableNextColumn();
    draw_table_header(ctx, "ACV (change)", "deals/ramp/header/acv", true);
    for (const auto& y : v.years) {
      const std::string cell = "deals/ramp/cell/" + std::to_string(y.year) + "/";
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d", y.year);
      ctx.widgets.mark_last_item(cell + "year");
      ImGui::TableNextColumn();
      draw_right_aligned(format_money(y.aov));
      ctx.widgets.mark_last_item(cell + "aov");
      ImGui::TableNextColumn();
      draw_right_aligned(format_money(y.acv));
      ctx.widgets.mark_last_item(cell + "acv");
    }
    ImGui::EndTable();
  }
  draw_working(ctx, ramp.result.working, "deals/ramp");
}

void draw_discount_panel(AppContext& ctx, DealDeskView& view) {
  auto& [form, result] = view.discount;
  widgets::MutedText("Net price after a discount, and who must approve it. Approvals: up to 10% the rep, "
                     "up to 20% the sales manager, up to 30% the VP of Sales, above that the deal desk and CFO.");
  bool edited = field_input(ctx, "List price", "deals/discount/list", form.list_price, result,
                            deals::field::kListPrice);
  edited |= field_input(ctx, "Discount %", "deals/discount/percent", form.percent, result, deals::field::kPercent);
  if (edited) result = deals::calculate_discount(form, deals::default_approval_matrix());
  if (result.ok()) {
    result_line(ctx, "Net price: " + format_money(result.values.net_price), "deals/discount/result");
    widgets::TextIn(ctx.fonts.bold, "Approval: " + result.values.approval.approver + " (" +
                                        result.values.approval.rule + ")");
    ctx.widgets.mark_last_item("deals/discount/approval");
  }
  draw_working(ctx, result.working, "deals/discount");
}

}  // namespace dealdojo::ui
