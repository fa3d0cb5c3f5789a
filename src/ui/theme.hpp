#pragma once
// Fonts and colours. Fonts are rasterised at the display's pixel ratio so text
// stays crisp on high-DPI screens; sizes below are in points.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ui/theme_palette.hpp"

struct ImFont;

namespace dealdojo::ui {

// Which characters the atlas holds. The first frame shows only the app's own
// chrome, so it gets a small atlas that rasterises in a fraction of the time (in
// the browser the first run of the rasteriser is its slowest). The frames that
// read the packs and first show them (Home) take the chrome's characters and every
// character the loaded packs use; the full set (fixed ranges for whatever a learner
// types or another screen shows, and the packs' own) follows on the next frame.
enum class GlyphSet { FirstFrame, InUse, Full };
const char* glyph_set_name(GlyphSet glyphs);

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  float pixel_ratio = 1.0f;
  GlyphSet glyphs = GlyphSet::Full;
  // Characters of the loaded packs added to the atlas (sorted; see load_fonts): when
  // the packs bring new ones, the atlas is built again.
  std::vector<char32_t> pack_characters;
};

// The learner's text size (1 = normal). Fonts are rasterised at
// pixel ratio x text scale, so the platform passes that product to load_fonts
// (through App::prepare_fonts) and text stays crisp at any size. Returns the
// scale in use (clamped).
float set_text_scale(float scale);
// Touch screens get controls at least 44 points tall (set each frame by the shell).
void set_touch_mode(bool touch);
bool touch_mode();
float text_scale();

// Whether the full set's fixed ranges hold `c` (then a pack need not add it).
bool full_set_ranges_hold(char32_t c);
// Loads the UI fonts from `font_dir` into ImGui's atlas at `raster_ratio` device
// pixels per point (the display's pixel ratio times text_scale()), with the
// characters of `glyphs` and `pack_characters` (InUse: every character above ASCII
// the loaded packs use; Full: those its ranges leave out; FirstFrame: none). Falls back to ImGui's built-in font (and says
// so) when the files are missing.
bool load_fonts(Fonts& fonts, const std::string& font_dir, float raster_ratio, GlyphSet glyphs,
                const std::vector<char32_t>& pack_characters, std::string& error);
// The characters of `utf8` that some UI font cannot draw (ImGui would show "?"),
// each once, in order of appearance. Control characters are skipped.
std::vector<std::uint32_t> missing_glyphs(const Fonts& fonts, std::string_view utf8);

void apply_theme(ThemeKind kind);
ThemeKind current_theme();

// Accent colours shared by screens (packed ImU32).
namespace colours {
unsigned int accent();
unsigned int muted_text();
unsigned int good();
unsigned int bad();
unsigned int card_background();
unsigned int notice_background(bool is_error);
unsigned int border();
}  // namespace colours

}  // namespace dealdojo::ui
