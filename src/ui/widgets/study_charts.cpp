#include "ui/widgets/study_charts.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/theme.hpp"

namespace dealdojo::ui::widgets {
namespace {

ImU32 with_alpha(ImU32 colour, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
  c.w *= alpha;
  return ImGui::ColorConvertFloat4ToU32(c);
}

}  // namespace

void IntervalBar(float mean, float low, float high, float target, float width, bool highlight) {
  const float line = ImGui::GetTextLineHeight();
  const float height = line * 0.7f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float y0 = pos.y + (line - height) * 0.5f;
  const float y1 = y0 + height;
  auto x_at = [&](float fraction) { return pos.x + width * std::clamp(fraction, 0.0f, 1.0f); };
  draw->AddRectFilled(ImVec2(pos.x, y0), ImVec2(pos.x + width, y1), ImGui::GetColorU32(ImGuiCol_FrameBg),
                      height * 0.5f);
  const ImU32 band = highlight ? colours::bad() : colours::accent();
  draw->AddRectFilled(ImVec2(x_at(low), y0), ImVec2(x_at(high), y1), with_alpha(band, 0.35f), height * 0.5f);
  draw->AddRectFilled(ImVec2(pos.x, y0 + height * 0.3f), ImVec2(x_at(mean), y1 - height * 0.3f), band,
                      height * 0.2f);
  draw->AddCircleFilled(ImVec2(x_at(mean), (y0 + y1) * 0.5f), height * 0.5f, band);
  if (target >= 0.0f) {
    draw->AddLine(ImVec2(x_at(target), y0 - 2.0f), ImVec2(x_at(target), y1 + 2.0f), colours::muted_text(), 2.0f);
  }
  ImGui::Dummy(ImVec2(width, line));
}

void ColumnChart(std::span<const float> values, std::span<const float> weights, float width, float height,
                 std::string_view first_label, std::string_view last_label) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float base = pos.y + height;
  draw->AddLine(ImVec2(pos.x, base), ImVec2(pos.x + width, base), colours::border(), 1.0f);
  draw->AddLine(ImVec2(pos.x, pos.y), ImVec2(pos.x + width, pos.y), with_alpha(colours::border(), 0.5f), 1.0f);
  if (!values.empty()) {
    const float slot = width / static_cast<float>(values.size());
    const float gap = std::max(1.0f, slot * 0.2f);
    for (std::size_t i = 0; i < values.size(); ++i) {
      const float x0 = pos.x + slot * static_cast<float>(i) + gap * 0.5f;
      const float x1 = x0 + slot - gap;
      if (values[i] < 0.0f) {
        draw->AddCircleFilled(ImVec2((x0 + x1) * 0.5f, base - 3.0f), 2.0f, colours::muted_text());
        continue;
      }
      const float alpha = i < weights.size() ? 0.35f + 0.65f * std::clamp(weights[i], 0.0f, 1.0f) : 1.0f;
      const float top = base - height * std::clamp(values[i], 0.0f, 1.0f);
      draw->AddRectFilled(ImVec2(x0, std::min(top, base - 2.0f)), ImVec2(x1, base), with_alpha(colours::accent(), alpha),
                          2.0f);
    }
  }
  ImGui::Dummy(ImVec2(width, height + 2.0f));
  const ImVec2 label_pos = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted_text());
  ImGui::TextUnformatted(first_label.data(), first_label.data() + first_label.size());
  const float first_width = ImGui::CalcTextSize(first_label.data(), first_label.data() + first_label.size()).x;
  const float last_width = ImGui::CalcTextSize(last_label.data(), last_label.data() + last_label.size()).x;
  ImGui::SameLine();
  ImGui::SetCursorScreenPos(ImVec2(label_pos.x + std::max(width - last_width, first_width + 8.0f), label_pos.y));
  ImGui::TextUnformatted(last_label.data(), last_label.data() + last_label.size());
  ImGui::PopStyleColor();
}

}  // namespace dealdojo::ui::widgets
