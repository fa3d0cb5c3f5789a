#pragma once
// Keys pressed since the last frame (and whether the pointer is a finger),
// collected from the platform's events. ImGui
// 1.86 polls key state once a frame, so a press and release that land in the same
// frame would be lost; screens read presses from here instead.
#include <algorithm>
#include <vector>

namespace dealdojo::ui {

enum class Key { Left, Right, Up, Down, Enter, Escape, Space, Tab, PageUp, PageDown, Home, End };

struct KeyInput {
  std::vector<Key> pressed;  // in order, including auto-repeats
  bool touch = false;        // the pointer is a finger on a touch screen, not a mouse
  bool was_pressed(Key key) const { return std::find(pressed.begin(), pressed.end(), key) != pressed.end(); }
};

}  // namespace dealdojo::ui
