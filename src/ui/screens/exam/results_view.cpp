#include "ui/screens/exam/results_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/exam/paper.hpp"
#include "core/util/format.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/exam/attempt_view.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

// A horizontal bar for a percentage with the pass line marked.
void score_bar(int percent, int pass_percent, float width) {
  const float height = ImGui::GetTextLineHeight();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
  const bool passing = pass_percent <= 0 || percent >= pass_percent;
  const float filled = width * static_cast<float>(std::clamp(percent, 0, 100)) / 100.0f;
  if (filled > 0) {
    draw->AddRectFilled(pos, ImVec2(pos.x + filled, pos.y + height), passing ? colours::good() : colours::bad(),
                        4.0f);
  }
  if (pass_percent > 0) {
    const float x = pos.x + width * static_cast<float>(pass_percent) / 100.0f;
    draw->AddLine(ImVec2(x, pos.y - 3), ImVec2(x, pos.y + height + 3), ImGui::GetColorU32(ImGuiCol_Text), 2.0f);
  }
  ImGui::Dummy(ImVec2(width, height));
}

void draw_summary(AppContext& ctx, const exam::Attempt& attempt, const exam::ExamScore& score,
                  const std::string& name) {
  if (score.pass_percent > 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, score.passed ? colours::good() : colours::bad());
    widgets::TextIn(ctx.fonts.title, score.passed ? "Passed" : "Not passed yet");
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item(name + "/verdict");
  }
  widgets::TextIn(ctx.fonts.heading, std::to_string(score.percent()) + "%  (" + std::to_string(score.right) +
                                         " of " + std::to_string(score.total) + " right)");
  ctx.widgets.mark_last_item(name + "/percent");
  const float bar = std::min(ctx.width, 640.0f);
  score_bar(score.percent(), score.pass_percent, bar);
  std::string details;
  if (score.pass_percent > 0) details += "Pass mark " + std::to_string(score.pass_percent) + "%. ";
  details += "Time used " + util::format_duration(score.time_used_ms) + ". ";
  if (attempt.submit_reason() == exam::SubmitReason::TimeUp) details += "Time ran out. ";
  details += std::to_string(score.unanswered) + " unanswered, " + std::to_string(score.flagged) + " flagged.";
  widgets::MutedText(details);
}

void draw_domains(AppContext& ctx, const exam::ExamScore& score, const std::string& name) {
  widgets::TextIn(ctx.fonts.heading, "By domain");
  const float label_width = ctx.compact() ? ctx.width : 240.0f;
  const float bar = std::max(120.0f, std::min(ctx.width - label_width - 140.0f, 420.0f));
  for (const auto& d : score.domains) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + label_width);
    ImGui::TextUnformatted(d.name.c_str());
    ImGui::PopTextWrapPos();
    if (!ctx.compact()) ImGui::SameLine(label_width + ImGui::GetStyle().WindowPadding.x);
    score_bar(d.percent(), score.pass_percent, bar);
    ctx.widgets.mark_last_item(name + "/domain/" + d.id);
    ImGui::SameLine();
    ImGui::Text("%d%%  (%d/%d)", d.percent(), d.right, d.total);
  }
}

void draw_review_item(AppContext& ctx, const exam::Attempt& attempt, const exam::ExamScore& score,
                      const content::Pack& pack, std::size_t i) {
  const exam::PaperItem& item = attempt.paper().items[i];
  const content::Question* q = pack.find_question(item.question_id);
  if (q == nullptr) return;
  const bool right = score.item_correct[i];
  const exam::Response& response = attempt.response(i);
  ImGui::PushID(item.question_id.c_str());
  const std::string verdict = right ? "Right" : (response.selected.empty() ? "Unanswered" : "Wrong");
  const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 3;
  const std::string header = widgets::FitText(
      std::to_string(i + 1) + ". " + verdict + (response.flagged ? " · flagged" : "") + " — " + q->stem, room);
  ImGui::PushStyleColor(ImGuiCol_Text, right ? colours::good() : colours::bad());
  const bool open = ImGui::CollapsingHeader((header + "###review").c_str());
  ImGui::PopStyleColor();
  if (open) {
    widgets::TextIn(ctx.fonts.bold, q->stem);
    const auto shown = exam::presented_options(*q, item);
    for (std::size_t pos = 0; pos < shown.size(); ++pos) {
      const content::Option& option = *shown[pos];
      const bool chosen = std::find(response.selected.begin(), response.selected.end(), option.id) != response.selected.end();
      const bool key = q->is_correct(option.id);
      std::string line = std::string(1, static_cast<char>('A' + pos)) + ". " + option.text;
      if (key) line += "   [key]";
      if (chosen) line += "   [your answer]";
      ImGui::PushStyleColor(ImGuiCol_Text, key ? colours::good() : (chosen ? colours::bad() : ImGui::GetColorU32(ImGuiCol_Text)));
      widgets::TextIn(ctx.fonts.body, line);
      ImGui::PopStyleColor();
      if (!option.why.empty()) widgets::MutedText(option.why);
    }
    widgets::TextIn(ctx.fonts.body, q->explanation);
    ImGui::Spacing();
  }
  ImGui::PopID();
}

void draw_review(AppContext& ctx, const exam::Attempt& attempt, const exam::ExamScore& score,
                 const content::Pack& pack, ResultsViewState& view, const std::string& name) {
  widgets::TextIn(ctx.fonts.heading, "Review");
  auto radio = [&](const char* label, ReviewFilter filter, const char* widget) {
    if (ImGui::RadioButton(label, view.filter == filter)) view.filter = filter;
    ctx.widgets.mark_last_item(name + "/filter/" + widget);
  };
  radio("All", ReviewFilter::All, "all");
  ImGui::SameLine();
  radio("Wrong", ReviewFilter::Wrong, "wrong");
  ImGui::SameLine();
  radio("Flagged", ReviewFilter::Flagged, "flagged");
  int shown = 0;
  for (std::size_t i = 0; i < attempt.size(); ++i) {
    if (view.filter == ReviewFilter::Wrong && score.item_correct[i]) continue;
    if (view.filter == ReviewFilter::Flagged && !attempt.response(i).flagged) continue;
    draw_review_item(ctx, attempt, score, pack, i);
    ++shown;
  }
  if (shown == 0) widgets::MutedText("Nothing to show with this filter.");
}

}  // namespace

void draw_results(AppContext& ctx, const exam::Attempt& attempt, const exam::ExamScore& score,
                  const content::Pack& pack, ResultsViewState& view, const std::string& name) {
  draw_summary(ctx, attempt, score, name);
  ImGui::Spacing();
  draw_domains(ctx, score, name);
  ImGui::Spacing();
  draw_review(ctx, attempt, score, pack, view, name);
}

nlohmann::json describe_score(const exam::ExamScore& score) {
  nlohmann::json domains = nlohmann::json::array();
  for (const auto& d : score.domains) {
    domains.push_back({{"id", d.id}, {"name", d.name}, {"right", d.right}, {"total", d.total},
                       {"percent", d.percent()}});
  }
  return {{"right", score.right},       {"total", score.total},           {"percent", score.percent()},
          {"passed", score.passed},     {"pass_percent", score.pass_percent}, {"unanswered", score.unanswered},
          {"flagged", score.flagged},   {"time_used_ms", score.time_used_ms}, {"domains", domains}};
}

}  // namespace dealdojo::ui
