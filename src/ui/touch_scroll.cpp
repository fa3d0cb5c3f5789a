#include "ui/touch_scroll.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // hovered/active windows and ids: what a drag belongs to

#include <algorithm>
#include <cmath>

namespace dealdojo::ui {
namespace {

// The window under the finger, or the nearest parent that can scroll vertically.
ImGuiWindow* scrollable_under_pointer() {
  for (ImGuiWindow* w = GImGui->HoveredWindow; w != nullptr; w = w->ParentWindow) {
    if (w->ScrollMax.y > 0.0f && (w->Flags & ImGuiWindowFlags_NoScrollWithMouse) == 0) return w;
  }
  return nullptr;
}

// The press went to a widget that uses drags itself: a slider or drag (they claim
// the arrow keys when activated), a text field, or a scrollbar.
bool press_owned_by_widget() {
  const ImGuiContext& g = *GImGui;
  if (g.ActiveId == 0) return false;
  if (g.ActiveIdUsingNavDirMask != 0) return true;
  if (g.InputTextState.ID == g.ActiveId) return true;
  if (ImGuiWindow* w = g.ActiveIdWindow) {
    return g.ActiveId == ImGui::GetWindowScrollbarID(w, ImGuiAxis_Y) ||
           g.ActiveId == ImGui::GetWindowScrollbarID(w, ImGuiAxis_X);
  }
  return false;
}

void scroll_by(ImGuiWindow* window, float delta) {
  const float target = std::fmin(std::fmax(window->Scroll.y + delta, 0.0f), window->ScrollMax.y);
  ImGui::SetScrollY(window, target);
}

}  // namespace

void TouchScroller::stop() {
  m_velocity = 0.0f;
  m_window_id = 0;
  m_samples.clear();
}

float TouchScroller::fling_velocity(double now) const {
  // Measured over time, not per frame: frames come unevenly, and a frame in which
  // the finger did not move says nothing about its speed.
  const Sample* first = nullptr;
  for (const Sample& s : m_samples) {
    if (now - s.time <= kFlingWindow) {
      first = &s;
      break;
    }
  }
  if (first == nullptr || m_samples.empty()) return 0.0f;
  const Sample& last = m_samples.back();
  const double span = std::max(last.time - first->time, 1.0 / 120.0);
  return static_cast<float>(static_cast<double>(last.scrolled - first->scrolled) / span);
}

bool TouchScroller::update(bool touch, float dt) {
  ImGuiIO& io = ImGui::GetIO();
  ImGuiWindow* window = m_window_id != 0 ? ImGui::FindWindowByID(m_window_id) : nullptr;
  if (!touch) {
    m_state = State::Idle;
    stop();
    return false;
  }
  if (io.MouseClicked[0]) {
    ImGuiWindow* target = scrollable_under_pointer();
    const bool on_gliding = gliding() && target != nullptr && target->ID == m_window_id;
    stop();
    if (on_gliding) {
      // A tap on gliding content stops it; it is not meant for what lies under it.
      ImGui::ClearActiveID();
      m_state = State::Swallowed;
      return false;
    }
    m_window_id = target != nullptr ? target->ID : 0;
    m_start_x = io.MousePos.x;
    m_start_y = io.MousePos.y;
    m_velocity = 0.0f;
    m_scrolled = 0.0f;
    m_samples.clear();
    m_state = press_owned_by_widget() ? State::Owned : State::Pending;
    return false;
  }
  if (io.MouseDown[0]) {
    if (m_state == State::Pending && window != nullptr &&
        std::hypot(io.MousePos.x - m_start_x, io.MousePos.y - m_start_y) > kDragThreshold) {
      ImGui::ClearActiveID();  // the press becomes a drag: no click on release
      m_state = State::Dragging;
    }
    if (m_state == State::Dragging && window != nullptr) {
      const float moved = -io.MouseDelta.y;
      scroll_by(window, moved);
      m_scrolled += moved;
      const double now = ImGui::GetTime();
      m_samples.push_back({now, m_scrolled});
      while (m_samples.size() > 2 && now - m_samples.front().time > 2 * kFlingWindow) m_samples.erase(m_samples.begin());
      if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();  // nothing under the finger takes the press
    }
    return m_state == State::Dragging;
  }
  // Released (or never pressed).
  if (m_state == State::Dragging) {
    m_velocity = fling_velocity(ImGui::GetTime());
    m_samples.clear();
    if (std::fabs(m_velocity) < kInertiaStop) stop();
  }
  m_state = State::Idle;
  if (window == nullptr || m_velocity == 0.0f) {
    stop();
    return false;
  }
  scroll_by(window, m_velocity * dt);
  m_velocity *= std::exp(-kInertiaFriction * dt);
  const bool at_end = (m_velocity < 0.0f && window->Scroll.y <= 0.0f) ||
                      (m_velocity > 0.0f && window->Scroll.y >= window->ScrollMax.y);
  if (std::fabs(m_velocity) < kInertiaStop || at_end) stop();
  return gliding();
}

}  // namespace dealdojo::ui
