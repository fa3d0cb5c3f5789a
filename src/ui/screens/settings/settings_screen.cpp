#include "ui/screens/settings/settings_screen.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

#include "core/session/settings.hpp"
#include "ui/app_context.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

struct ThemeEntry {
  session::Theme theme;
  const char* label;
};
constexpr ThemeEntry kThemes[] = {
    {session::Theme::Light, "Light"}, {session::Theme::Dark, "Dark"}, {session::Theme::HighContrast, "High contrast"}};

// Text sizes offered as buttons (keyboard friendly), from smallest to largest.
constexpr float kTextScales[] = {0.85f, 1.0f, 1.15f, 1.3f, 1.5f};

int percent(float scale) { return static_cast<int>(std::lround(scale * 100.0f)); }

std::optional<session::Theme> draw_theme_choice(AppContext& ctx) {
  std::optional<session::Theme> chosen;
  widgets::TextIn(ctx.fonts.heading, "Theme");
  for (std::size_t i = 0; i < std::size(kThemes); ++i) {
    if (i > 0) widgets::SameLineIfFits(widgets::ButtonWidth(kThemes[i].label));
    if (widgets::NavButton(kThemes[i].label, ctx.session.settings().theme() == kThemes[i].theme)) {
      chosen = kThemes[i].theme;
    }
    ctx.widgets.mark_last_item("settings/theme/" + std::string(session::theme_name(kThemes[i].theme)));
  }
  return chosen;
}

std::optional<float> draw_text_size_choice(AppContext& ctx) {
  std::optional<float> chosen;
  widgets::TextIn(ctx.fonts.heading, "Text size");
  for (std::size_t i = 0; i < std::size(kTextScales); ++i) {
    char label[32];
    std::snprintf(label, sizeof label, "%d%%", percent(kTextScales[i]));
    if (i > 0) widgets::SameLineIfFits(widgets::ButtonWidth(label));
    const bool selected = percent(ctx.session.settings().text_scale()) == percent(kTextScales[i]);
    if (widgets::NavButton(label, selected)) chosen = kTextScales[i];
    ctx.widgets.mark_last_item("settings/text-scale/" + std::to_string(percent(kTextScales[i])));
  }
  widgets::MutedText("Text stays sharp at any size; the browser's zoom works too.");
  ctx.widgets.mark_last_item("settings/sample-text");
  return chosen;
}

void draw_keyboard_help(AppContext& ctx) {
  widgets::TextIn(ctx.fonts.heading, "Keyboard");
  widgets::MutedText(
      "Arrow keys move the focus (shown by an outline), Space presses the focused button, Tab moves between "
      "text fields and Escape steps out. [ and ] switch sections. In a question: 1-8 or A-H pick an option, "
      "Enter checks the answer and moves on.");
}

}  // namespace

void SettingsScreen::draw(AppContext& ctx) {
  widgets::TextIn(ctx.fonts.title, "Settings");
  const std::optional<session::Theme> theme = draw_theme_choice(ctx);
  ImGui::Spacing();
  const std::optional<float> scale = draw_text_size_choice(ctx);
  ImGui::Spacing();
  draw_keyboard_help(ctx);
  // Applied after drawing: the shell switches the theme and the platform the
  // fonts at the start of the next frame.
  session::Preferences& settings = ctx.session.settings();
  if (theme) settings.set_theme(*theme);
  if (scale && percent(*scale) != percent(settings.text_scale())) settings.set_text_scale(*scale);
}

nlohmann::json SettingsScreen::describe(const AppContext& ctx) const {
  const session::Settings& settings = ctx.session.settings().get();
  nlohmann::json scales = nlohmann::json::array();
  for (float s : kTextScales) scales.push_back(percent(s));
  return {{"theme", session::theme_name(settings.theme)},
          {"text_scale_percent", percent(settings.text_scale)},
          {"text_scales", scales}};
}

}  // namespace dealdojo::ui
