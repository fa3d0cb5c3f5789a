#include "ui/widgets/option_row.hpp"

#include <imgui.h>

#include <array>
#include <string>

#include "ui/theme.hpp"

namespace dealdojo::ui::widgets {
namespace {

ImU32 verdict_colour(OptionVerdict verdict) {
  switch (verdict) {
    case OptionVerdict::ChosenRight:
    case OptionVerdict::MissedKey: return colours::good();
    case OptionVerdict::ChosenWrong: return colours::bad();
    default: return 0;
  }
}

void draw_mark(ImDrawList* draw, ImVec2 centre, float radius, bool selected, bool multiple, ImU32 colour) {
  const ImU32 frame = ImGui::GetColorU32(ImGuiCol_Border);
  if (multiple) {
    const ImVec2 a{centre.x - radius, centre.y - radius}, b{centre.x + radius, centre.y + radius};
    draw->AddRect(a, b, selected ? colour : frame, 3.0f, 0, 1.5f);
    if (selected) {
      draw->AddRectFilled(a, b, colour, 3.0f);
      const float s = radius * 0.55f;
      draw->AddPolyline(std::array<ImVec2, 3>{ImVec2{centre.x - s, centre.y},
                                               ImVec2{centre.x - s * 0.3f, centre.y + s * 0.7f},
                                               ImVec2{centre.x + s, centre.y - s * 0.7f}}
                            .data(),
                        3, IM_COL32_WHITE, 0, 2.0f);
    }
    return;
  }
  draw->AddCircle(centre, radius, selected ? colour : frame, 24, 1.5f);
  if (selected) draw->AddCircleFilled(centre, radius * 0.55f, colour, 24);
}

}  // namespace

bool OptionRow(const char* id, std::string_view letter, std::string_view text, bool selected,
               bool multiple, OptionVerdict verdict, bool enabled) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float line = ImGui::GetTextLineHeight();
  const float mark_width = line * 1.2f;
  const float letter_width = ImGui::CalcTextSize("W.").x + style.ItemInnerSpacing.x;
  const float full_width = ImGui::GetContentRegionAvail().x;
  const float text_x = style.FramePadding.x + mark_width + style.ItemInnerSpacing.x + letter_width;
  const float wrap = full_width - text_x - style.FramePadding.x;
  const ImVec2 text_size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
  const float height = text_size.y + style.FramePadding.y * 2.0f + 4.0f;

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  if (!enabled) ImGui::BeginDisabled();
  const bool clicked = ImGui::InvisibleButton("option", ImVec2(full_width, height));
  if (!enabled) ImGui::EndDisabled();
  const bool hovered = enabled && ImGui::IsItemHovered();
  ImGui::PopID();

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end{pos.x + full_width, pos.y + height};
  ImU32 fill = ImGui::GetColorU32(selected ? ImGuiCol_Header : (hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg));
  draw->AddRectFilled(pos, end, fill, style.FrameRounding);
  const ImU32 verdict_col = verdict_colour(verdict);
  if (verdict_col != 0) draw->AddRect(pos, end, verdict_col, style.FrameRounding, 0, 2.5f);
  if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible) {
    draw->AddRect(pos, end, ImGui::GetColorU32(ImGuiCol_NavHighlight), style.FrameRounding, 0, 2.0f);
  }
  const float first_line_mid = pos.y + style.FramePadding.y + 2.0f + line * 0.5f;
  draw_mark(draw, ImVec2(pos.x + style.FramePadding.x + mark_width * 0.5f, first_line_mid), line * 0.38f,
            selected, multiple, colours::accent());
  const ImVec2 letter_pos{pos.x + style.FramePadding.x + mark_width + style.ItemInnerSpacing.x,
                          pos.y + style.FramePadding.y + 2.0f};
  const std::string label = std::string(letter) + ".";
  draw->AddText(letter_pos, colours::muted_text(), label.c_str());
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + text_x, letter_pos.y),
                ImGui::GetColorU32(ImGuiCol_Text), text.data(), text.data() + text.size(), wrap);
  return clicked && enabled;
}

}  // namespace dealdojo::ui::widgets
