// WCAG 2 contrast of each theme's text against the backgrounds it is drawn on:
// at least 4.5:1 (AA, body text) everywhere, 7:1 (AAA) in the high-contrast theme.
// The palettes are plain data (ui/theme_palette.hpp), so no UI is needed here.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "ui/theme_palette.hpp"

using dealdojo::ui::Palette;
using dealdojo::ui::Rgb;
using dealdojo::ui::ThemeKind;

namespace {

// Relative luminance (WCAG 2.x, sRGB).
double luminance(Rgb c) {
  auto channel = [](unsigned char v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast(Rgb a, Rgb b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair {
  std::string name;
  Rgb foreground, background;
};

// Every foreground/background pair the UI draws text with.
std::vector<Pair> text_pairs(const Palette& p) {
  const Rgb white{255, 255, 255};
  std::vector<Pair> pairs;
  const std::vector<std::pair<std::string, Rgb>> backgrounds = {
      {"window", p.window}, {"card", p.card}, {"frame", p.frame}, {"frame hovered", p.frame_hovered},
      {"selected", p.selected}};
  for (const auto& [bg_name, bg] : backgrounds) {
    pairs.push_back({"text on " + bg_name, p.text, bg});
    pairs.push_back({"muted text on " + bg_name, p.muted_text, bg});
    pairs.push_back({"accent on " + bg_name, p.accent, bg});
  }
  for (const auto& [bg_name, bg] : std::vector<std::pair<std::string, Rgb>>{
           {"window", p.window}, {"card", p.card}, {"frame", p.frame}}) {
    pairs.push_back({"good on " + bg_name, p.good, bg});
    pairs.push_back({"bad on " + bg_name, p.bad, bg});
  }
  pairs.push_back({"text on button", p.text, p.button});
  pairs.push_back({"text on hovered button", p.text, p.button_hovered});
  pairs.push_back({"text on pressed button", p.text, p.button_active});
  pairs.push_back({"toast text", white, p.notice});
  pairs.push_back({"error toast text", white, p.notice_error});
  return pairs;
}

void check_theme(ThemeKind kind, double minimum) {
  for (const Pair& pair : text_pairs(dealdojo::ui::palette_for(kind))) {
    CAPTURE(pair.name);
    CHECK(contrast(pair.foreground, pair.background) >= minimum);
  }
}

}  // namespace

TEST_CASE("the contrast formula matches known WCAG values") {
  CHECK(contrast({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
  CHECK(contrast({119, 119, 119}, {255, 255, 255}) == doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("light theme text meets WCAG AA") { check_theme(ThemeKind::Light, 4.5); }
TEST_CASE("dark theme text meets WCAG AA") { check_theme(ThemeKind::Dark, 4.5); }
TEST_CASE("high-contrast theme text meets WCAG AAA") { check_theme(ThemeKind::HighContrast, 7.0); }

TEST_CASE("the focus ring stands out from the window in every theme") {
  for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::HighContrast}) {
    const Palette& p = dealdojo::ui::palette_for(kind);
    CAPTURE(static_cast<int>(kind));
    CHECK(contrast(p.focus, p.window) >= 3.0);  // WCAG 2.2 focus appearance, non-text
  }
}
