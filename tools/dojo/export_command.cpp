// dojo export csv PACK [-o FILE]: a pack's questions in the spreadsheet layout.
#include <ostream>

#include "core/content/pack_loader.hpp"
#include "core/content/question_import.hpp"
#include "core/util/atomic_file.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {

int run_export(CommandContext& ctx) {
  namespace content = dealdojo::content;
  const std::string_view usage = usage_of("export");
  if (!check_flags(ctx, {"-o"}, usage)) return kExitUsage;
  constexpr std::string_view kValued[] = {"-o"};
  const std::vector<std::string> positionals = arguments_without_flags(ctx, kValued);
  if (positionals.empty() || positionals[0] != "csv") {
    return usage_error(ctx, "say which format to export: 'dojo export csv PACK'", usage);
  }
  if (positionals.size() != 2) return usage_error(ctx, "name exactly one pack to export", usage);
  const content::LoadResult loaded = content::load_pack(positionals[1]);
  if (!loaded.pack) {
    ctx.err << positionals[1] << ": NOT valid (" << problem_summary(loaded.diagnostics) << "); nothing was exported\n";
    print_diagnostics(ctx.err, loaded.diagnostics);
    return kExitFailed;
  }
  const std::string csv = content::export_csv(*loaded.pack);
  if (const auto out = ctx.flag_value("-o")) {
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
