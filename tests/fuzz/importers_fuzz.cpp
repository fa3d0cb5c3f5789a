// libFuzzer target for the CSV and GIFT importers: the first byte picks the format.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/content/question_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dealdojo::content;
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  ImportOptions options;
  options.gift_domain = "general";
  if (data[0] & 1) {
    options.file_name = "fuzz.gift";
    (void)import_gift(text, options);
  } else {
    options.file_name = "fuzz.csv";
    (void)import_csv(text, options);
  }
  return 0;
}
