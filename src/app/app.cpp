#include "app/app.hpp"

#include <imgui.h>

#include <cmath>

#include "ui/app_context.hpp"

namespace dealdojo {

App::App(AppConfig config) : m_config(std::move(config)) {}

void App::init() {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to persist
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::apply_theme(ui::ThemeKind::Light);
}

bool App::prepare_fonts(float pixel_ratio) {
  if (!(pixel_ratio > 0.0f) || !std::isfinite(pixel_ratio)) pixel_ratio = 1.0f;
  if (m_fonts.body != nullptr && std::fabs(pixel_ratio - m_fonts.pixel_ratio) < 0.01f) return false;
  m_font_error.clear();
  ui::load_fonts(m_fonts, m_config.asset_dir + "/fonts", pixel_ratio, m_font_error);
  return true;
}

ui::AppContext App::make_context() { return ui::AppContext{m_fonts, m_widgets}; }

void App::draw() {
  m_widgets.begin_frame();
  ui::AppContext ctx = make_context();
  m_shell.draw(ctx);
  m_widgets.end_frame();
  ++m_frames;
}

nlohmann::json App::describe() {
  ui::AppContext ctx = make_context();
  nlohmann::json state = m_shell.describe(ctx);
  state["frame"] = m_frames;
  if (!m_font_error.empty()) state["font_error"] = m_font_error;
  return state;
}

}  // namespace dealdojo
