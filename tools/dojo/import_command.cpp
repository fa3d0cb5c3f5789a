// dojo import csv|gift FILE -o OUT: make a pack from a spreadsheet or a GIFT file.
// All checks and the conversion are in core/content/question_import.hpp.
#include <filesystem>
#include <ostream>

#include "core/content/pack_loader.hpp"
#include "core/content/pack_stats.hpp"
#include "core/content/pack_writer.hpp"
#include "core/content/question_import.hpp"
#include "core/content/text_checks.hpp"
#include "core/util/atomic_file.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
namespace {

namespace content = dealdojo::content;
namespace fs = std::filesystem;

constexpr std::string_view kValued[] = {"-o", "--base", "--id", "--title", "--domain", "--subtopic", "--difficulty", "--source"};

}  // namespace

int run_import(CommandContext& ctx) {
  const std::string_view usage = usage_of("import");
  if (!check_flags(ctx, {"-o", "--base", "--id", "--title", "--domain", "--subtopic", "--difficulty", "--source", "--force"},
                   usage)) {
    return kExitUsage;
  }
  const std::vector<std::string> positionals = arguments_without_flags(ctx, kValued);
  if (positionals.empty() || (positionals[0] != "csv" && positionals[0] != "gift")) {
    return usage_error(ctx, "say which format to import: 'dojo import csv FILE ...' or 'dojo import gift FILE ...'", usage);
  }
  const bool gift = positionals[0] == "gift";
  if (positionals.size() != 2) return usage_error(ctx, "name exactly one file to import", usage);
  const auto out_flag = ctx.flag_value("-o");
  if (!out_flag) return usage_error(ctx, "say where to write the pack with -o OUT (a .json file or a new folder)", usage);
  if (!gift && (ctx.has_flag("--domain") || ctx.has_flag("--subtopic") || ctx.has_flag("--difficulty") ||
                ctx.has_flag("--source"))) {
    return usage_error(ctx, "--domain, --subtopic, --difficulty and --source are for GIFT files; a CSV has them as columns",
                       usage);
  }
  const fs::path input = positionals[1];
  const fs::path out = *out_flag;
  const bool bundle = out.extension() == ".json";

  content::ImportOptions options;
  options.file_name = input.filename().string();
  options.pack_id = ctx.flag_value("--id").value_or(content::slugify(out.stem().string()));
  options.title = ctx.flag_value("--title").value_or(input.stem().string());
  if (gift) {
    options.gift_domain = ctx.flag_value("--domain").value_or("");
    options.gift_subtopic = ctx.flag_value("--subtopic").value_or("general");
    options.gift_source = ctx.flag_value("--source").value_or("");
    if (const auto d = ctx.flag_value("--difficulty")) {
      const auto parsed = content::parse_difficulty(*d);
      if (!parsed) return usage_error(ctx, "--difficulty is easy, medium or hard, not '" + *d + "'", usage);
      options.gift_difficulty = *parsed;
    }
  }
  if (const auto base = ctx.flag_value("--base")) {
    content::LoadResult loaded = content::load_pack(*base);
    if (!loaded.pack) {
      ctx.out << *base << ": the base pack is NOT valid (" << problem_summary(loaded.diagnostics) << "); nothing was imported\n";
      print_diagnostics(ctx.out, loaded.diagnostics);
      return kExitFailed;
    }
    options.base = std::move(loaded.pack);
  }
  std::error_code ec;
  if (bundle && fs::exists(out, ec) && !ctx.has_flag("--force")) {
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
