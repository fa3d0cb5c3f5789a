// The quarter tab: 13 weeks in which the learner splits the week's hours among
// six activities, plays a week (or the rest), and watches bookings against the
// quota; the debrief at the end.
//
// [SECTION] hours  [SECTION] timeline  [SECTION] week and debrief  [SECTION] panel
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <charconv>
#include <string>

#include "core/pipeline/pipeline_json.hpp"
#include "core/pipeline/pipeline_text.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/pipeline/pipeline_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/chart.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace pl = pipeline;

// [SECTION] hours ----------------------------------------------------------------------

// The width of the longest activity name, in the current font.
float widest_activity_name() {
  float widest = 0.0f;
  for (pl::Activity a : pl::kActivities) {
    const std::string name(pl::activity_name(a));
    widest = std::max(widest, ImGui::CalcTextSize(name.c_str()).x);
  }
  return widest;
}

// A row per activity: name, − slider +. Any change moves hours to or from the
// others. The names get a column as wide as the longest; where that leaves the
// slider too little room (phones, large text) each name goes above its row.
void draw_hours(AppContext& ctx, PipelineView& view, const pl::QuarterConfig& config) {
  auto& plan = view.quarter.plan;
  const int total = config.hours_per_week;
  const float step = ImGui::GetFrameHeight();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float label_width = widest_activity_name() + spacing * 1.5f;
  const float controls = step * 2.0f + spacing * 2.0f;
  const bool names_above = ImGui::GetContentRegionAvail().x - label_width - controls < ImGui::GetFontSize() * 8.0f;
  const float row_start = ImGui::GetCursorPosX();
  for (pl::Activity a : pl::kActivities) {
    const std::string key(pl::activity_key(a));
    ImGui::PushID(key.c_str());
    int hours = plan[a];
    if (!names_above) ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(std::string(pl::activity_name(a)).c_str());
    ctx.widgets.mark_last_item("pipeline/quarter/hours/" + key + "/label");
    if (!names_above) ImGui::SameLine(row_start + label_width);
    if (ImGui::Button("-", ImVec2(step, step))) --hours;
    ctx.widgets.mark_last_item("pipeline/quarter/hours/" + key + "/minus");
    ImGui::SameLine();
    const float slider = std::min(260.0f, ImGui::GetContentRegionAvail().x - step - spacing);
    ImGui::SetNextItemWidth(slider);
    ImGui::SliderInt("##hours", &hours, 0, total, "%d h");
    ctx.widgets.mark_last_item("pipeline/quarter/hours/" + key);
    ImGui::SameLine();
    if (ImGui::Button("+", ImVec2(step, step))) ++hours;
    ctx.widgets.mark_last_item("pipeline/quarter/hours/" + key + "/plus");
    ImGui::PopID();
    if (hours != plan[a]) plan = pl::rebalance_hours(plan, a, hours, total);
  }
  widgets::MutedText(std::to_string(plan.total()) + " of " + std::to_string(total) +
                     " hours a week; moving one activity takes from or gives to the others.");
}

// Follow the stage playbooks (their remedial branches too) or cut to the exit
// criteria; only stages that have a playbook care.
void draw_discipline(AppContext& ctx, PipelineView& view, const pl::QuarterConfig& config) {
  if (config.playbooks.empty()) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Playbooks this week:");
  for (auto discipline : {pl::PlaybookDiscipline::Follow, pl::PlaybookDiscipline::Shortcut}) {
    const std::string key(pl::playbook_discipline_key(discipline));
    const char* label = discipline == pl::PlaybookDiscipline::Follow ? "Follow every step" : "Shortcut to the criteria";
    ImGui::SameLine();
    if (ImGui::RadioButton(label, view.quarter.plan.playbook == discipline)) view.quarter.plan.playbook = discipline;
    ctx.widgets.mark_last_item("pipeline/quarter/playbook/" + key);
  }
  widgets::MutedText("Following a playbook raises a stage's conversion; skipping its required steps lowers it.");
}

// [SECTION] timeline -------------------------------------------------------------------

