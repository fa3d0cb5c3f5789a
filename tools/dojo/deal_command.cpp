// dojo deal aov|tcv|acv|ramp|deferred|discount|drill ...: the deal-term
// calculators of core/deals on the command line, with their working, or --json.
// Flag values go through the same form parsers as the UI, so both accept and
// refuse exactly the same text; each field error is reported on its flag.
//
// [SECTION] flags  [SECTION] output  [SECTION] calculators  [SECTION] drill  [SECTION] entry
#include <algorithm>
#include <charconv>
#include <fstream>
#include <iomanip>
#include <limits>
#include <map>
#include <ostream>
#include <sstream>
#include <span>
#include <string>
#include <vector>

#include "core/deals/deal_json.hpp"
#include "core/deals/deal_text.hpp"
#include "core/util/field_errors.hpp"
#include "dojo/command.hpp"

namespace dojo {

namespace deals = dealdojo::deals;
namespace util = dealdojo::util;

std::string_view deal_usage() {
  return "dojo deal SUBCOMMAND FLAGS [--json]\n"
         "  Amounts accept thousand separators (1,000,000 or 1,000,000.50) and at most 2 decimals;\n"
         "  results are exact to the cent (divisions round half-up); each step of the working is shown.\n"
         "  dojo deal aov --quote AMOUNT (--years N | --months N)      AOV = quote ÷ years\n"
         "  dojo deal tcv --aov AMOUNT (--years N | --months N)        TCV = AOV × years\n"
         "      --years may have decimals that make whole months (2.5 = 30 months); else use --months\n"
         "  dojo deal acv [--previous-aov AMOUNT] (--new-aov AMOUNT | --added AMOUNT)\n"
         "      ACV = new AOV - previous AOV (0 for a new customer); --added may be negative\n"
         "  dojo deal ramp --years-amounts A,B,C [--previous-aov AMOUNT]\n"
         "      per-year amounts: TCV, average AOV, year-over-year ACV\n"
         "      (separate with ';' when the amounts use commas: '100,000; 150,000')\n"
         "  dojo deal deferred --invoice AMOUNT (--months N | --years N) --signed YYYY-MM\n"
         "                     --activated YYYY-MM [--licence AMOUNT]\n"
         "      monthly recognition from activation; subscription vs on-premises (licences\n"
         "      up front at activation; without --licence the whole invoice is licences)\n"
         "  dojo deal discount --list AMOUNT --percent P [--matrix FILE]\n"
         "      net price and approver; default matrix: up to 10% Sales rep, up to 20% Sales\n"
         "      manager, up to 30% VP of Sales, above: Deal desk and CFO. FILE is JSON:\n"
         "      {\"tiers\": [{\"up_to_percent\": 10, \"approver\": \"Sales rep\"}, ...], \"above\": \"CFO\"}\n"
         "  dojo deal drill [--seed N] [--count N] [--kind aov,tcv,acv,ramp,deferred,discount]\n"
         "      random problems with answers and working; a seed always gives the same problems\n"
         "  --json  machine output: amounts as {\"cents\", \"amount\"}, errors with their flag\n"
         "  Exit codes: 0 ok, 2 bad flag or value (the message names the flag).";
}

namespace {

// [SECTION] flags ---------------------------------------------------------------

struct SubcommandSpec {
  std::string_view name;
  std::vector<std::string_view> valued_flags;
};

struct DealArgs {
  std::map<std::string, std::string, std::less<>> values;
  bool json = false;

  bool has(std::string_view flag) const { return values.find(flag) != values.end(); }
  std::string get(std::string_view flag) const {
    const auto it = values.find(flag);
    return it == values.end() ? std::string() : it->second;
  }
};

// Parses `args` strictly: known flags only, each once, each with a value (which
// may start with a single '-', so negative amounts work), no stray words.
std::optional<DealArgs> parse_args(CommandContext& ctx, const SubcommandSpec& spec,
                                   std::span<const std::string> args) {
  DealArgs parsed;
  const std::string prefix = "dojo deal " + std::string(spec.name) + ": ";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--json") {
      parsed.json = true;
      continue;
    }
    const bool known = std::find(spec.valued_flags.begin(), spec.valued_flags.end(), arg) != spec.valued_flags.end();
    if (!known) {
      std::string flags;
      for (std::string_view f : spec.valued_flags) flags += std::string(f) + ", ";
      ctx.err << prefix << (arg.starts_with("--") ? "unknown flag '" : "unexpected argument '") << arg
              << "'; flags are " << flags << "--json. Run 'dojo help deal'.\n";
      return std::nullopt;
    }
    if (i + 1 >= args.size() || args[i + 1].starts_with("--")) {
      ctx.err << prefix << arg << " needs a value. Run 'dojo help deal'.\n";
      return std::nullopt;
    }
    if (!parsed.values.emplace(arg, args[i + 1]).second) {
      ctx.err << prefix << arg << " is given twice.\n";
      return std::nullopt;
    }
    ++i;
  }
  return parsed;
}

