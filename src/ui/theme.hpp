#pragma once
// Fonts and colours. Fonts are rasterised at the display's pixel ratio so text
// stays crisp on high-DPI screens; sizes below are in points.
#include <string>

struct ImFont;

namespace dealdojo::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  float pixel_ratio = 1.0f;
};

enum class ThemeKind { Light, Dark };

// Loads the UI fonts from `font_dir` into ImGui's atlas at `pixel_ratio`.
// Falls back to ImGui's built-in font (and says so) when the files are missing.
bool load_fonts(Fonts& fonts, const std::string& font_dir, float pixel_ratio, std::string& error);

void apply_theme(ThemeKind kind);

// Accent colours shared by screens (packed ImU32).
namespace colours {
unsigned int accent();
unsigned int muted_text();
unsigned int good();
unsigned int bad();
unsigned int card_background();
}  // namespace colours

}  // namespace dealdojo::ui
