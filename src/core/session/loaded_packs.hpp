#pragma once
// Every pack the app tried to load (built-in and added by the learner), with what
// went wrong for those that failed, over the library of the usable ones. A broken
// pack is recorded, never loaded, and never replaces a good one.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/pack_library.hpp"
#include "core/content/pack_loader.hpp"

namespace dealdojo::session {

struct PackRecord {
  std::string source;    // where it came from: a folder, a file name
  std::string pack_id;   // empty when the pack could not be read at all
  std::string title;     // the manifest title, or the source when unreadable
  bool usable = false;   // loaded into the library
  bool built_in = false; // shipped with the app (cannot be removed)
  std::vector<content::Diagnostic> diagnostics;

  std::size_t error_count() const;
  std::size_t warning_count() const;
};

class LoadedPacks {
 public:
  // Loads every pack folder (one holding pack.json) directly under `dir`, sorted
  // by name. Returns how many loaded.
  std::size_t load_folder_of_packs(const std::filesystem::path& dir, bool built_in);
  // The pack folders (each holding pack.json) directly under `dir`, sorted by name.
  static std::vector<std::filesystem::path> pack_folders(const std::filesystem::path& dir);
  // Loads one pack (folder or bundled .json file).
  const PackRecord& load_path(const std::filesystem::path& path, bool built_in);
  // Loads a bundled pack's bytes (a file the learner picked or dropped).
  const PackRecord& load_text(std::string_view json_text, std::string_view file_name);

  const content::PackLibrary& library() const { return m_library; }
  const std::vector<PackRecord>& records() const { return m_records; }

  // The pack the learner studies: the chosen one if usable, else the first usable.
  const content::Pack* active_pack() const;
  bool set_active(std::string_view pack_id);
  // Removes a pack the learner added (built-in packs stay).
  bool remove(std::string_view pack_id);

  // Packs the learner added are kept as bundled .json files in `user_dir`, so they
  // load again at the next start. These load and manage that folder.
  std::size_t load_user_packs(const std::filesystem::path& user_dir);
  // Adds a pack from a file or folder the learner chose; when it loads, it is saved
  // into `user_dir` (a broken pack is listed with its problems and saves nothing).
  const PackRecord& add_user_pack(const std::filesystem::path& path, const std::filesystem::path& user_dir);
  // The same for a bundled pack's bytes (a browser upload).
  const PackRecord& add_user_pack_text(std::string_view json_text, std::string_view file_name,
                                       const std::filesystem::path& user_dir);
  // Removes an added pack and its saved file.
  bool remove_user_pack(std::string_view pack_id, const std::filesystem::path& user_dir);

 private:
  const PackRecord& record(content::LoadResult result, std::string source, bool built_in);
  const PackRecord& save_if_usable(const PackRecord& rec, const std::filesystem::path& user_dir);

  content::PackLibrary m_library;
  std::vector<PackRecord> m_records;
  std::string m_active_id;
};

}  // namespace dealdojo::session
