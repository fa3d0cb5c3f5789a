#pragma once
// A screen is one section of the app (Home, Practice, ...). The shell owns the
// window frame and navigation; a screen only draws its contents. Screens are
// listed once, in screen_registry.cpp.
#include <memory>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace dealdojo::ui {

struct AppContext;

class Screen {
 public:
  virtual ~Screen() = default;
  virtual std::string_view id() const = 0;     // stable, used by tests: "home"
  virtual std::string_view title() const = 0;  // shown in the navigation bar
  virtual void draw(AppContext& ctx) = 0;
  // Whether draw() copes with AppContext::loading (no pack yet); otherwise the shell
  // says what the screen waits for until loading ends.
  virtual bool draws_while_loading() const { return false; }
  // The screen's key state for the test bridge and the accessibility mirror.
  virtual nlohmann::json describe(const AppContext& ctx) const = 0;
};

std::vector<std::unique_ptr<Screen>> make_screens();

}  // namespace dealdojo::ui
