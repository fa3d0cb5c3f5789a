#pragma once
// The pipeline simulator's working state: the pipeline the learner is editing
// (started from a seeded sample built on the active pack's preset), its metrics,
// health and rollup (recomputed on every change), the Monte Carlo forecast in
// progress and the quarter being played. The UI reads it and calls the edit
// operations; every expected failure comes back as field errors.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/pipeline/forecast.hpp"
#include "core/pipeline/health.hpp"
#include "core/pipeline/metrics.hpp"
#include "core/pipeline/quarter.hpp"
#include "core/pipeline/rollup.hpp"
#include "core/session/saved_slice.hpp"
#include "core/util/field_errors.hpp"

namespace dealdojo::session {

// ---- Editing deals ----------------------------------------------------------
// The JSON Pointers of a deal edit's fields, for their errors.
namespace deal_field {
inline constexpr std::string_view kName = "/name";
inline constexpr std::string_view kOwner = "/owner";
inline constexpr std::string_view kStage = "/stage";
inline constexpr std::string_view kStatus = "/status";
inline constexpr std::string_view kAmount = "/amount";
inline constexpr std::string_view kCloseDate = "/close_date";
inline constexpr std::string_view kCategory = "/category";
inline constexpr std::string_view kProbability = "/probability";
inline constexpr std::string_view kDeal = "/deal";  // the deal as a whole (not found, too many)
}  // namespace deal_field

// What the editor holds: texts as typed, choices as values.
struct DealForm {
  std::string name;
  std::string owner;
  std::size_t stage = 0;
  pipeline::DealStatus status = pipeline::DealStatus::Open;
  std::string amount;       // "48,000"
  std::string close_date;   // "2026-09-15"
  std::optional<pipeline::ForecastCategory> category;  // none: the stage's
  std::string probability;  // "" for the stage's, else 0–100
};

// The JSON Pointers of the quota and period settings, for their errors.
namespace desk_field {
inline constexpr std::string_view kQuota = "/quota";
inline constexpr std::string_view kPeriodStart = "/period_start";
inline constexpr std::string_view kPeriodEnd = "/period_end";
}  // namespace desk_field

// ---- The desk ---------------------------------------------------------------
// Slice: the pipeline the learner edited (section "pipeline_desk", written only
// once it differs from the sample; optional, so a damaged one is dropped with a
// note and the board starts again from the sample). Forecast and quarter are
// working state and not saved.
class PipelineDesk final : public SavedSlice {
 public:
  // Starts over with the sample pipeline; drops any forecast and quarter. `guidance`
  // is the pack's that `preset` comes from: its playbooks for the preset's stages
  // go into the quarter (quarter_config()).
  void reset(const pipeline::PipelinePreset& preset, pipeline::Date today, std::uint64_t seed,
             const content::Guidance& guidance = {});
  bool ready() const { return m_ready; }
  std::uint64_t pipeline_revision() const { return m_pipeline_revision; }  // bumps on every change to the pipeline
  // The learner changed the pipeline since the sample was made (or it was restored):
  // only then is it worth saving.
  bool edited() const { return m_ready && m_pipeline_revision != m_sample_revision; }
  // Takes a saved pipeline (restored progress) as the desk's; drops any forecast and quarter.
  void restore(pipeline::Pipeline pipeline, int next_deal_number);
  int next_deal_number() const { return m_next_deal_number; }

  const pipeline::Pipeline& pipeline() const { return m_pipeline; }
  const pipeline::PipelineMetrics& metrics() const { return m_metrics; }
  const pipeline::HealthReport& health() const { return m_health; }
  const pipeline::ForecastRollup& rollup() const { return m_rollup; }
  const pipeline::Deal* find_deal(std::string_view id) const;

  // The form for an existing deal, or a new one (first stage, closing at the
  // period's end) when `id` is not found.
  DealForm form_for(std::string_view id) const;
  DealForm new_deal_form() const;
  // All or nothing: on errors the pipeline is unchanged. A later expected close
  // date of an open deal counts as a push; a new stage restarts its days in stage.
  util::FieldErrors update_deal(std::string_view id, const DealForm& form);
  // The new deal's id in `new_id` on success.
  util::FieldErrors add_deal(const DealForm& form, std::string* new_id = nullptr);
  // Removes the deal; it can be put back with undo_remove() until the pipeline changes again.
  bool remove_deal(std::string_view id);
  // The deal last removed, while undo_remove() can still put it back; else null.
  const pipeline::Deal* removed_deal() const;
  // Puts the deal last removed back where it was; false when there is none to put back.
  bool undo_remove();
  util::FieldErrors set_quota(std::string_view text);
  util::FieldErrors set_period(std::string_view start, std::string_view end);

