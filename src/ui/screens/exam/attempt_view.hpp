#pragma once
// Answering a paper, shared by the mock exam and practice: the question with its
// options, progress, timer, flag, previous/next, a navigator grid and a submit
// confirmation. Keyboard: 1–8 or A–E, G, H pick options; Enter checks or moves
// on; F flags; ← → move; Esc opens the navigator.
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
};

enum class AttemptAction { None, Submit };

// `name` prefixes widget names for tests ("exam" gives "exam/option/1").
AttemptAction draw_attempt(AppContext& ctx, session::AttemptSlot& slot, const content::Pack& pack,
                           AttemptViewState& view, const std::string& name);

// The attempt's current question and answers, for tests and the screen-reader mirror.
nlohmann::json describe_attempt(const exam::Attempt& attempt, const content::Pack& pack);

}  // namespace dealdojo::ui
