// The forecast tab: settings, a run that advances a slice of trials per frame
// with progress and Cancel, the histogram with the quota and P10/P50/P90, and the
// rollup by forecast category.
//
// [SECTION] slicing  [SECTION] settings  [SECTION] result  [SECTION] panel
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <chrono>
#include <string>

#include "core/pipeline/pipeline_text.hpp"
#include "core/pipeline/rollup.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/pipeline/pipeline_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/chart.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace pl = pipeline;

// [SECTION] slicing ------------------------------------------------------------------

std::optional<std::uint64_t> parse_whole(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ','), text.end());
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

void advance_forecast(session::PipelineDesk& desk, PipelineView& view) {
  const pl::ForecastRun* run = desk.forecast_run();
  if (run == nullptr) return;
  auto& f = view.forecast;
  // About 100 million deal-trials a second in the browser: start near 4 ms, then
  // size each slice by how long the last one took.
  if (f.slice_trials <= 0) f.slice_trials = run->trials_for(400'000);
  const auto start = std::chrono::steady_clock::now();
  const std::int64_t ran = desk.step_forecast(f.slice_trials);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  f.last_slice_ms = ms;
  ++f.frames;
  if (ran == f.slice_trials && ms > 0.05) {
    const double scale = std::clamp(kSliceBudgetMs / ms, 0.5, 2.0);
    f.slice_trials = std::max<std::int64_t>(1, static_cast<std::int64_t>(static_cast<double>(f.slice_trials) * scale));
  }
}

namespace {

// [SECTION] settings -----------------------------------------------------------------

void start_run(session::PipelineDesk& desk, PipelineView& view) {
  auto& f = view.forecast;
  f.errors.clear();
  const auto trials = parse_whole(f.trials);
  const auto seed = parse_whole(f.seed);
  if (!trials || *trials < 1 || *trials > static_cast<std::uint64_t>(pl::kMaxTrials)) {
    util::add_field_error(f.errors, pl::forecast_field::kTrials, "a whole number from 1 to 1,000,000");
  }
  if (!seed) util::add_field_error(f.errors, "/seed", "a whole number, such as 1");
  if (!f.errors.empty()) return;
  pl::ForecastSettings settings;
  settings.trials = static_cast<std::int64_t>(*trials);
  settings.seed = *seed;
  f.errors = desk.start_forecast(settings);
  f.slice_trials = 0;
  f.frames = 0;
}

// Trials, seed and quota side by side, also on phones: each holds a short number.
// Labels and fields each take a row of the table, so the fields line up: a cell
// after a field would start its label at the field's text baseline, lower.
void draw_settings_fields(AppContext& ctx, session::PipelineDesk& desk, PipelineView& view) {
  auto& f = view.forecast;
  struct Field {
    const char* label;
    const char* id;
    const char* name;
    std::string& text;
    const std::string* error;
    bool is_quota = false;  // an edit sets the desk's quota at once
  };
  const Field fields[] = {
      {"Trials", "##trials", "pipeline/forecast/trials", f.trials, error_text(f.errors, pl::forecast_field::kTrials)},
      {"Seed", "##seed", "pipeline/forecast/seed", f.seed, error_text(f.errors, "/seed")},
      {"Quota", "##forecast-quota", "pipeline/forecast/quota", view.quota_text,
       error_text(view.quota_errors, session::desk_field::kQuota), true},
  };
  const float table_width = std::min(ImGui::GetContentRegionAvail().x, 600.0f);
  if (!ImGui::BeginTable("forecast-settings", 3, ImGuiTableFlags_SizingStretchSame, ImVec2(table_width, 0.0f))) return;
  ImGui::TableNextRow();
  for (const Field& field : fields) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(field.label);
  }
  ImGui::TableNextRow();
  bool quota_edited = false;
  for (const Field& field : fields) {
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool edited = ImGui::InputText(field.id, &field.text);
    ctx.widgets.mark_last_item(field.name);
    quota_edited |= edited && field.is_quota;
  }
  ImGui::EndTable();
  // Errors under the table at full width: a third of a phone is too narrow for a sentence.
  for (const Field& field : fields) {
    if (field.error == nullptr) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::TextIn(ctx.fonts.body, std::string(field.label) + ": " + *field.error);
    ImGui::PopStyleColor();
  }
  if (quota_edited) view.quota_errors = desk.set_quota(view.quota_text);
}

// The bar with the trials done beside it, or under it where both do not fit (phones).
void draw_progress(AppContext& ctx, const pl::ForecastRun& run) {
  const std::string label = pl::format_units(run.trials_done()) + " of " + pl::format_units(run.trials_total()) +
                            " trials";
  const float fraction = static_cast<float>(run.progress());
  const float available = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float beside = available - ImGui::CalcTextSize(label.c_str()).x - spacing;
  if (beside >= ImGui::GetFontSize() * 6.0f) {
    widgets::ProgressBar(fraction, std::min(320.0f, beside), label);
  } else {
    widgets::ProgressBar(fraction, available - spacing, "");
    ImGui::TextUnformatted(label.c_str());
  }
  ctx.widgets.mark_last_item("pipeline/forecast/progress");
}

void draw_settings(AppContext& ctx, session::PipelineDesk& desk, PipelineView& view) {
  draw_settings_fields(ctx, desk, view);
  const pl::ForecastRun* run = desk.forecast_run();
  if (run == nullptr) {
    if (ImGui::Button("Run forecast")) start_run(desk, view);
    ctx.widgets.mark_last_item("pipeline/forecast/run");
    return;
  }
  draw_progress(ctx, *run);
  if (ImGui::Button("Cancel")) desk.cancel_forecast();
  ctx.widgets.mark_last_item("pipeline/forecast/cancel");
}

// [SECTION] result -------------------------------------------------------------------

void draw_histogram(AppContext& ctx, const pl::ForecastResult& r, float width) {
  if (r.histogram.empty()) return;
  std::int64_t tallest = 1;
  for (const auto& b : r.histogram) tallest = std::max(tallest, b.trials);
  widgets::PlotArea area = widgets::PlotArea::Reserve(width, 180.0f, ImGui::GetTextLineHeight() * 3.0f);
  area.x_low = static_cast<double>(r.histogram.front().low_units);
  area.x_high = static_cast<double>(r.histogram.back().high_units);
  area.y_high = static_cast<double>(tallest);
  ctx.widgets.mark_last_item("pipeline/forecast/histogram");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const auto& b : r.histogram) {
    const float left = area.X(static_cast<double>(b.low_units)) + 1.0f;
    const float right = std::max(left + 1.0f, area.X(static_cast<double>(b.high_units)) - 1.0f);
    if (b.trials > 0) draw->AddRectFilled(ImVec2(left, area.Y(static_cast<double>(b.trials))), ImVec2(right, area.max.y), colours::accent());
  }
  draw->AddLine(ImVec2(area.min.x, area.max.y), ImVec2(area.max.x, area.max.y), ImGui::GetColorU32(ImGuiCol_Border));
  const ImU32 marker = ImGui::GetColorU32(ImGuiCol_Text);
  widgets::VerticalMarker(area, static_cast<double>(r.p10_units), "P10", marker, 0);
  widgets::VerticalMarker(area, static_cast<double>(r.p50_units), "P50", marker, 1);
  widgets::VerticalMarker(area, static_cast<double>(r.p90_units), "P90", marker, 0);
  widgets::VerticalMarker(area, static_cast<double>(r.quota_units), "Quota", colours::bad(), 2);
  const std::string low = pl::format_units(r.histogram.front().low_units);
  const std::string high = pl::format_units(r.histogram.back().high_units);
  draw->AddText(ImVec2(area.min.x, area.max.y + 2.0f), colours::muted_text(), low.c_str());
  widgets::ClampedText(ImVec2(area.max.x, area.max.y + 2.0f), area.min.x, area.max.x, high, colours::muted_text());
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight() + 4.0f));
}

