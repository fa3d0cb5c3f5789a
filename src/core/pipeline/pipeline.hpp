#pragma once
// A sales pipeline: deals at stages, each with an amount, an expected close date,
// an owner, a forecast category and a win probability, plus the period and quota
// a rep is measured against. Stages come from a pack's pipeline preset (with exit
// criteria); default_preset() is the built-in copy of the sales-rep pack's.
//
// The model is plain data, edited directly by the UI's board; check_pipeline()
// finds every problem with it (as diagnostics with a JSON Pointer, the same ones
// the file reader reports), and the metrics, rollups and forecast assume it passed.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/content/pack.hpp"
#include "core/util/money.hpp"
#include "core/pipeline/date.hpp"

namespace dealdojo::pipeline {

using content::ForecastCategory;
using content::PipelinePreset;
using content::PipelineStage;
using util::Money;

enum class DealStatus { Open, Won, Lost };
std::string_view deal_status_name(DealStatus status);  // "open", "won", "lost"
std::optional<DealStatus> parse_deal_status(std::string_view name);

struct Deal {
  std::string id;     // unique in the pipeline
  std::string name;   // "Acme: 200 seats"; may be empty (the id is shown)
  std::string owner;  // the rep; may be empty
  std::size_t stage = 0;  // index into the preset's stages; for a lost deal, where it was lost
  Money amount;
  Date created;
  Date stage_entered;  // when it reached its current stage (how long it has been there)
  Date close_date;     // expected close date while open; the actual one once won or lost
  DealStatus status = DealStatus::Open;
  std::optional<ForecastCategory> category;  // the rep's call; default: the stage's (open deals only)
  std::optional<int> probability;            // percent 0–100; default: the stage's
  int close_date_pushes = 0;                 // times the expected close date has moved out
};

struct Pipeline {
  std::string name;
  PipelinePreset preset;
  Date as_of;       // "today" for the pipeline: ages and overdue dates are measured from it
  Period period;    // the period measured against the quota (usually a quarter)
  Money quota;      // bookings target for the period
  int stalled_after_days = 30;  // a deal longer than this in one stage is stalled
  std::vector<Deal> deals;
};

// ---- Limits ---------------------------------------------------------------
inline constexpr std::size_t kMaxDeals = 10'000;
// Per deal: 10 billion units. With kMaxDeals this keeps every sum, and every sum
// times a percentage, far inside int64 cents.
inline constexpr Money kMaxDealAmount = Money::from_units(10'000'000'000);
inline constexpr std::size_t kMinStages = 2;
inline constexpr std::size_t kMaxStages = 32;
inline constexpr int kMaxPeriodDays = 3660;
inline constexpr int kMaxPushes = 100;

// ---- Stages ---------------------------------------------------------------
// The stage at which a deal counts as won: the first stage whose forecast category
// is Closed, else the last stage.
std::size_t won_stage(const PipelinePreset& preset);
// Stages before the won stage: where open deals live.
std::size_t open_stage_count(const PipelinePreset& preset);
// The chance to win from `stage` implied by the conversions: the product of the
// conversions from it up to the won stage (1 at or after the won stage).
double conversion_win_chance(const PipelinePreset& preset, std::size_t stage);
// Same stages, names, rates, categories and criteria.
bool same_stages(const PipelinePreset& a, const PipelinePreset& b);
// The stage's index by id, or nullopt.
std::optional<std::size_t> find_stage(const PipelinePreset& preset, std::string_view id);

// The seven-stage "Standard B2B sales process": the same as the sales-rep pack's
// content/sales-rep/pipeline/default.json (a test keeps them equal).
const PipelinePreset& default_preset();

// ---- Deals ----------------------------------------------------------------
// Won deals are Closed and lost deals Omitted whatever the file says; an open deal
// takes its own category, else its stage's.
ForecastCategory category_of(const Pipeline& pipeline, const Deal& deal);
// Percent 0–100: 100 for won, 0 for lost; an open deal's own, else its stage's.
int probability_of(const Pipeline& pipeline, const Deal& deal);
// Open and not Omitted: what "the pipeline" adds up.
bool in_pipeline(const Pipeline& pipeline, const Deal& deal);
int days_in_stage(const Pipeline& pipeline, const Deal& deal);
bool is_stalled(const Pipeline& pipeline, const Deal& deal);
// The name to show: the deal's name, else its id.
const std::string& display_name(const Deal& deal);

// ---- Checks ---------------------------------------------------------------
// Every problem with the pipeline, errors first, with the JSON Pointer of the field
// as the pipeline file spells it ("/deals/3/close_date") and `file` as the file.
std::vector<content::Diagnostic> check_pipeline(const Pipeline& pipeline, std::string_view file = "");

}  // namespace dealdojo::pipeline
