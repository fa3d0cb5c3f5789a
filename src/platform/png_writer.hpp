#pragma once
#include <string>
#include <vector>

namespace dealdojo::platform {

bool write_png(const std::string& path, int width, int height,
               const std::vector<unsigned char>& rgba, std::string& error);

}  // namespace dealdojo::platform
