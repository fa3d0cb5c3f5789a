#pragma once
// Every pack is untrusted input: these limits bound the work and memory spent on
// one, whatever its bytes. The defaults fit a 20,000-question pack with room to
// spare; tests pass smaller ones.
#include <cstddef>

namespace dealdojo::content {

struct Limits {
  std::size_t max_file_bytes = 32u * 1024u * 1024u;   // one JSON, CSV or GIFT file
  std::size_t max_pack_bytes = 64u * 1024u * 1024u;   // all files of a pack together
  std::size_t max_files = 2000;                        // content files in a pack folder
  std::size_t max_folder_depth = 8;                    // below questions/, glossary/, ...
  std::size_t max_depth = 32;                          // JSON nesting
  std::size_t max_string_chars = 20000;                // any JSON string (characters)
  std::size_t max_key_chars = 200;                     // any JSON object key (characters)
  std::size_t max_array_items = 50000;                 // any JSON array
  std::size_t max_object_members = 1000;               // any JSON object
  std::size_t max_values = 1000000;                    // JSON values in a whole pack
  std::size_t max_diagnostics = 500;                   // problems listed before "N more"
};

}  // namespace dealdojo::content
