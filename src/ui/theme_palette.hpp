#pragma once
// The colours of each theme as plain data (no ImGui), so a unit test can check
// their contrast without a UI. theme.cpp turns them into ImGui style colours.
namespace dealdojo::ui {

enum class ThemeKind { Light, Dark, HighContrast };

struct Rgb {
  unsigned char r = 0, g = 0, b = 0;
};

struct Palette {
  Rgb text;            // body text
  Rgb muted_text;      // secondary text, option letters
  Rgb window;          // the page behind everything
  Rgb card;            // child windows and cards
  Rgb frame;           // fields and option rows
  Rgb frame_hovered;
  Rgb button;
  Rgb button_hovered;
  Rgb button_active;
  Rgb selected;        // selected option row, selected section (text and accent on it)
  Rgb accent;          // links, marks, the selected section's label
  Rgb good;            // right answers (borders and text)
  Rgb bad;             // wrong answers and errors (text)
  Rgb border;
  Rgb focus;           // keyboard focus ring (ImGuiCol_NavHighlight)
  Rgb notice;          // toast background (white text)
  Rgb notice_error;    // error toast background (white text)
};

inline constexpr Palette kLightPalette{
    {28, 33, 46},    {88, 96, 112},   {246, 247, 250}, {255, 255, 255}, {235, 237, 245}, {222, 229, 245},
    {230, 235, 245}, {209, 222, 245}, {189, 207, 242}, {219, 229, 248}, {33, 89, 191},   {21, 122, 58},
    {185, 28, 28},   {200, 205, 216}, {214, 110, 0},   {32, 38, 52},    {170, 30, 30}};

inline constexpr Palette kDarkPalette{
    {236, 238, 243}, {165, 171, 185}, {23, 26, 33},    {33, 36, 46},    {42, 48, 63},    {52, 60, 80},
    {51, 69, 107},   {66, 92, 143},   {77, 107, 168},  {45, 62, 98},    {130, 172, 255}, {96, 200, 130},
    {245, 125, 125}, {70, 76, 92},    {255, 176, 64},  {52, 58, 74},    {170, 30, 30}};

// Black and white with yellow for the accent and the focus ring; borders drawn
// around every field and button (see theme.cpp).
inline constexpr Palette kHighContrastPalette{
    {255, 255, 255}, {225, 225, 225}, {0, 0, 0},       {0, 0, 0},       {24, 24, 24},   {0, 51, 102},
    {0, 0, 0},       {0, 51, 102},    {0, 80, 160},    {0, 64, 128},    {255, 221, 0},  {110, 255, 150},
    {255, 140, 140}, {255, 255, 255}, {255, 221, 0},   {0, 0, 0},       {150, 0, 0}};

constexpr const Palette& palette_for(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::Dark: return kDarkPalette;
    case ThemeKind::HighContrast: return kHighContrastPalette;
    case ThemeKind::Light: break;
  }
  return kLightPalette;
}

}  // namespace dealdojo::ui
