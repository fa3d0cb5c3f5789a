// dojo stats PACK [--json]: how a pack's question bank covers its blueprint, and the
// cue lint (what a test-wise learner could exploit).
#include <ostream>

#include "core/content/cue_lint.hpp"
#include "core/content/pack_loader.hpp"
#include "core/content/pack_stats.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {

int run_stats(CommandContext& ctx) {
  namespace content = dealdojo::content;
  const auto args = parse_or_report(ctx, {"stats", {switch_flag("--json")}, 1}, ctx.args);
  if (!args) return kExitUsage;
  const std::vector<std::string>& paths = args->arguments;
  if (paths.empty()) return usage_error(ctx, "stats", "name exactly one pack");

  const content::LoadResult result = content::load_pack(paths.front());
  if (!result.pack) {
    ctx.out << paths.front() << ": NOT valid (" << problem_summary(result.diagnostics)
            << "); fix the errors to see its stats\n";
    print_diagnostics(ctx.out, result.diagnostics);
    return kExitFailed;
  }
  const content::PackStats stats = content::compute_stats(*result.pack);
  const content::CueLint cues = content::lint_cues(*result.pack);
  if (args->has("--json")) {
    nlohmann::ordered_json report = content::stats_to_json(stats);
    report["cue_lint"] = content::cue_lint_to_json(cues);
    report["diagnostics"] = content::diagnostics_to_json(result.diagnostics);
    ctx.out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    ctx.out << content::format_stats_text(stats) << "\n" << content::format_cue_lint(cues);
    if (!result.diagnostics.empty()) {
      ctx.out << "\n" << problem_summary(result.diagnostics) << " (run 'dojo validate " << paths.front()
              << "' to list them)\n";
    }
  }
  return kExitOk;
}

}  // namespace dojo
