#pragma once
// A fresh folder under the system's temp folder, removed at the end of the test.
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

namespace test_support {

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(std::string_view prefix = "dealdojo-test-") {
    std::random_device rd;
    path = std::filesystem::temp_directory_path() /
           (std::string(prefix) + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace test_support
