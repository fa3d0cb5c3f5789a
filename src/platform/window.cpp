#include "platform/window.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <optional>

#include "app/app.hpp"
#include "ui/key_input.hpp"
#include "ui/widgets/frame_requests.hpp"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#endif

namespace dealdojo::platform {
namespace {

#ifdef __EMSCRIPTEN__
constexpr const char* kGlslVersion = "#version 300 es";
#else
constexpr const char* kGlslVersion = "#version 130";
#endif

void set_gl_attributes() {
#ifdef __EMSCRIPTEN__
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // ImGui draws with neither (the page makes the web context to match: dealdojo_page.js).
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
}

// A phone or tablet: its main pointer is a finger, so controls are sized for touch
// from the first frame, before any tap.
#ifdef __EMSCRIPTEN__
EM_JS(int, primary_pointer_is_coarse, (), { return window.matchMedia('(pointer: coarse)').matches ? 1 : 0; });
#else
int primary_pointer_is_coarse() { return 0; }
#endif

}  // namespace

bool Window::open(const WindowOptions& options, std::string& error) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("Could not start SDL: ") + SDL_GetError();
    return false;
  }
  set_gl_attributes();
  m_coarse_pointer = primary_pointer_is_coarse() != 0;
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (options.hidden) flags |= SDL_WINDOW_HIDDEN;
  m_window = SDL_CreateWindow("DealDojo", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                              options.width, options.height, flags);
  if (m_window == nullptr) {
    error = std::string("Could not open a window: ") + SDL_GetError();
    return false;
  }
  m_gl_context = SDL_GL_CreateContext(m_window);
  if (m_gl_context == nullptr) {
    error = std::string("Could not create an OpenGL context: ") + SDL_GetError();
    return false;
  }
  SDL_GL_MakeCurrent(m_window, m_gl_context);
#ifndef __EMSCRIPTEN__
  SDL_GL_SetSwapInterval(1);  // the browser paces frames itself
#endif
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplSDL2_InitForOpenGL(m_window, m_gl_context);
  ImGui_ImplOpenGL3_Init(kGlslVersion);
  return true;
}

void Window::close() {
  if (m_gl_context != nullptr) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(m_gl_context);
    m_gl_context = nullptr;
    m_renderer_ready = false;
  }
  if (m_window != nullptr) SDL_DestroyWindow(m_window);
  m_window = nullptr;
  SDL_Quit();
}

std::optional<ui::Key> to_key(SDL_Keycode code) {
  switch (code) {
    case SDLK_LEFT: return ui::Key::Left;
    case SDLK_RIGHT: return ui::Key::Right;
    case SDLK_UP: return ui::Key::Up;
    case SDLK_DOWN: return ui::Key::Down;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return ui::Key::Enter;
    case SDLK_ESCAPE: return ui::Key::Escape;
    case SDLK_SPACE: return ui::Key::Space;
    case SDLK_TAB: return ui::Key::Tab;
    case SDLK_PAGEUP: return ui::Key::PageUp;
    case SDLK_PAGEDOWN: return ui::Key::PageDown;
    case SDLK_HOME: return ui::Key::Home;
    case SDLK_END: return ui::Key::End;
    default: return std::nullopt;
  }
}

namespace {

// The SDL backend of ImGui 1.86 reads modifiers from SDL_GetModState(), which is
// the state after the whole queue was polled: when Ctrl's press and release both
// wait in the queue (a quick Ctrl+A while the loop was paused), Ctrl would read as
// up. Each key event carries the modifiers as they were when it happened.
void apply_modifiers(Uint16 mod) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyShift = (mod & KMOD_SHIFT) != 0;
  io.KeyCtrl = (mod & KMOD_CTRL) != 0;
  io.KeyAlt = (mod & KMOD_ALT) != 0;
  io.KeySuper = (mod & KMOD_GUI) != 0;
}

}  // namespace

void Window::wake() { m_settle_frames = std::max(m_settle_frames, kSettleFrames); }

std::int64_t Window::ms_until_due() const {
  if (m_settle_frames > 0 || !m_deferred_releases.empty()) return 0;
  if (m_due_at_ms < 0) return -1;
  return std::max<std::int64_t>(0, m_due_at_ms - static_cast<std::int64_t>(SDL_GetTicks64()));
}

