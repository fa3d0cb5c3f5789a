#pragma once
// The save file in the learner's storage folder: loading at start (moving a
// damaged save aside, never deleting it), atomic saving, and import and export.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/progress/progress_document.hpp"
#include "core/util/atomic_file.hpp"

namespace dealdojo::progress {


struct LoadOutcome {
  enum class Status {
    Fresh,       // no save yet
    Loaded,      // read (and migrated, see notes)
    MovedAside,  // damaged: kept as `moved_to`, starting fresh
    TooNew,      // written by a newer DealDojo: left alone, and not overwritten
  };
  Status status = Status::Fresh;
  std::optional<session::SavedState> state;
  std::string problem;             // what was wrong, with its JSON Pointer
  std::filesystem::path moved_to;  // MovedAside: where the damaged save is now
  std::vector<std::string> notes;  // what a migration could not carry over
  int stale_temp_files = 0;        // left by a save that never finished, removed
};

struct ImportOutcome {
  std::optional<session::SavedState> state;  // nullopt: refused, nothing changed
  std::string problem;
  std::filesystem::path backup;  // the replaced save, when there was one
  std::vector<std::string> notes;
};

class ProgressStore {
 public:
  explicit ProgressStore(std::filesystem::path dir) : m_dir(std::move(dir)) {}
  std::filesystem::path file() const { return m_dir / kSaveFile; }
  // False after a newer version's save was found, so it is never overwritten.
  bool can_write() const { return m_can_write; }

  LoadOutcome load(std::int64_t now_ms);
  // Writes the snapshot atomically; returns an error message or "".
  std::string save(const session::SavedState& state, std::int64_t now_ms, const util::AtomicWriteHooks& hooks);
  // Checks `text` completely; only when it is a good save is the current one
  // copied to "progress-backup-<time>.json". The caller restores and saves.
  ImportOutcome import_text(std::string_view text, std::int64_t now_ms);

 private:
  std::filesystem::path free_name(std::string_view stem, std::int64_t now_ms) const;

  std::filesystem::path m_dir;
  bool m_can_write = true;
};

// The document as text, for saving and exporting.
std::string export_text(const session::SavedState& state, std::int64_t now_ms);

}  // namespace dealdojo::progress