// Pipeline value per week as bars, bookings so far as a line, the quota across.
void draw_timeline(AppContext& ctx, const pl::QuarterSim& sim) {
  const auto& reports = sim.reports();
  const pl::QuarterConfig& config = sim.config();
  double top = units_of(config.quota);
  for (const auto& r : reports) top = std::max({top, units_of(r.pipeline_value), units_of(r.booked_total)});
  const float width = std::min(ImGui::GetContentRegionAvail().x, 820.0f);
  widgets::PlotArea area = widgets::PlotArea::Reserve(width, 170.0f, ImGui::GetTextLineHeight() * 0.5f);
  area.x_low = -0.5;
  area.x_high = static_cast<double>(config.weeks) + 0.5;
  area.y_high = top * 1.1;
  ctx.widgets.mark_last_item("pipeline/quarter/timeline");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float slot = area.X(1.0) - area.X(0.0);
  for (const auto& r : reports) {
    const float x = area.X(static_cast<double>(r.week));
    draw->AddRectFilled(ImVec2(x - slot * 0.3f, area.Y(units_of(r.pipeline_value))), ImVec2(x + slot * 0.3f, area.max.y),
                        IM_COL32(150, 160, 185, 140));
  }
  for (std::size_t i = 1; i < reports.size(); ++i) {
    draw->AddLine(ImVec2(area.X(static_cast<double>(reports[i - 1].week)), area.Y(units_of(reports[i - 1].booked_total))),
                  ImVec2(area.X(static_cast<double>(reports[i].week)), area.Y(units_of(reports[i].booked_total))),
                  colours::accent(), 3.0f);
  }
  draw->AddLine(ImVec2(area.min.x, area.max.y), ImVec2(area.max.x, area.max.y), ImGui::GetColorU32(ImGuiCol_Border));
  widgets::HorizontalMarker(area, units_of(config.quota), "Quota " + util::format_money(config.quota), colours::bad());
  draw->AddText(ImVec2(area.min.x, area.max.y + 2.0f), colours::muted_text(), "Week 0");
  const std::string last = "Week " + std::to_string(config.weeks);
  widgets::ClampedText(ImVec2(area.max.x, area.max.y + 2.0f), area.min.x, area.max.x, last, colours::muted_text());
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight() + 4.0f));
  widgets::MutedText("Blue line: bookings so far. Grey bars: open pipeline value at the end of each week.");
}

// [SECTION] week and debrief -------------------------------------------------------------

void draw_week_events(AppContext& ctx, const pl::QuarterSim& sim) {
  const pl::WeekReport& r = sim.reports().back();
  if (r.week == 0) return;
  widgets::TextIn(ctx.fonts.heading, "Week " + std::to_string(r.week));
  widgets::TextIn(ctx.fonts.body, "Booked " + util::format_money(r.booked_this_week) + " this week; " +
                                      std::to_string(r.won) + " won, " + std::to_string(r.advanced) + " advanced, " +
                                      std::to_string(r.declined + r.went_cold) + " lost, " +
                                      std::to_string(r.leads_prospected + r.leads_inbound + r.referrals) + " new leads.");
  ctx.widgets.mark_last_item("pipeline/quarter/week-summary");
  if (r.events.empty()) widgets::MutedText("Nothing moved this week.");
  for (const pl::WeekEvent& e : r.events) widgets::TextIn(ctx.fonts.body, "- " + e.text);
}

void draw_debrief(AppContext& ctx, const pl::QuarterDebrief& d) {
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Debrief");
  ImGui::PushStyleColor(ImGuiCol_Text, d.reached_quota ? colours::good() : colours::bad());
  widgets::TextIn(ctx.fonts.bold, (d.reached_quota ? "Above quota: " : "Below quota: ") + util::format_money(d.booked) +
                                      " booked of " + util::format_money(d.quota) + " (" +
                                      pl::format_share(d.quota_share) + ")");
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("pipeline/quarter/debrief");
  for (const pl::DebriefPoint& p : d.drivers) widgets::TextIn(ctx.fonts.body, "- " + display_text(p.text));
  if (d.verdict) {
    widgets::TextIn(ctx.fonts.bold, "Your process: " + std::string(pl::plan_verdict_name(d.verdict->kind)));
    ctx.widgets.mark_last_item("pipeline/quarter/verdict");
    widgets::WrappedText(d.verdict->explanation);
    const pl::PlanVerdict& v = *d.verdict;
    widgets::MutedText("Weeks changed: " + std::to_string(v.weeks_changed) + " of " + std::to_string(std::max(0, v.weeks - 1)) +
                       "; hours moved a week on average: " + pl::format_share(v.average_share_moved) +
                       "; shortest hold: " + std::to_string(v.shortest_hold) + " weeks; plans dropped in under " +
                       std::to_string(pl::kMinHoldWeeks) + " weeks: " + std::to_string(v.hasty_changes) + ".");
    ctx.widgets.mark_last_item("pipeline/quarter/verdict-numbers");
  }
  widgets::MutedText("Pipeline left for next quarter: " + util::format_money(d.final_pipeline_value) + " (weighted " +
                     util::format_money(d.final_weighted_pipeline) + "). " + d.final_health.summary);
}

void start(session::PipelineDesk& desk, PipelineView& view) {
  std::uint64_t seed = 1;
  const std::string& text = view.quarter.seed;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seed);
  view.quarter.errors.clear();
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) {
    util::add_field_error(view.quarter.errors, "/seed", "the seed: a whole number, such as 1");
    return;
  }
  view.quarter.errors = desk.start_quarter(desk.quarter_config(), seed);  // with the pack's stage playbooks
}

