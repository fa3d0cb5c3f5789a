// libFuzzer target for the pack loader: any bytes as a bundled pack. Beyond "no
// crash, hang or runaway allocation" it checks two properties of every pack that
// loads: writing it out and loading it again gives the same bundle, and its stats,
// CSV export and CSV re-import run cleanly.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/content/pack_loader.hpp"
#include "core/content/pack_stats.hpp"
#include "core/content/pack_writer.hpp"
#include "core/content/question_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dealdojo::content;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const LoadResult result = load_pack_from_text(text, "fuzz.json");
  if (!result.pack) return 0;

  const std::string bundle = save_pack_bundle(*result.pack);
  const LoadResult again = load_pack_from_text(bundle, "fuzz.json");
  if (!again.pack || save_pack_bundle(*again.pack) != bundle) std::abort();  // round trip broken

  (void)format_stats_text(compute_stats(*result.pack));
  ImportOptions options;
  options.file_name = "fuzz.csv";
  options.base = *result.pack;
  (void)import_csv(export_csv(*result.pack), options);
  return 0;
}
