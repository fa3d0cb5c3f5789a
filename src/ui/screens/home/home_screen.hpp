#pragma once
#include "ui/screen.hpp"

namespace dealdojo::ui {

// Home: the pack being studied, its question bank by exam domain, and any pack
// that failed to load.
class HomeScreen final : public Screen {
 public:
  std::string_view id() const override { return "home"; }
  std::string_view title() const override { return "Home"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  void draw_pack_summary(AppContext& ctx);
  void draw_domain_table(AppContext& ctx);
  void draw_load_problems(AppContext& ctx);
};

}  // namespace dealdojo::ui
