#pragma once
// Replacing a file so that a crash at any moment leaves either the old file or
// the new one, never a half-written file: write "<name>.tmp-<random>" beside it,
// flush (and sync, through a hook the platform supplies), rename it over the
// target, then sync the folder so that the rename itself lasts.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/result.hpp"

namespace dealdojo::util {

struct AtomicWriteHooks {
  // Makes a written file or folder durable (POSIX fsync natively); the standard
  // library has no way to, so the platform layer supplies it. Null: skipped.
  std::function<void(const std::filesystem::path&)> sync;
  // Called after the temporary file is complete, before the rename; returning
  // false stops there and leaves the temporary file (tests use it to stand in
  // for a crash).
  std::function<bool(const std::filesystem::path& temp)> before_rename;
};

// Writes `contents` to `target` atomically. On failure `target` is as it was,
// and the diagnostic names it and says what went wrong.
Status write_file_atomically(const std::filesystem::path& target, std::string_view contents,
                             const AtomicWriteHooks& hooks = {});
// Removes "<name>.tmp-*" files left beside `target` by a write that never finished.
// Returns how many were removed.
int remove_stale_temp_files(const std::filesystem::path& target);
// The whole file, or nullopt when it cannot be read.
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

}  // namespace dealdojo::util
