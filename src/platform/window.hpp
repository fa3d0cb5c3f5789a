#pragma once
// The SDL2 window with its OpenGL (native) or WebGL2 (web) context, and the one
// frame function both main loops call.
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
  // Handles events and draws one frame. Returns false once the user quit.
  bool run_frame(App& app);
  // Shows the frame just drawn (call after any read-back of its pixels).
  void present();
  // Reads the frame just drawn as tightly packed RGBA rows, top row first.
  bool read_pixels(int& width, int& height, std::vector<unsigned char>& rgba) const;
  SDL_Window* sdl() const { return m_window; }

 private:
  // Releases held back to the next frame (see run_frame).
  std::vector<SDL_Event> m_deferred_releases;
  SDL_Window* m_window = nullptr;
  void* m_gl_context = nullptr;
};

}  // namespace dealdojo::platform
