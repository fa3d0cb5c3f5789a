#include "ui/theme.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

namespace dealdojo::ui {
namespace {

constexpr float kBodySize = 17.0f;
constexpr float kHeadingSize = 22.0f;
constexpr float kTitleSize = 30.0f;

// The full set's fixed ranges: European text, the punctuation, currency and maths
// signs that sales content uses. Whole blocks of arrows, maths operators and shapes
// were a third of the glyphs rasterised (about 900 per font, four fonts) and
// are left out; a pack's own characters are added to the set (ranges_with), so
// nothing a loaded pack says is drawn as "?".
constexpr ImWchar kFullSetRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1
    0x0100, 0x017F,  // Latin Extended-A
    0x0370, 0x03FF,  // Greek (Σ and Δ in formulas)
    0x2010, 0x205E,  // General punctuation
    0x20A0, 0x20CF,  // Currency symbols
    0x2190, 0x2195,  // Arrows ← ↑ → ↓ ↔ ↕
    0x21D0, 0x21D4,  // ⇐ ⇑ ⇒ ⇓ ⇔
    0x2200, 0x2200, 0x2202, 0x2203, 0x2205, 0x2206, 0x2208, 0x2209,  // ∀ ∂ ∃ ∅ ∆ ∈ ∉
    0x220F, 0x220F, 0x2211, 0x2213, 0x2219, 0x221A, 0x221D, 0x221E,  // ∏ ∑ − ∓ ∙ √ ∝ ∞
    0x2229, 0x222B, 0x2234, 0x2234, 0x2248, 0x2248, 0x2260, 0x2261,  // ∩ ∪ ∫ ∴ ≈ ≠ ≡
    0x2264, 0x2265, 0x2282, 0x2283, 0x22C5, 0x22C5,                  // ≤ ≥ ⊂ ⊃ ⋅
    0x25A0, 0x25A1, 0x25AA, 0x25AB, 0x25B2, 0x25B3, 0x25B6, 0x25B7,  // ■ □ ▪ ▫ ▲ △ ▶ ▷
    0x25BC, 0x25BD, 0x25C0, 0x25C1, 0x25C6, 0x25C7, 0x25CB, 0x25CB,  // ▼ ▽ ◀ ◁ ◆ ◇ ○
    0x25CF, 0x25CF, 0x25E6, 0x25E6,                                  // ● ◦
    0x2713, 0x2717,  // Check marks
    0,
};

// `base` and `extra` (characters of the loaded packs) as one list of ranges. The text
// font and the merged maths font take the same list; the maths font only fills what
// the text font lacks (ImGui keeps the first glyph of a code point).
const ImWchar* ranges_with(const ImWchar* base, const std::vector<char32_t>& extra) {
  static ImVector<ImWchar> ranges;  // ImGui reads the ranges when the atlas is built
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(base);
  for (char32_t c : extra) {
    if (c <= IM_UNICODE_CODEPOINT_MAX) builder.AddChar(static_cast<ImWchar>(c));
  }
  ranges.clear();
  builder.BuildRanges(&ranges);
  return ranges.Data;
}

// What the first frame's chrome (navigation, Home's header, "Loading the packs...")
// can show: ASCII and the punctuation the app's own strings use. A pack's text is
// drawn only after the packs' characters are in (App::prepare_fonts).
const ImWchar* first_frame_ranges() {
  static const ImWchar ranges[] = {
      0x0020, 0x007E,  // Basic Latin
      0x00B7, 0x00B7,  // middle dot
      0x00D7, 0x00D7,  // multiplication sign
      0x2013, 0x2014,  // en and em dashes
      0x2018, 0x201D,  // curly quotes
      0x2022, 0x2022,  // bullet
      0x2026, 0x2026,  // ellipsis
      0,
  };
  return ranges;
}

// The font files' bytes, read once: the atlas is rebuilt (a second glyph set, a new
// pixel ratio or text size) and one file serves several sizes, so ImGui borrows them.
const std::vector<char>* font_file(const std::string& path) {
  static std::map<std::string, std::vector<char>> files;
  if (auto it = files.find(path); it != files.end()) return &it->second;
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size == 0) return nullptr;
  std::vector<char> bytes(static_cast<std::size_t>(size));
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return nullptr;
  const std::size_t read = std::fread(bytes.data(), 1, bytes.size(), file);
  std::fclose(file);
  if (read != bytes.size()) return nullptr;
  return &files.emplace(path, std::move(bytes)).first->second;
}

ImFont* add_font_file(const std::string& path, float pixels, ImFontConfig config, const ImWchar* ranges) {
  const std::vector<char>* bytes = font_file(path);
  if (bytes == nullptr) return nullptr;
  config.FontDataOwnedByAtlas = false;
  // ImGui takes the data as void* but never writes to it when it does not own it.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(bytes->data()),
                                                    static_cast<int>(bytes->size()), pixels, &config, ranges);
}