void draw_result(AppContext& ctx, const session::PipelineDesk& desk) {
  const auto& result = desk.forecast_result();
  if (!result) return;
  const pl::ForecastResult& r = *result;
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Bookings this period");
  if (desk.forecast_stale()) widgets::MutedText("The pipeline changed since this run: run it again.");
  ImGui::PushStyleColor(ImGuiCol_Text, colours::accent());
  widgets::TextIn(ctx.fonts.bold, "P10 " + pl::format_units(r.p10_units) + "   P50 " + pl::format_units(r.p50_units) +
                                      "   P90 " + pl::format_units(r.p90_units));
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("pipeline/forecast/percentiles");
  widgets::TextIn(ctx.fonts.bold, "Chance of reaching the quota of " + pl::format_units(r.quota_units) + ": " +
                                      pl::format_share(r.quota_probability));
  ctx.widgets.mark_last_item("pipeline/forecast/probability");
  draw_histogram(ctx, r, std::min(ImGui::GetContentRegionAvail().x, 820.0f));
  for (const std::string& line : r.explanation) widgets::MutedText(display_text(line));
}

void draw_rollup(AppContext& ctx, const session::PipelineDesk& desk) {
  const pl::ForecastRollup& rollup = desk.rollup();
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Rollup by forecast category");
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("rollup", 3, kFlags, ImVec2(std::min(ImGui::GetContentRegionAvail().x, 560.0f), 0.0f))) {
    ImGui::TableSetupColumn("Category");
    ImGui::TableSetupColumn("Deals");
    ImGui::TableSetupColumn("Amount");
    ImGui::TableHeadersRow();
    for (auto c : {pl::ForecastCategory::Closed, pl::ForecastCategory::Commit, pl::ForecastCategory::BestCase,
                   pl::ForecastCategory::Pipeline, pl::ForecastCategory::Omitted}) {
      const pl::CategoryTotal& t = rollup.total(c);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(pl::category_title(c)).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", static_cast<int>(t.deals));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(util::format_money(t.amount).c_str());
    }
    ImGui::EndTable();
  }
  for (const std::string& line : rollup.working) widgets::TextIn(ctx.fonts.body, display_text(line));
  ctx.widgets.mark_last_item("pipeline/forecast/rollup");
}

}  // namespace

