// Web entry point: SDL2 + WebGL2 under Emscripten. The browser drives the loop;
// web_bridge.cpp exposes state to JavaScript for tests and the page.

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>

#include "app/app.hpp"
#include "platform/web_bridge.hpp"
#include "platform/web_clipboard.hpp"
#include "platform/web_touch_keyboard.hpp"
#include "platform/window.hpp"

namespace {

dealdojo::platform::Window g_window;
bool g_loop_paused = false;
// Totals over drawn frames, for the benchmark (dd_frame_cpu_json).
struct FrameCpu {
  double frames = 0, build_ms = 0, render_ms = 0;
  double longest_ms = 0;  // the longest drawn frame (UI + GL) since dd_frame_cpu_json last read it
} g_frame_cpu;
std::string g_frame_cpu_json;

// Tells the page a frame was drawn (it refreshes the screen-reader mirror), and
// wakes the loop after `ms` (-1: only input or the page wakes it).
EM_JS(void, after_frame, (int drew, int wake_in_ms), {
  if (drew && Module.dealdojoFrameDrawn) Module.dealdojoFrameDrawn();
  if (Module.dealdojoWakeTimer) clearTimeout(Module.dealdojoWakeTimer);
  Module.dealdojoWakeTimer = wake_in_ms >= 0 ? setTimeout(function() { Module._dd_wake(0); }, wake_in_ms) : 0;
});

// A start-up milestone, stamped on the page's clock (window.dealdojo.marks) for the benchmark.
EM_JS(void, mark_startup, (const char* name), {
  if (window.dealdojo && window.dealdojo.marks) window.dealdojo.marks[UTF8ToString(name)] = performance.now();
});

// The first frame drawn with the studied pack and the learner's data loaded (Home's
// figures), for the benchmark and the tests.
EM_JS(void, report_loaded, (), {
  if (Module.dealdojoLoaded) Module.dealdojoLoaded();
});

// Render on change: while nothing is due the browser's frame loop is paused, so
// an idle tab runs no code at all; input events on the page resume it (dd_wake).
void frame(void* app) {
  static bool first_call = true;
  if (first_call) mark_startup("first frame started");
  first_call = false;
  dealdojo::platform::deliver_touch_typing();
  const double frame_started = emscripten_get_now();
  g_window.run_frame(*static_cast<dealdojo::App*>(app));
  auto& the_app = *static_cast<dealdojo::App*>(app);
  if (g_window.drew() && g_frame_cpu.frames == 0) {
    mark_startup("first frame drawn");
    the_app.note_startup("first frame: all (fonts, UI, GL)", emscripten_get_now() - frame_started);
  }
  // Each start-up phase that ended in this frame, stamped at the frame's end.
  static std::size_t phases_marked = 0;
  for (; phases_marked < the_app.startup_phases().size(); ++phases_marked) {
    mark_startup(("after: " + the_app.startup_phases()[phases_marked].first).c_str());
  }
  static bool loaded_reported = false;
  if (g_window.drew() && !loaded_reported && the_app.learner_ready()) {
    loaded_reported = true;
    report_loaded();
  }
  dealdojo::platform::sync_touch_keyboard();
  if (g_window.drew()) {
    g_frame_cpu.frames += 1;
    g_frame_cpu.build_ms += g_window.last_build_ms();
    g_frame_cpu.render_ms += g_window.last_render_ms();
    g_frame_cpu.longest_ms = std::max(g_frame_cpu.longest_ms, g_window.last_build_ms() + g_window.last_render_ms());
  }
  const std::int64_t wait = g_window.ms_until_due();
  if (wait == 0) {
    if (g_window.drew()) after_frame(1, -1);
    return;
  }
  emscripten_pause_main_loop();
  g_loop_paused = true;
  after_frame(g_window.drew() ? 1 : 0, static_cast<int>(std::min<std::int64_t>(wait, 60000)));
}

EM_JS(int, page_width, (), { return window.innerWidth; });
EM_JS(int, page_height, (), { return window.innerHeight; });
EM_JS(void, report_start_failure, (const char* message), {
  if (Module.onStartFailure) Module.onStartFailure(UTF8ToString(message));
});

}  // namespace

// SDL links EGL's lookup of GL functions by name, which brings every one of WebGL's
// ~270 named entry points into dealdojo.js (Emscripten's emscripten_GetProcAddress).
// Nothing here looks GL functions up by name: ImGui's backend and the app call them
// directly, and SDL asks only whether an extension it does not need is present.
extern "C" void* eglGetProcAddress(const char* /*name*/) { return nullptr; }

// Resumes the frame loop. The page calls it with settle = 1 on input, resize and
// focus events and from window.dealdojo.frames() (a test waiting for frames);
// the wake timer with 0 (the frame it was set for is due by then).
extern "C" EMSCRIPTEN_KEEPALIVE void dd_wake(int settle) {
  if (settle != 0) g_window.wake();
  if (!g_loop_paused) return;
  g_loop_paused = false;
  emscripten_resume_main_loop();
}

// CPU spent in drawn frames so far: {"frames", "build_ms" (UI code), "render_ms" (GL),
// "longest_ms" (the longest frame since the last call: reading it starts a new count)}.
extern "C" EMSCRIPTEN_KEEPALIVE const char* dd_frame_cpu_json() {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "{\"frames\":%.0f,\"build_ms\":%.3f,\"render_ms\":%.3f,\"longest_ms\":%.3f}",
                g_frame_cpu.frames, g_frame_cpu.build_ms, g_frame_cpu.render_ms, g_frame_cpu.longest_ms);
  g_frame_cpu.longest_ms = 0;
  g_frame_cpu_json = buffer;
  return g_frame_cpu_json.c_str();
}

int main() {
  // Lives for the whole page: the browser keeps calling frame() after main returns.
  static dealdojo::App app({"/assets", "/content", dealdojo::course_pack_path()});
  dealdojo::platform::WindowOptions options;
  options.width = page_width();
  options.height = page_height();
  std::string error;
  mark_startup("main");
  const double opening = emscripten_get_now();
  if (!g_window.open(options, error)) {
    std::fprintf(stderr, "dealdojo: %s\n", error.c_str());
    report_start_failure(error.c_str());
    return 1;
  }
  dealdojo::platform::install_web_clipboard();
  dealdojo::platform::install_touch_keyboard();
  app.note_startup("window: SDL and WebGL", emscripten_get_now() - opening);
  mark_startup("window open");
  app.init();
  dealdojo::platform::attach_web_bridge(app);
  // The first frame is drawn now rather than on the next animation frame: the
  // browser shows it at its next frame either way, and waiting only delays it.
  frame(&app);
  emscripten_set_main_loop_arg(frame, &app, 0, true);
  return 0;
}

