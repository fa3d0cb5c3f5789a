#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/util/text.hpp"
#include "ui/theme.hpp"

namespace dealdojo::ui::widgets {

bool NavButton(const char* label, bool selected) {
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_Header, 2.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::accent());
  }
  const bool pressed = ImGui::Button(label);
  if (selected) {
    ImGui::PopStyleColor(2);
    // A bar under the selected section: a difference in colour alone is easy to miss.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + 6.0f, max.y - 3.0f), ImVec2(max.x - 6.0f, max.y),
                                              colours::accent(), 1.5f);
  }
  return pressed;
}

bool CompactButton(const char* label) {
  // On touch screens a small button is too small for a finger: a full-size one.
  return touch_mode() ? ImGui::Button(label) : ImGui::SmallButton(label);
}

void WrappedText(std::string_view text) {
  float width = ImGui::GetContentRegionAvail().x;
  // Inside a tooltip the region is as wide as its content so far (about nothing):
  // give such text a reading width instead of a column one character wide.
  const float reading_width = ImGui::GetFontSize() * 28.0f;
  if (width < ImGui::GetFontSize() * 6.0f) width = std::min(reading_width, ImGui::GetMainViewport()->WorkSize.x * 0.9f);
  const auto measure = [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; };
  const std::vector<std::string_view> lines = text::break_lines(text, width, measure);
  ImGui::BeginGroup();  // one item, so a caller can name it with mark_last_item
  for (std::string_view line : lines) ImGui::TextUnformatted(line.data(), line.data() + line.size());
  ImGui::EndGroup();
}

void TextIn(ImFont* font, std::string_view text) {
  ImGui::PushFont(font);
  WrappedText(text);
  ImGui::PopFont();
}

void MutedText(std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
  WrappedText(text);
  ImGui::PopStyleColor();
}

void SameLineIfFits(float next_width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float last_right = ImGui::GetItemRectMax().x;
  const float limit = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (last_right + style.ItemSpacing.x + next_width <= limit) ImGui::SameLine();
}

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

bool LabeledInput(const char* label, const char* id, std::string& value, const std::string* error,
                  const std::function<void()>& after_input, float width) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(width > 0.0f ? width : std::min(360.0f, ImGui::GetContentRegionAvail().x));
  const bool edited = ImGui::InputText(id, &value);
  if (after_input) after_input();
  if (error != nullptr && !error->empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(error->c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  return edited;
}

std::string FitText(std::string_view text, float width) {
  if (ImGui::CalcTextSize(text.data(), text.data() + text.size()).x <= width) return std::string(text);
  const char* ellipsis = "\u2026";
  const float room = width - ImGui::CalcTextSize(ellipsis).x;
  std::size_t end = text.size();
  // Binary search on the byte length, then step back to a UTF-8 character start.
  std::size_t lo = 0, hi = text.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (ImGui::CalcTextSize(text.data(), text.data() + mid).x <= room) lo = mid;
    else hi = mid - 1;
  }
  end = lo;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + ellipsis;
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
