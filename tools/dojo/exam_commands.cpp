// dojo mock and dojo score: the exam assembly and scoring the app uses, for
// trainers and automation.
//   dojo mock --pack PACK [--seed N] [--json]     the assembled exam, in order
//   dojo score ATTEMPT.json --pack PACK           the scored attempt, as JSON
#include <ostream>

#include "core/content/pack_loader.hpp"
#include "core/exam/attempt.hpp"
#include "core/exam/paper.hpp"
#include "core/exam/scoring.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
namespace {

namespace content = dealdojo::content;
namespace exam = dealdojo::exam;

// Loads --pack or explains why not; nullopt after printing the problem.
std::optional<content::Pack> load_pack_flag(CommandContext& ctx, std::string_view command, const ParsedArgs& args,
                                            int& exit_code) {
  const auto path = args.value("--pack");
  if (!path) {
    exit_code = usage_error(ctx, command, "name the pack with --pack PACK");
    return std::nullopt;
  }
  content::LoadResult result = content::load_pack(*path);
  if (!result.pack) {
    ctx.err << *path << ": the pack has errors (" << problem_summary(result.diagnostics) << ")\n";
    print_diagnostics(ctx.err, result.diagnostics);
    exit_code = kExitFailed;
    return std::nullopt;
  }
  return std::move(result.pack);
}

nlohmann::ordered_json score_to_json(const exam::ExamScore& score) {
  nlohmann::ordered_json domains = nlohmann::ordered_json::array();
  for (const auto& d : score.domains) {
    domains.push_back({{"id", d.id}, {"name", d.name}, {"right", d.right}, {"total", d.total},
                       {"percent", d.percent()}});
  }
  return {{"right", score.right},           {"total", score.total},
          {"percent", score.percent()},     {"pass_percent", score.pass_percent},
          {"passed", score.passed},         {"unanswered", score.unanswered},
          {"flagged", score.flagged},       {"time_used_ms", score.time_used_ms},
          {"domains", domains},             {"item_correct", score.item_correct}};
}

}  // namespace

int run_mock(CommandContext& ctx) {
  const auto args =
      parse_or_report(ctx, {"mock", {value_flag("--pack"), value_flag("--seed"), switch_flag("--json")}, 0}, ctx.args);
  if (!args) return kExitUsage;
  const auto seed_flag = whole_number(*args, "--seed", 1);
  if (!seed_flag) return usage_error(ctx, "mock", seed_flag.error_message());
  const std::uint64_t seed = *seed_flag;
  int exit_code = kExitOk;
  const auto pack = load_pack_flag(ctx, "mock", *args, exit_code);
  if (!pack) return exit_code;
  const auto result = exam::assemble_mock_exam(*pack, seed);
  if (!result.ok()) {
    for (const auto& e : result.diagnostics()) ctx.err << "dojo mock: " << e.message << "\n";
    return kExitFailed;
  }
  const exam::Paper& paper = *result;
  if (args->has("--json")) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& item : paper.items) {
      items.push_back({{"question", item.question_id}, {"domain", item.domain}, {"option_order", item.option_order}});
    }
    nlohmann::ordered_json out = {{"pack", paper.pack_id}, {"seed", seed}, {"minutes", paper.minutes},
                                  {"pass_percent", paper.pass_percent}, {"questions", items}};
    ctx.out << out.dump(2) << "\n";
    return kExitOk;
  }
  ctx.out << "Mock exam from '" << pack->manifest.title << "' (seed " << seed << "): " << paper.items.size()
          << " questions, " << paper.minutes << " minutes, " << paper.pass_percent << "% to pass\n";
  for (std::size_t i = 0; i < paper.items.size(); ++i) {
    ctx.out << "  " << (i + 1) << ". " << paper.items[i].question_id << " (" << paper.items[i].domain << ")\n";
  }
  return kExitOk;
}

int run_score(CommandContext& ctx) {
  const auto args = parse_or_report(ctx, {"score", {value_flag("--pack")}, 1}, ctx.args);
  if (!args) return kExitUsage;
  const std::vector<std::string>& files = args->arguments;
  if (files.empty()) return usage_error(ctx, "score", "name one attempt file");
  int exit_code = kExitOk;
  const auto pack = load_pack_flag(ctx, "score", *args, exit_code);
  if (!pack) return exit_code;
  content::DiagnosticSink sink;
  const auto text = content::read_file_bounded(files[0], files[0], 16u * 1024u * 1024u, sink);
  if (!text) {
    print_diagnostics(ctx.err, sink.take());
    return kExitFailed;
  }
  const auto data = nlohmann::json::parse(*text, nullptr, false);
  if (data.is_discarded()) {
    ctx.err << files[0] << ": not valid JSON\n";
    return kExitFailed;
  }
  const auto attempt = exam::Attempt::from_json(data, files[0]);
  if (!attempt) {
    ctx.err << files[0] << ": this is not a saved attempt:\n";
    print_diagnostics(ctx.err, attempt.diagnostics());
    return kExitFailed;
  }
  if (attempt->paper().pack_id != pack->manifest.id) {
    ctx.err << files[0] << ": the attempt was drawn from pack '" << attempt->paper().pack_id << "', not '"
            << pack->manifest.id << "'\n";
    return kExitFailed;
  }
  ctx.out << score_to_json(exam::score_attempt(*attempt, *pack)).dump(2) << "\n";
  return kExitOk;
}

}  // namespace dojo