// The term flags: --years or --months, not both. `fallback` names the flag
// reported when neither is given.
struct TermFlag {
  std::string text;
  deals::TermUnit unit;
  std::string flag;
};

std::optional<TermFlag> term_flag(CommandContext& ctx, std::string_view sub, const DealArgs& args,
                                  deals::TermUnit fallback) {
  if (args.has("--years") && args.has("--months")) {
    ctx.err << "dojo deal " << sub << ": give the term with --years or --months, not both.\n";
    return std::nullopt;
  }
  if (args.has("--months") || (!args.has("--years") && fallback == deals::TermUnit::Months)) {
    return TermFlag{args.get("--months"), deals::TermUnit::Months, "--months"};
  }
  return TermFlag{args.get("--years"), deals::TermUnit::Years, "--years"};
}

// [SECTION] output --------------------------------------------------------------

using FlagOf = std::map<std::string, std::string, std::less<>>;

// The flag of an error's field, keyed by the field's name: "/year_amounts/2" is
// "year_amounts[2]", whose flag is that of "year_amounts".
std::string flag_for(const FlagOf& flags, std::string_view pointer) {
  const std::string field = util::field_name(pointer);
  const std::string base = field.substr(0, field.find('['));  // "year_amounts[2]" -> "year_amounts"
  const auto it = flags.find(base);
  return it == flags.end() ? "--" + field : it->second;
}

// Prints a result: the field errors on their flags (exit 2), or `print_values`
// and the working (exit 0); with --json the JSON form either way.
template <typename Result, typename PrintValues>
int report(CommandContext& ctx, std::string_view sub, const DealArgs& args, const Result& result,
           const FlagOf& flags, PrintValues print_values) {
  if (args.json) {
    nlohmann::json out = deals::result_to_json(result);
    if (!result.ok()) {
      for (std::size_t i = 0; i < result.errors.size(); ++i) out["errors"][i]["flag"] = flag_for(flags, result.errors[i].pointer);
    }
    ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return result.ok() ? kExitOk : kExitUsage;
  }
  if (!result.ok()) {
    for (const dealdojo::content::Diagnostic& e : result.errors) {
      ctx.err << "dojo deal " << sub << ": " << flag_for(flags, e.pointer) << ": " << e.message << "\n";
    }
    return kExitUsage;
  }
  print_values(result.values);
  ctx.out << "\nWorking:\n";
  for (const std::string& line : result.working) ctx.out << "  " << line << "\n";
  return kExitOk;
}

std::string money(util::Money m) { return util::format_money(m); }

// [SECTION] calculators ---------------------------------------------------------

int run_aov(CommandContext& ctx, const DealArgs& args) {
  const auto term = term_flag(ctx, "aov", args, deals::TermUnit::Years);
  if (!term) return kExitUsage;
  const deals::AovResult result = deals::calculate_aov(deals::AovForm{args.get("--quote"), term->text, term->unit});
  return report(ctx, "aov", args, result, {{"quote", "--quote"}, {"term", term->flag}}, [&](const deals::AovValues& v) {
    ctx.out << "AOV = " << money(v.aov) << " (quote " << money(v.quote) << " over " << deals::format_term(v.term_months)
            << ")\n";
  });
}

int run_tcv(CommandContext& ctx, const DealArgs& args) {
  const auto term = term_flag(ctx, "tcv", args, deals::TermUnit::Years);
  if (!term) return kExitUsage;
  const deals::TcvResult result = deals::calculate_tcv(deals::TcvForm{args.get("--aov"), term->text, term->unit});
  return report(ctx, "tcv", args, result, {{"aov", "--aov"}, {"term", term->flag}}, [&](const deals::TcvValues& v) {
    ctx.out << "TCV = " << money(v.tcv) << " (AOV " << money(v.aov) << " over " << deals::format_term(v.term_months)
            << ")\n";
  });
}

int run_acv(CommandContext& ctx, const DealArgs& args) {
  const deals::AcvResult result =
      deals::calculate_acv(deals::AcvForm{args.get("--previous-aov"), args.get("--new-aov"), args.get("--added")});
  const FlagOf flags = {{"previous_aov", "--previous-aov"}, {"new_aov", "--new-aov"}, {"added", "--added"}};
  return report(ctx, "acv", args, result, flags, [&](const deals::AcvValues& v) {
    ctx.out << "ACV = " << money(v.acv) << " (AOV " << money(v.previous_aov) << " -> " << money(v.new_aov) << ")\n";
  });
}

