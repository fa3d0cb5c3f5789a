#pragma once
// Small ImGui-style helpers shared by screens (ImGui naming, as they behave like
// ImGui widgets).
#include <functional>
#include <string>
#include <string_view>

struct ImFont;

namespace dealdojo::ui::widgets {

// A navigation button drawn as selected when `selected` (highlighted and underlined).
bool NavButton(const char* label, bool selected);

// ImGui::SmallButton, except on touch screens, where it is a full-size button.
bool CompactButton(const char* label);

// Text wrapped at the column's edge, breaking only at spaces (ImGui's own wrap also
// breaks after commas and full stops, splitting "11,000"); in a tooltip, at a
// reading width. Drawn as one item.
void WrappedText(std::string_view text);

// Text in `font`, wrapped as WrappedText.
void TextIn(ImFont* font, std::string_view text);

// Wrapped text in the muted colour.
void MutedText(std::string_view text);

// Stays on the current line when an item `next_width` wide still fits, else wraps.
// Call between items, in place of ImGui::SameLine().
void SameLineIfFits(float next_width);
// The width of a button labelled `label`.
float ButtonWidth(const char* label);

// A labelled single-line text field with an optional error under it (red). The
// label sits above the field so long labels never clip. Returns true when edited.
// `after_input`, when given, runs right after the field is drawn (e.g. to record
// its rectangle for tests).
bool LabeledInput(const char* label, const char* id, std::string& value, const std::string* error,
                  const std::function<void()>& after_input = {}, float width = 0.0f);

// `text` cut to fit `width` (with an ellipsis) in the current font.
std::string FitText(std::string_view text, float width);

// A horizontal bar filled to `fraction` (0–1) with a label drawn beside it.
void ProgressBar(float fraction, float width, std::string_view label);

}  // namespace dealdojo::ui::widgets
