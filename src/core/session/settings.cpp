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

Settings Settings::from_json(const nlohmann::json& data) { return read(content::JsonView(data)); }

Settings Settings::read(content::JsonView data) {
  // Preferences are read leniently: what is wrong keeps its default, unreported.
  Settings settings;
  if (!data.is_object()) return settings;
  content::DiagnosticSink ignored;
  content::ReadContext ctx{"", ignored};
  content::ObjectReader r(data, "", ctx);
  if (const auto theme = r.text("theme", content::Need::Optional, "")) {
    if (auto parsed = parse_theme(*theme)) settings.theme = *parsed;
  }
  const auto scale = r.number("text_scale", content::Need::Optional, -1e9, 1e9, "");
  if (scale) settings.text_scale = clamp_text_scale(static_cast<float>(*scale));
  return settings;
}

void Preferences::set_theme(Theme theme) {
  if (m_settings.theme == theme) return;
  m_settings.theme = theme;
  touch();
}

void Preferences::set_text_scale(float scale) {
  const float clamped = clamp_text_scale(scale);
  if (m_settings.text_scale == clamped) return;
  m_settings.text_scale = clamped;
  touch();
}

void Preferences::write(nlohmann::json& document) const { document["settings"] = m_settings.to_json(); }

void Preferences::read(content::ObjectReader& document, LoadNotes&) {
  m_settings = Settings{};
  if (const auto section = document.object("settings", content::Need::Optional, "the learner's settings")) {
    m_settings = Settings::read(*section);
  }
  touch();
}

}  // namespace dealdojo::session
