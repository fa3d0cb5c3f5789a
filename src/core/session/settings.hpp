#pragma once
// The learner's display preferences: theme and text size. Kept in the learner's
// save; damaged or unknown values fall back to defaults, never abort.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/session/saved_slice.hpp"

namespace dealdojo::session {

enum class Theme { Light, Dark, HighContrast };
std::string_view theme_name(Theme theme);  // "light", "dark", "high-contrast"
std::optional<Theme> parse_theme(std::string_view name);

struct Settings {
  static constexpr float kMinTextScale = 0.85f;
  static constexpr float kMaxTextScale = 1.5f;

  Theme theme = Theme::Light;
  float text_scale = 1.0f;  // multiplies every font size

  nlohmann::json to_json() const;
  // Reads what it can: a missing, unknown or damaged value keeps its default and a
  // text scale out of range is clamped.
  static Settings from_json(const nlohmann::json& data);
  static Settings read(content::JsonView data);
};

// `scale` within [kMinTextScale, kMaxTextScale]; 1.0 for NaN or infinity.
float clamp_text_scale(float scale);

// Slice: the learner's Settings. Section "settings" (a damaged value inside it
// falls back to its default; only a "settings" that is not an object is an error).
class Preferences final : public SavedSlice {
 public:
  const Settings& get() const { return m_settings; }
  Theme theme() const { return m_settings.theme; }
  float text_scale() const { return m_settings.text_scale; }
  void set_theme(Theme theme);
  void set_text_scale(float scale);  // clamped

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  Settings m_settings;
};

}  // namespace dealdojo::session
