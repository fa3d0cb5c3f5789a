// dojo validate PACK... [--json] [--strict]: load and check packs as the app would.
// --strict also runs the cue lint and counts each failing rule as an error, so a
// trainer's CI can hold a bank to it.
#include <optional>
#include <ostream>

#include "core/content/cue_lint.hpp"
#include "core/content/pack_library.hpp"
#include "core/content/pack_loader.hpp"
#include "core/content/pack_stats.hpp"
#include "core/util/text.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
int run_validate(CommandContext& ctx) {
  namespace content = dealdojo::content;
  const auto args = parse_or_report(ctx, {"validate", {switch_flag("--json"), switch_flag("--strict")}}, ctx.args);
  if (!args) return kExitUsage;
  const bool as_json = args->has("--json");
  const bool strict = args->has("--strict");
  const std::vector<std::string>& paths = args->arguments;
  if (paths.empty()) return usage_error(ctx, "validate", "name at least one pack: a pack folder or a bundled .json file");

  content::PackLibrary library;  // loading together catches two packs with the same id
  nlohmann::ordered_json report = {{"valid", true}, {"packs", nlohmann::ordered_json::array()}};
  bool all_valid = true;
  for (const std::string& path : paths) {
    content::LoadResult result = content::load_pack(path);
    std::string id, summary;
    std::optional<content::CueLint> cues;
    if (result.pack) {
      id = result.pack->manifest.id;
      cues = content::lint_cues(*result.pack);
      summary = "pack '" + id + "' " + result.pack->manifest.version + std::string(": ") + content::describe_pack_contents(*result.pack);
      if (auto clash = library.add(std::move(*result.pack), path)) result.diagnostics.insert(result.diagnostics.begin(), *clash);
    }
    const bool cues_fail = cues && cues->failing() > 0;
    const bool valid = !result.has_errors() && !(strict && cues_fail);
    all_valid = all_valid && valid;
    if (as_json) {
      const std::size_t errors = content::count_errors(result.diagnostics);
      report["packs"].push_back({{"path", path},
                                 {"id", id},
                                 {"valid", valid},
                                 {"errors", errors},
                                 {"warnings", result.diagnostics.size() - errors},
                                 {"diagnostics", content::diagnostics_to_json(result.diagnostics)},
                                 {"cue_lint", cues ? content::cue_lint_to_json(*cues) : nlohmann::ordered_json()}});
    } else {
      const std::string lint_failures =
          strict && cues_fail ? "; " + dealdojo::text::count_noun(cues->failing(), "cue-lint rule fails", "cue-lint rules fail") : "";
      ctx.out << path << ": " << (valid ? "valid" : "NOT valid") << " (" << problem_summary(result.diagnostics)
              << lint_failures << ")"
              << (summary.empty() ? "" : "; " + summary) << "\n";
      print_diagnostics(ctx.out, result.diagnostics);
      if (strict && cues) {
        ctx.out << content::format_cue_lint(*cues);
      } else if (cues_fail) {
        ctx.out << "  cue lint: " << cues->failing() << " of " << cues->findings.size()
                << " rules fail ('dojo stats' lists them; --strict makes them errors)\n";
      }
    }
  }
  if (as_json) {
    report["valid"] = all_valid;
    ctx.out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  }
  return all_valid ? kExitOk : kExitFailed;
}

}  // namespace dojo
