#pragma once
// Drawing pieces of the role-play screen: chat bubbles whose text wraps, choice
// buttons that wrap (ImGui's buttons do not), and the colours for moods and grades.
#include <string_view>

#include "core/roleplay/vocabulary.hpp"

namespace dealdojo::ui::roleplay_widgets {

// A bubble of wrapped text, on the left (buyer) or the right (learner) of the
// available width, at most `max_fraction` of it wide. `caption` is drawn above it,
// muted, on the same side.
void ChatBubble(std::string_view caption, std::string_view text, bool on_right, unsigned int fill,
                float max_fraction);

// A full-width button showing `number` in a badge and `text` wrapped beside it.
bool ChoiceButton(const char* id, int number, std::string_view text, float width);
// The height ChoiceButton takes for `text` at `width` (to lay out what follows).
float ChoiceButtonHeight(std::string_view text, float width);

// A buyer bubble's fill: cold (hostile) is tinted red, neutral grey, warm green.
unsigned int mood_fill(roleplay::Mood mood);
unsigned int learner_fill();
// Best green, good blue, weak amber, poor red.
unsigned int grade_colour(roleplay::Grade grade);
unsigned int ending_colour(roleplay::EndingKind ending);

// A small mark on the text line: a tick (met), a cross (missed) or a dash (does not apply).
enum class Mark { Tick, Cross, Dash };
void StatusMark(Mark mark, unsigned int colour);

// "Trust" then a bar and "45 / 100", on one line.
void TrustBar(int trust, float bar_width);

}  // namespace dealdojo::ui::roleplay_widgets
