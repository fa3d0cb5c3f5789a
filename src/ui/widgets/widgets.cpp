#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"

namespace dealdojo::ui::widgets {

bool NavButton(const char* label, bool selected) {
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_Header, 2.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::accent());
  }
  const bool pressed = ImGui::Button(label);
  if (selected) ImGui::PopStyleColor(2);
  return pressed;
}

void TextIn(ImFont* font, std::string_view text) {
  ImGui::PushFont(font);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void MutedText(std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void ProgressBar(float fraction, float width, std::string_view label) {
  const float height = ImGui::GetTextLineHeight() * 0.7f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float y = pos.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
  draw->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + width, y + height),
                      ImGui::GetColorU32(ImGuiCol_FrameBg), height * 0.5f);
  const float filled = width * std::clamp(fraction, 0.0f, 1.0f);
  if (filled > 0.0f) {
    draw->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + filled, y + height), colours::accent(),
                        height * 0.5f);
  }
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
  ImGui::SameLine();
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
}

}  // namespace dealdojo::ui::widgets
