#pragma once
#include "ui/screen.hpp"

namespace dealdojo::ui {

// Home: what is loaded (packs, question counts per exam domain) and where to go.
class HomeScreen final : public Screen {
 public:
  std::string_view id() const override { return "home"; }
  std::string_view title() const override { return "Home"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;
};

}  // namespace dealdojo::ui
