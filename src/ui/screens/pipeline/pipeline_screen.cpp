#include "ui/screens/pipeline/pipeline_screen.hpp"

#include <imgui.h>

#include "core/pipeline/health.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace pl = pipeline;

struct TabEntry {
  PipelineTab tab;
  const char* label;
  const char* id;
};

constexpr TabEntry kTabs[] = {
    {PipelineTab::Board, "Board", "board"},
    {PipelineTab::Leads, "Leads", "leads"},
    {PipelineTab::Metrics, "Metrics", "metrics"},
    {PipelineTab::Forecast, "Forecast", "forecast"},
    {PipelineTab::Quarter, "Quarter", "quarter"},
};

const char* tab_id(PipelineTab tab) {
  for (const auto& t : kTabs) {
    if (t.tab == tab) return t.id;
  }
  return "board";
}

// The active pack's first pipeline preset, else the built-in default.
const pl::PipelinePreset& preset_for(const AppContext& ctx) {
  const content::Pack* pack = ctx.session.packs().active_pack();
  if (pack != nullptr && !pack->pipeline_presets.empty()) return pack->pipeline_presets.front();
  return pl::default_preset();
}

nlohmann::json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json describe_deals(const pl::Pipeline& p) {
  nlohmann::json deals = nlohmann::json::array();
  for (const pl::Deal& d : p.deals) {
    deals.push_back({{"id", d.id},
                     {"name", pl::display_name(d)},
                     {"owner", d.owner},
                     {"stage", p.preset.stages[d.stage].id},
                     {"status", pl::deal_status_name(d.status)},
                     {"amount", units_of(d.amount)},
                     {"probability", pl::probability_of(p, d)},
                     {"category", content::forecast_category_name(pl::category_of(p, d))},
                     {"close_date", pl::format_date(d.close_date)},
                     {"in_period", p.period.contains(d.close_date)},
                     {"pushes", d.close_date_pushes},
                     {"stalled", pl::is_stalled(p, d)}});
  }
  return deals;
}

nlohmann::json describe_metrics(const session::PipelineDesk& desk) {
  const pl::PipelineMetrics& m = desk.metrics();
  const pl::HealthReport& h = desk.health();
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : h.findings) findings.push_back({{"kind", pl::health_kind_key(f.kind)}, {"reason", f.reason}});
  nlohmann::json lines = nlohmann::json::array();
  for (const auto& l : m.lines) lines.push_back({{"key", l.key}, {"value", l.value}, {"working", l.working}});
  return {{"pipeline_value", units_of(m.pipeline_value)},
          {"weighted", units_of(m.weighted_pipeline)},
          {"win_rate", optional_number(m.win_rate)},
          {"velocity_per_day", m.sales_velocity_per_day ? nlohmann::json(units_of(*m.sales_velocity_per_day))
                                                        : nlohmann::json(nullptr)},
          {"coverage", optional_number(m.coverage)},
          {"health", h.healthy ? std::string("healthy") : std::string(pl::health_kind_key(h.findings.front().kind))},
          {"health_summary", h.summary},
          {"health_findings", findings},
          {"booked_in_period", units_of(m.booked_in_period)},
          {"pipeline_in_period", units_of(m.pipeline_in_period)},
          {"open_deals", m.open_deals},
          {"lines", lines}};
}

}  // namespace

double units_of(pl::Money amount) {
  return static_cast<double>(amount.cents()) / static_cast<double>(pl::Money::kCentsPerUnit);
}

