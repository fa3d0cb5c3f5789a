// The pipeline simulator's working state.
//
// [SECTION] deal edits  [SECTION] quota and period  [SECTION] forecast  [SECTION] quarter
#include "core/session/pipeline_desk.hpp"

#include <algorithm>
#include <cmath>

#include "core/deals/deal_text.hpp"
#include "core/pipeline/pipeline_file.hpp"
#include "core/pipeline/sample_pipeline.hpp"
#include "core/util/random.hpp"

namespace dealdojo::session {

namespace pl = pipeline;
using pl::Date;
using pl::Deal;
using pl::DealStatus;

// [SECTION] deal edits -------------------------------------------------------------

namespace {

void add_error(util::FieldErrors& errors, std::string_view field, std::string message) {
  util::add_field_error(errors, field, std::move(message));
}

// The editor's field for a pipeline check's pointer into the deal:
// "/deals/3/forecast_category" -> "/category"; other fields keep their name.
std::string field_of_pointer(std::string_view rest) {
  if (rest == "forecast_category") return std::string(deal_field::kCategory);
  if (rest == "created" || rest == "stage_entered") return std::string(deal_field::kCloseDate);
  if (rest == "close_date_pushes") return std::string(deal_field::kCloseDate);
  return "/" + std::string(rest);
}

util::FieldErrors one_error(std::string_view field, std::string message) {
  util::FieldErrors errors;
  add_error(errors, field, std::move(message));
  return errors;
}

}  // namespace

int PipelineDesk::next_free_number() const {
  int number = m_next_deal_number;
  while (find_deal(pl::sample_deal_id(number)) != nullptr) ++number;
  return number;
}

const Deal* PipelineDesk::find_deal(std::string_view id) const {
  for (const Deal& d : m_pipeline.deals) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

DealForm PipelineDesk::new_deal_form() const {
  DealForm form;
  form.stage = 0;
  form.amount = "20,000";
  form.close_date = pl::format_date(std::max(m_pipeline.as_of, m_pipeline.period.end));
  return form;
}

DealForm PipelineDesk::form_for(std::string_view id) const {
  const Deal* d = find_deal(id);
  if (d == nullptr) return new_deal_form();
  DealForm form;
  form.name = d->name;
  form.owner = d->owner;
  form.stage = d->stage;
  form.status = d->status;
  form.amount = util::format_money(d->amount);
  form.close_date = pl::format_date(d->close_date);
  form.category = d->category;
  form.probability = d->probability ? std::to_string(*d->probability) : "";
  return form;
}

util::FieldErrors PipelineDesk::build_deal(const DealForm& form, std::size_t index, Deal& out) const {
  util::FieldErrors errors;
  const bool is_new = index >= m_pipeline.deals.size();
  Deal d = is_new ? Deal{} : m_pipeline.deals[index];
  d.name = form.name;
  d.owner = form.owner;
  if (form.stage >= m_pipeline.preset.stages.size()) add_error(errors, deal_field::kStage, "choose a stage");
  const auto amount = deals::parse_money(form.amount);
  if (!amount.ok()) add_error(errors, deal_field::kAmount, amount.error);
  const auto close = pl::parse_date(form.close_date);
  if (!close) add_error(errors, deal_field::kCloseDate, "write the date as YYYY-MM-DD, e.g. 2026-09-15");
  std::optional<int> probability;
  if (!form.probability.empty()) {
    const auto percent = deals::parse_percent(form.probability);
    if (!percent.ok()) add_error(errors, deal_field::kProbability, percent.error);
    else if (percent.value % 100 != 0 || percent.value < 0 || percent.value > 10'000)
      add_error(errors, deal_field::kProbability, "a whole percentage from 0 to 100, or empty for the stage's");
    else probability = percent.value / 100;
  }
  if (!errors.empty()) return errors;
  if (is_new) {
    d.id = pl::sample_deal_id(next_free_number());
    d.created = m_pipeline.as_of;
    d.stage_entered = m_pipeline.as_of;
  } else if (d.stage != form.stage) {
    d.stage_entered = std::max(d.created, m_pipeline.as_of);
  }
  if (!is_new && d.status == DealStatus::Open && form.status == DealStatus::Open && *close > d.close_date) {
    d.close_date_pushes = std::min(pl::kMaxPushes, d.close_date_pushes + 1);
  }
  d.stage = form.stage;
  d.status = form.status;
  d.amount = amount.value;
  d.close_date = *close;
  d.category = form.status == DealStatus::Open ? form.category : std::nullopt;
  d.probability = form.status == DealStatus::Open ? probability : std::nullopt;
  // The pipeline's own checks, for this deal's fields only.
  pl::Pipeline trial = m_pipeline;
  if (is_new) trial.deals.push_back(d);
  else trial.deals[index] = d;
  const std::string prefix = "/deals/" + std::to_string(index) + "/";
  for (const auto& diag : pl::check_pipeline(trial)) {
    if (diag.severity != content::Diagnostic::Severity::Error) continue;
    if (diag.pointer.starts_with(prefix)) add_error(errors, field_of_pointer(diag.pointer.substr(prefix.size())), diag.message);
    else if (diag.pointer == "/deals") add_error(errors, deal_field::kDeal, diag.message);
  }
  if (errors.empty()) out = std::move(d);
  return errors;
}

util::FieldErrors PipelineDesk::update_deal(std::string_view id, const DealForm& form) {
  for (std::size_t i = 0; i < m_pipeline.deals.size(); ++i) {
    if (m_pipeline.deals[i].id != id) continue;
    Deal d;
    util::FieldErrors errors = build_deal(form, i, d);
    if (errors.empty()) {
      m_pipeline.deals[i] = std::move(d);
      changed();
    }
    return errors;
  }
  return one_error(deal_field::kDeal, "no deal '" + std::string(id) + "' in the pipeline");
}

util::FieldErrors PipelineDesk::add_deal(const DealForm& form, std::string* new_id) {
  Deal d;
  util::FieldErrors errors = build_deal(form, m_pipeline.deals.size(), d);
  if (!errors.empty()) return errors;
  m_next_deal_number = next_free_number() + 1;
  if (new_id != nullptr) *new_id = d.id;
  m_pipeline.deals.push_back(std::move(d));
  changed();
  return {};
}

bool PipelineDesk::remove_deal(std::string_view id) {
  const auto it = std::find_if(m_pipeline.deals.begin(), m_pipeline.deals.end(),
                               [&](const Deal& d) { return d.id == id; });
  if (it == m_pipeline.deals.end()) return false;
  RemovedDeal removed{std::move(*it), static_cast<std::size_t>(it - m_pipeline.deals.begin()), 0};
  m_pipeline.deals.erase(it);
  changed();
  removed.pipeline_revision = m_pipeline_revision;
  m_removed = std::move(removed);
  return true;
}

const Deal* PipelineDesk::removed_deal() const {
  return m_removed && m_removed->pipeline_revision == m_pipeline_revision ? &m_removed->deal : nullptr;
}

bool PipelineDesk::undo_remove() {
  if (removed_deal() == nullptr) return false;
  const std::size_t index = std::min(m_removed->index, m_pipeline.deals.size());
  m_pipeline.deals.insert(m_pipeline.deals.begin() + static_cast<std::ptrdiff_t>(index), std::move(m_removed->deal));
  m_removed.reset();
  changed();
  return true;
}

// [SECTION] quota and period ---------------------------------------------------------

util::FieldErrors PipelineDesk::set_quota(std::string_view text) {
  const auto quota = deals::parse_money(text);
  if (!quota.ok()) return one_error(desk_field::kQuota, quota.error);
  if (quota.value.is_negative()) return one_error(desk_field::kQuota, "the quota cannot be negative");
  if (quota.value > util::kMaxAmount) return one_error(desk_field::kQuota, "the quota is above the largest amount accepted");
  m_pipeline.quota = quota.value;
  changed();
  // Nothing played yet: the quarter starts again on the new quota, so the two agree.
  if (m_quarter && m_quarter->weeks_played() == 0) start_quarter(quarter_config(), m_quarter->seed());
  return {};
}

util::FieldErrors PipelineDesk::set_period(std::string_view start, std::string_view end) {
  util::FieldErrors errors;
  const auto from = pl::parse_date(start);
  const auto to = pl::parse_date(end);
  if (!from) add_error(errors, desk_field::kPeriodStart, "write the date as YYYY-MM-DD, e.g. 2026-07-01");
  if (!to) add_error(errors, desk_field::kPeriodEnd, "write the date as YYYY-MM-DD, e.g. 2026-09-30");
  if (!errors.empty()) return errors;
  if (*to < *from) add_error(errors, desk_field::kPeriodEnd, "the period ends before it starts");
  else if (pl::days_between(*from, *to) + 1 > pl::kMaxPeriodDays) add_error(errors, desk_field::kPeriodEnd, "the period is longer than ten years");
  if (!errors.empty()) return errors;
  m_pipeline.period = {*from, *to};
  changed();
  return {};
}

void PipelineDesk::reset(const pl::PipelinePreset& preset, Date today, std::uint64_t seed,
                         const content::Guidance& guidance) {
  const bool was_edited = edited();
  m_guidance = guidance;
  m_guidance_preset = preset.id;
  m_pipeline = pl::make_sample_pipeline(preset, today, seed);
  m_next_deal_number = static_cast<int>(m_pipeline.deals.size()) + 1;
  m_forecast_run.reset();
  m_forecast_result.reset();
  m_quarter.reset();
  m_debrief.reset();
  m_ready = true;
  changed(/*by_learner=*/false);
  m_sample_revision = m_pipeline_revision;
  if (was_edited) touch();  // the saved pipeline is gone: the next save drops it
}

void PipelineDesk::restore(pl::Pipeline pipeline, int next_deal_number) {
  m_pipeline = std::move(pipeline);
  m_next_deal_number = std::max(1, next_deal_number);
  m_forecast_run.reset();
  m_forecast_result.reset();
  m_quarter.reset();
  m_debrief.reset();
  m_ready = true;
  changed();
  m_sample_revision = 0;  // changed() moved m_pipeline_revision past 0, so edited() holds
}

void PipelineDesk::changed(bool by_learner) {
  ++m_pipeline_revision;
  if (by_learner && edited()) touch();
  m_metrics = pl::compute_metrics(m_pipeline);
  m_health = pl::diagnose_health(m_pipeline, m_metrics);
  m_rollup = pl::rollup_forecast(m_pipeline);
}

// [SECTION] forecast -------------------------------------------------------------------

util::FieldErrors PipelineDesk::start_forecast(const pl::ForecastSettings& settings) {
  pl::ForecastStart start = pl::start_forecast(m_pipeline, settings);
  if (!start.ok()) return start.errors;
  m_forecast_settings = settings;
  m_forecast_run = std::move(start.run);
  m_forecast_result.reset();
  m_forecast_revision = m_pipeline_revision;
  return {};
}

std::int64_t PipelineDesk::step_forecast(std::int64_t max_trials) {
  if (!m_forecast_run) return 0;
  const std::int64_t ran = m_forecast_run->step(max_trials);
  if (m_forecast_run->done()) {
    m_forecast_result = m_forecast_run->result();
    m_forecast_run.reset();
  }
  return ran;
}

void PipelineDesk::cancel_forecast() { m_forecast_run.reset(); }

// [SECTION] quarter ----------------------------------------------------------------------

pl::QuarterConfig PipelineDesk::quarter_config() const {
  pl::QuarterConfig config;
  if (!m_ready) return config;
  config.preset = m_pipeline.preset;
  config.start = pl::monday_on_or_before(m_pipeline.period.start);
  // The default quota's ratio to the default deal size is what the simulation is tuned for.
  const pl::QuarterConfig tuned;
  const double ratio = static_cast<double>(tuned.average_deal.cents()) / static_cast<double>(tuned.quota.cents());
  const std::int64_t average_units = std::llround(static_cast<double>(m_pipeline.quota.whole_units()) * ratio);
  config.quota = m_pipeline.quota;
  config.average_deal = pl::Money::from_units(std::clamp<std::int64_t>(average_units, 1, 1'000'000'000));
  config.playbooks = pl::stage_playbooks(m_guidance, m_guidance_preset, config.preset);
  return config;
}

void PipelineDesk::set_guidance(const content::Guidance& guidance, std::string_view preset_id) {
  m_guidance = guidance;
  m_guidance_preset = std::string(preset_id);
  if (m_quarter && m_quarter->weeks_played() == 0) start_quarter(quarter_config(), m_quarter->seed());
}

void PipelineDesk::match_pack(const pl::PipelinePreset& preset, const content::Guidance& guidance) {
  if (!m_ready || (m_pipeline.preset.id == preset.id && m_guidance_preset == preset.id)) return;
  if (!pl::same_stages(m_pipeline.preset, preset)) return;
  m_pipeline.preset.id = preset.id;  // not the learner's change: nothing new to save
  m_pipeline.preset.name = preset.name;
  set_guidance(guidance, preset.id);
}

void PipelineDesk::keep_sample() {
  if (!m_ready || edited()) return;
  m_sample_revision = 0;  // m_pipeline_revision is past 0 once ready, so edited() now holds
  touch();
}

util::FieldErrors PipelineDesk::start_quarter(const pl::QuarterConfig& config, std::uint64_t seed) {
  pl::QuarterStart start = pl::start_quarter(config, seed);
  if (!start.ok()) return start.errors;
  m_quarter = std::move(start.sim);
  m_debrief.reset();
  return {};
}

util::FieldErrors PipelineDesk::play_week(const pl::WeekPlan& plan) {
  if (!m_quarter) return one_error("/quarter", "start a quarter first");
  if (m_quarter->finished()) return one_error("/quarter", "the quarter is over: start a new one");
  util::FieldErrors errors = m_quarter->play_week(plan);
  if (errors.empty() && m_quarter->finished()) m_debrief = m_quarter->debrief();
  return errors;
}

int PipelineDesk::play_rest(const pl::WeekPlan& plan) {
  int played = 0;
  while (m_quarter && !m_quarter->finished() && play_week(plan).empty()) ++played;
  return played;
}

// [SECTION] saving ---------------------------------------------------------------------

void PipelineDesk::write(nlohmann::json& document) const {
  if (!edited()) return;  // the sample alone is not the learner's work
  document["pipeline_desk"] = {{"pipeline", nlohmann::json::parse(pl::write_pipeline(m_pipeline))},
                               {"next_deal_number", m_next_deal_number}};
}

void PipelineDesk::read(content::ObjectReader& document, LoadNotes& notes) {
  *this = PipelineDesk{};  // the screen makes the sample again when nothing was saved
  const auto section = document.find("pipeline_desk");
  if (!section) return;
  auto drop = [&notes](const std::string& pointer, const std::string& problem) {
    notes.push_back("The pipeline you were editing could not be restored (at " + pointer + ": " + problem +
                    "), so the Pipeline board starts again from the sample; the rest of your progress is loaded.");
  };
  // Working state: problems become a note, not errors of the whole save.
  content::DiagnosticSink problems;
  content::ReadContext ctx{document.context().file, problems};
  if (!content::expect_object(*section, "/pipeline_desk", ctx, "the pipeline being edited")) {
    return drop("/pipeline_desk", "should be an object");
  }
  content::ObjectReader desk(*section, "/pipeline_desk", ctx);
  const auto saved = desk.object("pipeline", content::Need::Required, "the pipeline");
  const auto next = desk.integer("next_deal_number", content::Need::Optional, 1,
                                 static_cast<int>(pl::kMaxDeals) * 100, "the next deal's number");
  if (!saved) return drop("/pipeline_desk/pipeline", "should be a pipeline (an object)");
  if (problems.has_errors()) {
    const auto found = problems.take();
    return drop(found.front().pointer, found.front().message);
  }
  pl::PipelineLoad load = pl::read_pipeline(saved->to_nlohmann().dump(), "progress.json");
  if (!load.ok()) {
    for (const content::Diagnostic& d : load.diagnostics) {
      if (d.is_error()) return drop("/pipeline_desk/pipeline" + d.pointer, d.message);
    }
    return drop("/pipeline_desk/pipeline", "is not a pipeline");
  }
  const int deals = static_cast<int>(load.pipeline->deals.size());
  restore(std::move(*load.pipeline), next.value_or(deals + 1));
}

}  // namespace dealdojo::session
