#include "ui/screens/roleplay/chat_widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

#include "ui/theme.hpp"

namespace dealdojo::ui::roleplay_widgets {
namespace {

const ImVec2 kBubblePadding(12.0f, 8.0f);
constexpr float kBadgeGap = 10.0f;

ImU32 mix(const std::array<int, 3>& a, const std::array<int, 3>& b, float t) {
  auto channel = [&](std::size_t i) {
    return static_cast<int>(static_cast<float>(a[i]) + (static_cast<float>(b[i] - a[i])) * t + 0.5f);
  };
  return IM_COL32(channel(0), channel(1), channel(2), 255);
}

float badge_width() { return ImGui::CalcTextSize("8").x + 16.0f; }

}  // namespace

void ChatBubble(std::string_view caption, std::string_view text, bool on_right, unsigned int fill,
                float max_fraction) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float max_width = std::max(120.0f, avail * max_fraction);
  const float wrap = max_width - kBubblePadding.x * 2.0f;
  const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
  const float width = size.x + kBubblePadding.x * 2.0f;
  const float height = size.y + kBubblePadding.y * 2.0f;

  const ImVec2 caption_size = ImGui::CalcTextSize(caption.data(), caption.data() + caption.size());
  const float start_x = ImGui::GetCursorPosX();
  ImGui::SetCursorPosX(on_right ? start_x + avail - caption_size.x : start_x);
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
  ImGui::TextUnformatted(caption.data(), caption.data() + caption.size());
  ImGui::PopStyleColor();
  ImGui::SetCursorPosX(start_x);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 min(on_right ? origin.x + avail - width : origin.x, origin.y);
  const ImVec2 max(min.x + width, min.y + height);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, fill, 10.0f);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + kBubblePadding.x, min.y + kBubblePadding.y),
                ImGui::GetColorU32(ImGuiCol_Text), text.data(), text.data() + text.size(), wrap);
  ImGui::Dummy(ImVec2(avail, height));
}

float ChoiceButtonHeight(std::string_view text, float width) {
  const float wrap = width - badge_width() - kBadgeGap - kBubblePadding.x * 2.0f;
  const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
  return std::max(size.y, ImGui::GetTextLineHeight()) + kBubblePadding.y * 2.0f;
}

bool ChoiceButton(const char* id, int number, std::string_view text, float width) {
  const float height = ChoiceButtonHeight(text, width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered();
  const bool held = ImGui::IsItemActive();

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + width, pos.y + height);
  const ImU32 fill = ImGui::GetColorU32(held ? ImGuiCol_ButtonActive : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
  draw->AddRectFilled(pos, end, fill, ImGui::GetStyle().FrameRounding);
  if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible) {
    draw->AddRect(pos, end, ImGui::GetColorU32(ImGuiCol_NavHighlight), ImGui::GetStyle().FrameRounding, 0, 2.0f);
  }
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 badge_min(pos.x + kBubblePadding.x, pos.y + kBubblePadding.y);
  const ImVec2 badge_max(badge_min.x + badge_width(), badge_min.y + line);
  draw->AddRectFilled(badge_min, badge_max, colours::accent(), line * 0.5f);
  const std::string label = std::to_string(number);
  const ImVec2 label_size = ImGui::CalcTextSize(label.c_str());
  draw->AddText(ImVec2(badge_min.x + (badge_width() - label_size.x) * 0.5f, badge_min.y), IM_COL32_WHITE,
                label.c_str());
  const float text_x = badge_max.x + kBadgeGap;
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(text_x, badge_min.y), ImGui::GetColorU32(ImGuiCol_Text),
                text.data(), text.data() + text.size(), end.x - kBubblePadding.x - text_x);
  return pressed;
}

unsigned int mood_fill(roleplay::Mood mood) {
  // Three anchors, cold -> neutral -> warm; the neutral mood sits at warmth 4.
  constexpr std::array<int, 3> cold{251, 221, 221}, neutral{236, 239, 244}, warm{215, 242, 223};
  const int warmth = roleplay::mood_warmth(mood);
  const int mid = roleplay::mood_warmth(roleplay::Mood::Neutral);
  const int top = roleplay::kMoodCount - 1;
  if (warmth <= mid) return mix(cold, neutral, static_cast<float>(warmth) / static_cast<float>(mid));
  return mix(neutral, warm, static_cast<float>(warmth - mid) / static_cast<float>(top - mid));
}

unsigned int learner_fill() { return IM_COL32(214, 228, 252, 255); }

unsigned int grade_colour(roleplay::Grade grade) {
  switch (grade) {
    case roleplay::Grade::Best: return colours::good();
    case roleplay::Grade::Good: return colours::accent();
    case roleplay::Grade::Weak: return IM_COL32(166, 95, 0, 255);
    case roleplay::Grade::Poor: return colours::bad();
  }
  return colours::muted_text();
}

unsigned int ending_colour(roleplay::EndingKind ending) {
  switch (ending) {
    case roleplay::EndingKind::Committed: return colours::good();
    case roleplay::EndingKind::NextStep: return colours::accent();
    case roleplay::EndingKind::Stalled: return IM_COL32(166, 95, 0, 255);
    case roleplay::EndingKind::Lost: return colours::bad();
  }
  return colours::muted_text();
}

void StatusMark(Mark mark, unsigned int colour) {
  // Drawn, not typed: the UI font has no tick or cross glyphs.
  const float size = ImGui::GetTextLineHeight();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float s = size * 0.28f;
  const ImVec2 c(pos.x + size * 0.5f, pos.y + size * 0.5f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  switch (mark) {
    case Mark::Tick: {
      const std::array<ImVec2, 3> points{ImVec2(c.x - s, c.y), ImVec2(c.x - s * 0.3f, c.y + s * 0.8f),
                                         ImVec2(c.x + s, c.y - s * 0.8f)};
      draw->AddPolyline(points.data(), 3, colour, 0, 2.0f);
      break;
    }
    case Mark::Cross:
      draw->AddLine(ImVec2(c.x - s, c.y - s), ImVec2(c.x + s, c.y + s), colour, 2.0f);
      draw->AddLine(ImVec2(c.x - s, c.y + s), ImVec2(c.x + s, c.y - s), colour, 2.0f);
      break;
    case Mark::Dash: draw->AddLine(ImVec2(c.x - s, c.y), ImVec2(c.x + s, c.y), colour, 2.0f); break;
  }
  ImGui::Dummy(ImVec2(size, size));
}

void TrustBar(int trust, float bar_width) {
  ImGui::TextUnformatted("Trust");
  ImGui::SameLine();
  const float height = ImGui::GetTextLineHeight() * 0.6f;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float y = pos.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + bar_width, y + height), ImGui::GetColorU32(ImGuiCol_FrameBg),
                      height * 0.5f);
  const float filled = bar_width * static_cast<float>(std::clamp(trust, 0, 100)) / 100.0f;
  const ImU32 colour = trust >= 60 ? colours::good() : trust >= 35 ? colours::accent() : colours::bad();
  if (filled > 0.0f) draw->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + filled, y + height), colour, height * 0.5f);
  ImGui::Dummy(ImVec2(bar_width, ImGui::GetTextLineHeight()));
  ImGui::SameLine();
  ImGui::Text("%d / 100", trust);
}

}  // namespace dealdojo::ui::roleplay_widgets
