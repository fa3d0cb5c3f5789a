// dojo pipeline metrics|forecast|simulate: the pipeline simulator of core/pipeline
// on the command line. The pipeline file and the plan file are documented in
// docs/PIPELINE_FORMAT.md. Exit codes: 0 ok, 1 the file has errors, 2 bad flags.
//
// [SECTION] flags  [SECTION] metrics  [SECTION] forecast  [SECTION] simulate  [SECTION] entry
#include <algorithm>
#include <charconv>
#include <iomanip>
#include <map>
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

struct Args {
  std::map<std::string, std::string, std::less<>> values;
  std::vector<std::string> positionals;
  bool json = false;

  bool has(std::string_view flag) const { return values.find(flag) != values.end(); }
  std::string get(std::string_view flag) const {
    const auto it = values.find(flag);
    return it == values.end() ? std::string() : it->second;
  }
};

// Known flags only, each once and with a value; other words are positionals.
std::optional<Args> parse_args(CommandContext& ctx, std::string_view sub, std::span<const std::string> args,
                               std::span<const std::string_view> valued) {
  Args parsed;
  const std::string prefix = "dojo pipeline " + std::string(sub) + ": ";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--json") {
      parsed.json = true;
    } else if (std::find(valued.begin(), valued.end(), arg) != valued.end()) {
      if (i + 1 >= args.size() || args[i + 1].starts_with("--")) {
        ctx.err << prefix << arg << " needs a value. Run 'dojo help pipeline'.\n";
        return std::nullopt;
      }
      if (!parsed.values.emplace(arg, args[i + 1]).second) {
        ctx.err << prefix << arg << " is given twice.\n";
        return std::nullopt;
      }
      ++i;
    } else if (arg.starts_with("-") && arg.size() > 1) {
      ctx.err << prefix << "unknown flag '" << arg << "'. Run 'dojo help pipeline'.\n";
      return std::nullopt;
    } else {
      parsed.positionals.push_back(arg);
    }
  }
  return parsed;
}