bool Window::run_frame(App& app, bool force_draw) {
  bool keep_running = true;
  ui::KeyInput keys;
  // ImGui 1.86 samples key and button state once a frame, so a press and its
  // release in the same frame would be lost. A release whose press arrived in
  // this frame waits for the next one.
  std::vector<SDL_Event> events = std::move(m_deferred_releases);
  m_deferred_releases.clear();
  SDL_Event polled;
  while (SDL_PollEvent(&polled)) events.push_back(polled);
  std::vector<SDL_Scancode> keys_down;
  std::vector<Uint8> buttons_down;
  for (const SDL_Event& event : events) {
    const bool early_key_release =
        event.type == SDL_KEYUP &&
        std::find(keys_down.begin(), keys_down.end(), event.key.keysym.scancode) != keys_down.end();
    const bool early_button_release =
        event.type == SDL_MOUSEBUTTONUP &&
        std::find(buttons_down.begin(), buttons_down.end(), event.button.button) != buttons_down.end();
    // Once one event waits, everything after it waits too, so order is kept
    // (a typed character never overtakes an earlier Backspace).
    if (early_key_release || early_button_release || !m_deferred_releases.empty()) {
      m_deferred_releases.push_back(event);
      continue;
    }
    if (event.type == SDL_KEYDOWN) keys_down.push_back(event.key.keysym.scancode);
    if (event.type == SDL_MOUSEBUTTONDOWN) buttons_down.push_back(event.button.button);
    // SDL turns a finger into mouse events marked SDL_TOUCH_MOUSEID; a real mouse ends touch mode.
    if (event.type == SDL_FINGERDOWN) m_pointer_is_touch = true;
    if (event.type == SDL_MOUSEBUTTONDOWN) m_pointer_is_touch = event.button.which == SDL_TOUCH_MOUSEID;
    if (event.type == SDL_MOUSEMOTION && event.motion.which != SDL_TOUCH_MOUSEID && event.motion.state == 0) {
      m_pointer_is_touch = false;
    }
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) apply_modifiers(event.key.keysym.mod);
    if (event.type == SDL_KEYDOWN) {
      if (auto key = to_key(event.key.keysym.sym)) keys.pressed.push_back(*key);
    }
    if (event.type == SDL_DROPFILE && event.drop.file != nullptr) {
      app.receive_file(event.drop.file);
      SDL_free(event.drop.file);
    }
    if (event.type == SDL_QUIT) keep_running = false;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(m_window)) {
      keep_running = false;
    }
  }
  // Render on change: with no input, no frame asked for and ImGui settled, the
  // frame would look like the last one, so it is skipped.
  const bool had_input = !events.empty();
  if (had_input) wake();
  m_drew = force_draw || m_settle_frames > 0 || ms_until_due() == 0;
  if (!m_drew) return keep_running;
  if (!had_input && m_settle_frames > 0) --m_settle_frames;
  const Uint64 started = SDL_GetPerformanceCounter();
  ImGui_ImplSDL2_NewFrame();
  app.before_frame();  // what it reads (the packs, the learner's settings) this frame draws
  // The SDL backend has just measured the drawable; fonts follow the pixel ratio
  // and the learner's text size.
  const float text_scale = ui::set_text_scale(app.session().settings().text_scale());
  if (app.prepare_fonts(ImGui::GetIO().DisplayFramebufferScale.x * text_scale)) {
    const Uint64 atlas_started = SDL_GetPerformanceCounter();
    if (m_renderer_ready) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();  // rasterises the glyphs and uploads them
    } else {
      // The backend uploads the atlas when it sets up (ImGui_ImplOpenGL3_NewFrame below).
      unsigned char* pixels = nullptr;
      int width = 0, height = 0;
      ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // rasterises the glyphs
    }
    if (app.first_atlas_of_its_set()) {
      const double ticks_per_ms = static_cast<double>(SDL_GetPerformanceFrequency()) / 1000.0;
      app.note_startup(std::string(m_renderer_ready ? "fonts: rasterise and upload (" : "fonts: rasterise (") + ui::glyph_set_name(app.fonts().glyphs) + ")",
                       static_cast<double>(SDL_GetPerformanceCounter() - atlas_started) / ticks_per_ms);
    }
  }
  ImGui_ImplOpenGL3_NewFrame();
  m_renderer_ready = true;
  ImGui::NewFrame();
  keys.touch = m_pointer_is_touch || m_coarse_pointer;
  app.draw(keys);
  ImGui::Render();
  const Uint64 built = SDL_GetPerformanceCounter();
  int drawable_w = 0, drawable_h = 0;
  SDL_GL_GetDrawableSize(m_window, &drawable_w, &drawable_h);
  glViewport(0, 0, drawable_w, drawable_h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  const double ticks_per_ms = static_cast<double>(SDL_GetPerformanceFrequency()) / 1000.0;
  m_build_ms = static_cast<double>(built - started) / ticks_per_ms;
  m_render_ms = static_cast<double>(SDL_GetPerformanceCounter() - built) / ticks_per_ms;
  // A focused text field blinks its caret.
  if (ImGui::GetIO().WantTextInput) ui::frame_requests::request_within(kCaretBlinkMs);
  const std::int64_t wait = ui::frame_requests::take_wait_ms();
  m_due_at_ms = wait < 0 ? -1 : static_cast<std::int64_t>(SDL_GetTicks64()) + wait;
  return keep_running;
}

}  // namespace dealdojo::platform

namespace dealdojo::platform {

void Window::present() { SDL_GL_SwapWindow(m_window); }

bool Window::read_pixels(int& width, int& height, std::vector<unsigned char>& rgba) const {
  SDL_GL_GetDrawableSize(m_window, &width, &height);
  if (width <= 0 || height <= 0) return false;
  const auto row_bytes = static_cast<std::size_t>(width) * 4;
  std::vector<unsigned char> bottom_up(row_bytes * static_cast<std::size_t>(height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  rgba.resize(bottom_up.size());
  for (std::size_t y = 0; y < static_cast<std::size_t>(height); ++y) {
    const std::size_t src = (static_cast<std::size_t>(height) - 1 - y) * row_bytes;
    std::copy_n(bottom_up.begin() + static_cast<std::ptrdiff_t>(src), row_bytes,
                rgba.begin() + static_cast<std::ptrdiff_t>(y * row_bytes));
  }
  return true;
}

}  // namespace dealdojo::platform
