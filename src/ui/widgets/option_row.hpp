#pragma once
// A selectable answer option whose text wraps to the available width (ImGui's
// buttons do not wrap), with a radio or check mark and, after checking, the verdict.
#include <string_view>

namespace dealdojo::ui::widgets {

enum class OptionVerdict {
  None,          // no feedback shown
  ChosenRight,   // picked, and a key
  ChosenWrong,   // picked, not a key
  MissedKey,     // a key that was not picked
  NotChosen,     // neither picked nor a key
};

// Returns true when clicked. `letter` is the shortcut shown ("A").
bool OptionRow(const char* id, std::string_view letter, std::string_view text, bool selected,
               bool multiple, OptionVerdict verdict, bool enabled);

}  // namespace dealdojo::ui::widgets