std::string display_text(std::string_view text) {
  constexpr std::string_view kSigma = "\u03A3";
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i, kSigma.size()) == kSigma) {
      out += "sum of";
      i += kSigma.size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

const std::string* error_text(const util::FieldErrors& errors, std::string_view pointer) {
  const content::Diagnostic* e = util::find_field_error(errors, pointer);
  return e ? &e->message : nullptr;
}

void draw_field_error(const util::FieldErrors& errors, std::string_view pointer) {
  const std::string* message = error_text(errors, pointer);
  if (message == nullptr) return;
  ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
  widgets::WrappedText(*message);
  ImGui::PopStyleColor();
}

void PipelineScreen::draw(AppContext& ctx) {
  session::PipelineDesk& desk = ctx.session.pipeline();
  const content::Pack* pack = ctx.session.packs().active_pack();
  const content::Guidance no_guidance;
  const content::Guidance& guidance = pack != nullptr ? pack->guidance : no_guidance;
  if (!desk.ready()) desk.reset(preset_for(ctx), pl::date_from_unix_ms(ctx.now_ms), 1, guidance);
  desk.match_pack(preset_for(ctx), guidance);
  advance_forecast(desk, m_view);
  m_view.content_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  widgets::TextIn(ctx.fonts.title, "Pipeline");
  const pl::Pipeline& p = desk.pipeline();
  widgets::MutedText(p.preset.name + ", as of " + pl::format_date(p.as_of) + "; period " +
                     pl::format_date(p.period.start) + " to " + pl::format_date(p.period.end) + ", quota " +
                     util::format_money(p.quota) + ".");
  for (std::size_t i = 0; i < std::size(kTabs); ++i) {
    if (i > 0) widgets::SameLineIfFits(widgets::ButtonWidth(kTabs[i].label));
    if (widgets::NavButton(kTabs[i].label, m_view.tab == kTabs[i].tab)) m_view.tab = kTabs[i].tab;
    ctx.widgets.mark_last_item(std::string("pipeline/tab/") + kTabs[i].id);
  }
  ImGui::Separator();
  ImGui::Spacing();
  switch (m_view.tab) {
    case PipelineTab::Board: draw_board_panel(ctx, m_view); break;
    case PipelineTab::Leads: draw_leads_panel(ctx, m_view); break;
    case PipelineTab::Metrics: draw_metrics_panel(ctx, m_view); break;
    case PipelineTab::Forecast: draw_forecast_panel(ctx, m_view); break;
    case PipelineTab::Quarter: draw_quarter_panel(ctx, m_view); break;
  }
}

nlohmann::json PipelineScreen::describe(const AppContext& ctx) const {
  const session::PipelineDesk& desk = ctx.session.pipeline();
  nlohmann::json out = {{"tab", tab_id(m_view.tab)}, {"ready", desk.ready()},
                        {"content_right", m_view.content_right}};
  if (!desk.ready()) return out;
  const pl::Pipeline& p = desk.pipeline();
  out["deals_count"] = p.deals.size();
  out["as_of"] = pl::format_date(p.as_of);
  out["period"] = {{"start", pl::format_date(p.period.start)}, {"end", pl::format_date(p.period.end)}};
  out["quota"] = units_of(p.quota);
  out["deals"] = describe_deals(p);
  for (std::size_t i = 0; i < p.deals.size(); ++i) out["deals"][i]["next"] = deal_next_step(ctx, p, p.deals[i]);
  nlohmann::json stages = nlohmann::json::array();
  for (const pl::PipelineStage& stage : p.preset.stages) stages.push_back(stage.id);
  out["stages"] = stages;
  out["metrics"] = describe_metrics(desk);
  out["forecast"] = describe_forecast(desk, m_view);
  out["quarter"] = describe_quarter(desk);
  out["guidance"] = describe_guidance(ctx, m_view);
  out["removed_deal"] = desk.removed_deal() ? nlohmann::json(desk.removed_deal()->id) : nlohmann::json(nullptr);
  nlohmann::json editor = nullptr;
  if (m_view.editor.deal_id || m_view.editor.adding) {
    editor = {{"deal", m_view.editor.deal_id.value_or("")},
              {"adding", m_view.editor.adding},
              {"errors", util::field_errors_to_json(m_view.editor.errors)}};
  }
  out["editor"] = editor;
  return out;
}

}  // namespace dealdojo::ui
