#include "core/session/loaded_packs.hpp"

#include <algorithm>

#include "core/content/pack_writer.hpp"
#include "core/util/atomic_file.hpp"

namespace dealdojo::session {

std::size_t PackRecord::error_count() const {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const auto& d) {
    return d.severity == content::Diagnostic::Severity::Error;
  }));
}

std::size_t PackRecord::warning_count() const { return diagnostics.size() - error_count(); }

std::vector<std::filesystem::path> LoadedPacks::pack_folders(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> folders;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_directory(ec) && std::filesystem::exists(entry.path() / "pack.json", ec)) {
      folders.push_back(entry.path());
    }
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

std::size_t LoadedPacks::load_folder_of_packs(const std::filesystem::path& dir, bool built_in) {
  std::size_t loaded = 0;
  for (const auto& folder : pack_folders(dir)) {
    if (load_path(folder, built_in).usable) ++loaded;
  }
  return loaded;
}

const PackRecord& LoadedPacks::load_path(const std::filesystem::path& path, bool built_in) {
  return record(content::load_pack(path), path.filename().string(), built_in);
}

const PackRecord& LoadedPacks::load_text(std::string_view json_text, std::string_view file_name) {
  return record(content::load_pack_from_text(json_text, file_name), std::string(file_name), false);
}

const PackRecord& LoadedPacks::record(content::LoadResult result, std::string source, bool built_in) {
  PackRecord rec;
  rec.source = std::move(source);
  rec.built_in = built_in;
  rec.title = rec.source;
  rec.diagnostics = std::move(result.diagnostics);
  if (result.pack && !result.has_errors()) {
    rec.pack_id = result.pack->manifest.id;
    rec.title = result.pack->manifest.title;
    if (auto refused = m_library.add(std::move(*result.pack), rec.source)) {
      rec.diagnostics.insert(rec.diagnostics.begin(), *refused);
    } else {
      rec.usable = true;
    }
  }
  // A new attempt at the same source replaces the old record, never a usable pack.
  auto same = std::find_if(m_records.begin(), m_records.end(), [&](const PackRecord& r) {
    return r.source == rec.source && (!r.usable || r.pack_id == rec.pack_id);
  });
  if (same != m_records.end() && !(same->usable && !rec.usable)) {
    *same = std::move(rec);
    return *same;
  }
  m_records.push_back(std::move(rec));
  return m_records.back();
}

const content::Pack* LoadedPacks::active_pack() const {
  if (auto chosen = m_library.find_pack(m_active_id)) return chosen.get();
  const auto& packs = m_library.packs();
  return packs.empty() ? nullptr : packs.front().get();
}

bool LoadedPacks::set_active(std::string_view pack_id) {
  if (!m_library.find_pack(pack_id)) return false;
  m_active_id = std::string(pack_id);
  return true;
}

bool LoadedPacks::remove(std::string_view pack_id) {
  auto it = std::find_if(m_records.begin(), m_records.end(),
                         [&](const PackRecord& r) { return r.usable && r.pack_id == pack_id; });
  if (it == m_records.end() || it->built_in) return false;
  m_library.remove(pack_id);
  m_records.erase(it);
  return true;
}

std::size_t LoadedPacks::load_user_packs(const std::filesystem::path& user_dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(user_dir, ec)) {
    if (entry.is_regular_file(ec) && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::size_t loaded = 0;
  for (const auto& file : files) {
    if (load_path(file, /*built_in=*/false).usable) ++loaded;
  }
  return loaded;
}

const PackRecord& LoadedPacks::add_user_pack(const std::filesystem::path& path,
                                             const std::filesystem::path& user_dir) {
  return save_if_usable(load_path(path, /*built_in=*/false), user_dir);
}

const PackRecord& LoadedPacks::add_user_pack_text(std::string_view json_text, std::string_view file_name,
                                                  const std::filesystem::path& user_dir) {
  return save_if_usable(load_text(json_text, file_name), user_dir);
}

const PackRecord& LoadedPacks::save_if_usable(const PackRecord& rec, const std::filesystem::path& user_dir) {
  if (!rec.usable) return rec;
  auto pack = m_library.find_pack(rec.pack_id);
  std::error_code ec;
  std::filesystem::create_directories(user_dir, ec);
  const util::Status saved =
      util::write_file_atomically(user_dir / (rec.pack_id + ".json"), content::save_pack_bundle(*pack));
  if (saved.ok()) return rec;
  // Loaded for now, but it will not come back at the next start: say so.
  auto it = std::find_if(m_records.begin(), m_records.end(), [&](const PackRecord& r) { return &r == &rec; });
  for (content::Diagnostic p : saved.diagnostics()) {
    p.severity = content::Diagnostic::Severity::Warning;
    p.message = "The pack is loaded but could not be saved for next time: " + p.message;
    it->diagnostics.push_back(p);
  }
  return *it;
}

bool LoadedPacks::remove_user_pack(std::string_view pack_id, const std::filesystem::path& user_dir) {
  if (!remove(pack_id)) return false;
  std::error_code ec;
  std::filesystem::remove(user_dir / (std::string(pack_id) + ".json"), ec);
  return true;
}

}  // namespace dealdojo::session
