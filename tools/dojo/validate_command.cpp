// dojo validate PACK... [--json]: load and check packs as the app would.
#include <ostream>

#include "core/content/pack_library.hpp"
#include "core/content/pack_loader.hpp"
#include "core/content/pack_stats.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
int run_validate(CommandContext& ctx) {
  namespace content = dealdojo::content;
  const auto args = parse_or_report(ctx, {"validate", {switch_flag("--json")}}, ctx.args);
  if (!args) return kExitUsage;
  const bool as_json = args->has("--json");
  const std::vector<std::string>& paths = args->arguments;
  if (paths.empty()) return usage_error(ctx, "validate", "name at least one pack: a pack folder or a bundled .json file");

  content::PackLibrary library;  // loading together catches two packs with the same id
  nlohmann::ordered_json report = {{"valid", true}, {"packs", nlohmann::ordered_json::array()}};
  bool all_valid = true;
  for (const std::string& path : paths) {
    content::LoadResult result = content::load_pack(path);
    std::string id, summary;
    if (result.pack) {
      id = result.pack->manifest.id;
      summary = "pack '" + id + "' " + result.pack->manifest.version + std::string(": ") + content::describe_pack_contents(*result.pack);
      if (auto clash = library.add(std::move(*result.pack), path)) result.diagnostics.insert(result.diagnostics.begin(), *clash);
    }
    const bool valid = !result.has_errors();
    all_valid = all_valid && valid;
    if (as_json) {
      const std::size_t errors = content::count_errors(result.diagnostics);
      report["packs"].push_back({{"path", path},
                                 {"id", id},
                                 {"valid", valid},
                                 {"errors", errors},
                                 {"warnings", result.diagnostics.size() - errors},
                                 {"diagnostics", content::diagnostics_to_json(result.diagnostics)}});
    } else {
      ctx.out << path << ": " << (valid ? "valid" : "NOT valid") << " (" << problem_summary(result.diagnostics) << ")"
              << (summary.empty() ? "" : "; " + summary) << "\n";
      print_diagnostics(ctx.out, result.diagnostics);
    }
  }
  if (as_json) {
    report["valid"] = all_valid;
    ctx.out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  }
  return all_valid ? kExitOk : kExitFailed;
}

}  // namespace dojo
