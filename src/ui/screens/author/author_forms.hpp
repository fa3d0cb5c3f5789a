#pragma once
// Lists beside forms for the Author screen's list-and-form tabs (presets,
// self-assessments): see author_forms.cpp. Every change goes through the draft.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/content/diagnostic.hpp"
#include "core/studio/draft.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/author/preset_panels.hpp"

namespace dealdojo::ui::forms {

using studio::Json;
using Problems = std::vector<content::Diagnostic>;

std::vector<std::string> ids_of(const Json& list);
std::string item_at(std::string_view list_pointer, std::size_t index);
// A selection that still names an item after an undo or a removal.
void clamp(std::size_t& selected, std::size_t count);
// Adds `item` after `selected` in the list at `pointer` (creating the list when the
// pack has none) and returns its index.
std::size_t add_after(studio::Draft& draft, const std::string& pointer, std::size_t selected, Json item);
// The list with item `from` moved to `to`: set as one edit, so one undo takes it back.
Json moved(Json list, std::size_t from, std::size_t to);

// Wrapped, so a long label stays on a phone's screen.
void field_label(const char* text);
// After a field: name it for tests, and end its undo step when it loses focus.
void finish_field(AppContext& ctx, studio::Draft& draft, const std::string& name);
// A number with a fraction (a conversion rate, 0–1), kept to 4 decimals.
void DraftNumber(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                 const std::string& name, const Problems& problems);
// A list of texts, one a line (texts such as exit criteria hold commas). An emptied
// optional list is removed; a required one is left empty for the check to flag.
void DraftLines(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                const std::string& name, const Problems& problems, LinesTyping& typing, bool optional);

// Selectable rows, "! " before one with a problem inside it; true when one was clicked.
// With `max_rows`, the rows scroll in a box that tall (a long list leaves room for its form).
bool item_rows(AppContext& ctx, const std::vector<std::string>& labels, const std::string& list_pointer,
               std::size_t& selected, const Problems& problems, const std::string& name, std::size_t max_rows = 0);

// "Add", "Move up", "Move down", "Remove" for the selected item of an ordered list,
// wrapping on narrow screens. Returns which was pressed.
enum class RowAction { None, Add, Up, Down, Remove };
RowAction row_buttons(AppContext& ctx, const std::string& name, const char* add, const char* remove,
                      std::size_t selected, std::size_t count);

// The list beside the form; on a phone the list (a short box) above it.
template <typename List, typename Form>
void list_and_form(AppContext& ctx, const char* id, List&& draw_list, Form&& draw_form) {
  if (ctx.compact()) {
    ImGui::BeginChild((std::string(id) + "-list").c_str(), ImVec2(0, 150.0f), true);
    draw_list();
    ImGui::EndChild();
    draw_form();
    return;
  }
  const float list_width = std::max(240.0f, ImGui::GetContentRegionAvail().x * 0.28f);
  ImGui::BeginChild((std::string(id) + "-list").c_str(), ImVec2(list_width, 0), true);
  draw_list();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild((std::string(id) + "-form").c_str(), ImVec2(0, 0));
  draw_form();
  ImGui::EndChild();
}


}  // namespace dealdojo::ui::forms
