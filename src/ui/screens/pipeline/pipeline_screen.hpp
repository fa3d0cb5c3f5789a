#pragma once
// The pipeline simulator: a board of deals by stage with an editor and each
// deal's stage playbook, the leads with theirs, the funnel and the metric panel
// (each metric's formula with the numbers on hover or tap), a Monte Carlo
// forecast that runs a slice of trials per frame, and a quarter played week by
// week. Domain state lives in session::PipelineDesk and session::GuidedSelling.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/guidance/playbook_run.hpp"
#include "core/pipeline/quarter.hpp"
#include "core/session/pipeline_desk.hpp"
#include "core/util/field_errors.hpp"
#include "ui/screen.hpp"

namespace dealdojo::ui {

enum class PipelineTab { Board, Leads, Metrics, Forecast, Quarter };

// View state: the open editor, typed texts, and how large a forecast slice is.
struct PipelineView {
  PipelineTab tab = PipelineTab::Board;
  struct {
    std::optional<std::string> deal_id;  // the deal being edited
    bool adding = false;                 // the editor holds a new deal
    session::DealForm form;
    util::FieldErrors errors;
  } editor;
  std::optional<std::string> open_request;    // a card clicked this frame (applied after the board)
  std::string guidance_message;               // why the last playbook action was refused ("" when it went through)
  struct {
    std::string selected;  // the lead whose playbook is open
    std::optional<std::string> open_request;
  } leads;
  std::string open_metric;                    // a metric tapped open (touch shows the formula inline)
  std::string quota_text;
  util::FieldErrors quota_errors;
  struct {
    std::string trials = "200,000";
    std::string seed = "1";
    util::FieldErrors errors;
    std::int64_t slice_trials = 0;  // grows or shrinks to keep a frame's work near kSliceBudgetMs
    double last_slice_ms = 0;
    int frames = 0;  // frames the current run has taken
  } forecast;
  struct {
    pipeline::WeekPlan plan;
    bool plan_set = false;
    std::string seed = "1";
    util::FieldErrors errors;
  } quarter;
  float content_right = 0.0f;  // the right edge of the screen's content, for describe(): nothing may pass it
};

// Work per frame for the forecast, in milliseconds.
inline constexpr double kSliceBudgetMs = 6.0;

class PipelineScreen final : public Screen {
 public:
  std::string_view id() const override { return "pipeline"; }
  std::string_view title() const override { return "Pipeline"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  PipelineView m_view;
};

// The tabs (board_panel.cpp, metrics_panel.cpp, forecast_panel.cpp, quarter_panel.cpp).
void draw_board_panel(AppContext& ctx, PipelineView& view);
void draw_metrics_panel(AppContext& ctx, PipelineView& view);
void draw_forecast_panel(AppContext& ctx, PipelineView& view);
void draw_quarter_panel(AppContext& ctx, PipelineView& view);
void draw_leads_panel(AppContext& ctx, PipelineView& view);

// What the learner asked of a playbook this frame (playbook_view.cpp).
struct PlaybookIntent {
  enum class Kind { None, Outcome, Skip } kind = Kind::None;
  std::string outcome;
};
// The playbook's name and goal, and its current step with its outcomes and Skip.
// Widget names start with `id_prefix`.
PlaybookIntent draw_playbook_step(AppContext& ctx, const content::Playbook& playbook, const guidance::PlaybookRun& run,
                                  std::string_view id_prefix);
// The exit criteria ticked as met, and what was done so far.
void draw_playbook_record(AppContext& ctx, const content::Playbook& playbook, const guidance::PlaybookRun& run,
                          const std::vector<std::string>& criteria, std::string_view id_prefix);
// What a deal's card says of its playbook: "Next: <step>", "Ready to advance", or
// "" when its stage has no playbook (board_panel.cpp).
std::string deal_next_step(const AppContext& ctx, const pipeline::Pipeline& p, const pipeline::Deal& d);
// A step's text, or what an automated one does ("Wait 2 days").
std::string step_title(const content::GuidanceStep& step);
// The run for tests and tools: the current step with its outcomes, criteria, history.
nlohmann::json describe_run(const content::Playbook& playbook, const guidance::PlaybookRun& run);
// A refusal or a note from a playbook action, in red, if there is one.
void draw_guidance_message(const PipelineView& view);

// Runs the forecast's slice for this frame (whatever tab is shown).
void advance_forecast(session::PipelineDesk& desk, PipelineView& view);
// A red line of text for an error on the field at `pointer`, if there is one.
void draw_field_error(const util::FieldErrors& errors, std::string_view pointer);
const std::string* error_text(const util::FieldErrors& errors, std::string_view pointer);
// Core text for the UI's font, which has no Greek: "Σ x" becomes "sum of x".
std::string display_text(std::string_view text);
// Whole currency units of an amount, for charts and describe().
double units_of(pipeline::Money amount);

nlohmann::json describe_forecast(const session::PipelineDesk& desk, const PipelineView& view);
nlohmann::json describe_quarter(const session::PipelineDesk& desk);
nlohmann::json describe_guidance(const AppContext& ctx, const PipelineView& view);

}  // namespace dealdojo::ui