void draw_controls(AppContext& ctx, session::PipelineDesk& desk, PipelineView& view) {
  const pl::QuarterSim& sim = *desk.quarter();
  if (!sim.finished()) {
    const std::string play = "Play week " + std::to_string(sim.weeks_played() + 1);
    if (ImGui::Button(play.c_str())) view.quarter.errors = desk.play_week(view.quarter.plan);
    ctx.widgets.mark_last_item("pipeline/quarter/play-week");
    widgets::SameLineIfFits(widgets::ButtonWidth("Auto-play the rest"));
    if (ImGui::Button("Auto-play the rest")) desk.play_rest(view.quarter.plan);
    ctx.widgets.mark_last_item("pipeline/quarter/auto");
    widgets::SameLineIfFits(widgets::ButtonWidth("New quarter") + 120.0f);
  }
  if (ImGui::Button("New quarter")) start(desk, view);
  ctx.widgets.mark_last_item("pipeline/quarter/new");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Seed");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(80.0f);
  ImGui::InputText("##quarter-seed", &view.quarter.seed, ImGuiInputTextFlags_CharsDecimal);
  ctx.widgets.mark_last_item("pipeline/quarter/seed");
  for (const auto& e : view.quarter.errors) draw_field_error(view.quarter.errors, e.pointer);
}

}  // namespace

// [SECTION] panel ------------------------------------------------------------------------

void draw_quarter_panel(AppContext& ctx, PipelineView& view) {
  session::PipelineDesk& desk = ctx.session.pipeline();
  if (!desk.quarter()) start(desk, view);
  if (!desk.quarter()) return;
  const pl::QuarterSim& sim = *desk.quarter();
  if (!view.quarter.plan_set) {
    view.quarter.plan = pl::balanced_week(sim.config().hours_per_week);
    view.quarter.plan_set = true;
  }
  widgets::TextIn(ctx.fonts.bold, "Week " + std::to_string(sim.weeks_played()) + " of " +
                                      std::to_string(sim.config().weeks) + ": booked " +
                                      util::format_money(sim.booked()) + " of the " +
                                      util::format_money(sim.config().quota) + " quota");
  ctx.widgets.mark_last_item("pipeline/quarter/status");
  // The quota above the tabs is the board's: say so when this quarter's differs.
  if (sim.config().quota != desk.pipeline().quota) {
    widgets::MutedText("This quarter started with a quota of " + util::format_money(sim.config().quota) +
                       "; New quarter plays to the board's quota of " + util::format_money(desk.pipeline().quota) +
                       ".");
    ctx.widgets.mark_last_item("pipeline/quarter/quota-note");
  }
  widgets::MutedText("Split the week's hours among the activities, then play the week. Each activity works the deals "
                     "at its stages; deals left alone go cold.");
  draw_controls(ctx, desk, view);
  if (desk.quarter() && !desk.quarter()->finished()) {
    draw_hours(ctx, view, desk.quarter()->config());
    draw_discipline(ctx, view, desk.quarter()->config());
  }
  ImGui::Spacing();
  if (!desk.quarter()) return;  // a refused restart keeps the old quarter, but be safe
  draw_timeline(ctx, *desk.quarter());
  if (desk.debrief()) draw_debrief(ctx, *desk.debrief());
  draw_week_events(ctx, *desk.quarter());
}

nlohmann::json describe_quarter(const session::PipelineDesk& desk) {
  if (!desk.quarter()) return nullptr;
  const pl::QuarterSim& sim = *desk.quarter();
  nlohmann::json out = {{"week", sim.weeks_played()},
                        {"playbooks", sim.config().playbooks.size()},
                        {"weeks", sim.config().weeks},
                        {"finished", sim.finished()},
                        {"bookings", units_of(sim.booked())},
                        {"quota", units_of(sim.config().quota)},
                        {"above_quota", sim.booked() >= sim.config().quota},
                        {"debrief", nullptr}};
  nlohmann::json timeline = nlohmann::json::array();
  for (const auto& r : sim.reports()) {
    timeline.push_back({{"week", r.week}, {"booked_total", units_of(r.booked_total)}, {"pipeline_value", units_of(r.pipeline_value)}});
  }
  out["timeline"] = timeline;
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : sim.reports().back().events) events.push_back(e.text);
  out["events"] = events;
  if (desk.debrief()) {
    const pl::QuarterDebrief& d = *desk.debrief();
    nlohmann::json drivers = nlohmann::json::array();
    for (const auto& p : d.drivers) drivers.push_back({{"kind", pl::driver_kind_key(p.kind)}, {"text", p.text}});
    nlohmann::json verdict = nullptr;
    if (d.verdict) {
      const pl::PlanVerdict& v = *d.verdict;
      verdict = {{"kind", pl::plan_verdict_key(v.kind)},   {"final", v.final},
                 {"weeks_changed", v.weeks_changed},       {"change_weeks", v.change_weeks},
                 {"average_share_moved", v.average_share_moved}, {"shortest_hold", v.shortest_hold},
                 {"hasty_changes", v.hasty_changes},       {"explanation", v.explanation}};
    }
    out["debrief"] = {{"reached_quota", d.reached_quota}, {"booked", units_of(d.booked)},
                      {"quota_share", d.quota_share}, {"drivers", drivers}, {"verdict", verdict}};
  }
  return out;
}

}  // namespace dealdojo::ui