  // ---- Forecast (in slices: start, then step once a frame until done) ----
  util::FieldErrors start_forecast(const pipeline::ForecastSettings& settings);
  // Runs up to `max_trials`; when the run completes its result is kept. Returns trials run.
  std::int64_t step_forecast(std::int64_t max_trials);
  void cancel_forecast();
  bool forecast_running() const { return m_forecast_run.has_value(); }
  const pipeline::ForecastRun* forecast_run() const { return m_forecast_run ? &*m_forecast_run : nullptr; }
  const std::optional<pipeline::ForecastResult>& forecast_result() const { return m_forecast_result; }
  const pipeline::ForecastSettings& forecast_settings() const { return m_forecast_settings; }
  // The pipeline changed since the kept result was started.
  bool forecast_stale() const { return m_forecast_result && m_forecast_revision != m_pipeline_revision; }

  // ---- Quarter ----
  // A quarter on the desk's preset starting the Monday of the period's first week,
  // aiming at the board's quota, with deal sizes scaled to it (so the quota is as
  // hard to reach as the simulation's default one). A quota change restarts a
  // quarter not yet played; one under way keeps the quota it started with.
  // The quarter's playbooks are `guidance`'s for the pack preset `preset_id` (the
  // desk's own stages matched by id), set by reset() or, after restore() or when
  // the pack changes, by set_guidance(). A quarter not yet played starts again with them.
  pipeline::QuarterConfig quarter_config() const;
  void set_guidance(const content::Guidance& guidance, std::string_view preset_id);
  // A saved pipeline comes back without its preset's id (pipeline files carry only
  // stages): when its stages are `preset`'s, it takes the id and the pack's guidance,
  // so the board's playbooks and the quarter find them. Does nothing once matched.
  void match_pack(const pipeline::PipelinePreset& preset, const content::Guidance& guidance);
  // Makes the sample pipeline the learner's, so it is saved: work done on its deals
  // elsewhere (a playbook step) must find the same deals after a restart.
  void keep_sample();
  util::FieldErrors start_quarter(const pipeline::QuarterConfig& config, std::uint64_t seed);
  util::FieldErrors play_week(const pipeline::WeekPlan& plan);
  // Plays every week left with `plan`; returns the weeks played.
  int play_rest(const pipeline::WeekPlan& plan);
  const std::optional<pipeline::QuarterSim>& quarter() const { return m_quarter; }
  // Kept once the quarter is finished.
  const std::optional<pipeline::QuarterDebrief>& debrief() const { return m_debrief; }

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  // Checks `form` applied to a copy of the deal at `index` (or a new deal when
  // index == deals.size()); the checked deal in `out`.
  util::FieldErrors build_deal(const DealForm& form, std::size_t index, pipeline::Deal& out) const;
  // Recomputes the figures; a change by the learner to a saved pipeline moves the slice's revision.
  void changed(bool by_learner = true);
  // The lowest deal number from m_next_deal_number whose id "d-NN" is free.
  int next_free_number() const;

  bool m_ready = false;
  std::uint64_t m_pipeline_revision = 0;
  std::uint64_t m_sample_revision = 0;  // m_pipeline_revision right after reset()
  pipeline::Pipeline m_pipeline;
  pipeline::PipelineMetrics m_metrics;
  pipeline::HealthReport m_health;
  pipeline::ForecastRollup m_rollup;
  int m_next_deal_number = 1;

  pipeline::ForecastSettings m_forecast_settings;
  std::optional<pipeline::ForecastRun> m_forecast_run;
  std::optional<pipeline::ForecastResult> m_forecast_result;
  std::uint64_t m_forecast_revision = 0;

  std::optional<pipeline::QuarterSim> m_quarter;
  std::optional<pipeline::QuarterDebrief> m_debrief;
  content::Guidance m_guidance;     // the pack's, for the quarter's playbooks
  std::string m_guidance_preset;    // the pack preset id its stage playbooks are looked up by

  struct RemovedDeal {
    pipeline::Deal deal;
    std::size_t index = 0;                // where it was in the list
    std::uint64_t pipeline_revision = 0;  // right after the removal: undo only while nothing else changed
  };
  std::optional<RemovedDeal> m_removed;
};

}  // namespace dealdojo::session
