#pragma once
// Loading and validating content packs (format 1, see content/FORMAT.md). A pack is
// a folder (pack.json plus content files) or one bundled .json file. Every pack is
// untrusted: the loader never throws, crashes or hangs, and collects all problems
// in one pass.
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/content/limits.hpp"
#include "core/content/pack.hpp"

namespace dealdojo::content {

struct LoadResult {
  std::optional<Pack> pack;  // set only when there is no error (warnings allowed)
  std::vector<Diagnostic> diagnostics;  // errors first, then warnings
  // Where each role-play scenario was read, parallel to pack->roleplay["scenarios"]
  // (kept merged there), so tools can name a scenario's own file.
  std::vector<ContentPlace> scenario_places;
  // Where each guidance playbook was read, parallel to pack->guidance.playbooks.
  std::vector<ContentPlace> playbook_places;

  bool has_errors() const { return content::has_errors(diagnostics); }
};

// A pack folder, a bundled .json file, or a folder's pack.json (which loads the folder).
LoadResult load_pack(const std::filesystem::path& folder_or_json_file, const Limits& limits = {});

// A bundled pack's bytes, e.g. from a browser file picker. `display_name` names the
// file in diagnostics.
LoadResult load_pack_from_text(std::string_view json_text, std::string_view display_name,
                               const Limits& limits = {});

// Reads a whole file of at most `max_bytes`; nullopt (and a diagnostic naming
// `display_name`) when it cannot be read or is too big.
std::optional<std::string> read_file_bounded(const std::filesystem::path& path, std::string_view display_name,
                                             std::size_t max_bytes, DiagnosticSink& sink);

}  // namespace dealdojo::content
