#pragma once
// What screens may read and change: the learner's session (domain state owned by
// the app) and the frame's shared services (fonts, widget registry for tests).
#include <cstdint>
#include <string>

#include "core/session/session.hpp"
#include "core/studio/studio.hpp"
#include "ui/intents.hpp"
#include "ui/key_input.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/frame_requests.hpp"
#include "ui/widgets/widget_registry.hpp"

namespace dealdojo::ui {

// A short message shown at the bottom of the window for a few seconds.
struct Notice {
  std::string text;
  bool is_error = false;
  std::int64_t shown_at_ms = 0;
  bool sticky = false;  // stays, with a Dismiss button, until the learner closes it
};

struct AppContext {
  session::Session& session;
  Fonts& fonts;
  WidgetRegistry& widgets;
  const KeyInput& keys;     // keys pressed since the last frame
  Intents& intents;         // requests carried out after the frame
  Notice& notice;
  std::int64_t now_ms = 0;  // wall-clock time, for records and seeds
  float width = 0;          // usable content width in points, for responsive layout
  bool can_pick_files = false;  // the platform has a file picker (web)
  std::string learner_name;     // from the LMS that launched a course ("" otherwise)
  bool loading = false;         // the packs are still being read after the first frame (App::load_step)
  studio::Studio* studio = nullptr;  // the trainer's draft (Author); null until the app has read it
  bool compact() const { return width < 720.0f; }
  // Idle frames are skipped (render on change). Ask for the next frame while
  // something moves on its own (animation, work in slices), or for one within
  // `ms` for a clock.
  void request_frame(std::int64_t within_ms = 0) const { frame_requests::request_within(within_ms); }
};

}  // namespace dealdojo::ui
