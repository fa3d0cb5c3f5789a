#pragma once
// The self-assessment: rate each capability of the active pack's assessment on
// its five levels, watch the gaps add up, and read (and export) the report.
#include <imgui.h>

#include <memory>
#include <optional>
#include <string>

#include "core/assessment/assessment_report.hpp"
#include "core/content/pack.hpp"
#include "ui/screen.hpp"

namespace dealdojo::ui {

// The colour a capability's status is shown in, the same in both views.
ImU32 assessment_status_colour(assessment::Status status);

enum class AssessmentMode { Rate, Report };

// View state. The report is rebuilt only when the ratings differ from the ones it
// was built from; the pack is held so the report's pointers stay valid.
struct AssessmentView {
  AssessmentMode mode = AssessmentMode::Rate;
  std::string capability_id;  // the capability being rated
  std::shared_ptr<const content::Pack> pack;
  const assessment::Assessment* assessment = nullptr;  // inside `pack`
  assessment::Ratings report_ratings;
  std::optional<assessment::Report> report;
  std::string export_path = "assessment-report";  // native: where exports go (.txt / .json added)
  std::string export_message;
  bool export_failed = false;
  int exports = 0;
  std::string last_export_format;
};

class AssessmentScreen final : public Screen {
 public:
  std::string_view id() const override { return "assessment"; }
  std::string_view title() const override { return "Self-assessment"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  AssessmentView m_view;
};


// The parts (rate_view.cpp, report_view.cpp).
// Rates the capabilities of the assessment kept under `ratings_key` (AssessmentRatings::key).
void draw_rate_view(AppContext& ctx, AssessmentView& view, const std::string& ratings_key);
void draw_report_view(AppContext& ctx, AssessmentView& view);
// The live gap summary shown above both views.
void draw_gap_summary(AppContext& ctx, const assessment::Report& report);

}  // namespace dealdojo::ui
