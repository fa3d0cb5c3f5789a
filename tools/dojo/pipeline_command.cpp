// dojo pipeline metrics|forecast|simulate: the pipeline simulator of core/pipeline
// on the command line. The pipeline file and the plan file are documented in
// docs/PIPELINE_FORMAT.md. Exit codes: 0 ok, 1 the file has errors, 2 bad flags.
//
// [SECTION] flags  [SECTION] metrics  [SECTION] forecast  [SECTION] simulate  [SECTION] entry
#include <algorithm>
#include <iomanip>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "core/pipeline/forecast.hpp"
#include "core/pipeline/health.hpp"
#include "core/pipeline/metrics.hpp"
#include "core/pipeline/pipeline_file.hpp"
#include "core/pipeline/pipeline_json.hpp"
#include "core/pipeline/pipeline_text.hpp"
#include "core/pipeline/quarter_plan.hpp"
#include "core/pipeline/rollup.hpp"
#include "core/util/field_errors.hpp"
#include "core/util/text.hpp"
#include "dojo/command.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {

namespace pl = dealdojo::pipeline;
using json = nlohmann::ordered_json;

std::string_view pipeline_usage() {
  return "dojo pipeline SUBCOMMAND ... [--json]\n"
         "  dojo pipeline metrics FILE [--json]\n"
         "      pipeline value, weighted pipeline, coverage, win rate, deal size, cycle, velocity,\n"
         "      opportunities needed (each with its formula and working), the funnel, stage\n"
         "      conversions, the forecast rollup by category and a health check\n"
         "  dojo pipeline forecast FILE [--trials N] [--seed S] [--source probability|conversion] [--json]\n"
         "      Monte Carlo forecast of the period's bookings: P10/P50/P90, mean against the\n"
         "      closed form, chance to reach quota, histogram (default 10,000 trials, seed 1)\n"
         "  dojo pipeline simulate --seed S --plan PLAN.json [--json]\n"
         "      play a 13-week quarter with the plan's weekly hours; week-by-week timeline and debrief\n"
         "  FILE and PLAN.json are described in docs/PIPELINE_FORMAT.md.\n"
         "  Exit codes: 0 ok, 1 the file has errors (each with its JSON Pointer), 2 bad flags.";
}

