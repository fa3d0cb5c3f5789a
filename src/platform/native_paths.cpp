#include "platform/native_paths.hpp"

namespace dealdojo::platform {

std::filesystem::path executable_dir(const char* argv0) {
  std::error_code ec;
  // /proc/self/exe survives being started through a symlink or from another folder.
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) exe = std::filesystem::absolute(argv0, ec);
  return exe.parent_path();
}

}  // namespace dealdojo::platform

