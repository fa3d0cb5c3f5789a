// Lists beside forms for the Author screen's list-and-form tabs (presets,
// self-assessments): reading a list of the draft, the fields author_fields.hpp lacks
// (a number with a fraction, a list typed one item a line), selectable rows and the
// add / move / remove buttons of an ordered list.
#include "ui/screens/author/author_forms.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "core/studio/draft_checks.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/author/author_fields.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui::forms {

std::vector<std::string> ids_of(const Json& list) {
  std::vector<std::string> ids;
  for (const Json& item : list) ids.push_back(studio::text_of(item, "id"));
  return ids;
}

std::string item_at(std::string_view list_pointer, std::size_t index) {
  return std::string(list_pointer) + "/" + std::to_string(index);
}

// A selection that still names an item after an undo or a removal.
void clamp(std::size_t& selected, std::size_t count) {
  if (selected >= count) selected = count == 0 ? 0 : count - 1;
}

// Adds `item` after `selected` in the list at `pointer` (creating the list when the
// pack has none) and returns its index.
std::size_t add_after(studio::Draft& draft, const std::string& pointer, std::size_t selected, Json item) {
  const Json& list = draft.at(pointer);
  if (!list.is_array()) {
    draft.set(pointer, Json::array({std::move(item)}));
    return 0;
  }
  const std::size_t at = list.empty() ? 0 : std::min(selected + 1, list.size());
  draft.insert(pointer, at, std::move(item));
  return at;
}

// The list with item `from` moved to `to`: set as one edit, so one undo takes it back.
Json moved(Json list, std::size_t from, std::size_t to) {
  Json item = list[from];
  list.erase(from);
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
  return list;
}

// Wrapped, so a long label stays on a phone's screen.
void field_label(const char* text) { widgets::MutedText(text); }

// After a field: name it for tests, and end its undo step when it loses focus.
void finish_field(AppContext& ctx, studio::Draft& draft, const std::string& name) {
  ctx.widgets.mark_last_item(name);
  if (ImGui::IsItemDeactivated()) draft.seal();
}

// A number with a fraction (a conversion rate, 0–1), kept to 4 decimals.
void DraftNumber(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                 const std::string& name, const Problems& problems) {
  field_label(label);
  const Json& current = draft.at(pointer);
  double value = current.is_number() ? current.get<double>() : 0.0;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 160.0f));
  const bool edited = ImGui::InputDouble(("##" + pointer).c_str(), &value, 0.05, 0.1, "%.2f");
  finish_field(ctx, draft, name);
  if (edited) draft.set(pointer, std::round(value * 10000.0) / 10000.0, pointer);
  FieldProblems(problems, pointer);
}

std::string joined_lines(const Json& list) {
  std::string text;
  if (!list.is_array()) return text;
  for (const Json& item : list) {
    if (!text.empty()) text += '\n';
    text += item.is_string() ? item.get<std::string>() : item.dump();
  }
  return text;
}

Json split_lines(const std::string& text) {
  Json items = Json::array();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string::npos) items.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
    start = end + 1;
  }
  return items;
}

// A list of texts, one a line (texts such as exit criteria hold commas). An emptied
// optional list is removed; a required one is left empty for the check to flag.
void DraftLines(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                const std::string& name, const Problems& problems, LinesTyping& typing, bool optional) {
  field_label(label);
  std::string value = typing.pointer == pointer ? typing.text : joined_lines(draft.at(pointer));
  const auto lines = std::clamp<std::ptrdiff_t>(std::count(value.begin(), value.end(), '\n') + 2, 3, 10);
  const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + ImGui::GetStyle().FramePadding.y * 2;
  const bool edited = ImGui::InputTextMultiline(("##" + pointer).c_str(), &value, ImVec2(-1.0f, height),
                                                ImGuiInputTextFlags_NoUndoRedo);
  const bool active = ImGui::IsItemActive();
  finish_field(ctx, draft, name);
  if (active) typing = {pointer, value};
  else if (typing.pointer == pointer) typing = {};
  if (edited) {
    Json items = split_lines(value);
    if (items.empty() && optional) draft.remove(pointer);
    else draft.set(pointer, std::move(items), pointer);
  }
  FieldProblems(problems, pointer, /*inside=*/true);
}

// Selectable rows, "! " before one with a problem inside it; true when one was clicked.
// With `max_rows`, the rows scroll in a box that tall (a long list leaves room for its form).
bool item_rows(AppContext& ctx, const std::vector<std::string>& labels, const std::string& list_pointer,
               std::size_t& selected, const Problems& problems, const std::string& name, std::size_t max_rows) {
  const bool boxed = max_rows > 0 && labels.size() > max_rows;
  if (boxed) {
    const float rows = static_cast<float>(max_rows) + 0.5f;  // half a row shows there is more
    ImGui::BeginChild((name + "box").c_str(), ImVec2(0, rows * ImGui::GetTextLineHeightWithSpacing()), true);
  }
  bool clicked = false;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const bool flagged = !studio::problems_at(problems, item_at(list_pointer, i)).empty();
    const std::string text = widgets::FitText((flagged ? "! " : "") + labels[i], ImGui::GetContentRegionAvail().x);
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(text.c_str(), selected == i)) {
      selected = i;
      clicked = true;
    }
    ImGui::PopID();
    ctx.widgets.mark_last_item(name + std::to_string(i));
  }
  if (boxed) ImGui::EndChild();
  return clicked;
}

// "Add", "Move up", "Move down", "Remove" for the selected item of an ordered list,
// wrapping on narrow screens. Returns which was pressed.
RowAction row_buttons(AppContext& ctx, const std::string& name, const char* add, const char* remove,
                      std::size_t selected, std::size_t count) {
  RowAction action = RowAction::None;
  if (ImGui::Button(add)) action = RowAction::Add;
  ctx.widgets.mark_last_item(name + "add");
  const auto button = [&](const char* label, bool enabled, RowAction pressed, const char* widget) {
    widgets::SameLineIfFits(widgets::ButtonWidth(label));
    ImGui::BeginDisabled(!enabled);
    if (ImGui::Button(label)) action = pressed;
    ImGui::EndDisabled();
    ctx.widgets.mark_last_item(name + widget);
  };
  button("Move up", count > 0 && selected > 0, RowAction::Up, "up");
  button("Move down", selected + 1 < count, RowAction::Down, "down");
  button(remove, count > 0, RowAction::Remove, "remove");
  return action;
}

}  // namespace dealdojo::ui::forms
