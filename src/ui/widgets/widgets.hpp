#pragma once
// Small ImGui-style helpers shared by screens (ImGui naming, as they behave like
// ImGui widgets).
#include <string_view>

struct ImFont;

namespace dealdojo::ui::widgets {

// A navigation button drawn as selected when `selected`.
bool NavButton(const char* label, bool selected);

// Text in `font`, wrapped to the available width.
void TextIn(ImFont* font, std::string_view text);

// Wrapped text in the muted colour.
void MutedText(std::string_view text);

// A horizontal bar filled to `fraction` (0–1) with a label drawn beside it.
void ProgressBar(float fraction, float width, std::string_view label);

}  // namespace dealdojo::ui::widgets