int run_ramp(CommandContext& ctx, const DealArgs& args) {
  deals::RampForm form;
  if (args.has("--years-amounts")) {
    const auto items = deals::split_amount_list(args.get("--years-amounts"));
    if (!items.ok()) {
      ctx.err << "dojo deal ramp: --years-amounts: " << items.error << "\n";
      return kExitUsage;
    }
    form.year_amounts = items.value;
  }
  form.previous_aov = args.get("--previous-aov");
  const deals::RampResult result = deals::calculate_ramp(form);
  const FlagOf flags = {{"year_amounts", "--years-amounts"}, {"previous_aov", "--previous-aov"}};
  return report(ctx, "ramp", args, result, flags, [&](const deals::RampValues& v) {
    ctx.out << "TCV = " << money(v.tcv) << ", average AOV = " << money(v.average_aov) << "\n\n";
    ctx.out << "Year           AOV           ACV\n";
    for (const deals::RampYear& y : v.years) {
      ctx.out << std::setw(4) << y.year << std::setw(14) << money(y.aov) << std::setw(14) << money(y.acv) << "\n";
    }
  });
}

void print_schedule(std::ostream& out, const deals::DeferredValues& v) {
  using util::CentsStyle;
  out << "Deferred revenue: invoice " << money(v.invoice) << " over " << deals::format_term(v.term_months)
      << ", signed " << deals::format_year_month(v.signed_month) << ", activated "
      << deals::format_year_month(v.activation_month) << "\n\n";
  out << "          |              Subscription              |              On-premises\n";
  out << "Month     |  Recognised    Cumulative      Deferred |  Recognised    Cumulative      Deferred\n";
  for (const deals::DeferredRow& row : v.rows) {
    out << deals::format_year_month(row.month) << (row.in_service ? "  " : " *") << " |";
    for (const deals::Recognition* r : {&row.subscription, &row.on_premises}) {
      out << std::setw(12) << util::format_money(r->recognised, CentsStyle::Always) << std::setw(14)
          << util::format_money(r->cumulative, CentsStyle::Always) << std::setw(14)
          << util::format_money(r->deferred, CentsStyle::Always) << (r == &row.subscription ? " |" : "\n");
    }
  }
  if (v.months_before_activation > 0) out << "* before activation: nothing recognised yet\n";
}

int run_deferred(CommandContext& ctx, const DealArgs& args) {
  const auto term = term_flag(ctx, "deferred", args, deals::TermUnit::Months);
  if (!term) return kExitUsage;
  const deals::DeferredForm form{args.get("--invoice"), term->text,          term->unit,
                                 args.get("--signed"),  args.get("--activated"), args.get("--licence")};
  const deals::DeferredResult result = deals::calculate_deferred(form);
  const FlagOf flags = {{"invoice", "--invoice"},     {"term", term->flag},         {"signed", "--signed"},
                        {"activated", "--activated"}, {"licence", "--licence"}};
  return report(ctx, "deferred", args, result, flags,
                [&](const deals::DeferredValues& v) { print_schedule(ctx.out, v); });
}

// Reads a matrix file, or prints why not (naming --matrix) and returns nullopt.
std::optional<deals::ApprovalMatrix> load_matrix(CommandContext& ctx, const std::string& path) {
  constexpr std::streamoff kMaxMatrixBytes = 1 << 20;
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  if (file) text << file.rdbuf();
  if (!file || text.tellp() > kMaxMatrixBytes) {
    ctx.err << "dojo deal discount: --matrix: cannot read '" << path << "' (missing, unreadable or over 1 MB).\n";
    return std::nullopt;
  }
  deals::ApprovalMatrixParse parsed = deals::parse_approval_matrix(text.str());
  if (!parsed.ok()) {
    for (const dealdojo::content::Diagnostic& e : parsed.errors) {
      ctx.err << "dojo deal discount: --matrix: " << path << ": " << (e.pointer.empty() ? "" : e.pointer + ": ")
              << e.message << "\n";
    }
    return std::nullopt;
  }
  return std::move(parsed.matrix);
}

int run_discount(CommandContext& ctx, const DealArgs& args) {
  deals::ApprovalMatrix matrix = deals::default_approval_matrix();
  if (args.has("--matrix")) {
    auto loaded = load_matrix(ctx, args.get("--matrix"));
    if (!loaded) return kExitUsage;
    matrix = std::move(*loaded);
  }
  const deals::DiscountResult result =
      deals::calculate_discount(deals::DiscountForm{args.get("--list"), args.get("--percent")}, matrix);
  const FlagOf flags = {{"list_price", "--list"}, {"percent", "--percent"}, {"matrix", "--matrix"}};
  return report(ctx, "discount", args, result, flags, [&](const deals::DiscountValues& v) {
    ctx.out << "Net price = " << money(v.net_price) << " (list " << money(v.list_price) << " less "
            << deals::format_percent(v.basis_points) << " = " << money(v.discount) << ")\n";
    ctx.out << "Approver: " << v.approval.approver << " (" << v.approval.rule << ")\n";
  });
}