// A text font with the maths font merged in when it is there (`math_path` empty: not).
ImFont* add_font(const std::string& path, const std::string& math_path, float size, float pixel_ratio,
                 GlyphSet glyphs, const ImWchar* ranges) {
  const bool first_frame = glyphs == GlyphSet::FirstFrame;
  // Horizontal oversampling places glyphs between pixels; on a dense screen (2x, 3x)
  // the pixels are fine enough already, and the atlas would be four to nine times
  // larger. The first frame's atlas, replaced on the next frame, goes without.
  const int oversample = pixel_ratio >= 1.5f || first_frame ? 1 : 2;
  ImFontConfig config;
  config.OversampleH = oversample;
  config.OversampleV = 1;
  ImFont* font = add_font_file(path, size * pixel_ratio, config, ranges);
  // The first frame's chrome uses no maths signs or arrows: the maths font waits for the packs.
  if (font != nullptr && !math_path.empty() && !first_frame) {
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = oversample;
    merge.OversampleV = 1;
    add_font_file(math_path, size * pixel_ratio, merge, ranges);
  }
  return font;
}

ImVec4 to_vec4(Rgb c, float alpha = 1.0f) {
  return ImVec4(static_cast<float>(c.r) / 255.0f, static_cast<float>(c.g) / 255.0f,
                static_cast<float>(c.b) / 255.0f, alpha);
}
ImU32 to_u32(Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }

ThemeKind g_current = ThemeKind::Light;
float g_text_scale = 1.0f;
bool g_touch = false;

void set_layout(ImGuiStyle& style, ThemeKind kind) {
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
  // High contrast outlines every field and button: fills alone are not enough.
  style.FrameBorderSize = kind == ThemeKind::HighContrast ? 1.0f : 0.0f;
}

void set_colours(ImGuiStyle& style, const Palette& p) {
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = to_vec4(p.text);
  c[ImGuiCol_TextDisabled] = to_vec4(p.muted_text);
  c[ImGuiCol_WindowBg] = to_vec4(p.window);
  c[ImGuiCol_ChildBg] = to_vec4(p.card);
  c[ImGuiCol_PopupBg] = to_vec4(p.card);
  c[ImGuiCol_Border] = to_vec4(p.border);
  c[ImGuiCol_FrameBg] = to_vec4(p.frame);
  c[ImGuiCol_FrameBgHovered] = to_vec4(p.frame_hovered);
  c[ImGuiCol_FrameBgActive] = to_vec4(p.selected);
  c[ImGuiCol_Button] = to_vec4(p.button);
  c[ImGuiCol_ButtonHovered] = to_vec4(p.button_hovered);
  c[ImGuiCol_ButtonActive] = to_vec4(p.button_active);
  c[ImGuiCol_Header] = to_vec4(p.selected);
  c[ImGuiCol_HeaderHovered] = to_vec4(p.button_hovered);
  c[ImGuiCol_HeaderActive] = to_vec4(p.button_active);
  c[ImGuiCol_CheckMark] = to_vec4(p.accent);
  c[ImGuiCol_SliderGrab] = to_vec4(p.accent);
  c[ImGuiCol_SliderGrabActive] = to_vec4(p.accent);
  c[ImGuiCol_NavHighlight] = to_vec4(p.focus);
  c[ImGuiCol_PlotHistogram] = to_vec4(p.accent);
  c[ImGuiCol_PlotLines] = to_vec4(p.accent);
  c[ImGuiCol_TableHeaderBg] = to_vec4(p.frame);
  c[ImGuiCol_TableBorderStrong] = to_vec4(p.border);
  c[ImGuiCol_TableBorderLight] = to_vec4(p.border);
  c[ImGuiCol_Separator] = to_vec4(p.border);
  c[ImGuiCol_TextSelectedBg] = to_vec4(p.accent, 0.35f);
  c[ImGuiCol_ScrollbarBg] = to_vec4(p.window);
  c[ImGuiCol_ScrollbarGrab] = to_vec4(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = to_vec4(p.muted_text);
  c[ImGuiCol_ScrollbarGrabActive] = to_vec4(p.accent);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.45f);
}

}  // namespace

const char* glyph_set_name(GlyphSet glyphs) {
  switch (glyphs) {
    case GlyphSet::FirstFrame: return "first frame's characters";
    case GlyphSet::InUse: return "the packs' characters";
    case GlyphSet::Full: return "all characters";
  }
  return "?";
}

bool full_set_ranges_hold(char32_t c) {
  for (const ImWchar* range = kFullSetRanges; range[0] != 0; range += 2) {
    if (c >= range[0] && c <= range[1]) return true;
  }
  return false;
}

