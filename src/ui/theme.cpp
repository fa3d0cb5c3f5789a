#include "ui/theme.hpp"

#include <imgui.h>

#include <filesystem>

namespace dealdojo::ui {
namespace {

constexpr float kBodySize = 17.0f;
constexpr float kHeadingSize = 22.0f;
constexpr float kTitleSize = 30.0f;

// Latin text plus the punctuation and symbols our content uses (dashes, quotes,
// ×, ÷, currency signs, arrows, check marks).
const ImWchar* glyph_ranges() {
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1
      0x0100, 0x017F,  // Latin Extended-A
      0x2010, 0x205E,  // General punctuation
      0x20A0, 0x20CF,  // Currency symbols
      0x2190, 0x21FF,  // Arrows
      0x2212, 0x2264,  // Minus, ≈, ≤ ≥ ...
      0x25A0, 0x25FF,  // Geometric shapes
      0x2713, 0x2717,  // Check marks
      0,
  };
  return ranges;
}

ImFont* add_font(const std::string& path, float size, float pixel_ratio) {
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path.c_str(), size * pixel_ratio, &config,
                                                  glyph_ranges());
}

ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }

ThemeKind g_current = ThemeKind::Light;

}  // namespace

bool load_fonts(Fonts& fonts, const std::string& font_dir, float pixel_ratio, std::string& error) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  fonts.pixel_ratio = pixel_ratio;
  const std::string regular = font_dir + "/NotoSans-Regular.ttf";
  const std::string bold = font_dir + "/NotoSans-Bold.ttf";
  std::error_code ec;
  if (!std::filesystem::exists(regular, ec) || !std::filesystem::exists(bold, ec)) {
    error = "UI fonts not found in " + font_dir + "; using the built-in font.";
    ImFontConfig config;
    config.SizePixels = 13.0f * pixel_ratio;
    fonts.body = fonts.bold = fonts.heading = fonts.title = io.Fonts->AddFontDefault(&config);
    io.FontGlobalScale = 1.0f / pixel_ratio;
    return false;
  }
  fonts.body = add_font(regular, kBodySize, pixel_ratio);
  fonts.bold = add_font(bold, kBodySize, pixel_ratio);
  fonts.heading = add_font(bold, kHeadingSize, pixel_ratio);
  fonts.title = add_font(bold, kTitleSize, pixel_ratio);
  // The atlas is rasterised at device pixels; layout stays in points.
  io.FontGlobalScale = 1.0f / pixel_ratio;
  io.FontDefault = fonts.body;
  return fonts.body && fonts.bold && fonts.heading && fonts.title;
}

void apply_theme(ThemeKind kind) {
  g_current = kind;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(20, 16);
  style.FramePadding = ImVec2(12, 7);
  style.ItemSpacing = ImVec2(10, 9);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 14;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.FrameRounding = 6;
  style.PopupRounding = 6;
  style.GrabRounding = 6;
  style.ScrollbarRounding = 7;
  style.TabRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 0;

  ImVec4* c = style.Colors;
  if (kind == ThemeKind::Dark) {
    ImGui::StyleColorsDark(&style);
    c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.13f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.13f, 0.14f, 0.18f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.20f, 0.27f, 0.42f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.26f, 0.36f, 0.56f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.30f, 0.42f, 0.66f, 1.0f);
    return;
  }
  ImGui::StyleColorsLight(&style);
  const ImVec4 ink(0.11f, 0.13f, 0.18f, 1.0f);
  const ImVec4 accent(0.13f, 0.35f, 0.75f, 1.0f);
  c[ImGuiCol_Text] = ink;
  c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.45f, 0.52f, 1.0f);
  c[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.969f, 0.98f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.85f, 0.87f, 0.91f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(0.92f, 0.93f, 0.96f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.87f, 0.90f, 0.96f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.82f, 0.87f, 0.96f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.92f, 0.96f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.87f, 0.96f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.74f, 0.81f, 0.95f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.14f);
  c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.22f);
  c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.30f);
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_SliderGrab] = accent;
  c[ImGuiCol_NavHighlight] = ImVec4(0.95f, 0.55f, 0.10f, 1.0f);
  c[ImGuiCol_PlotHistogram] = accent;
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.92f, 0.93f, 0.96f, 1.0f);
  c[ImGuiCol_Separator] = ImVec4(0.85f, 0.87f, 0.91f, 1.0f);
}

namespace colours {
unsigned int accent() { return g_current == ThemeKind::Dark ? rgb(120, 165, 255) : rgb(33, 89, 191); }
unsigned int muted_text() { return g_current == ThemeKind::Dark ? rgb(160, 166, 180) : rgb(96, 104, 120); }
unsigned int good() { return g_current == ThemeKind::Dark ? rgb(96, 200, 130) : rgb(22, 128, 61); }
unsigned int bad() { return g_current == ThemeKind::Dark ? rgb(240, 110, 110) : rgb(185, 28, 28); }
unsigned int card_background() { return g_current == ThemeKind::Dark ? rgb(33, 36, 46) : rgb(255, 255, 255); }
}  // namespace colours

}  // namespace dealdojo::ui
