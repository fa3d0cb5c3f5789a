// dojo deal aov|tcv|acv|ramp|deferred|discount|drill ...: the deal-term
// calculators of core/deals on the command line, with their working, or --json.
// Flag values go through the same form parsers as the UI, so both accept and
// refuse exactly the same text; each field error is reported on its flag.
//
// [SECTION] flags  [SECTION] output  [SECTION] calculators  [SECTION] drill  [SECTION] entry
#include <fstream>
#include <iomanip>
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
#include "dojo/flags.hpp"

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

// A calculator's flags: the form fields it reads, each taking a value, and --json.
// Calculators take no plain arguments.
CommandSpec calculator_spec(std::string_view command, std::initializer_list<std::string_view> fields) {
  CommandSpec spec{command, {}, 0};
  for (std::string_view field : fields) spec.flags.push_back(value_flag(field));
  spec.flags.push_back(switch_flag("--json"));
  return spec;
}

// A flag's text for a form; "" when it is absent, which the form reports as missing.
std::string form_text(const ParsedArgs& args, std::string_view flag) { return args.value_or(flag, ""); }

// The term flags: --years or --months, not both. `fallback` names the flag
// reported when neither is given.
struct TermFlag {
  std::string text;
  deals::TermUnit unit;
  std::string flag;
};

