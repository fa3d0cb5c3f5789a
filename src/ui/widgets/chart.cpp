#include "ui/widgets/chart.hpp"

#include <algorithm>

namespace dealdojo::ui::widgets {

PlotArea PlotArea::Reserve(float width, float height, float label_room_top) {
  PlotArea area;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  area.min = ImVec2(at.x, at.y + label_room_top);
  area.max = ImVec2(at.x + width, at.y + label_room_top + height);
  ImGui::Dummy(ImVec2(width, label_room_top + height));
  return area;
}

float PlotArea::X(double x) const {
  const double span = x_high > x_low ? x_high - x_low : 1.0;
  return min.x + static_cast<float>((x - x_low) / span) * (max.x - min.x);
}

float PlotArea::Y(double y) const {
  const double span = y_high > y_low ? y_high - y_low : 1.0;
  return max.y - static_cast<float>((y - y_low) / span) * (max.y - min.y);
}

void ClampedText(ImVec2 pos, float left, float right, std::string_view text, ImU32 colour) {
  const float width = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
  pos.x = std::clamp(pos.x, left, std::max(left, right - width));
  ImGui::GetWindowDrawList()->AddText(pos, colour, text.data(), text.data() + text.size());
}

void VerticalMarker(const PlotArea& area, double x, std::string_view label, ImU32 colour, int row) {
  const float px = std::clamp(area.X(x), area.min.x, area.max.x);
  const float line = ImGui::GetTextLineHeight();
  const float label_y = area.min.y - line * static_cast<float>(row + 1);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddLine(ImVec2(px, label_y + line), ImVec2(px, area.max.y), colour, 2.0f);
  const float width = ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
  ClampedText(ImVec2(px - width * 0.5f, label_y), area.min.x, area.max.x, label, colour);
}

void HorizontalMarker(const PlotArea& area, double y, std::string_view label, ImU32 colour) {
  const float py = std::clamp(area.Y(y), area.min.y, area.max.y);
  ImGui::GetWindowDrawList()->AddLine(ImVec2(area.min.x, py), ImVec2(area.max.x, py), colour, 2.0f);
  const float width = ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
  ClampedText(ImVec2(area.max.x - width - 4.0f, py - ImGui::GetTextLineHeight() - 1.0f), area.min.x, area.max.x, label,
              colour);
}

}  // namespace dealdojo::ui::widgets
