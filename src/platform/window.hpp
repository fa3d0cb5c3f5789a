#pragma once
// The SDL2 window with its OpenGL (native) or WebGL2 (web) context, and the one
// frame function both main loops call.
#include <cstdint>
#include <string>
#include <vector>

#include <SDL_events.h>

struct SDL_Window;

namespace dealdojo {
class App;
}

namespace dealdojo::platform {

struct WindowOptions {
  int width = 1280;
  int height = 800;
  bool hidden = false;
};

class Window {
 public:
  // Creates the window, the GL context and the ImGui context with its backends.
  bool open(const WindowOptions& options, std::string& error);
  void close();
  // Handles events and draws a frame when something changed (input, the few
  // frames after it, a frame a screen asked for; always with `force_draw`).
  // Returns false once the user quit.
  bool run_frame(App& app, bool force_draw = false);
  // Whether the last run_frame drew (only then is there a frame to present).
  bool drew() const { return m_drew; }
  // CPU time of the last drawn frame: building the UI (NewFrame to Render) and
  // submitting it to GL, in milliseconds (for the benchmark).
  double last_build_ms() const { return m_build_ms; }
  double last_render_ms() const { return m_render_ms; }
  // Milliseconds until a frame is due: 0 now, -1 not until input arrives.
  std::int64_t ms_until_due() const;
  // Draws the next few frames even without input (the page saw an event, a
  // test waits for frames).
  void wake();
  // Shows the frame just drawn (call after any read-back of its pixels).
  void present();
  // Reads the frame just drawn as tightly packed RGBA rows, top row first.
  bool read_pixels(int& width, int& height, std::vector<unsigned char>& rgba) const;
  SDL_Window* sdl() const { return m_window; }

 private:
  // Releases held back to the next frame (see run_frame).
  std::vector<SDL_Event> m_deferred_releases;
  // ImGui needs 2-3 frames to settle after a change (hover, focus, layout).
  static constexpr int kSettleFrames = 3;
  static constexpr std::int64_t kCaretBlinkMs = 400;
  int m_settle_frames = kSettleFrames;
  std::int64_t m_due_at_ms = -1;  // SDL ticks when a requested frame is due
  bool m_drew = false;
  bool m_renderer_ready = false;  // the backend's shaders and font texture exist (after the first frame)
  bool m_pointer_is_touch = false;  // the last press came from a finger
  bool m_coarse_pointer = false;    // the device's main pointer is a finger (a phone)
  double m_build_ms = 0.0;
  double m_render_ms = 0.0;
  SDL_Window* m_window = nullptr;
  void* m_gl_context = nullptr;
};

}  // namespace dealdojo::platform
