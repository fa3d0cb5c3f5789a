// Reading and writing the pipeline file. Reading goes through the pack loader's
// bounded JSON parser and field reader, so a pipeline file is reported on exactly
// like a pack file; check_pipeline() then adds the checks across fields.
//
// [SECTION] field readers  [SECTION] stages  [SECTION] deals  [SECTION] root  [SECTION] writing
#include "core/pipeline/pipeline_file.hpp"

#include <array>

#include "core/content/json_document.hpp"
#include "core/content/json_reader.hpp"
#include "core/content/pack_loader.hpp"
#include "core/content/text_checks.hpp"
#include "core/deals/deal_text.hpp"

namespace dealdojo::pipeline {

namespace {

using content::JsonView;
using content::Need;
using content::ObjectReader;
using content::ReadContext;

constexpr std::array<std::string_view, 8> kRootFields = {"format", "name", "as_of", "period", "quota",
                                                         "stalled_after_days", "stages", "deals"};
constexpr std::array<std::string_view, 2> kPeriodFields = {"start", "end"};
constexpr std::array<std::string_view, 6> kStageFields = {"id", "name", "probability", "conversion",
                                                          "forecast_category", "exit_criteria"};
constexpr std::array<std::string_view, 12> kDealFields = {
    "id",     "name",   "owner",  "stage",           "amount",      "created",          "stage_entered",
    "status", "close_date", "forecast_category", "probability", "close_date_pushes"};
constexpr std::size_t kMaxExitCriteria = 20;

// [SECTION] field readers ----------------------------------------------------

std::optional<Date> read_date(ObjectReader& r, std::string_view key, Need need, std::string_view purpose) {
  const auto text = r.text(key, need, purpose);
  if (!text) return std::nullopt;
  const auto date = parse_date(*text);
  if (!date) {
    r.context().sink.error(r.context().file, r.pointer(key),
                           content::quote_value(*text) + " is not a date: write it as YYYY-MM-DD, such as 2026-07-01");
  }
  return date;
}

std::optional<Money> read_amount(ObjectReader& r, std::string_view key, std::string_view purpose) {
  const auto value = r.find(key);
  ReadContext& ctx = r.context();
  if (!value) {
    ctx.sink.error(ctx.file, r.pointer(key), "'" + std::string(key) + "' is missing: add " + std::string(purpose));
    return std::nullopt;
  }
  if (value->is_integer()) {
    const util::MoneyResult money = util::checked_from_units(value->integer());
    if (!money.ok() || money.value > util::kMaxAmount) {
      ctx.sink.error(ctx.file, r.pointer(key), "the amount is far too large");
      return std::nullopt;
    }
    return money.value;
  }
  if (value->is_string()) {
    const deals::Parsed<Money> parsed = deals::parse_money(value->string());
    if (!parsed.ok()) {
      ctx.sink.error(ctx.file, r.pointer(key), parsed.error);
      return std::nullopt;
    }
    return parsed.value;
  }
  if (value->is_number()) {
    ctx.sink.error(ctx.file, r.pointer(key),
                   "write an amount with cents as text, such as \"48000.50\", or whole units as a number (48000), "
                   "so that no rounding creeps in");
    return std::nullopt;
  }
  ctx.sink.error(ctx.file, r.pointer(key),
                 "must be an amount such as 48000 or \"48000.50\", not " + content::describe_json_type(*value));
  return std::nullopt;
}

std::optional<ForecastCategory> read_category(ObjectReader& r, Need need) {
  const auto name = r.text("forecast_category", need, "one of pipeline, best_case, commit, closed, omitted");
  if (!name) return std::nullopt;
  const auto category = content::parse_forecast_category(*name);
  if (!category) {
    r.context().sink.error(r.context().file, r.pointer("forecast_category"),
                           content::quote_value(*name) +
                               " is not a forecast category; use pipeline, best_case, commit, closed or omitted");
  }
  return category;
}

// [SECTION] stages -----------------------------------------------------------

std::optional<PipelineStage> read_stage(JsonView item, const std::string& at, bool last, ReadContext& ctx) {
  if (!content::expect_object(item, at, ctx, "a stage")) return std::nullopt;
  ObjectReader r(item, at, ctx);
  PipelineStage s;
  const auto id = r.id("id", Need::Required, "a stage id such as 'proposal'");
  const auto name = r.text("name", Need::Required, "the stage's name");
  const auto probability = r.integer("probability", Need::Required, 0, 100, "the win probability in percent (0–100)");
  std::optional<double> conversion = 1.0;
  if (!last) {
    conversion = r.number("conversion", Need::Required, 0.0, 1.0, "the share of deals that move on (0–1)");
  } else if (r.find("conversion")) {
    ctx.sink.warning(ctx.file, r.pointer("conversion"), "the last stage has no next stage, so its conversion is not used");
  }
  const auto category = read_category(r, Need::Required);
  if (r.find("exit_criteria")) {
    auto criteria = r.text_list("exit_criteria", Need::Optional, kMaxExitCriteria, false, "");
    if (!criteria) return std::nullopt;
    s.exit_criteria = std::move(*criteria);
  }
  r.warn_unknown_fields(kStageFields, "a stage");
  if (!id || !name || !probability || !conversion || !category) return std::nullopt;
  s.id = *id;
  s.name = *name;
  s.probability = *probability;
  s.conversion = *conversion;
  s.forecast_category = *category;
  return s;
}

std::optional<PipelinePreset> read_stages(ObjectReader& root, ReadContext& ctx) {
  if (!root.find("stages")) return default_preset();
  const auto list = root.array("stages", Need::Optional, "");
  if (!list) return std::nullopt;
  if (list->size() < kMinStages || list->size() > kMaxStages) {
    ctx.sink.error(ctx.file, root.pointer("stages"),
                   "a pipeline needs " + std::to_string(kMinStages) + " to " + std::to_string(kMaxStages) +
                       " stages; this one has " + std::to_string(list->size()));
    return std::nullopt;
  }
  PipelinePreset preset;
  preset.id = "custom";
  preset.name = "Stages from the pipeline file";
  bool ok = true;
  std::size_t i = 0;
  for (JsonView item : list->children()) {
    const std::string at = root.pointer("stages") + "/" + std::to_string(i);
    auto stage = read_stage(item, at, ++i == list->size(), ctx);
    if (stage) preset.stages.push_back(std::move(*stage));
    ok = ok && stage.has_value();
  }
  if (!ok) return std::nullopt;
  return preset;
}

// [SECTION] deals ------------------------------------------------------------

std::optional<Deal> read_deal(JsonView item, const std::string& at, const PipelinePreset* preset, ReadContext& ctx) {
  if (!content::expect_object(item, at, ctx, "a deal")) return std::nullopt;
  ObjectReader r(item, at, ctx);
  Deal d;
  const auto id = r.text("id", Need::Required, "an id for the deal, such as 'acme-renewal'");
  d.name = r.optional_text("name");
  d.owner = r.optional_text("owner");
  std::optional<DealStatus> status = DealStatus::Open;
  if (const auto name = r.text("status", Need::Optional, "")) {
    status = parse_deal_status(*name);
    if (!status) {
      ctx.sink.error(ctx.file, r.pointer("status"), content::quote_value(*name) + " is not a status; use open, won or lost");
    }
  }
  // A won deal may leave out its stage: it is at the won stage.
  const Need stage_need = status == DealStatus::Won ? Need::Optional : Need::Required;
  std::optional<std::size_t> stage;
  if (const auto stage_id = r.text("stage", stage_need, "the id of the deal's stage, such as 'proposal'")) {
    if (preset) {
      stage = find_stage(*preset, *stage_id);
      if (!stage) {
        std::vector<std::string_view> ids;
        for (const PipelineStage& s : preset->stages) ids.push_back(s.id);
        std::string message = content::quote_value(*stage_id) + " is not a stage of this pipeline";
        if (const auto guess = content::closest_match(*stage_id, ids)) message += " (did you mean '" + std::string(*guess) + "'?)";
        ctx.sink.error(ctx.file, r.pointer("stage"), message);
      }
    }
  } else if (status == DealStatus::Won && preset && !r.find("stage")) {
    stage = won_stage(*preset);
  }
  const auto amount = read_amount(r, "amount", "the deal's amount, such as 48000");
  const auto created = read_date(r, "created", Need::Required, "the date the deal was created (YYYY-MM-DD)");
  const auto entered = read_date(r, "stage_entered", Need::Optional, "");
  const auto close = read_date(r, "close_date", Need::Required,
                               "the expected close date, or the date it closed for a won or lost deal (YYYY-MM-DD)");
  if (r.find("forecast_category")) d.category = read_category(r, Need::Optional);
  if (r.find("probability")) d.probability = r.integer("probability", Need::Optional, 0, 100, "");
  d.close_date_pushes = r.integer("close_date_pushes", Need::Optional, 0, kMaxPushes, "").value_or(0);
  r.warn_unknown_fields(kDealFields, "a deal");
  if (!id || !status || !stage || !amount || !created || !close) return std::nullopt;
  if ((r.find("forecast_category") && !d.category) || (r.find("probability") && !d.probability)) return std::nullopt;
  d.id = *id;
  d.status = *status;
  d.stage = *stage;
  d.amount = *amount;
  d.created = *created;
  d.stage_entered = entered.value_or(*created);
  d.close_date = *close;
  return d;
}

// [SECTION] root -------------------------------------------------------------

void read_root(JsonView root, ReadContext& ctx, Pipeline& p) {
  if (!content::expect_object(root, "", ctx, "a pipeline file")) return;
  ObjectReader r(root, "", ctx);
  const auto format = r.integer("format", Need::Required, 1, 1000, "\"format\": 1");
  if (format && *format > kPipelineFormat) {
    ctx.sink.error(ctx.file, "/format", "this file is format " + std::to_string(*format) +
                                            ", newer than this version of DealDojo reads (" +
                                            std::to_string(kPipelineFormat) + "): update DealDojo");
    return;
  }
  p.name = r.optional_text("name");
  if (const auto as_of = read_date(r, "as_of", Need::Required, "the date the pipeline is as of (YYYY-MM-DD)")) {
    p.as_of = *as_of;
  }
  if (const auto period = r.find("period")) {
    if (content::expect_object(*period, "/period", ctx, "the period")) {
      ObjectReader pr(*period, "/period", ctx);
      if (const auto start = read_date(pr, "start", Need::Required, "the first day of the period")) p.period.start = *start;
      if (const auto end = read_date(pr, "end", Need::Required, "the last day of the period")) p.period.end = *end;
      pr.warn_unknown_fields(kPeriodFields, "the period");
    }
  } else {
    ctx.sink.error(ctx.file, "/period", "'period' is missing: add {\"start\": \"2026-07-01\", \"end\": \"2026-09-30\"}");
  }
  if (const auto quota = read_amount(r, "quota", "the bookings target for the period, such as 250000")) p.quota = *quota;
  p.stalled_after_days = r.integer("stalled_after_days", Need::Optional, 1, 365, "").value_or(30);
  const auto preset = read_stages(r, ctx);
  if (preset) p.preset = *preset;
  if (const auto list = r.array("deals", Need::Required, "the list of deals (it may be empty: [])")) {
    if (list->size() > kMaxDeals) {
      ctx.sink.error(ctx.file, "/deals", "a pipeline holds at most " + std::to_string(kMaxDeals) +
                                             " deals; this one has " + std::to_string(list->size()));
    } else {
      std::size_t i = 0;
      for (JsonView item : list->children()) {
        if (ctx.sink.full()) break;
        auto deal = read_deal(item, "/deals/" + std::to_string(i++), preset ? &*preset : nullptr, ctx);
        if (deal) p.deals.push_back(std::move(*deal));
      }
    }
  }
  r.warn_unknown_fields(kRootFields, "a pipeline file");
}

// [SECTION] writing ----------------------------------------------------------

nlohmann::ordered_json stage_to_json(const PipelineStage& s, bool last) {
  nlohmann::ordered_json out = {{"id", s.id}, {"name", s.name}, {"probability", s.probability}};
  if (!last) out["conversion"] = s.conversion;
  out["forecast_category"] = std::string(content::forecast_category_name(s.forecast_category));
  if (!s.exit_criteria.empty()) out["exit_criteria"] = s.exit_criteria;
  return out;
}

nlohmann::ordered_json deal_to_json(const Pipeline& p, const Deal& d) {
  nlohmann::ordered_json out = {{"id", d.id}};
  if (!d.name.empty()) out["name"] = d.name;
  if (!d.owner.empty()) out["owner"] = d.owner;
  out["stage"] = p.preset.stages[d.stage].id;
  if (d.status != DealStatus::Open) out["status"] = std::string(deal_status_name(d.status));
  out["amount"] = amount_to_file_json(d.amount);
  out["created"] = format_date(d.created);
  if (d.stage_entered != d.created) out["stage_entered"] = format_date(d.stage_entered);
  out["close_date"] = format_date(d.close_date);
  if (d.category) out["forecast_category"] = std::string(content::forecast_category_name(*d.category));
  if (d.probability) out["probability"] = *d.probability;
  if (d.close_date_pushes != 0) out["close_date_pushes"] = d.close_date_pushes;
  return out;
}

}  // namespace

PipelineLoad read_pipeline(std::string_view json_text, std::string_view file_name) {
  content::Limits limits;
  limits.max_file_bytes = kMaxPipelineFileBytes;
  content::DiagnosticSink sink(limits.max_diagnostics);
  std::size_t values_left = limits.max_values;
  PipelineLoad result;
  const auto document = content::JsonDocument::parse(json_text, file_name, limits, values_left, sink);
  Pipeline pipeline;
  if (document) {
    ReadContext ctx{file_name, sink};
    read_root(document->root(), ctx, pipeline);
  }
  if (!sink.has_errors()) {
    for (content::Diagnostic& d : check_pipeline(pipeline, file_name)) sink.add(std::move(d));
  }
  const bool ok = !sink.has_errors();
  result.diagnostics = sink.take();
  if (ok) result.pipeline = std::move(pipeline);
  return result;
}

PipelineLoad load_pipeline_file(const std::filesystem::path& path) {
  content::DiagnosticSink sink;
  const std::string name = path.filename().string();
  const auto text = content::read_file_bounded(path, name, kMaxPipelineFileBytes, sink);
  if (!text) return PipelineLoad{std::nullopt, sink.take()};
  return read_pipeline(*text, name);
}

nlohmann::ordered_json amount_to_file_json(Money amount) {
  if (amount.is_whole_units()) return amount.whole_units();
  return util::format_money_plain(amount);
}

std::string write_pipeline(const Pipeline& p) {
  nlohmann::ordered_json out = {{"format", kPipelineFormat}};
  if (!p.name.empty()) out["name"] = p.name;
  out["as_of"] = format_date(p.as_of);
  out["period"] = {{"start", format_date(p.period.start)}, {"end", format_date(p.period.end)}};
  out["quota"] = amount_to_file_json(p.quota);
  if (p.stalled_after_days != 30) out["stalled_after_days"] = p.stalled_after_days;
  if (!same_stages(p.preset, default_preset())) {
    nlohmann::ordered_json stages = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < p.preset.stages.size(); ++i) {
      stages.push_back(stage_to_json(p.preset.stages[i], i + 1 == p.preset.stages.size()));
    }
    out["stages"] = stages;
  }
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Deal& d : p.deals) list.push_back(deal_to_json(p, d));
  out["deals"] = list;
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace dealdojo::pipeline
