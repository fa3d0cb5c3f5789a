// The metrics tab: quota and period, the funnel chart, the metric panel (each
// metric's formula with this pipeline's numbers on hover, or inline on a tap)
// and the health diagnosis.
//
// [SECTION] funnel  [SECTION] metric lines  [SECTION] panel
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/pipeline/pipeline_text.hpp"
#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/pipeline/pipeline_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace pl = pipeline;

// [SECTION] funnel -----------------------------------------------------------------

std::string conversion_text(const pl::StageConversion& c) {
  if (c.measured) {
    return pl::format_share(*c.measured) + " move on (" + std::to_string(c.moved_on) + " of " +
           std::to_string(c.moved_on + c.lost_here) + " that left)";
  }
  return pl::format_share(c.configured) + " move on (preset; none has left yet)";
}

// One centred bar per open stage, its width by open value; the label above it and
// the conversion into the next stage between bars.
void draw_funnel(AppContext& ctx, const session::PipelineDesk& desk) {
  const pl::Pipeline& p = desk.pipeline();
  const pl::PipelineMetrics& m = desk.metrics();
  widgets::TextIn(ctx.fonts.heading, "Funnel");
  std::int64_t widest = 1;
  for (const auto& f : m.funnel) widest = std::max(widest, f.open_value.cents());
  const float width = std::min(ImGui::GetContentRegionAvail().x, 720.0f);
  const float bar_height = ImGui::GetTextLineHeight() * 1.2f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < m.funnel.size(); ++i) {
    const pl::StageFunnel& f = m.funnel[i];
    widgets::TextIn(ctx.fonts.body, p.preset.stages[f.stage].name + ": " +
                                        text::count_noun(static_cast<std::int64_t>(f.open_deals), "deal", "deals") +
                                        ", " + util::format_money(f.open_value));
    ctx.widgets.mark_last_item("pipeline/funnel/" + p.preset.stages[f.stage].id + "/label");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float share = static_cast<float>(static_cast<double>(f.open_value.cents()) / static_cast<double>(widest));
    const float bar = std::max(4.0f, width * share);
    const float left = at.x + (width - bar) * 0.5f;
    draw->AddRectFilled(ImVec2(left, at.y), ImVec2(left + bar, at.y + bar_height), colours::accent(), 3.0f);
    ImGui::Dummy(ImVec2(width, bar_height));
    ctx.widgets.mark_last_item("pipeline/funnel/" + p.preset.stages[f.stage].id);
    if (i + 1 < m.funnel.size() && i < m.conversions.size()) widgets::MutedText("  \u2193  " + conversion_text(m.conversions[i]));
  }
  ImGui::Spacing();
}

// [SECTION] metric lines -------------------------------------------------------------

// The formula and this pipeline's numbers. In a tooltip, whose content width is
// about 0, WrappedText wraps at a reading width (ImGui's own wrap put one
// character on each line there).
void metric_details(const pl::MetricLine& line) {
  widgets::WrappedText(display_text(line.formula));
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
  widgets::WrappedText(display_text(line.working));
  ImGui::PopStyleColor();
}

// A row: name and value. Hover shows the formula; a click or tap keeps it open.
void draw_metric_line(AppContext& ctx, PipelineView& view, const pl::MetricLine& line, float width) {
  const bool open = view.open_metric == line.key;
  ImGui::PushID(line.key.c_str());
  const float value_width = ctx.fonts.bold->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, line.value.c_str()).x;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  if (ImGui::Selectable("##metric", open, 0, ImVec2(width, 0))) view.open_metric = open ? "" : line.key;
  ctx.widgets.mark_last_item("pipeline/metric/" + line.key);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), widgets::FitText(line.name, width - value_width - 16.0f).c_str());
  draw->AddText(ctx.fonts.bold, ImGui::GetFontSize(), ImVec2(at.x + width - value_width, at.y),
                line.available ? colours::accent() : colours::muted_text(), line.value.c_str());
  // No hover on phones: a tap opens the row, and closing it must not leave a tooltip behind.
  if (hovered && !open && !ctx.compact()) {
    ImGui::BeginTooltip();
    ImGui::BeginGroup();
    metric_details(line);
    ImGui::EndGroup();
    ctx.widgets.mark_last_item("pipeline/metric/" + line.key + "/tooltip");
    ImGui::EndTooltip();
  }
  if (open) {
    ImGui::Indent();
    metric_details(line);
    ImGui::Unindent();
    ctx.widgets.mark_last_item("pipeline/metric/" + line.key + "/working");
  }
  ImGui::PopID();
}

void draw_metric_lines(AppContext& ctx, PipelineView& view, const session::PipelineDesk& desk) {
  widgets::TextIn(ctx.fonts.heading, "Metrics");
  widgets::MutedText(ctx.compact() ? "Tap a metric for its formula with these numbers."
                                   : "Hover over a metric for its formula with these numbers; click to keep it open.");
  // A selectable's box reaches half the item spacing past its width: keep that inside the content.
  const float width = std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * 0.5f, 560.0f);
  for (const pl::MetricLine& line : desk.metrics().lines) draw_metric_line(ctx, view, line, width);
}

void draw_health(AppContext& ctx, const session::PipelineDesk& desk) {
  const pl::HealthReport& h = desk.health();
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Health");
  ImGui::PushStyleColor(ImGuiCol_Text, h.healthy ? colours::good() : colours::bad());
  widgets::TextIn(ctx.fonts.bold, h.summary);
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("pipeline/health");
  for (const pl::HealthFinding& f : h.findings) {
    widgets::TextIn(ctx.fonts.bold, f.title);
    widgets::TextIn(ctx.fonts.body, display_text(f.reason));
  }
}

// [SECTION] panel --------------------------------------------------------------------

void draw_quota(AppContext& ctx, PipelineView& view, session::PipelineDesk& desk) {
  if (view.quota_text.empty() && view.quota_errors.empty()) view.quota_text = util::format_money(desk.pipeline().quota);
  const bool edited = widgets::LabeledInput("Quota for the period", "##quota", view.quota_text,
                                            error_text(view.quota_errors, session::desk_field::kQuota),
                                            [&] { ctx.widgets.mark_last_item("pipeline/quota"); });
  if (edited) view.quota_errors = desk.set_quota(view.quota_text);
}

}  // namespace

void draw_metrics_panel(AppContext& ctx, PipelineView& view) {
  session::PipelineDesk& desk = ctx.session.pipeline();
  draw_quota(ctx, view, desk);
  ImGui::Spacing();
  if (ctx.compact()) {
    draw_metric_lines(ctx, view, desk);
    draw_health(ctx, desk);
    ImGui::Spacing();
    draw_funnel(ctx, desk);
    return;
  }
  if (ImGui::BeginTable("metrics-layout", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextColumn();
    draw_metric_lines(ctx, view, desk);
    draw_health(ctx, desk);
    ImGui::TableNextColumn();
    draw_funnel(ctx, desk);
    ImGui::EndTable();
  }
}

}  // namespace dealdojo::ui