namespace {

// [SECTION] flags --------------------------------------------------------------

// The seed of the forecast and the quarter: any whole number; 1 when not given.
std::optional<std::uint64_t> seed_flag(CommandContext& ctx, std::string_view command, const ParsedArgs& args) {
  const auto seed = whole_number(args, "--seed", 1);
  if (!seed) {
    usage_error(ctx, command, seed.error_message());
    return std::nullopt;
  }
  return *seed;
}

void dump(CommandContext& ctx, const json& out) {
  ctx.out << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

// The pipeline file, or its problems printed (exit 1 from the caller).
std::optional<pl::Pipeline> load(CommandContext& ctx, const std::string& path, bool as_json) {
  pl::PipelineLoad loaded = pl::load_pipeline_file(path);
  if (as_json && !loaded.ok()) {
    dump(ctx, {{"ok", false}, {"file", path}, {"diagnostics", dealdojo::content::diagnostics_to_json(loaded.diagnostics)}});
  } else if (!loaded.ok()) {
    ctx.err << path << ": NOT a valid pipeline file (" << problem_summary(loaded.diagnostics) << ")\n";
    print_diagnostics(ctx.err, loaded.diagnostics);
  } else if (!as_json && !loaded.diagnostics.empty()) {
    print_diagnostics(ctx.err, loaded.diagnostics);
  }
  return std::move(loaded.pipeline);
}

std::string money(pl::Money m) { return dealdojo::util::format_money(m); }

std::string pad(std::string text, std::size_t width) {
  // Pads by bytes; the UTF-8 of "×" and "÷" is wider than it looks, which only shifts a column.
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

// [SECTION] metrics ------------------------------------------------------------

void print_header(CommandContext& ctx, const pl::Pipeline& p) {
  ctx.out << (p.name.empty() ? "Pipeline" : p.name) << ": " << dealdojo::text::count_noun(static_cast<std::int64_t>(p.deals.size()), "deal", "deals")
          << ", as of " << pl::format_date(p.as_of) << "; period " << pl::format_date(p.period.start) << " to "
          << pl::format_date(p.period.end) << ", quota " << money(p.quota) << "\n";
}

int run_metrics(CommandContext& ctx, const ParsedArgs& args) {
  if (args.arguments.empty()) return usage_error(ctx, "pipeline metrics", "name one pipeline file");
  const std::string& path = args.arguments[0];
  const auto pipeline = load(ctx, path, args.has("--json"));
  if (!pipeline) return kExitFailed;
  const pl::PipelineMetrics metrics = pl::compute_metrics(*pipeline);
  const pl::ForecastRollup rollup = pl::rollup_forecast(*pipeline);
  const pl::HealthReport health = pl::diagnose_health(*pipeline, metrics);
  if (args.has("--json")) {
    dump(ctx, {{"ok", true},
               {"file", path},
               {"name", pipeline->name},
               {"as_of", pl::format_date(pipeline->as_of)},
               {"quota", pl::money_json(pipeline->quota)},
               {"metrics", pl::metrics_to_json(*pipeline, metrics)},
               {"rollup", pl::rollup_to_json(rollup)},
               {"health", pl::health_to_json(*pipeline, health)}});
    return kExitOk;
  }
  print_header(ctx, *pipeline);
  ctx.out << "\nMetrics\n";
  for (const pl::MetricLine& l : metrics.lines) {
    ctx.out << "  " << pad(l.name, 24) << l.value << "\n      " << l.formula << "\n      " << l.working << "\n";
  }
  ctx.out << "\nFunnel (open deals by stage)\n";
  for (const pl::StageFunnel& f : metrics.funnel) {
    ctx.out << "  " << pad(pipeline->preset.stages[f.stage].name, 28) << std::setw(4) << f.open_deals
            << (f.open_deals == 1 ? " deal  " : " deals ") << std::setw(16) << money(f.open_value) << "  weighted " << std::setw(14) << money(f.weighted_value)
            << (f.stalled_deals ? "  (" + std::to_string(f.stalled_deals) + " stalled)" : "") << "\n";
  }
  ctx.out << "\nStage conversion (deals that moved past a stage ÷ deals that left it)\n";
  for (const pl::StageConversion& c : metrics.conversions) ctx.out << "  " << c.working << "\n";
  ctx.out << "\nForecast rollup, " << pl::format_date(rollup.period.start) << " to " << pl::format_date(rollup.period.end) << "\n";
  for (auto category : {pl::ForecastCategory::Closed, pl::ForecastCategory::Commit, pl::ForecastCategory::BestCase,
                        pl::ForecastCategory::Pipeline, pl::ForecastCategory::Omitted}) {
    const pl::CategoryTotal& t = rollup.total(category);
    ctx.out << "  " << pad(std::string(pl::category_title(category)), 12) << std::setw(4) << t.deals
            << (t.deals == 1 ? " deal  " : " deals ") << std::setw(16) << money(t.amount) << "\n";
  }
  for (const std::string& line : rollup.working) ctx.out << "  " << line << "\n";
  ctx.out << "\nHealth: " << health.summary << "\n";
  for (const pl::HealthFinding& f : health.findings) ctx.out << "  " << f.title << ": " << f.reason << "\n";
  return kExitOk;
}

// [SECTION] forecast -----------------------------------------------------------

void print_histogram(CommandContext& ctx, const pl::ForecastResult& r) {
  std::int64_t tallest = 1;
  for (const pl::HistogramBin& b : r.histogram) tallest = std::max(tallest, b.trials);
  auto contains = [](const pl::HistogramBin& b, std::int64_t v) { return b.low_units <= v && v < b.high_units; };
  for (const pl::HistogramBin& b : r.histogram) {
    std::string marks;
    if (contains(b, r.p10_units)) marks += " P10";
    if (contains(b, r.p50_units)) marks += " P50";
    if (contains(b, r.p90_units)) marks += " P90";
    if (contains(b, r.quota_units)) marks += " <- quota";
    const auto bar = static_cast<std::size_t>(b.trials * 40 / tallest);
    ctx.out << "  " << std::setw(13) << pl::format_units(b.low_units) << " to " << std::setw(13)
            << pl::format_units(b.high_units - 1) << " | " << pad(std::string(bar, '#'), 40) << std::setw(8) << b.trials
            << marks << "\n";
  }
}

int run_forecast_command(CommandContext& ctx, const ParsedArgs& args) {
  if (args.arguments.empty()) return usage_error(ctx, "pipeline forecast", "name one pipeline file");
  pl::ForecastSettings settings;
  const auto seed = seed_flag(ctx, "pipeline forecast", args);
  if (!seed) return kExitUsage;
  settings.seed = *seed;
  const auto trials = whole_number(args, "--trials", static_cast<std::uint64_t>(settings.trials),
                                   {1, static_cast<std::uint64_t>(pl::kMaxTrials)});
  if (!trials) return usage_error(ctx, "pipeline forecast", trials.error_message());
  settings.trials = static_cast<std::int64_t>(*trials);
  if (args.has("--source")) {
    const std::string source = args.value_or("--source", "");
    if (source != "probability" && source != "conversion") {
      return usage_error(ctx, "pipeline forecast",
                         "--source: '" + source + "' is not a source; use probability or conversion");
    }
    settings.source = source == "conversion" ? pl::WinChanceSource::StageConversion : pl::WinChanceSource::StageProbability;
  }
  const std::string& path = args.arguments[0];
  const auto pipeline = load(ctx, path, args.has("--json"));
  if (!pipeline) return kExitFailed;
  const pl::ForecastOutcome outcome = pl::run_forecast(*pipeline, settings);
  if (!outcome.ok()) {  // the flags were checked above, so this is a bug
    for (const auto& e : outcome.errors) {
      ctx.err << "dojo pipeline forecast: " << dealdojo::util::field_name(e.pointer) << ": " << e.message << "\n";
    }
    return kExitUsage;
  }
  const pl::ForecastResult& r = outcome.result;
  if (args.has("--json")) {
    dump(ctx, {{"ok", true}, {"file", path}, {"forecast", pl::forecast_to_json(r, settings)}});
    return kExitOk;
  }
  print_header(ctx, *pipeline);
  ctx.out << "\nMonte Carlo forecast of bookings: " << dealdojo::text::with_thousands(r.trials) << " trials, seed "
          << settings.seed << "\n";
  ctx.out << "  P10 " << pl::format_units(r.p10_units) << "   P50 " << pl::format_units(r.p50_units) << "   P90 "
          << pl::format_units(r.p90_units) << "\n";
  ctx.out << "  Mean " << pl::format_decimal(r.mean_units, 0) << " (closed form " << pl::format_decimal(r.expected_units, 0)
          << "), already booked " << pl::format_units(r.booked_units) << "\n";
  ctx.out << "  Chance to reach the quota of " << pl::format_units(r.quota_units) << ": " << pl::format_share(r.quota_probability)
          << " (" << dealdojo::text::with_thousands(r.trials_reaching_quota) << " of "
          << dealdojo::text::with_thousands(r.trials) << " trials)\n\n";
  print_histogram(ctx, r);
  ctx.out << "\n";
  for (const std::string& line : r.explanation) ctx.out << "  " << line << "\n";
  return kExitOk;
}

// [SECTION] simulate -----------------------------------------------------------

void print_timeline(CommandContext& ctx, const pl::QuarterSim& sim) {
  ctx.out << "Week  Pros Qual Demo Prop Nego Care |  New  Adv  Won Lost Cold |       Booked     Pipeline\n";
  for (const pl::WeekReport& r : sim.reports()) {
    if (r.week == 0) {
      ctx.out << "start" << std::string(31, ' ') << "|" << std::string(26, ' ') << "|" << std::setw(13)
              << money(r.booked_total) << std::setw(13) << money(r.pipeline_value) << "\n";
      continue;
    }
    ctx.out << std::setw(4) << r.week << " ";
    for (pl::Activity a : pl::kActivities) ctx.out << std::setw(5) << r.plan[a];
    ctx.out << " |" << std::setw(5) << r.leads_prospected + r.leads_inbound + r.referrals << std::setw(5) << r.advanced
            << std::setw(5) << r.won << std::setw(5) << r.declined << std::setw(5) << r.went_cold << " |"
            << std::setw(13) << money(r.booked_total) << std::setw(13) << money(r.pipeline_value) << "\n";
  }
}

int run_simulate(CommandContext& ctx, const ParsedArgs& args) {
  if (!args.has("--plan")) return usage_error(ctx, "pipeline simulate", "--plan PLAN.json is required");
  const auto seed = seed_flag(ctx, "pipeline simulate", args);
  if (!seed) return kExitUsage;
  const pl::QuarterConfig config;
  const std::string path = args.value_or("--plan", "");
  pl::PlanLoad plan = pl::load_plan_file(path, config);
  if (!plan.ok()) {
    if (args.has("--json")) {
      dump(ctx, {{"ok", false}, {"file", path}, {"diagnostics", dealdojo::content::diagnostics_to_json(plan.diagnostics)}});
    } else {
      ctx.err << path << ": NOT a valid plan (" << problem_summary(plan.diagnostics) << ")\n";
      print_diagnostics(ctx.err, plan.diagnostics);
    }
    return kExitFailed;
  }
  if (!args.has("--json")) print_diagnostics(ctx.err, plan.diagnostics);
  const pl::QuarterOutcome outcome = pl::simulate_quarter(config, *plan.plan, *seed);
  if (!outcome.ok()) {  // a plan that read cleanly is always playable: this is a bug
    for (const auto& e : outcome.errors) {
      ctx.err << "dojo pipeline simulate: " << dealdojo::util::field_name(e.pointer) << ": " << e.message << "\n";
    }
    return kExitFailed;
  }
  const pl::QuarterSim& sim = *outcome.sim;
  const pl::QuarterDebrief debrief = sim.debrief();
  if (args.has("--json")) {
    json weeks = json::array();
    for (const pl::WeekReport& r : sim.reports()) weeks.push_back(pl::week_report_to_json(sim, r));
    dump(ctx, {{"ok", true},
               {"seed", *seed},
               {"plan", {{"file", path}, {"name", plan.plan->name}}},
               {"weeks_played", sim.weeks_played()},
               {"hours_per_week", config.hours_per_week},
               {"quota", pl::money_json(config.quota)},
               {"booked", pl::money_json(sim.booked())},
               {"reached_quota", debrief.reached_quota},
               {"weeks", weeks},
               {"debrief", pl::debrief_to_json(sim, debrief)}});
    return kExitOk;
  }
  ctx.out << "Quarter simulation, seed " << *seed << ", plan " << (plan.plan->name.empty() ? path : "'" + plan.plan->name + "'")
          << ": " << config.weeks << " weeks of " << config.hours_per_week << " hours, quota " << money(config.quota) << "\n\n";
  print_timeline(ctx, sim);
  ctx.out << "\nDebrief\n";
  for (const pl::DebriefPoint& p : debrief.drivers) ctx.out << "  - " << p.text << "\n";
  for (const pl::HealthFinding& f : debrief.final_health.findings) ctx.out << "    " << f.title << ": " << f.reason << "\n";
  if (const auto& v = debrief.verdict) {
    ctx.out << "\nHow the plan changed\n  " << v->explanation << "\n  " << v->weeks_changed << " of " << v->weeks - 1
            << " weeks changed (" << pl::format_share(pl::kChangeShare)
            << " of the hours or more moved, or the playbook discipline switched); "
            << pl::format_share(v->average_share_moved) << " of the hours moved a week on average; shortest hold "
            << dealdojo::text::count_noun(v->shortest_hold, "week", "weeks") << ".\n";
  }
  return kExitOk;
}

}  // namespace

// [SECTION] entry --------------------------------------------------------------

int run_pipeline(CommandContext& ctx) {
  if (ctx.args.empty()) {
    ctx.err << "Usage:\n  " << pipeline_usage() << "\n";
    return kExitUsage;
  }
  static const Subcommand subcommands[] = {
      {"metrics", {"pipeline metrics", {switch_flag("--json")}, 1}, run_metrics},
      {"forecast",
       {"pipeline forecast",
        {value_flag("--trials"), value_flag("--seed"), value_flag("--source"), switch_flag("--json")},
        1},
       run_forecast_command},
      {"simulate", {"pipeline simulate", {value_flag("--seed"), value_flag("--plan"), switch_flag("--json")}, 0},
       run_simulate},
  };
  return run_subcommand(ctx, "pipeline", subcommands);
}

}  // namespace dojo
