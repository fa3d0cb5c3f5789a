// The only extern "C" exports of the web build: read-only views of the app for
// the page and for browser tests (which click real coordinates, never set state).

#include "platform/web_bridge.hpp"

#include <emscripten.h>

#include <string>

#include "app/app.hpp"
#include "ui/theme.hpp"

namespace dealdojo::platform {
namespace {
App* g_app = nullptr;
std::string g_buffer;  // keeps the last returned string alive for JavaScript
}  // namespace

void attach_web_bridge(App& app) { g_app = &app; }

}  // namespace dealdojo::platform

using dealdojo::platform::g_app;
using dealdojo::platform::g_buffer;

extern "C" {

// The current screen and its key state, as JSON.
EMSCRIPTEN_KEEPALIVE const char* dd_state_json() {
  g_buffer = g_app ? g_app->describe().dump() : std::string("null");
  return g_buffer.c_str();
}

// Named widget rectangles of the last frame, in CSS pixels, as JSON.
EMSCRIPTEN_KEEPALIVE const char* dd_widgets_json() {
  g_buffer = g_app ? g_app->widgets().to_json().dump() : std::string("{}");
  return g_buffer.c_str();
}

// The page wrote a file the learner picked or dropped into the file system.
EMSCRIPTEN_KEEPALIVE void dd_file_received(const char* path) {
  if (g_app != nullptr && path != nullptr) g_app->receive_file(path);
}

// The page is being hidden or closed: save the learner's progress now.
EMSCRIPTEN_KEEPALIVE void dd_flush_progress() {
  if (g_app != nullptr) g_app->flush_progress();
}

// The page is going away (pagehide): the last save, and the LMS session ends.
EMSCRIPTEN_KEEPALIVE void dd_end_session() {
  if (g_app != nullptr) g_app->end_session();
}

// The characters of `utf8` the app's fonts cannot draw, as a JSON array of code
// points: lets a test check every string the app can show.
EMSCRIPTEN_KEEPALIVE const char* dd_missing_glyphs(const char* utf8) {
  nlohmann::json missing = nlohmann::json::array();
  if (g_app != nullptr && utf8 != nullptr) {
    for (std::uint32_t c : dealdojo::ui::missing_glyphs(g_app->fonts(), utf8)) missing.push_back(c);
  }
  g_buffer = missing.dump();
  return g_buffer.c_str();
}

EMSCRIPTEN_KEEPALIVE double dd_frame_count() {
  return g_app ? static_cast<double>(g_app->frame_count()) : 0.0;
}

}  // extern "C"