std::optional<TermFlag> term_flag(CommandContext& ctx, std::string_view sub, const ParsedArgs& args,
                                  deals::TermUnit fallback) {
  if (args.has("--years") && args.has("--months")) {
    usage_error(ctx, "deal " + std::string(sub), "give the term with --years or --months, not both");
    return std::nullopt;
  }
  if (args.has("--months") || (!args.has("--years") && fallback == deals::TermUnit::Months)) {
    return TermFlag{form_text(args, "--months"), deals::TermUnit::Months, "--months"};
  }
  return TermFlag{form_text(args, "--years"), deals::TermUnit::Years, "--years"};
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
int report(CommandContext& ctx, std::string_view sub, const ParsedArgs& args, const Result& result,
           const FlagOf& flags, PrintValues print_values) {
  if (args.has("--json")) {
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

int run_aov(CommandContext& ctx, const ParsedArgs& args) {
  const auto term = term_flag(ctx, "aov", args, deals::TermUnit::Years);
  if (!term) return kExitUsage;
  const deals::AovResult result =
      deals::calculate_aov(deals::AovForm{form_text(args, "--quote"), term->text, term->unit});
  return report(ctx, "aov", args, result, {{"quote", "--quote"}, {"term", term->flag}}, [&](const deals::AovValues& v) {
    ctx.out << "AOV = " << money(v.aov) << " (quote " << money(v.quote) << " over " << deals::format_term(v.term_months)
            << ")\n";
  });
}

int run_tcv(CommandContext& ctx, const ParsedArgs& args) {
  const auto term = term_flag(ctx, "tcv", args, deals::TermUnit::Years);
  if (!term) return kExitUsage;
  const deals::TcvResult result =
      deals::calculate_tcv(deals::TcvForm{form_text(args, "--aov"), term->text, term->unit});
  return report(ctx, "tcv", args, result, {{"aov", "--aov"}, {"term", term->flag}}, [&](const deals::TcvValues& v) {
    ctx.out << "TCV = " << money(v.tcv) << " (AOV " << money(v.aov) << " over " << deals::format_term(v.term_months)
            << ")\n";
  });
}

int run_acv(CommandContext& ctx, const ParsedArgs& args) {
  const deals::AcvResult result =
      deals::calculate_acv(deals::AcvForm{form_text(args, "--previous-aov"), form_text(args, "--new-aov"),
                                          form_text(args, "--added")});
  const FlagOf flags = {{"previous_aov", "--previous-aov"}, {"new_aov", "--new-aov"}, {"added", "--added"}};
  return report(ctx, "acv", args, result, flags, [&](const deals::AcvValues& v) {
    ctx.out << "ACV = " << money(v.acv) << " (AOV " << money(v.previous_aov) << " -> " << money(v.new_aov) << ")\n";
  });
}

int run_ramp(CommandContext& ctx, const ParsedArgs& args) {
  deals::RampForm form;
  if (args.has("--years-amounts")) {
    const auto items = deals::split_amount_list(form_text(args, "--years-amounts"));
    if (!items.ok()) {
      ctx.err << "dojo deal ramp: --years-amounts: " << items.error << "\n";
      return kExitUsage;
    }
    form.year_amounts = items.value;
  }
  form.previous_aov = form_text(args, "--previous-aov");
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

int run_deferred(CommandContext& ctx, const ParsedArgs& args) {
  const auto term = term_flag(ctx, "deferred", args, deals::TermUnit::Months);
  if (!term) return kExitUsage;
  const deals::DeferredForm form{form_text(args, "--invoice"), term->text, term->unit, form_text(args, "--signed"),
                                 form_text(args, "--activated"), form_text(args, "--licence")};
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

int run_discount(CommandContext& ctx, const ParsedArgs& args) {
  deals::ApprovalMatrix matrix = deals::default_approval_matrix();
  if (args.has("--matrix")) {
    auto loaded = load_matrix(ctx, form_text(args, "--matrix"));
    if (!loaded) return kExitUsage;
    matrix = std::move(*loaded);
  }
  const deals::DiscountResult result =
      deals::calculate_discount(deals::DiscountForm{form_text(args, "--list"), form_text(args, "--percent")},
                                matrix);
  const FlagOf flags = {{"list_price", "--list"}, {"percent", "--percent"}, {"matrix", "--matrix"}};
  return report(ctx, "discount", args, result, flags, [&](const deals::DiscountValues& v) {
    ctx.out << "Net price = " << money(v.net_price) << " (list " << money(v.list_price) << " less "
            << deals::format_percent(v.basis_points) << " = " << money(v.discount) << ")\n";
    ctx.out << "Approver: " << v.approval.approver << " (" << v.approval.rule << ")\n";
  });
}

// [SECTION] drill ---------------------------------------------------------------

int run_drill(CommandContext& ctx, const ParsedArgs& args) {
  const auto seed = whole_number(args, "--seed", 1);
  if (!seed) return usage_error(ctx, "deal drill", seed.error_message());
  const auto count = whole_number(args, "--count", 5, {1, 100});
  if (!count) return usage_error(ctx, "deal drill", count.error_message());
  std::vector<deals::DrillKind> kinds;
  if (args.has("--kind")) {
    std::stringstream list(form_text(args, "--kind"));
    for (std::string name; std::getline(list, name, ',');) {
      const auto kind = deals::drill_kind_from_name(name);
      if (!kind) {
        return usage_error(ctx, "deal drill",
                           "--kind: '" + name + "' is not a kind; kinds are aov, tcv, acv, ramp, deferred, discount");
      }
      kinds.push_back(*kind);
    }
  }
  dealdojo::Rng rng(*seed);
  const std::vector<deals::DrillProblem> problems = deals::generate_drill(rng, static_cast<int>(*count), kinds);
  if (args.has("--json")) {
    nlohmann::json out = {{"seed", *seed}, {"problems", nlohmann::json::array()}};
    for (const deals::DrillProblem& p : problems) out["problems"].push_back(deals::problem_to_json(p));
    ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  ctx.out << "Deal drill, seed " << *seed << "\n";
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const deals::DrillProblem& p = problems[i];
    ctx.out << "\n" << (i + 1) << ". [" << deals::drill_kind_name(p.kind) << "] " << p.prompt << "\n";
    ctx.out << "   Answer: " << money(p.expected) << "\n";
    for (const std::string& line : p.working) ctx.out << "     " << line << "\n";
  }
  return kExitOk;
}

// [SECTION] entry ---------------------------------------------------------------


const std::vector<Subcommand>& subcommands() {
  static const std::vector<Subcommand> list = {
      {"aov", calculator_spec("deal aov", {"--quote", "--years", "--months"}), run_aov},
      {"tcv", calculator_spec("deal tcv", {"--aov", "--years", "--months"}), run_tcv},
      {"acv", calculator_spec("deal acv", {"--previous-aov", "--new-aov", "--added"}), run_acv},
      {"ramp", calculator_spec("deal ramp", {"--years-amounts", "--previous-aov"}), run_ramp},
      {"deferred",
       calculator_spec("deal deferred", {"--invoice", "--months", "--years", "--signed", "--activated", "--licence"}),
       run_deferred},
      {"discount", calculator_spec("deal discount", {"--list", "--percent", "--matrix"}), run_discount},
      {"drill", calculator_spec("deal drill", {"--seed", "--count", "--kind"}), run_drill},
  };
  return list;
}

}  // namespace

int run_deal(CommandContext& ctx) {
  if (ctx.args.empty()) {
    ctx.err << "Usage:\n  " << deal_usage() << "\n";
    return kExitUsage;
  }
  return run_subcommand(ctx, "deal", subcommands());
}

}  // namespace dojo