// [SECTION] panel ----------------------------------------------------------------------

void draw_forecast_panel(AppContext& ctx, PipelineView& view) {
  session::PipelineDesk& desk = ctx.session.pipeline();
  widgets::MutedText("A Monte Carlo forecast: each trial wins or loses every open deal with its probability, lets it "
                     "slip past its close date now and then, and adds up what books in the period.");
  if (view.quota_text.empty() && view.quota_errors.empty()) view.quota_text = util::format_money(desk.pipeline().quota);
  draw_settings(ctx, desk, view);
  draw_result(ctx, desk);
  draw_rollup(ctx, desk);
}

nlohmann::json describe_forecast(const session::PipelineDesk& desk, const PipelineView& view) {
  const pl::ForecastRun* run = desk.forecast_run();
  const auto& result = desk.forecast_result();
  nlohmann::json out = {{"running", run != nullptr},
                        {"progress", run ? run->progress() : (result ? 1.0 : 0.0)},
                        {"trials_done", run ? run->trials_done() : (result ? result->trials : 0)},
                        {"frames", view.forecast.frames},
                        {"last_slice_ms", view.forecast.last_slice_ms},
                        {"stale", desk.forecast_stale()},
                        {"p10", nullptr}, {"p50", nullptr}, {"p90", nullptr},
                        {"probability_of_quota", nullptr}};
  out["errors"] = util::field_errors_to_json(view.forecast.errors);
  if (result) {
    out["p10"] = result->p10_units;
    out["p50"] = result->p50_units;
    out["p90"] = result->p90_units;
    out["probability_of_quota"] = result->quota_probability;
    out["mean"] = result->mean_units;
    out["expected"] = result->expected_units;
    out["booked"] = result->booked_units;
    out["quota"] = result->quota_units;
  }
  const pl::ForecastRollup& rollup = desk.rollup();
  out["rollup"] = {{"closed", units_of(rollup.forecast.closed)},
                   {"commit", units_of(rollup.forecast.commit)},
                   {"best_case", units_of(rollup.forecast.best_case)},
                   {"pipeline", units_of(rollup.forecast.pipeline)}};
  return out;
}

}  // namespace dealdojo::ui
