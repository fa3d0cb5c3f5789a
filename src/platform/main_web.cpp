// Web entry point: SDL2 + WebGL2 under Emscripten. The browser drives the loop;
// web_bridge.cpp exposes state to JavaScript for tests and the page.

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <string>

#include "app/app.hpp"
#include "platform/web_bridge.hpp"
#include "platform/window.hpp"

namespace {

dealdojo::platform::Window g_window;

void frame(void* app) { g_window.run_frame(*static_cast<dealdojo::App*>(app)); }

EM_JS(int, page_width, (), { return window.innerWidth; });
EM_JS(int, page_height, (), { return window.innerHeight; });
EM_JS(void, report_start_failure, (const char* message), {
  if (Module.onStartFailure) Module.onStartFailure(UTF8ToString(message));
});

}  // namespace

int main() {
  // Lives for the whole page: the browser keeps calling frame() after main returns.
  static dealdojo::App app({"/assets", "/content"});
  dealdojo::platform::WindowOptions options;
  options.width = page_width();
  options.height = page_height();
  std::string error;
  if (!g_window.open(options, error)) {
    std::fprintf(stderr, "dealdojo: %s\n", error.c_str());
    report_start_failure(error.c_str());
    return 1;
  }
  app.init();
  dealdojo::platform::attach_web_bridge(app);
  emscripten_set_main_loop_arg(frame, &app, 0, true);
  return 0;
}

