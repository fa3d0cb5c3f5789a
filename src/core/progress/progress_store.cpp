#include "core/progress/progress_store.hpp"

namespace dealdojo::progress {

std::string export_text(const session::SavedState& state, std::int64_t now_ms) {
  return to_json(state, now_ms).dump(1) + "\n";
}

std::filesystem::path ProgressStore::free_name(std::string_view stem, std::int64_t now_ms) const {
  const std::string base = std::string(stem) + "-" + compact_utc(now_ms);
  std::filesystem::path candidate = m_dir / (base + ".json");
  std::error_code ec;
  for (int n = 2; std::filesystem::exists(candidate, ec) && n < 1000; ++n) {
    candidate = m_dir / (base + "-" + std::to_string(n) + ".json");
  }
  return candidate;
}

LoadOutcome ProgressStore::load(std::int64_t now_ms) {
  LoadOutcome out;
  out.stale_temp_files = util::remove_stale_temp_files(file());
  std::error_code ec;
  if (!std::filesystem::exists(file(), ec)) return out;
  auto text = util::read_whole_file(file());
  ReadResult read = text ? read_progress(*text)
                         : ReadResult{std::nullopt, ReadError{ReadError::Kind::Damaged, "", "the file cannot be read"},
                                      0, {}};
  if (read.state) {
    out.status = LoadOutcome::Status::Loaded;
    out.state = std::move(read.state);
    out.notes = std::move(read.notes);
    return out;
  }
  out.problem = read.error ? read.error->to_string() : "unknown problem";
  if (read.error && read.error->kind == ReadError::Kind::TooNew) {
    out.status = LoadOutcome::Status::TooNew;
    m_can_write = false;
    return out;
  }
  out.status = LoadOutcome::Status::MovedAside;
  out.moved_to = free_name("progress-broken", now_ms);
  std::filesystem::rename(file(), out.moved_to, ec);
  if (ec) {
    // Cannot move it: leave it where it is and do not write over it.
    out.moved_to.clear();
    m_can_write = false;
  }
  return out;
}

std::string ProgressStore::save(const session::SavedState& state, std::int64_t now_ms,
                                const util::AtomicWriteHooks& hooks) {
  if (!m_can_write) return "saving is off: the save on disk is kept as it is";
  const util::Status written = util::write_file_atomically(file(), export_text(state, now_ms), hooks);
  return written.ok() ? std::string() : written.first_error()->to_string();
}

ImportOutcome ProgressStore::import_text(std::string_view text, std::int64_t now_ms) {
  ImportOutcome out;
  ReadResult read = read_progress(text);
  if (!read.state) {
    out.problem = read.error ? read.error->to_string() : "unknown problem";
    return out;
  }
  std::error_code ec;
  if (std::filesystem::exists(file(), ec)) {
    out.backup = free_name("progress-backup", now_ms);
    std::filesystem::copy_file(file(), out.backup, ec);
    if (ec) {
      out.problem = "could not keep a copy of the current progress (" + ec.message() + "), so nothing was replaced";
      out.backup.clear();
      return out;
    }
  }
  out.state = std::move(read.state);
  out.notes = std::move(read.notes);
  m_can_write = true;  // the learner chose to replace it; the old one is backed up
  return out;
}

}  // namespace dealdojo::progress
