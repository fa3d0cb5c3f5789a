#include "core/session/settings.hpp"

#include <algorithm>
#include <cmath>

namespace dealdojo::session {

std::string_view theme_name(Theme theme) {
  switch (theme) {
    case Theme::Light: return "light";
    case Theme::Dark: return "dark";
    case Theme::HighContrast: return "high-contrast";
  }
  return "light";
}

std::optional<Theme> parse_theme(std::string_view name) {
  for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
    if (theme_name(theme) == name) return theme;
  }
  return std::nullopt;
}

float clamp_text_scale(float scale) {
  if (!std::isfinite(scale)) return 1.0f;
  return std::clamp(scale, Settings::kMinTextScale, Settings::kMaxTextScale);
}

nlohmann::json Settings::to_json() const {
  return {{"theme", theme_name(theme)}, {"text_scale", text_scale}};
}

Settings Settings::from_json(const nlohmann::json& data) {
  Settings settings;
  if (!data.is_object()) return settings;
  const auto theme = data.find("theme");
  if (theme != data.end() && theme->is_string()) {
    if (auto parsed = parse_theme(theme->get_ref<const std::string&>())) settings.theme = *parsed;
  }
  const auto scale = data.find("text_scale");
  if (scale != data.end() && scale->is_number()) {
    settings.text_scale = clamp_text_scale(scale->get<float>());
  }
  return settings;
}

}  // namespace dealdojo::session