// [SECTION] drill ---------------------------------------------------------------

template <typename T>
std::optional<T> whole_number(std::string_view text) {
  T value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int run_drill(CommandContext& ctx, const DealArgs& args) {
  std::uint64_t seed = 1;
  int count = 5;
  std::vector<deals::DrillKind> kinds;
  if (args.has("--seed")) {
    const auto parsed = whole_number<std::uint64_t>(args.get("--seed"));
    if (!parsed) {
      ctx.err << "dojo deal drill: --seed: '" << args.get("--seed") << "' is not a whole number from 0 to "
              << std::numeric_limits<std::uint64_t>::max() << ".\n";
      return kExitUsage;
    }
    seed = *parsed;
  }
  if (args.has("--count")) {
    const auto parsed = whole_number<int>(args.get("--count"));
    if (!parsed || *parsed < 1 || *parsed > 100) {
      ctx.err << "dojo deal drill: --count: '" << args.get("--count") << "' is not a number from 1 to 100.\n";
      return kExitUsage;
    }
    count = *parsed;
  }
  if (args.has("--kind")) {
    std::stringstream list(args.get("--kind"));
    for (std::string name; std::getline(list, name, ',');) {
      const auto kind = deals::drill_kind_from_name(name);
      if (!kind) {
        ctx.err << "dojo deal drill: --kind: '" << name << "' is not a kind; kinds are aov, tcv, acv, ramp, "
                << "deferred, discount.\n";
        return kExitUsage;
      }
      kinds.push_back(*kind);
    }
  }
  dealdojo::Rng rng(seed);
  const std::vector<deals::DrillProblem> problems = deals::generate_drill(rng, count, kinds);
  if (args.json) {
    nlohmann::json out = {{"seed", seed}, {"problems", nlohmann::json::array()}};
    for (const deals::DrillProblem& p : problems) out["problems"].push_back(deals::problem_to_json(p));
    ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  ctx.out << "Deal drill, seed " << seed << "\n";
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const deals::DrillProblem& p = problems[i];
    ctx.out << "\n" << (i + 1) << ". [" << deals::drill_kind_name(p.kind) << "] " << p.prompt << "\n";
    ctx.out << "   Answer: " << money(p.expected) << "\n";
    for (const std::string& line : p.working) ctx.out << "     " << line << "\n";
  }
  return kExitOk;
}

// [SECTION] entry ---------------------------------------------------------------

using SubcommandRun = int (*)(CommandContext&, const DealArgs&);

struct Subcommand {
  SubcommandSpec spec;
  SubcommandRun run;
};

const std::vector<Subcommand>& subcommands() {
  static const std::vector<Subcommand> list = {
      {{"aov", {"--quote", "--years", "--months"}}, run_aov},
      {{"tcv", {"--aov", "--years", "--months"}}, run_tcv},
      {{"acv", {"--previous-aov", "--new-aov", "--added"}}, run_acv},
      {{"ramp", {"--years-amounts", "--previous-aov"}}, run_ramp},
      {{"deferred", {"--invoice", "--months", "--years", "--signed", "--activated", "--licence"}}, run_deferred},
      {{"discount", {"--list", "--percent", "--matrix"}}, run_discount},
      {{"drill", {"--seed", "--count", "--kind"}}, run_drill},
  };
  return list;
}

}  // namespace

int run_deal(CommandContext& ctx) {
  if (ctx.args.empty() || ctx.args[0] == "--help" || ctx.args[0] == "-h") {
    (ctx.args.empty() ? ctx.err : ctx.out) << "Usage:\n  " << deal_usage() << "\n";
    return ctx.args.empty() ? kExitUsage : kExitOk;
  }
  for (const Subcommand& sub : subcommands()) {
    if (sub.spec.name != ctx.args[0]) continue;
    const auto args = parse_args(ctx, sub.spec, std::span<const std::string>(ctx.args).subspan(1));
    if (!args) return kExitUsage;
    return sub.run(ctx, *args);
  }
  ctx.err << "dojo deal: no calculator named '" << ctx.args[0]
          << "'; choose aov, tcv, acv, ramp, deferred, discount or drill. Run 'dojo help deal'.\n";
  return kExitUsage;
}

}  // namespace dojo
