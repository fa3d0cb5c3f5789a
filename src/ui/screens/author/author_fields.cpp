#include "ui/screens/author/author_fields.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

using studio::Json;

void label(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

// After a field: name it for tests, and end its undo step when it loses focus.
void finish_field(AppContext& ctx, studio::Draft& draft, const std::string& name) {
  ctx.widgets.mark_last_item(name);
  if (ImGui::IsItemDeactivated()) draft.seal();
}

std::vector<std::string> split_list(const std::string& typed) {
  std::vector<std::string> items;
  std::string item;
  for (char c : typed + ",") {
    if (c != ',') {
      item += c;
      continue;
    }
    const auto first = item.find_first_not_of(' ');
    const auto last = item.find_last_not_of(' ');
    if (first != std::string::npos) items.push_back(item.substr(first, last - first + 1));
    item.clear();
  }
  return items;
}

}  // namespace

std::string text_at(const studio::Draft& draft, std::string_view pointer) {
  const Json& value = draft.at(pointer);
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::string list_at(const studio::Draft& draft, std::string_view pointer) {
  const Json& value = draft.at(pointer);
  std::string joined;
  if (!value.is_array()) return joined;
  for (const Json& item : value) {
    if (!joined.empty()) joined += ", ";
    joined += item.is_string() ? item.get<std::string>() : item.dump();
  }
  return joined;
}

bool DraftText(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label_text,
               const std::string& name, const std::vector<content::Diagnostic>& problems, int lines, bool optional) {
  label(label_text);
  std::string value = text_at(draft, pointer);
  const std::string id = "##" + pointer;
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_NoUndoRedo;
  bool edited = false;
  ImGui::SetNextItemWidth(-1.0f);
  if (lines > 1) {
    const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + ImGui::GetStyle().FramePadding.y * 2;
    edited = ImGui::InputTextMultiline(id.c_str(), &value, ImVec2(-1.0f, height), flags);
  } else {
    edited = ImGui::InputText(id.c_str(), &value, flags);
  }
  finish_field(ctx, draft, name);
  if (edited) {
    if (optional && value.empty()) draft.remove(pointer);
    else draft.set(pointer, value, pointer);
  }
  FieldProblems(problems, pointer);
  return edited;
}

bool DraftList(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label_text,
               const std::string& name, const std::vector<content::Diagnostic>& problems) {
  label(label_text);
  // The typed text is kept while the field is active, so "a, " is not tidied to "a" mid-word.
  static std::string typing;
  static ImGuiID typing_id = 0;
  const std::string id = "##" + pointer;
  const ImGuiID imgui_id = ImGui::GetID(id.c_str());
  std::string value = typing_id == imgui_id ? typing : list_at(draft, pointer);
  ImGui::SetNextItemWidth(-1.0f);
  const bool edited = ImGui::InputText(id.c_str(), &value, ImGuiInputTextFlags_NoUndoRedo);
  const bool active = ImGui::IsItemActive();
  finish_field(ctx, draft, name);
  if (active) {
    typing_id = imgui_id;
    typing = value;
  } else if (typing_id == imgui_id) {
    typing_id = 0;
  }
  if (edited) {
    Json items = Json::array();
    for (auto& item : split_list(value)) items.push_back(std::move(item));
    if (items.empty()) draft.remove(pointer);
    else draft.set(pointer, items, pointer);
  }
  FieldProblems(problems, pointer, /*inside=*/true);
  return edited;
}

bool DraftInt(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label_text,
              const std::string& name, const std::vector<content::Diagnostic>& problems) {
  label(label_text);
  const Json& current = draft.at(pointer);
  int value = current.is_number_integer() ? current.get<int>() : 0;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 160.0f));
  const bool edited = ImGui::InputInt(("##" + pointer).c_str(), &value);
  finish_field(ctx, draft, name);
  if (edited) draft.set(pointer, value, pointer);
  FieldProblems(problems, pointer);
  return edited;
}

bool DraftChoice(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label_text,
                 const std::string& name, const std::vector<std::string>& choices,
                 const std::vector<content::Diagnostic>& problems) {
  label(label_text);
  const std::string current = text_at(draft, pointer);
  bool edited = false;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 320.0f));
  if (ImGui::BeginCombo(("##" + pointer).c_str(), current.empty() ? "(none)" : current.c_str())) {
    for (const std::string& choice : choices) {
      if (ImGui::Selectable(choice.c_str(), choice == current) && choice != current) {
        draft.set(pointer, choice);
        edited = true;
      }
    }
    ImGui::EndCombo();
  }
  ctx.widgets.mark_last_item(name);
  FieldProblems(problems, pointer);
  return edited;
}

void FieldProblems(const std::vector<content::Diagnostic>& problems, std::string_view pointer, bool inside) {
  for (const auto& problem : problems) {
    const bool here = problem.pointer == pointer ||
                      (inside && problem.pointer.size() > pointer.size() &&
                       problem.pointer.compare(0, pointer.size(), pointer) == 0 && problem.pointer[pointer.size()] == '/');
    if (!here) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, problem.is_error() ? colours::bad() : colours::muted_text());
    widgets::WrappedText(std::string(problem.is_error() ? "Error: " : "Warning: ") + problem.message);
    ImGui::PopStyleColor();
  }
}

}  // namespace dealdojo::ui
