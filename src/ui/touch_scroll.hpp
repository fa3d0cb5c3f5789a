#pragma once
// Swipe to scroll on touch screens. Dear ImGui 1.86 scrolls by wheel and scrollbar
// only, so a finger dragging over the content moved nothing. This turns a touch
// drag into scrolling of the scrollable window under the finger, with inertia after
// release, and tells a tap from a drag:
//   - a press that moves less than kDragThreshold before release is a tap (the
//     widget under it gets its click as usual);
//   - once it moves further, the press is taken from the widget (no click on
//     release) and the content follows the finger;
//   - a drag that starts on a slider, a text field or a scrollbar belongs to it;
//   - a tap while the content is still gliding stops it and clicks nothing.
// Runs after the frame's windows are submitted; a scroll takes effect next frame.
#include <vector>

namespace dealdojo::ui {

inline constexpr float kDragThreshold = 10.0f;    // points a finger may wander in a tap
inline constexpr float kInertiaFriction = 4.0f;   // velocity decays as e^(-friction · t)
inline constexpr float kInertiaStop = 30.0f;      // points per second below which gliding stops
inline constexpr double kFlingWindow = 0.25;      // seconds of movement before the lift that set the glide

class TouchScroller {
 public:
  // `touch`: the pointer is a finger. `dt`: seconds since the last frame.
  // Returns true while the content is still moving (the caller asks for frames).
  bool update(bool touch, float dt);

  bool dragging() const { return m_state == State::Dragging; }
  bool gliding() const { return m_velocity != 0.0f && m_window_id != 0; }

 private:
  enum class State { Idle, Pending, Dragging, Owned, Swallowed };
  void stop();
  // The finger's speed over its last kFlingWindow seconds (points per second, up positive).
  float fling_velocity(double now) const;

  State m_state = State::Idle;
  unsigned int m_window_id = 0;  // ImGuiID of the window being scrolled
  float m_start_x = 0, m_start_y = 0;
  float m_velocity = 0;  // points per second, positive when content moves up (scroll grows)
  struct Sample {
    double time;
    float scrolled;  // total scroll moved by the finger so far
  };
  std::vector<Sample> m_samples;  // recent positions while dragging
  float m_scrolled = 0;
};

}  // namespace dealdojo::ui
