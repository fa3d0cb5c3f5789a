#pragma once
// Making packs from files trainers already have: a spreadsheet saved as CSV (one
// row per question, columns in content/FORMAT.md) or Moodle's GIFT format (the
// multiple-choice and multiple-answer subset). Every question goes through the same
// checks as a pack file, and every problem is reported by row and column (CSV) or
// line (GIFT). Nothing is half-imported: with any error there is no pack.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/content/limits.hpp"
#include "core/content/pack.hpp"

namespace dealdojo::content {

struct ImportOptions {
  std::string file_name;  // names the input in diagnostics: "bank.csv"
  // The manifest, blueprint, glossary, pipeline presets and role-play scenarios
  // come from this pack; its questions are replaced by the imported ones. Without
  // it a manifest is made up (id `pack_id`, title `title`) with a blueprint whose
  // domains and weights follow the imported questions, and a warning says so.
  std::optional<Pack> base;
  std::string pack_id = "imported";
  std::string title = "Imported questions";
  // GIFT has no domain, subtopic or difficulty: these fill them. A "$CATEGORY:"
  // line sets the domain of the questions after it (its last part, as an id).
  std::string gift_domain;
  std::string gift_subtopic = "general";
  Difficulty gift_difficulty = Difficulty::Medium;
  std::string gift_source;  // GIFT has no source either: this one goes on every question
};

struct ImportResult {
  std::optional<Pack> pack;  // set only when there is no error
  std::vector<Diagnostic> diagnostics;
  bool has_errors() const { return content::has_errors(diagnostics); }
};

ImportResult import_csv(std::string_view text, const ImportOptions& options, const Limits& limits = {});
ImportResult import_gift(std::string_view text, const ImportOptions& options, const Limits& limits = {});

// The pack's questions in the layout import_csv reads (header row first, CRLF
// line ends); import_csv of the result with the pack as base gives the same pack.
std::string export_csv(const Pack& pack);

// The CSV columns, in the order export_csv writes them for `max_options` options.
std::vector<std::string> csv_columns(std::size_t max_options = kMaxOptions);

}  // namespace dealdojo::content
