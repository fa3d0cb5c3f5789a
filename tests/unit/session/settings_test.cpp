#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/session/settings.hpp"

using dealdojo::session::Settings;
using dealdojo::session::Theme;

namespace {
double scale_of(const Settings& s) { return static_cast<double>(s.text_scale); }
double as_double(float value) { return static_cast<double>(value); }
}  // namespace

TEST_CASE("settings round-trip through JSON") {
  Settings settings;
  settings.theme = Theme::HighContrast;
  settings.text_scale = 1.3f;
  const Settings back = Settings::from_json(settings.to_json());
  CHECK(back.theme == Theme::HighContrast);
  CHECK(scale_of(back) == doctest::Approx(1.3));
  CHECK(settings.to_json()["theme"] == "high-contrast");
}

TEST_CASE("settings from damaged JSON keep defaults and never abort") {
  for (const char* text : {R"(null)", R"([1,2])", R"("dark")", R"({"theme": 3, "text_scale": "big"})",
                           R"({"theme": "purple", "text_scale": null})", R"({"theme": {"x": 1}})"}) {
    CAPTURE(text);
    const Settings s = Settings::from_json(nlohmann::json::parse(text, nullptr, false));
    CHECK(s.theme == Theme::Light);
    CHECK(scale_of(s) == doctest::Approx(1.0));
  }
}

TEST_CASE("settings keep the good values of a partly damaged object") {
  const Settings s = Settings::from_json(nlohmann::json::parse(R"({"theme": "dark", "text_scale": "x"})"));
  CHECK(s.theme == Theme::Dark);
  CHECK(scale_of(s) == doctest::Approx(1.0));
}

TEST_CASE("settings clamp the text scale to the supported range") {
  const double max = as_double(Settings::kMaxTextScale), min = as_double(Settings::kMinTextScale);
  CHECK(scale_of(Settings::from_json({{"text_scale", 9.0}})) == doctest::Approx(max));
  CHECK(scale_of(Settings::from_json({{"text_scale", 0.1}})) == doctest::Approx(min));
  CHECK(scale_of(Settings::from_json({{"text_scale", -4}})) == doctest::Approx(min));
  CHECK(scale_of(Settings::from_json({{"text_scale", 1.15}})) == doctest::Approx(1.15));
  using dealdojo::session::clamp_text_scale;
  CHECK(as_double(clamp_text_scale(std::numeric_limits<float>::quiet_NaN())) == doctest::Approx(1.0));
  CHECK(as_double(clamp_text_scale(std::numeric_limits<float>::infinity())) == doctest::Approx(1.0));
}

TEST_CASE("theme names parse back and unknown names are refused") {
  for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
    CHECK(dealdojo::session::parse_theme(dealdojo::session::theme_name(t)) == t);
  }
  CHECK_FALSE(dealdojo::session::parse_theme("Dark").has_value());
  CHECK_FALSE(dealdojo::session::parse_theme("").has_value());
}
