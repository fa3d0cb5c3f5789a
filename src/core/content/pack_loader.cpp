#include "core/content/pack_loader.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/content/json_document.hpp"
#include "core/content/pack_reader.hpp"
#include "core/util/text.hpp"

namespace dealdojo::content {
namespace {

namespace fs = std::filesystem;
using detail::PackDraft;

constexpr std::array<std::string_view, 6> kContentFolders = {"questions", "glossary",   "pipeline",
                                                             "roleplay",  "assessment", "guidance"};

std::string count_text(std::size_t n) { return text::with_thousands(static_cast<std::int64_t>(n)); }

LoadResult finish(PackDraft& draft, DiagnosticSink& sink) {
  if (!draft.newer_format) detail::check_pack(draft, sink);
  LoadResult result;
  const bool ok = !sink.has_errors() && draft.manifest_ok;
  result.diagnostics = sink.take();
  if (ok) {
    draft.pack.characters.assign(draft.characters.begin(), draft.characters.end());
    result.pack = std::move(draft.pack);
    result.scenario_places = std::move(draft.scenario_places);
    result.playbook_places = std::move(draft.playbook_places);
  }
  return result;
}

// Content files of a folder pack, relative and sorted ("glossary/terms.json", ...).
// Follows no directory symlinks; skips hidden files and anything that is not *.json.
std::vector<fs::path> find_content_files(const fs::path& root, const Limits& limits, DiagnosticSink& sink) {
  std::vector<fs::path> files;
  for (std::string_view folder : kContentFolders) {
    std::error_code ec;
    const fs::path dir = root / fs::path(folder);
    if (!fs::is_directory(dir, ec)) continue;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (static_cast<std::size_t>(it.depth()) >= limits.max_folder_depth) {
        it.disable_recursion_pending();
      }
      const fs::path& p = it->path();
      const std::string name = p.filename().string();
      std::error_code type_ec;
      if (name.empty() || name.front() == '.' || p.extension() != ".json" || !it->is_regular_file(type_ec)) continue;
      if (files.size() >= limits.max_files) {
        sink.error(std::string(folder) + "/", "",
                   "the pack has more than " + count_text(limits.max_files) +
                       " content files; merge some of them");
        return files;
      }
      files.push_back(p.lexically_relative(root));
    }
    if (ec) sink.error(std::string(folder) + "/", "", "this folder cannot be read: " + ec.message());
  }
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); });
  return files;
}

LoadResult load_folder(const fs::path& root, const Limits& limits) {
  DiagnosticSink sink(limits.max_diagnostics);
  PackDraft draft;
  draft.root_file = "pack.json";
  std::size_t values_left = limits.max_values;
  std::size_t bytes_left = limits.max_pack_bytes;

  const auto read_document = [&](const fs::path& relative, bool is_root) {
    const std::string name = relative.generic_string();
    std::error_code ec;
    const fs::path full = root / relative;
    if (is_root && !fs::is_regular_file(full, ec)) {
      sink.error(name, "", "this folder has no pack.json: a pack folder needs its manifest in pack.json");
      return;
    }
    auto text = read_file_bounded(full, name, std::min(limits.max_file_bytes, bytes_left), sink);
    if (!text) return;
    bytes_left -= text->size();
    const auto document = JsonDocument::parse(*text, name, limits, values_left, sink);
    if (!document) return;
    document->add_characters_above_ascii(draft.characters);
    ReadContext ctx{name, sink};
    if (is_root) {
      detail::read_root_document(document->root(), ctx, draft);
    } else {
      detail::read_content_file(document->root(), ctx, draft);
    }
  };

  read_document("pack.json", true);
  if (draft.newer_format) return finish(draft, sink);
  for (const fs::path& file : find_content_files(root, limits, sink)) {
    if (sink.full()) break;
    read_document(file, false);
  }
  return finish(draft, sink);
}

}  // namespace

std::optional<std::string> read_file_bounded(const fs::path& path, std::string_view display_name,
                                             std::size_t max_bytes, DiagnosticSink& sink) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    sink.error(display_name, "", "this file cannot be read: " + ec.message());
    return std::nullopt;
  }
  if (size > max_bytes) {
    sink.error(display_name, "",
               "the file is " + count_text(static_cast<std::size_t>(std::min<std::uintmax_t>(size, SIZE_MAX))) +
                   " bytes; the limit is " + count_text(max_bytes) + " bytes: split it into several files");
    return std::nullopt;
  }
  // stdio rather than a stream: in the browser, libc++'s streams were a tenth of reading the packs.
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    sink.error(display_name, "", "this file cannot be opened");
    return std::nullopt;
  }
  std::string text(static_cast<std::size_t>(size), '\0');
  text.resize(std::fread(text.data(), 1, text.size(), file));
  std::fclose(file);
  return text;
}

LoadResult load_pack_from_text(std::string_view json_text, std::string_view display_name, const Limits& limits) {
  DiagnosticSink sink(limits.max_diagnostics);
  PackDraft draft;
  draft.root_file = std::string(display_name);
  std::size_t values_left = limits.max_values;
  const std::size_t max_bytes = std::min(limits.max_file_bytes, limits.max_pack_bytes);
  if (json_text.size() > max_bytes) {
    sink.error(display_name, "",
               "the file is " + count_text(json_text.size()) + " bytes; the limit is " + count_text(max_bytes) +
                   " bytes: split it into several packs");
    return finish(draft, sink);
  }
  if (const auto document = JsonDocument::parse(json_text, display_name, limits, values_left, sink)) {
    document->add_characters_above_ascii(draft.characters);
    ReadContext ctx{display_name, sink};
    detail::read_root_document(document->root(), ctx, draft);
  }
  return finish(draft, sink);
}

LoadResult load_pack(const fs::path& path, const Limits& limits) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return load_folder(path, limits);
  if (path.filename() == "pack.json" && fs::is_regular_file(path, ec)) {
    return load_folder(path.parent_path().empty() ? fs::path(".") : path.parent_path(), limits);
  }
  const std::string name = path.filename().string();
  DiagnosticSink sink(limits.max_diagnostics);
  if (!fs::exists(path, ec)) {
    sink.error(path.generic_string(), "", "there is no file or folder here");
  } else if (!fs::is_regular_file(path, ec)) {
    sink.error(path.generic_string(), "", "this is neither a pack folder nor a .json file");
  } else if (auto text = read_file_bounded(path, name, std::min(limits.max_file_bytes, limits.max_pack_bytes), sink)) {
    return load_pack_from_text(*text, name, limits);
  }
  PackDraft draft;  // empty: finish() only reports what was found above
  return finish(draft, sink);
}

}  // namespace dealdojo::content
