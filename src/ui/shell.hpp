#pragma once
// The app's frame: a navigation bar over the active screen. Owns the screens
// (from screen_registry.cpp) and which one is active.
#include <memory>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "ui/screen.hpp"
#include "ui/touch_scroll.hpp"

namespace dealdojo::ui {

class Shell {
 public:
  Shell();
  void draw(AppContext& ctx);
  bool show(std::string_view screen_id);
  std::string_view active_id() const;
  nlohmann::json describe(const AppContext& ctx) const;

 private:
  void draw_navigation(AppContext& ctx);
  void draw_compact_navigation(AppContext& ctx);
  void handle_shortcuts();
  void draw_notice(AppContext& ctx);

  std::vector<std::unique_ptr<Screen>> m_screens;
  std::size_t m_active = 0;
  TouchScroller m_touch_scroll;
};

}  // namespace dealdojo::ui
