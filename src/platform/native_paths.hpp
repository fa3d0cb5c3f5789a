#pragma once
#include <filesystem>

namespace dealdojo::platform {

// The folder holding the running executable (assets and content sit beside it).
std::filesystem::path executable_dir(const char* argv0);

}  // namespace dealdojo::platform
