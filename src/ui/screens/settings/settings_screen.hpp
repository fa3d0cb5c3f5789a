#pragma once
#include "ui/screen.hpp"

namespace dealdojo::ui {

// Settings: the theme (light, dark, high contrast) and the text size. Both are
// kept in the session's settings, which the learner's save holds; the shell
// applies the theme and the platform the text size at the start of a frame.
class SettingsScreen final : public Screen {
 public:
  std::string_view id() const override { return "settings"; }
  std::string_view title() const override { return "Settings"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;
};

}  // namespace dealdojo::ui