bool load_fonts(Fonts& fonts, const std::string& font_dir, float raster_ratio, GlyphSet glyphs,
                const std::vector<char32_t>& pack_characters, std::string& error) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // The texture as tall as its glyphs, not the next power of two (WebGL 2 and GL 3 take
  // any size): 1024x637 instead of 1024x1024 at 1x, 2048x1209 instead of 2048x2048 at 3x,
  // which is that much less to convert, upload and keep in the GPU's memory.
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  fonts.pixel_ratio = raster_ratio;
  fonts.glyphs = glyphs;
  fonts.pack_characters = glyphs == GlyphSet::FirstFrame ? std::vector<char32_t>() : pack_characters;
  // InUse: the chrome's characters and every one the packs use; Full: the fixed
  // ranges and the packs' characters beyond them.
  const ImWchar* ranges = glyphs == GlyphSet::FirstFrame ? first_frame_ranges()
                          : ranges_with(glyphs == GlyphSet::InUse ? first_frame_ranges() : kFullSetRanges,
                                        fonts.pack_characters);
  // Glyphs are rasterised at raster_ratio (device pixels x text scale) and drawn
  // at 1/pixel ratio, so the text scale enlarges text without blurring it.
  const float global_scale = g_text_scale / raster_ratio;
  const std::string regular = font_dir + "/NotoSans-Regular.ttf";
  const std::string bold = font_dir + "/NotoSans-Bold.ttf";
  std::error_code ec;
  if (!std::filesystem::exists(regular, ec) || !std::filesystem::exists(bold, ec)) {
    error = "UI fonts not found in " + font_dir + "; using the built-in font.";
    ImFontConfig config;
    config.SizePixels = 13.0f * raster_ratio;
    fonts.body = fonts.bold = fonts.heading = fonts.title = io.Fonts->AddFontDefault(&config);
    io.FontGlobalScale = global_scale;
    return false;
  }
  std::string math = font_dir + "/NotoSansMath-Regular.ttf";
  if (!std::filesystem::exists(math, ec)) math.clear();  // arrows then show as "?"; everything else works
  fonts.body = add_font(regular, math, kBodySize, raster_ratio, glyphs, ranges);
  fonts.bold = add_font(bold, math, kBodySize, raster_ratio, glyphs, ranges);
  fonts.heading = add_font(bold, math, kHeadingSize, raster_ratio, glyphs, ranges);
  fonts.title = add_font(bold, math, kTitleSize, raster_ratio, glyphs, ranges);
  // The atlas is rasterised at device pixels; layout stays in points.
  io.FontGlobalScale = global_scale;
  io.FontDefault = fonts.body;
  return fonts.body && fonts.bold && fonts.heading && fonts.title;
}

std::vector<std::uint32_t> missing_glyphs(const Fonts& fonts, std::string_view utf8) {
  std::vector<std::uint32_t> missing;
  const char* p = utf8.data();
  const char* end = utf8.data() + utf8.size();
  while (p < end) {
    unsigned int c = 0;
    const int bytes = ImTextCharFromUtf8(&c, p, end);
    p += bytes > 0 ? bytes : 1;
    if (c < 0x20 || std::find(missing.begin(), missing.end(), c) != missing.end()) continue;
    for (const ImFont* font : {fonts.body, fonts.bold, fonts.heading, fonts.title}) {
      if (font != nullptr && font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) {
        missing.push_back(c);
        break;
      }
    }
  }
  return missing;
}

float set_text_scale(float scale) {
  if (!(scale >= 0.5f && scale <= 3.0f)) scale = 1.0f;  // also rejects NaN
  g_text_scale = scale;
  return g_text_scale;
}

float text_scale() { return g_text_scale; }

void set_touch_mode(bool touch) { g_touch = touch; }
bool touch_mode() { return g_touch; }

void apply_theme(ThemeKind kind) {
  g_current = kind;
  ImGuiStyle& style = ImGui::GetStyle();
  set_layout(style, kind);
  if (kind == ThemeKind::Light) {
    ImGui::StyleColorsLight(&style);
  } else {
    ImGui::StyleColorsDark(&style);
  }
  set_colours(style, palette_for(kind));
}

ThemeKind current_theme() { return g_current; }

namespace colours {
unsigned int accent() { return to_u32(palette_for(g_current).accent); }
unsigned int muted_text() { return to_u32(palette_for(g_current).muted_text); }
unsigned int good() { return to_u32(palette_for(g_current).good); }
unsigned int bad() { return to_u32(palette_for(g_current).bad); }
unsigned int card_background() { return to_u32(palette_for(g_current).card); }
unsigned int notice_background(bool is_error) {
  const Palette& p = palette_for(g_current);
  return to_u32(is_error ? p.notice_error : p.notice);
}
unsigned int border() { return to_u32(palette_for(g_current).border); }
}  // namespace colours

}  // namespace dealdojo::ui
