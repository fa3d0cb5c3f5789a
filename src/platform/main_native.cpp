// Native entry point: SDL2 + OpenGL 3. Flags for tests and screenshots:
//   --frames N         draw N frames, then exit
//   --screenshot FILE  write the last frame as PNG (with --frames)
//   --size WxH         initial window size in points
//   --show SCREEN      open on a section ("home", "packs", ...)
#include <SDL.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>

#include "app/app.hpp"
#include "platform/native_paths.hpp"
#include "platform/png_writer.hpp"
#include "platform/window.hpp"

namespace {

struct Options {
  long frames = 0;  // 0 = until the user quits
  std::string screenshot;
  std::string show;
  dealdojo::platform::WindowOptions window;
};

bool parse_int(std::string_view text, long& out) {
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size() && out > 0;
}

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--frames" && has_value) {
      if (!parse_int(argv[++i], options.frames)) return false;
    } else if (arg == "--screenshot" && has_value) {
      options.screenshot = argv[++i];
    } else if (arg == "--show" && has_value) {
      options.show = argv[++i];
    } else if (arg == "--size" && has_value) {
      const std::string_view size = argv[++i];
      const auto x = size.find('x');
      long w = 0, h = 0;
      if (x == std::string_view::npos || !parse_int(size.substr(0, x), w) ||
          !parse_int(size.substr(x + 1), h) || w > 10000 || h > 10000) {
        return false;
      }
      options.window.width = static_cast<int>(w);
      options.window.height = static_cast<int>(h);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fprintf(stderr,
                 "usage: dealdojo [--frames N] [--screenshot FILE] [--size WxH] [--show SCREEN]\n");
    return 2;
  }
  const std::filesystem::path exe_dir = dealdojo::platform::executable_dir(argv[0]);
  dealdojo::App app({(exe_dir / "assets").string(), (exe_dir / "content").string(), dealdojo::course_pack_path()});
  dealdojo::platform::Window window;
  std::string error;
  if (!window.open(options.window, error)) {
    std::fprintf(stderr, "dealdojo: %s\n", error.c_str());
    return 1;
  }
  app.init();
  app.finish_loading();  // reading from disk is quick natively: the first frame shows everything
  if (!options.show.empty() && !app.show(options.show)) {
    std::fprintf(stderr, "dealdojo: no section named '%s'\n", options.show.c_str());
  }
  constexpr Uint32 kFrameBudgetMs = 16;  // vsync is not guaranteed (e.g. under Xvfb)
  constexpr std::int64_t kIdleWaitMs = 500;
  bool running = true;
  for (long frame = 1; running; ++frame) {
    const Uint32 started = SDL_GetTicks();
    // A fixed frame count (tests, screenshots) draws every frame.
    running = window.run_frame(app, /*force_draw=*/options.frames > 0);
    if (!window.drew()) {
      // Render on change: sleep until input or a requested frame.
      const std::int64_t wait = window.ms_until_due();
      SDL_WaitEventTimeout(nullptr, wait < 0 ? kIdleWaitMs : static_cast<int>(std::min<std::int64_t>(wait, kIdleWaitMs)));
      continue;
    }
    const bool last = options.frames > 0 && frame >= options.frames;
    if (last && !options.screenshot.empty()) {
      int w = 0, h = 0;
      std::vector<unsigned char> rgba;
      if (!window.read_pixels(w, h, rgba) ||
          !dealdojo::platform::write_png(options.screenshot, w, h, rgba, error)) {
        std::fprintf(stderr, "dealdojo: screenshot failed: %s\n", error.c_str());
        window.close();
        return 1;
      }
    }
    window.present();
    if (last) running = false;
    const Uint32 spent = SDL_GetTicks() - started;
    if (spent < kFrameBudgetMs) SDL_Delay(kFrameBudgetMs - spent);
  }
  app.flush_progress();
  window.close();
  return 0;
}
