#pragma once
// Writing packs back out: as one bundled .json (what the app stores for a pack a
// user adds, and what `dojo import` writes), or as a pack folder. Fields come out
// in the order FORMAT.md lists them, so a written pack reads like a hand-made one.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"
#include "core/content/pack.hpp"

namespace dealdojo::content {

nlohmann::ordered_json question_to_json(const Question& question);
nlohmann::ordered_json manifest_to_json(const Pack& pack);  // manifest fields and blueprint
nlohmann::ordered_json pack_to_json(const Pack& pack);      // the bundled form

// The bundled pack as text (2-space indent, trailing newline). load_pack_from_text
// reads it back to an equal Pack.
std::string save_pack_bundle(const Pack& pack);

struct PackFile {
  std::string path;  // relative: "pack.json", "questions/imported.json", ...
  std::string text;
};
// The folder form: pack.json (manifest) and one file per section that has content;
// questions go to questions/<questions_stem>.json, guided selling to guidance/guidance.json.
std::vector<PackFile> pack_to_folder_files(const Pack& pack, std::string_view questions_stem = "questions");

// Writes a pack folder; `folder` must not exist yet or be empty. Each file is
// written with util::write_file_atomically, the whole folder renamed into place.
std::vector<Diagnostic> write_pack_folder(const Pack& pack, const std::filesystem::path& folder,
                                          std::string_view questions_stem = "questions");

}  // namespace dealdojo::content
