// Native user storage: $XDG_DATA_HOME/dealdojo, else ~/.local/share/dealdojo.
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>

#include "app/user_storage.hpp"

namespace dealdojo {
namespace {

std::filesystem::path data_home() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') return xdg;
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::filesystem::path(home) / ".local/share";
  }
  return std::filesystem::temp_directory_path();
}

class NativeStorage final : public UserStorage {
 public:
  NativeStorage() : m_dir(data_home() / "dealdojo") {
    std::error_code ec;
    std::filesystem::create_directories(m_dir, ec);
  }
  bool ready() const override { return true; }
  std::filesystem::path dir() const override { return m_dir; }
  void persist() override {}  // files are written atomically and are durable already
  bool has_file_picker() const override { return false; }
  bool pick_file() override { return false; }
  void sync_file(const std::filesystem::path& path) override {
    // fsync a file, or a folder so a rename in it survives a power cut.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
  }

 private:
  std::filesystem::path m_dir;
};

}  // namespace

std::unique_ptr<UserStorage> make_user_storage() { return std::make_unique<NativeStorage>(); }

}  // namespace dealdojo
