#include "platform/png_writer.hpp"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace dealdojo::platform {

bool write_png(const std::string& path, int width, int height,
               const std::vector<unsigned char>& rgba, std::string& error) {
  if (stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4) == 0) {
    error = "could not write " + path;
    return false;
  }
  return true;
}

}  // namespace dealdojo::platform

