#include "core/progress/atomic_file.hpp"

#include <fstream>
#include <random>
#include <sstream>

namespace dealdojo::progress {
namespace {

std::string temp_prefix(const std::filesystem::path& target) { return target.filename().string() + ".tmp-"; }

std::string random_suffix() {
  std::random_device device;
  const std::uint64_t value = (static_cast<std::uint64_t>(device()) << 32) ^ device();
  std::ostringstream out;
  out << std::hex << value;
  return out.str();
}

}  // namespace

std::string write_file_atomically(const std::filesystem::path& target, std::string_view contents,
                                  const AtomicWriteHooks& hooks) {
  const std::filesystem::path temp = target.parent_path() / (temp_prefix(target) + random_suffix());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return "could not create " + temp.string();
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.flush();
    if (!out) {
      out.close();
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      return "could not write " + temp.string() + " (is the disk full?)";
    }
  }
  if (hooks.sync) hooks.sync(temp);
  if (hooks.before_rename && !hooks.before_rename(temp)) return "stopped before replacing " + target.string();
  std::error_code ec;
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return "could not replace " + target.string() + ": " + ec.message();
  }
  // The rename itself is durable once the folder is synced.
  if (hooks.sync) hooks.sync(target.parent_path());
  return {};
}

int remove_stale_temp_files(const std::filesystem::path& target) {
  std::error_code ec;
  const std::string prefix = temp_prefix(target);
  int removed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(target.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0) {
      std::error_code ignored;
      if (std::filesystem::remove(entry.path(), ignored)) ++removed;
    }
  }
  return removed;
}

std::optional<std::string> read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buffer.str();
}

}  // namespace dealdojo::progress
