#include "core/util/atomic_file.hpp"

#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>

namespace dealdojo::util {
namespace {

namespace fs = std::filesystem;

std::string temp_prefix(const fs::path& target) { return target.filename().string() + ".tmp-"; }

// A fresh name per write, so two writers never share a temporary file.
std::string random_suffix() {
  std::random_device device;
  const std::uint64_t value = (static_cast<std::uint64_t>(device()) << 32) ^ device();
  std::ostringstream out;
  out << std::hex << value;
  return out.str();
}

}  // namespace

Status write_file_atomically(const fs::path& target, std::string_view contents, const AtomicWriteHooks& hooks) {
  const auto failed = [&](std::string message) {
    return Status::failure(target.generic_string(), "", std::move(message));
  };
  const fs::path temp = target.parent_path() / (temp_prefix(target) + random_suffix());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return failed("cannot write here: check the folder exists and is writable");
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.flush();
    if (!out) {
      out.close();
      std::error_code ignored;
      fs::remove(temp, ignored);
      return failed("writing failed (is the disk full?)");
    }
  }
  if (hooks.sync) hooks.sync(temp);
  if (hooks.before_rename && !hooks.before_rename(temp)) return failed("stopped before replacing the file");
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return failed("cannot replace the file: " + ec.message());
  }
  // The rename itself is durable once the folder is synced.
  if (hooks.sync) hooks.sync(target.parent_path());
  return done();
}

int remove_stale_temp_files(const fs::path& target) {
  std::error_code ec;
  const std::string prefix = temp_prefix(target);
  int removed = 0;
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0) {
      std::error_code ignored;
      if (fs::remove(entry.path(), ignored)) ++removed;
    }
  }
  return removed;
}

std::optional<std::string> read_whole_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buffer.str();
}

}  // namespace dealdojo::util
