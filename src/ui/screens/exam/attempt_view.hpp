#pragma once
// Answering a paper, shared by the mock exam and practice: the question with its
// options, progress, timer, flag, previous/next, a navigator grid and a submit
// confirmation. Keyboard: 1–8 or A–E, G, H pick options; Enter checks or moves
// on; F flags; Left and Right move; Esc opens the navigator. In the confirmation
// Tab moves between the buttons and Enter presses the focused one.
#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/content/pack.hpp"
#include "core/exam/attempt.hpp"
#include "core/session/attempt_slot.hpp"

namespace dealdojo::ui {

struct AppContext;

struct AttemptViewState {
  bool navigator_open = false;
  bool confirm_submit = false;
  bool confirm_focus_cancel = false;           // "Keep working" has the keyboard focus in the confirmation
  std::optional<std::size_t> shown_item;       // the question drawn last: another one opens scrolled to the top
  std::optional<std::size_t> over_limit_item;  // a pick past "Choose N" was refused here, so say why
};

enum class AttemptAction { None, Submit };

// `name` prefixes widget names for tests ("exam" gives "exam/option/1").
AttemptAction draw_attempt(AppContext& ctx, session::AttemptSlot& slot, const content::Pack& pack,
                           AttemptViewState& view, const std::string& name);

// The attempt's current question and answers, for tests and the screen-reader mirror.
nlohmann::json describe_attempt(const exam::Attempt& attempt, const content::Pack& pack,
                                const AttemptViewState& view);

// The exam screens' column: the whole width on a phone; on a wider screen at most a
// reading width, centred, as answer rows across a monitor are hard to read. Every
// begin_reading_column is matched by end_reading_column in the same frame.
void begin_reading_column(const AppContext& ctx);
void end_reading_column(const AppContext& ctx);

}  // namespace dealdojo::ui
