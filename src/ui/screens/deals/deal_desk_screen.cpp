#include "ui/screens/deals/deal_desk_screen.hpp"

#include <imgui.h>

#include "core/deals/deal_json.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

struct ToolEntry {
  DealTool tool;
  const char* label;
  const char* id;
};

constexpr ToolEntry kTools[] = {
    {DealTool::Aov, "AOV", "aov"},           {DealTool::Tcv, "TCV", "tcv"},
    {DealTool::Acv, "ACV", "acv"},           {DealTool::Ramp, "Ramped deal", "ramp"},
    {DealTool::Deferred, "Deferred revenue", "deferred"}, {DealTool::Discount, "Discount", "discount"},
    {DealTool::Drill, "Drill", "drill"},
};

const char* tool_id(DealTool tool) {
  for (const auto& t : kTools) {
    if (t.tool == tool) return t.id;
  }
  return "aov";
}

// The working lines or the errors of the current tool, for tests and the mirror.
template <typename Result>
nlohmann::json describe_result(const Result& result) {
  return {{"ok", result.ok()}, {"errors", util::field_errors_to_json(result.errors)}, {"working", result.working}};
}

}  // namespace

void DealDeskScreen::draw(AppContext& ctx) {
  if (!m_view.computed) recompute_all(m_view);
  m_view.content_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  widgets::TextIn(ctx.fonts.title, "Deal desk");
  widgets::MutedText("Work out deal terms with the working shown. Amounts accept thousand separators.");
  for (std::size_t i = 0; i < std::size(kTools); ++i) {
    if (i > 0) widgets::SameLineIfFits(widgets::ButtonWidth(kTools[i].label));
    if (widgets::NavButton(kTools[i].label, m_view.tool == kTools[i].tool)) m_view.tool = kTools[i].tool;
    ctx.widgets.mark_last_item(std::string("deals/tool/") + kTools[i].id);
  }
  ImGui::Separator();
  ImGui::Spacing();
  switch (m_view.tool) {
    case DealTool::Aov: draw_aov_panel(ctx, m_view); break;
    case DealTool::Tcv: draw_tcv_panel(ctx, m_view); break;
    case DealTool::Acv: draw_acv_panel(ctx, m_view); break;
    case DealTool::Ramp: draw_ramp_panel(ctx, m_view); break;
    case DealTool::Deferred: draw_deferred_panel(ctx, m_view); break;
    case DealTool::Discount: draw_discount_panel(ctx, m_view); break;
    case DealTool::Drill: draw_drill_panel(ctx, m_view); break;
  }
}

nlohmann::json DealDeskScreen::describe(const AppContext& ctx) const {
  nlohmann::json out = {{"tool", tool_id(m_view.tool)}, {"content_right", m_view.content_right}};
  switch (m_view.tool) {
    case DealTool::Aov: out["result"] = describe_result(m_view.aov.result); break;
    case DealTool::Tcv: out["result"] = describe_result(m_view.tcv.result); break;
    case DealTool::Acv: out["result"] = describe_result(m_view.acv.result); break;
    case DealTool::Ramp: out["result"] = describe_result(m_view.ramp.result); break;
    case DealTool::Deferred:
      out["result"] = describe_result(m_view.deferred.result);
      out["rows"] = m_view.deferred.result.ok() ? m_view.deferred.result.values.rows.size() : 0;
      out["schedule_layout"] = m_view.deferred.schedule_as_list ? "list" : "table";
      break;
    case DealTool::Discount: out["result"] = describe_result(m_view.discount.result); break;
    case DealTool::Drill: {
      const auto& drill = m_view.drill;
      out["drill"] = {{"answered", drill.answered}, {"right", drill.right},
                      {"history", ctx.session.drills().size()}};
      if (drill.problem) out["drill"]["prompt"] = drill.problem->prompt;
      if (drill.check) {
        out["drill"]["verdict"] = drill.check->verdict == deals::DrillVerdict::Correct ? "correct"
                                  : drill.check->verdict == deals::DrillVerdict::Wrong ? "wrong"
                                                                                        : "unreadable";
        out["drill"]["feedback"] = drill.check->feedback;
      }
      break;
    }
  }
  return out;
}

}  // namespace dealdojo::ui
