// The report: the live gap summary, each area's counts, the capabilities in order
// of priority with their gaps and the practices that close them, and the export.
//
// [SECTION] summary
// [SECTION] items
// [SECTION] export
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "core/util/atomic_file.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/assessment/assessment_screen.hpp"
#include "ui/screens/assessment/report_download.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace as = assessment;

std::string counts_line(const as::StatusCounts& c) {
  return std::to_string(c.below_minimum) + " below minimum · " + std::to_string(c.at_minimum) + " at minimum · " +
         std::to_string(c.at_recommended) + " at recommended · " + std::to_string(c.unrated) + " not rated";
}

// [SECTION] summary

void draw_areas(AppContext& ctx, const as::Report& report) {
  widgets::TextIn(ctx.fonts.heading, "By area");
  for (const as::AreaSummary& s : report.areas) {
    ImGui::PushID(s.area.c_str());
    widgets::TextIn(ctx.fonts.bold, s.area);
    widgets::MutedText(counts_line(s.counts) + " · " + std::to_string(s.counts.gap_to_recommended) +
                       " levels to recommended");
    ImGui::PopID();
  }
}

// [SECTION] items

void draw_item(AppContext& ctx, const as::Assessment& a, const as::CapabilityResult& r, std::size_t rank) {
  const as::Capability& c = *r.capability;
  ImGui::PushID(c.id.c_str());
  ImGui::Separator();
  widgets::TextIn(ctx.fonts.bold, std::to_string(rank) + ". " + c.name);
  ImGui::PushStyleColor(ImGuiCol_Text, assessment_status_colour(r.status));
  widgets::TextIn(ctx.fonts.body, std::string(as::status_label(r.status)));
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("assessment/report/" + c.id + "/status");
  std::string levels = "Rated " + (r.rating ? std::to_string(*r.rating) + " " + std::string(a.level_name(*r.rating)) : "-") +
                       " · minimum " + std::to_string(c.minimum) + " · recommended " + std::to_string(c.recommended);
  if (r.gap_to_recommended > 0) {
    levels += " · gap " + std::to_string(r.gap_to_minimum) + " to minimum, " + std::to_string(r.gap_to_recommended) +
              " to recommended";
  }
  widgets::MutedText(levels);
  for (const std::string& practice : r.practices) {
    ImGui::Bullet();  // stays on the line itself, with room for the dot
    widgets::WrappedText(practice);
  }
  ImGui::PopID();
}

// [SECTION] export

void record_export(AssessmentView& view, const std::string& format, std::string message, bool failed) {
  view.last_export_format = format;
  view.export_message = std::move(message);
  view.export_failed = failed;
  if (!failed) ++view.exports;
}

void export_report(AssessmentView& view, bool json) {
  const as::Report& report = *view.report;
  const std::string text = json ? as::report_to_json(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"
                                : as::report_to_text(report);
  const std::string format = json ? "json" : "text";
  const std::string extension = json ? ".json" : ".txt";
  if (const DownloadHandler download = download_handler()) {
    const std::string name = view.assessment->id + "-report" + extension;
    download(name.c_str(), json ? "application/json" : "text/plain", text.c_str());
    record_export(view, format, "Downloaded " + name, false);
    return;
  }
  const std::string path = view.export_path + extension;
  const util::Status saved = util::write_file_atomically(path, text);
  if (saved.ok()) {
    record_export(view, format, "Saved " + path, false);
  } else {
    record_export(view, format, "Could not save: " + saved.first_error()->to_string(), true);
  }
}

void draw_export(AppContext& ctx, AssessmentView& view) {
  widgets::TextIn(ctx.fonts.heading, "Export report");
  if (download_handler() == nullptr) {
    widgets::LabeledInput("File (without extension)", "##export-path", view.export_path, nullptr,
                          [&ctx] { ctx.widgets.mark_last_item("assessment/export/path"); },
                          std::min(520.0f, ctx.width));
  }
  int format = 0;
  if (ImGui::Button("Export as text")) format = 1;
  ctx.widgets.mark_last_item("assessment/export/text");
  widgets::SameLineIfFits(widgets::ButtonWidth("Export as JSON"));
  if (ImGui::Button("Export as JSON")) format = 2;
  ctx.widgets.mark_last_item("assessment/export/json");
  if (format != 0 && !view.export_path.empty()) export_report(view, format == 2);
  if (!view.export_message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, view.export_failed ? colours::bad() : colours::muted_text());
    widgets::TextIn(ctx.fonts.body, view.export_message);
    ImGui::PopStyleColor();
  }
}

}  // namespace

void draw_gap_summary(AppContext& ctx, const assessment::Report& report) {
  const as::StatusCounts& t = report.totals;
  const float fraction = t.capabilities > 0 ? static_cast<float>(t.rated) / static_cast<float>(t.capabilities) : 0.0f;
  widgets::ProgressBar(fraction, std::min(240.0f, ctx.width * 0.4f),
                       "Rated " + std::to_string(t.rated) + " of " + std::to_string(t.capabilities));
  ImGui::PushStyleColor(ImGuiCol_Text, t.below_minimum > 0 ? colours::bad() : colours::muted_text());
  widgets::TextIn(ctx.fonts.body, counts_line(t));
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("assessment/summary");
}

void draw_report_view(AppContext& ctx, AssessmentView& view) {
  const as::Report& report = *view.report;
  draw_export(ctx, view);
  ImGui::Spacing();
  draw_areas(ctx, report);
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "In order of priority");
  widgets::MutedText("Below minimum first, the largest gap first; the practices close each gap.");
  std::size_t rank = 0;
  for (const as::CapabilityResult& r : report.items) draw_item(ctx, *view.assessment, r, ++rank);
}

}  // namespace dealdojo::ui
