// dojo import csv|gift FILE -o OUT: make a pack from a spreadsheet or a GIFT file.
// All checks and the conversion are in core/content/question_import.hpp.
#include <filesystem>
#include <ostream>

#include "core/content/pack_loader.hpp"
#include "core/content/pack_stats.hpp"
#include "core/content/pack_writer.hpp"
#include "core/content/question_import.hpp"
#include "core/content/text_checks.hpp"
#include "dojo/flags.hpp"
#include "core/util/atomic_file.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
namespace {

namespace content = dealdojo::content;
namespace fs = std::filesystem;

// dojo import FORMAT FILE ...; the last four flags are for GIFT files, which have no
// columns for them.
const CommandSpec kImportSpec{"import",
                              {value_flag("-o"), value_flag("--base"), value_flag("--id"), value_flag("--title"),
                               switch_flag("--force"), value_flag("--domain"), value_flag("--subtopic"),
                               value_flag("--difficulty"), value_flag("--source")},
                              2};

}  // namespace

int run_import(CommandContext& ctx) {
  const auto args = parse_or_report(ctx, kImportSpec, ctx.args);
  if (!args) return kExitUsage;
  const std::vector<std::string>& positionals = args->arguments;
  if (positionals.empty() || (positionals[0] != "csv" && positionals[0] != "gift")) {
    return usage_error(ctx, "import",
                       "say which format to import: 'dojo import csv FILE ...' or 'dojo import gift FILE ...'");
  }
  const bool gift = positionals[0] == "gift";
  if (positionals.size() != 2) return usage_error(ctx, "import", "name exactly one file to import");
  const auto out_flag = args->value("-o");
  if (!out_flag) {
    return usage_error(ctx, "import", "say where to write the pack with -o OUT (a .json file or a new folder)");
  }
  if (!gift && (args->has("--domain") || args->has("--subtopic") || args->has("--difficulty") ||
                args->has("--source"))) {
    return usage_error(ctx, "import",
                       "--domain, --subtopic, --difficulty and --source are for GIFT files; a CSV has them as columns");
  }
  const fs::path input = positionals[1];
  const fs::path out = *out_flag;
  const bool bundle = out.extension() == ".json";

  content::ImportOptions options;
  options.file_name = input.filename().string();
  options.pack_id = args->value("--id").value_or(content::slugify(out.stem().string()));
  options.title = args->value("--title").value_or(input.stem().string());
  if (gift) {
    options.gift_domain = args->value_or("--domain", "");
    options.gift_subtopic = args->value_or("--subtopic", "general");
    options.gift_source = args->value_or("--source", "");
    if (const auto d = args->value("--difficulty")) {
      const auto parsed = content::parse_difficulty(*d);
      if (!parsed) {
        return usage_error(ctx, "import",
                           "--difficulty: " + content::quote_value(*d) + " is not a difficulty; use easy, medium or hard");
      }
      options.gift_difficulty = *parsed;
    }
  }
  if (const auto base = args->value("--base")) {
    content::LoadResult loaded = content::load_pack(*base);
    if (!loaded.pack) {
      ctx.out << *base << ": the base pack is NOT valid (" << problem_summary(loaded.diagnostics) << "); nothing was imported\n";
      print_diagnostics(ctx.out, loaded.diagnostics);
      return kExitFailed;
    }
    options.base = std::move(loaded.pack);
  }
  std::error_code ec;
  if (bundle && fs::exists(out, ec) && !args->has("--force")) {
    ctx.out << out.generic_string() << " already exists; choose another name, or pass --force to replace it\n";
    return kExitFailed;
  }

  content::DiagnosticSink read_problems;
  const auto text = content::read_file_bounded(input, input.generic_string(), content::Limits{}.max_file_bytes, read_problems);
  if (!text) {
    print_diagnostics(ctx.out, read_problems.take(), "");
    return kExitFailed;
  }
  const content::ImportResult result = gift ? content::import_gift(*text, options) : content::import_csv(*text, options);
  if (!result.pack) {
    ctx.out << input.generic_string() << ": NOT imported (" << problem_summary(result.diagnostics) << "); nothing was written\n";
    print_diagnostics(ctx.out, result.diagnostics);
    return kExitFailed;
  }
  const std::vector<content::Diagnostic> written =
      bundle ? dealdojo::util::write_file_atomically(out, content::save_pack_bundle(*result.pack)).diagnostics()
             : content::write_pack_folder(*result.pack, out, content::slugify(input.stem().string()).empty()
                                                                  ? "imported"
                                                                  : content::slugify(input.stem().string()));
  if (!written.empty()) {
    print_diagnostics(ctx.out, written, "");
    return kExitFailed;
  }
  ctx.out << "wrote " << out.generic_string() << ": pack '" << result.pack->manifest.id << "' with "
          << content::describe_pack_contents(*result.pack) << " (" << problem_summary(result.diagnostics) << ")\n";
  print_diagnostics(ctx.out, result.diagnostics);
  return kExitOk;
}

}  // namespace dojo
