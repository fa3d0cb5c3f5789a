// dojo export csv PACK [-o FILE]: a pack's questions in the spreadsheet layout.
#include <ostream>

#include "core/content/pack_loader.hpp"
#include "core/content/question_import.hpp"
#include "dojo/flags.hpp"
#include "core/util/atomic_file.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {

int run_export(CommandContext& ctx) {
  namespace content = dealdojo::content;
  const auto args = parse_or_report(ctx, {"export", {value_flag("-o")}, 2}, ctx.args);
  if (!args) return kExitUsage;
  const std::vector<std::string>& positionals = args->arguments;
  if (positionals.empty() || positionals[0] != "csv") {
    return usage_error(ctx, "export", "say which format to export: 'dojo export csv PACK'");
  }
  if (positionals.size() != 2) return usage_error(ctx, "export", "name exactly one pack to export");
  const content::LoadResult loaded = content::load_pack(positionals[1]);
  if (!loaded.pack) {
    ctx.err << positionals[1] << ": NOT valid (" << problem_summary(loaded.diagnostics) << "); nothing was exported\n";
    print_diagnostics(ctx.err, loaded.diagnostics);
    return kExitFailed;
  }
  const std::string csv = content::export_csv(*loaded.pack);
  if (const auto out = args->value("-o")) {
    const dealdojo::util::Status written = dealdojo::util::write_file_atomically(*out, csv);
    if (!written.ok()) {
      print_diagnostics(ctx.err, written.diagnostics(), "");
      return kExitFailed;
    }
    ctx.out << "wrote " << *out << ": " << loaded.pack->questions.size() << " questions\n";
  } else {
    ctx.out << csv;
  }
  return kExitOk;
}

}  // namespace dojo
