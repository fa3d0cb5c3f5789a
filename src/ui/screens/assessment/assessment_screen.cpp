#include "ui/screens/assessment/assessment_screen.hpp"

#include <imgui.h>

#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

ImU32 assessment_status_colour(assessment::Status status) {
  switch (status) {
    case assessment::Status::BelowMinimum: return colours::bad();
    case assessment::Status::AtMinimum: return colours::accent();
    case assessment::Status::AtRecommended: return colours::good();
    case assessment::Status::Unrated: return colours::muted_text();
  }
  return colours::muted_text();
}
namespace {

// Points the view at the active pack's first assessment (or none), keeping the
// pack alive for as long as the view uses it.
void follow_active_pack(AppContext& ctx, AssessmentView& view) {
  const content::Pack* active = ctx.session.packs().active_pack();
  if (active == nullptr || active->assessments.empty()) {
    view.pack.reset();
    view.assessment = nullptr;
    view.report.reset();
    return;
  }
  if (view.pack.get() == active) return;
  view.pack = ctx.session.packs().library().find_pack(active->manifest.id);
  view.assessment = &view.pack->assessments.front();
  view.report.reset();
  view.capability_id = view.assessment->capabilities.front().id;
  view.mode = AssessmentMode::Rate;
}

void refresh_report(AssessmentView& view, const assessment::Ratings& ratings) {
  if (view.report && view.report_ratings == ratings) return;
  view.report_ratings = ratings;
  view.report = assessment::build_report(*view.assessment, ratings);
}

// The active pack has no assessment: say so and offer the packs that have one.
void draw_no_assessment(AppContext& ctx) {
  widgets::MutedText("The pack you are studying has no self-assessment.");
  ImGui::Spacing();
  for (const auto& pack : ctx.session.packs().library().packs()) {
    if (pack->assessments.empty()) continue;
    ImGui::PushID(pack->manifest.id.c_str());
    widgets::TextIn(ctx.fonts.body, pack->manifest.title + ": " + pack->assessments.front().title);
    if (ImGui::Button("Study this pack")) ctx.intents.push_back(UsePack{pack->manifest.id});
    ctx.widgets.mark_last_item("assessment/use/" + pack->manifest.id);
    ImGui::PopID();
  }
}

void draw_mode_buttons(AppContext& ctx, AssessmentView& view) {
  if (widgets::NavButton("Rate capabilities", view.mode == AssessmentMode::Rate)) view.mode = AssessmentMode::Rate;
  ctx.widgets.mark_last_item("assessment/mode/rate");
  widgets::SameLineIfFits(widgets::ButtonWidth("Report"));
  if (widgets::NavButton("Report", view.mode == AssessmentMode::Report)) view.mode = AssessmentMode::Report;
  ctx.widgets.mark_last_item("assessment/mode/report");
}

}  // namespace

void AssessmentScreen::draw(AppContext& ctx) {
  follow_active_pack(ctx, m_view);
  widgets::TextIn(ctx.fonts.title, "Self-assessment");
  if (m_view.assessment == nullptr) {
    draw_no_assessment(ctx);
    return;
  }
  const assessment::Assessment& a = *m_view.assessment;
  const std::string key = session::AssessmentRatings::key(m_view.pack->manifest.id, a.id);
  const assessment::Ratings& ratings = ctx.session.assessment_ratings().ratings(key);
  widgets::MutedText(a.title + " · " + m_view.pack->manifest.title);
  refresh_report(m_view, ratings);
  draw_gap_summary(ctx, *m_view.report);
  draw_mode_buttons(ctx, m_view);
  ImGui::Separator();
  if (m_view.mode == AssessmentMode::Rate) {
    draw_rate_view(ctx, m_view, key);
  } else {
    draw_report_view(ctx, m_view);
  }
}

nlohmann::json AssessmentScreen::describe(const AppContext& ctx) const {
  if (m_view.assessment == nullptr) return {{"assessment_id", nullptr}};
  const assessment::Assessment& a = *m_view.assessment;
  const assessment::Ratings& ratings =
      ctx.session.assessment_ratings().ratings(session::AssessmentRatings::key(m_view.pack->manifest.id, a.id));
  const assessment::Report report = assessment::build_report(a, ratings);
  nlohmann::json capabilities = nlohmann::json::array();
  for (const assessment::Capability& c : a.capabilities) {
    const auto* r = report.find(c.id);
    capabilities.push_back({{"id", c.id}, {"rating", r->rating ? nlohmann::json(*r->rating) : nlohmann::json()},
                            {"minimum", c.minimum}, {"recommended", c.recommended},
                            {"status", assessment::status_name(r->status)},
                            {"gap_to_minimum", r->gap_to_minimum}, {"gap_to_recommended", r->gap_to_recommended}});
  }
  nlohmann::json order = nlohmann::json::array();
  for (const auto& item : report.items) order.push_back(item.capability->id);
  const auto& t = report.totals;
  return {{"assessment_id", a.id},
          {"pack_id", m_view.pack->manifest.id},
          {"mode", m_view.mode == AssessmentMode::Rate ? "rate" : "report"},
          {"selected", m_view.capability_id},
          {"rated", t.rated},
          {"capabilities", capabilities},
          {"report", {{"below_minimum", t.below_minimum}, {"at_minimum", t.at_minimum},
                      {"at_recommended", t.at_recommended}, {"unrated", t.unrated},
                      {"gap_to_minimum", t.gap_to_minimum}, {"gap_to_recommended", t.gap_to_recommended},
                      {"order", order}}},
          {"exports", m_view.exports},
          {"last_export_format", m_view.last_export_format},
          {"export_message", m_view.export_message}};
}

}  // namespace dealdojo::ui
