// The pipeline simulator's working state.
//
// [SECTION] dates  [SECTION] sample pipeline  [SECTION] hours  [SECTION] deal edits
// [SECTION] quota and period  [SECTION] forecast  [SECTION] quarter
#include "core/session/pipeline_desk.hpp"

#include <algorithm>
#include <array>

#include "core/deals/deal_text.hpp"
#include "core/util/random.hpp"

namespace dealdojo::session {

namespace pl = pipeline;
using pl::Date;
using pl::Deal;
using pl::DealStatus;
using pl::Money;

// [SECTION] dates ----------------------------------------------------------------

Date date_from_unix_ms(std::int64_t unix_ms) {
  constexpr std::int64_t kMsPerDay = 86'400'000;
  std::int64_t days = unix_ms / kMsPerDay;
  if (unix_ms % kMsPerDay < 0) --days;  // floor for times before 1970
  return Date{static_cast<int>(days)};
}

pl::Period quarter_containing(Date day) {
  const pl::CivilDate c = pl::to_civil(day);
  const int first_month = (c.month - 1) / 3 * 3 + 1;
  const Date start = pl::make_date(c.year, first_month, 1);
  const Date next = first_month == 10 ? pl::make_date(c.year + 1, 1, 1) : pl::make_date(c.year, first_month + 3, 1);
  return {start, pl::add_days(next, -1)};
}

Date monday_on_or_before(Date day) {
  const int weekday = ((day.days + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; Monday = 0
  return pl::add_days(day, -weekday);
}

// [SECTION] sample pipeline --------------------------------------------------------

namespace {

constexpr std::array<const char*, 24> kCompanies = {
    "Northwind Logistics", "Contoso Retail",   "Fabrikam Health",   "Tailspin Air",     "Adatum Insurance",
    "Litware Labs",        "Proseware",        "Wide World Imports", "Coho Vineyards",   "Alpine Ski House",
    "Blue Yonder Freight", "Fourth Coffee",    "Lucerne Publishing", "Margie's Travel",  "Trey Research",
    "Wingtip Toys",        "Woodgrove Bank",   "Humongous Media",   "Graphic Design Co", "City Power & Light",
    "Relecloud",           "Southridge Video", "VanArsdel Foods",   "Datum Analytics"};
constexpr std::array<const char*, 5> kProducts = {"seats", "site licence", "platform", "renewal", "expansion"};
constexpr std::array<const char*, 3> kOwners = {"Avery", "Jordan", "Sam"};

// Amount in whole units from 8,000 to 120,000, in steps of 500.
Money sample_amount(Rng& rng) { return Money::from_units(8'000 + static_cast<std::int64_t>(rng.below(225)) * 500); }

std::string deal_id(int number) { return (number < 10 ? "d-0" : "d-") + std::to_string(number); }

std::string deal_name(std::size_t company, Rng& rng) {
  const char* product = kProducts[static_cast<std::size_t>(rng.below(kProducts.size()))];
  std::string name = std::string(kCompanies[company % kCompanies.size()]) + ": ";
  if (product == kProducts[0]) return name + std::to_string(50 + rng.below(20) * 25) + " seats";
  return name + product;
}

int uniform(Rng& rng, int low, int high) {  // inclusive
  return low + static_cast<int>(rng.below(static_cast<std::uint64_t>(high - low + 1)));
}

// Open deals per open stage: a funnel of `total`, at least one at each stage.
std::vector<int> funnel_counts(std::size_t stages, int total) {
  std::vector<int> counts(stages, 1);
  int weight_sum = 0;
  for (std::size_t i = 0; i < stages; ++i) weight_sum += static_cast<int>(stages - i);
  int left = total - static_cast<int>(stages);
  for (std::size_t i = 0; i < stages && left > 0; ++i) {
    const int extra = std::min(left, (total - static_cast<int>(stages)) * static_cast<int>(stages - i) / weight_sum);
    counts[i] += extra;
    left -= extra;
  }
  counts[0] += left;
  return counts;
}

}  // namespace

pl::Pipeline make_sample_pipeline(const pl::PipelinePreset& preset, Date today, std::uint64_t seed) {
  Rng rng(seed);
  pl::Pipeline p;
  p.name = "Sample pipeline";
  p.preset = preset;
  p.as_of = today;
  p.period = quarter_containing(today);
  const std::size_t open_stages = pl::open_stage_count(preset);
  const std::size_t won = pl::won_stage(preset);
  std::vector<std::size_t> companies(kCompanies.size());
  for (std::size_t i = 0; i < companies.size(); ++i) companies[i] = i;
  rng.shuffle(companies);
  std::size_t next_company = 0;
  int number = 1;
  auto new_deal = [&](std::size_t stage) {
    Deal d;
    d.id = deal_id(number++);
    d.name = deal_name(companies[next_company++ % companies.size()], rng);
    d.owner = kOwners[static_cast<std::size_t>(rng.below(kOwners.size()))];
    d.stage = stage;
    d.amount = sample_amount(rng);
    return d;
  };
  // Open deals: later stages close sooner; one in six closes after the period.
  const int days_left = std::max(3, pl::days_between(today, p.period.end));
  const std::vector<int> counts = funnel_counts(open_stages, 14);
  for (std::size_t stage = 0; stage < open_stages; ++stage) {
    for (int k = 0; k < counts[stage]; ++k) {
      Deal d = new_deal(stage);
      const int in_stage = rng.chance(0.2) ? uniform(rng, 35, 60) : uniform(rng, 2, 25);
      d.stage_entered = pl::add_days(today, -in_stage);
      d.created = pl::add_days(d.stage_entered, -uniform(rng, 5, 20) * static_cast<int>(stage));
      const double lateness = 1.0 - static_cast<double>(stage) / static_cast<double>(open_stages);
      const int close_in = rng.chance(1.0 / 6.0) ? days_left + uniform(rng, 10, 45)
                                                 : uniform(rng, 2, std::max(3, static_cast<int>(days_left * (0.4 + 0.6 * lateness))));
      d.close_date = pl::add_days(today, std::min(close_in, days_left + 60));
      if (rng.chance(0.25)) d.close_date_pushes = uniform(rng, 1, 2);
      d.status = DealStatus::Open;
      // The rep's own call now and then: an upgrade to the next category, or a deal put aside.
      if (stage + 2 == open_stages && rng.chance(0.4)) d.category = pl::ForecastCategory::Commit;
      if (stage == 1 && rng.chance(0.25)) d.category = pl::ForecastCategory::Omitted;
      if (stage == 2 && rng.chance(0.3)) d.probability = 35;
      p.deals.push_back(std::move(d));
    }
  }
  // History: won deals (two in this period) and lost deals at open stages.
  for (int k = 0; k < 4; ++k) {
    Deal d = new_deal(won);
    d.status = DealStatus::Won;
    const int closed_ago = k < 2 ? uniform(rng, 0, std::max(0, pl::days_between(p.period.start, today)))
                                 : pl::days_between(p.period.start, today) + uniform(rng, 5, 80);
    d.close_date = pl::add_days(today, -closed_ago);
    d.created = pl::add_days(d.close_date, -uniform(rng, 30, 90));
    d.stage_entered = d.close_date;
    p.deals.push_back(std::move(d));
  }
  for (int k = 0; k < 4; ++k) {
    Deal d = new_deal(static_cast<std::size_t>(rng.below(open_stages)));
    d.status = DealStatus::Lost;
    d.close_date = pl::add_days(today, -uniform(rng, 3, 100));
    d.created = pl::add_days(d.close_date, -uniform(rng, 10, 60));
    d.stage_entered = d.created;
    p.deals.push_back(std::move(d));
  }
  // A quota the weighted pipeline and the bookings reach about four times in five.
  const pl::PipelineMetrics m = pl::compute_metrics(p);
  const std::int64_t weighted_in_period = [&] {
    std::int64_t cents = 0;
    for (const Deal& d : p.deals) {
      if (pl::in_pipeline(p, d) && p.period.contains(d.close_date)) cents += d.amount.cents() * pl::probability_of(p, d) / 100;
    }
    return cents;
  }();
  const std::int64_t target_units = (m.booked_in_period.cents() + weighted_in_period) * 11 / 10 / 100;
  p.quota = Money::from_units(std::max<std::int64_t>(10'000, (target_units + 9'999) / 10'000 * 10'000));
  return p;
}

// [SECTION] hours ------------------------------------------------------------------

pl::WeekPlan balanced_week(int hours_per_week) {
  constexpr std::array<int, pl::kActivityCount> kBalanced = {10, 6, 8, 6, 6, 4};
  pl::WeekPlan plan;
  int given = 0;
  for (std::size_t i = 0; i < pl::kActivityCount; ++i) {
    plan.hours[i] = kBalanced[i] * hours_per_week / 40;
    given += plan.hours[i];
  }
  plan.hours[0] += hours_per_week - given;  // what the rounding left goes to prospecting
  return plan;
}

pl::WeekPlan rebalance_hours(pl::WeekPlan plan, pl::Activity changed, int hours, int total) {
  const auto at = static_cast<std::size_t>(changed);
  plan.hours[at] = std::clamp(hours, 0, total);
  int difference = total - plan.total();  // > 0: hours to give out; < 0: to take back
  for (int guard = 0; difference != 0 && guard < total * static_cast<int>(pl::kActivityCount) + 8; ++guard) {
    const std::size_t other = (at + 1 + static_cast<std::size_t>(guard) % (pl::kActivityCount - 1)) % pl::kActivityCount;
    if (difference > 0) {
      ++plan.hours[other];
      --difference;
    } else if (plan.hours[other] > 0) {
      --plan.hours[other];
      ++difference;
    }
  }
  return plan;
}

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
  while (find_deal(deal_id(number)) != nullptr) ++number;
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
    d.id = deal_id(next_free_number());
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
  m_pipeline.deals.erase(it);
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

void PipelineDesk::reset(const pl::PipelinePreset& preset, Date today, std::uint64_t seed) {
  m_pipeline = make_sample_pipeline(preset, today, seed);
  m_next_deal_number = static_cast<int>(m_pipeline.deals.size()) + 1;
  m_forecast_run.reset();
  m_forecast_result.reset();
  m_quarter.reset();
  m_debrief.reset();
  m_ready = true;
  changed();
  m_sample_revision = m_revision;
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
  m_sample_revision = 0;  // changed() moved m_revision past 0, so edited() holds
}

void PipelineDesk::changed() {
  ++m_revision;
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
  m_forecast_revision = m_revision;
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
  if (m_ready) {
    config.preset = m_pipeline.preset;
    config.start = monday_on_or_before(m_pipeline.period.start);
  }
  return config;
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

}  // namespace dealdojo::session
