#pragma once
// Records where named widgets were drawn in the last frame, so browser tests can
// click real canvas coordinates (and never poke state directly).
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace dealdojo::ui {

struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
};

class WidgetRegistry {
 public:
  void begin_frame();
  void end_frame();  // publishes this frame's rectangles
  // Records the last ImGui item under `name` ("nav/home").
  void mark_last_item(std::string_view name);
  const WidgetRect* find(std::string_view name) const;
  nlohmann::json to_json() const;

 private:
  std::map<std::string, WidgetRect, std::less<>> m_building;
  std::map<std::string, WidgetRect, std::less<>> m_last_frame;
};

}  // namespace dealdojo::ui
