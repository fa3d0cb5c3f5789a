#pragma once
// What screens may read and change: the domain state owned by the app, and the
// frame's shared services (fonts, widget registry for tests).
#include <string>
#include <vector>

#include "ui/theme.hpp"
#include "ui/widgets/widget_registry.hpp"

namespace dealdojo::ui {

struct AppContext {
  Fonts& fonts;
  WidgetRegistry& widgets;
  float width = 0;  // usable content width in points, for responsive layout
  bool compact() const { return width < 720.0f; }
};

}  // namespace dealdojo::ui
