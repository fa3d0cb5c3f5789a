#pragma once
// Drawing helpers for small charts on ImGui's draw list: a plot area that maps
// values to screen points, and labelled markers (a quota line, P50) whose labels
// are stacked in rows so neighbouring markers do not overwrite each other.
#include <string_view>

#include <imgui.h>

namespace dealdojo::ui::widgets {

// A rectangle on screen for values x in [x_low, x_high], y in [y_low, y_high]
// (y grows upwards). Reserve it with Reserve(), which also advances the cursor.
struct PlotArea {
  ImVec2 min;
  ImVec2 max;
  double x_low = 0, x_high = 1;
  double y_low = 0, y_high = 1;

  static PlotArea Reserve(float width, float height, float label_room_top = 0.0f);
  float X(double x) const;
  float Y(double y) const;
};

// A vertical line at value `x` across the plot, its label in row `row` above it
// (rows are a text line apart, counted down from the top of the plot).
void VerticalMarker(const PlotArea& area, double x, std::string_view label, ImU32 colour, int row);
// A horizontal line at value `y` with its label at the right end, above the line.
void HorizontalMarker(const PlotArea& area, double y, std::string_view label, ImU32 colour);
// Text at `pos`, clamped so it stays inside [left, right].
void ClampedText(ImVec2 pos, float left, float right, std::string_view text, ImU32 colour);

}  // namespace dealdojo::ui::widgets