template <typename T>
std::optional<T> whole_number(std::string_view text) {
  T value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<std::uint64_t> seed_flag(CommandContext& ctx, std::string_view sub, const Args& args) {
  if (!args.has("--seed")) return 1;
  const auto seed = whole_number<std::uint64_t>(args.get("--seed"));
  if (!seed) {
    ctx.err << "dojo pipeline " << sub << ": --seed: '" << args.get("--seed")
            << "' is not a whole number from 0 to 18446744073709551615.\n";
  }
  return seed;
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

int run_metrics(CommandContext& ctx, const Args& args) {
  if (args.positionals.size() != 1) {
    ctx.err << "dojo pipeline metrics: name one pipeline file. Run 'dojo help pipeline'.\n";
    return kExitUsage;
  }
  const std::string& path = args.positionals[0];
  const auto pipeline = load(ctx, path, args.json);
  if (!pipeline) return kExitFailed;
  const pl::PipelineMetrics metrics = pl::compute_metrics(*pipeline);
  const pl::ForecastRollup rollup = pl::rollup_forecast(*pipeline);
  const pl::HealthReport health = pl::diagnose_health(*pipeline, metrics);
  if (args.json) {
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

int run_forecast_command(CommandContext& ctx, const Args& args) {
  if (args.positionals.size() != 1) {
    ctx.err << "dojo pipeline forecast: name one pipeline file. Run 'dojo help pipeline'.\n";
    return kExitUsage;
  }
  pl::ForecastSettings settings;
  const auto seed = seed_flag(ctx, "forecast", args);
  if (!seed) return kExitUsage;
  settings.seed = *seed;
  if (args.has("--trials")) {
    const auto trials = whole_number<std::int64_t>(args.get("--trials"));
    if (!trials || *trials < 1 || *trials > pl::kMaxTrials) {
      ctx.err << "dojo pipeline forecast: --trials: '" << args.get("--trials") << "' is not a number from 1 to "
              << dealdojo::text::with_thousands(pl::kMaxTrials) << ".\n";
      return kExitUsage;
    }
    settings.trials = *trials;
  }
  if (args.has("--source")) {
    const std::string source = args.get("--source");
    if (source != "probability" && source != "conversion") {
      ctx.err << "dojo pipeline forecast: --source: '" << source << "' is not a source; use probability or conversion.\n";
      return kExitUsage;
    }
    settings.source = source == "conversion" ? pl::WinChanceSource::StageConversion : pl::WinChanceSource::StageProbability;
  }
  const std::string& path = args.positionals[0];
  const auto pipeline = load(ctx, path, args.json);
  if (!pipeline) return kExitFailed;
  const pl::ForecastOutcome outcome = pl::run_forecast(*pipeline, settings);
  if (!outcome.ok()) {  // the flags were checked above, so this is a bug
    for (const auto& e : outcome.errors) {
      ctx.err << "dojo pipeline forecast: " << dealdojo::util::field_name(e.pointer) << ": " << e.message << "\n";
    }
    return kExitUsage;
  }
  const pl::ForecastResult& r = outcome.result;
  if (args.json) {
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

int run_simulate(CommandContext& ctx, const Args& args) {
  if (!args.positionals.empty()) {
    ctx.err << "dojo pipeline simulate: unexpected argument '" << args.positionals[0] << "'; give the plan with --plan.\n";
    return kExitUsage;
  }
  if (!args.has("--plan")) {
    ctx.err << "dojo pipeline simulate: --plan PLAN.json is required. Run 'dojo help pipeline'.\n";
    return kExitUsage;
  }
  const auto seed = seed_flag(ctx, "simulate", args);
  if (!seed) return kExitUsage;
  const pl::QuarterConfig config;
  const std::string path = args.get("--plan");
  pl::PlanLoad plan = pl::load_plan_file(path, config);
  if (!plan.ok()) {
    if (args.json) {
      dump(ctx, {{"ok", false}, {"file", path}, {"diagnostics", dealdojo::content::diagnostics_to_json(plan.diagnostics)}});
    } else {
      ctx.err << path << ": NOT a valid plan (" << problem_summary(plan.diagnostics) << ")\n";
      print_diagnostics(ctx.err, plan.diagnostics);
    }
    return kExitFailed;
  }
  if (!args.json) print_diagnostics(ctx.err, plan.diagnostics);
  const pl::QuarterOutcome outcome = pl::simulate_quarter(config, *plan.plan, *seed);
  if (!outcome.ok()) {  // a plan that read cleanly is always playable: this is a bug
    for (const auto& e : outcome.errors) {
      ctx.err << "dojo pipeline simulate: " << dealdojo::util::field_name(e.pointer) << ": " << e.message << "\n";
    }
    return kExitFailed;
  }
  const pl::QuarterSim& sim = *outcome.sim;
  const pl::QuarterDebrief debrief = sim.debrief();
  if (args.json) {
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
  return kExitOk;
}

// [SECTION] entry --------------------------------------------------------------

struct Subcommand {
  std::string_view name;
  std::vector<std::string_view> valued_flags;
  int (*run)(CommandContext&, const Args&);
};

}  // namespace

int run_pipeline(CommandContext& ctx) {
  if (ctx.args.empty() || ctx.args[0] == "--help" || ctx.args[0] == "-h") {
    (ctx.args.empty() ? ctx.err : ctx.out) << "Usage:\n  " << pipeline_usage() << "\n";
    return ctx.args.empty() ? kExitUsage : kExitOk;
  }
  static const Subcommand subcommands[] = {
      {"metrics", {}, run_metrics},
      {"forecast", {"--trials", "--seed", "--source"}, run_forecast_command},
      {"simulate", {"--seed", "--plan"}, run_simulate},
  };
  for (const Subcommand& sub : subcommands) {
    if (sub.name != ctx.args[0]) continue;
    const auto args = parse_args(ctx, sub.name, std::span<const std::string>(ctx.args).subspan(1), sub.valued_flags);
    if (!args) return kExitUsage;
    return sub.run(ctx, *args);
  }
  ctx.err << "dojo pipeline: no subcommand named '" << ctx.args[0]
          << "'; choose metrics, forecast or simulate. Run 'dojo help pipeline'.\n";
  return kExitUsage;
}

}  // namespace dojo
