#include "ui/widgets/widget_registry.hpp"

#include <imgui.h>

namespace dealdojo::ui {

void WidgetRegistry::begin_frame() { m_building.clear(); }

void WidgetRegistry::end_frame() { m_last_frame.swap(m_building); }

void WidgetRegistry::mark_last_item(std::string_view name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // Items scrolled out of their window are not clickable: don't report them.
  const ImVec2 clip_min = ImGui::GetWindowPos();
  const ImVec2 clip_max{clip_min.x + ImGui::GetWindowWidth(), clip_min.y + ImGui::GetWindowHeight()};
  if (max.y <= clip_min.y || min.y >= clip_max.y) return;
  m_building[std::string(name)] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

const WidgetRect* WidgetRegistry::find(std::string_view name) const {
  auto it = m_last_frame.find(name);
  return it == m_last_frame.end() ? nullptr : &it->second;
}

nlohmann::json WidgetRegistry::to_json() const {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, r] : m_last_frame) {
    out[name] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
  }
  return out;
}

}  // namespace dealdojo::ui
