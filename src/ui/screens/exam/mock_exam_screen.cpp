#include "ui/screens/exam/mock_exam_screen.hpp"

#include <imgui.h>

#include <string>

#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

// A mode as a radio button with a short label and its description wrapped under it,
// so nothing is cut on a narrow screen.
void mode_option(AppContext& ctx, exam::Mode& chosen, exam::Mode mode, const char* label, const char* about,
                 const std::string& widget) {
  if (ImGui::RadioButton(label, chosen == mode)) chosen = mode;
  ctx.widgets.mark_last_item(widget);
  const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::Indent(indent);
  widgets::MutedText(about);
  ctx.widgets.mark_last_item(widget + "-about");
  ImGui::Unindent(indent);
}

}  // namespace

void MockExamScreen::draw(AppContext& ctx) {
  begin_reading_column(ctx);
  draw_contents(ctx);
  end_reading_column(ctx);
}

void MockExamScreen::draw_contents(AppContext& ctx) {
  const content::Pack* pack = ctx.session.packs().active_pack();
  if (pack == nullptr) {
    widgets::TextIn(ctx.fonts.heading, "No content pack is loaded, so there is no exam to take.");
    return;
  }
  session::AttemptSlot& attempt = ctx.session.mock();
  if (!attempt || attempt->paper().pack_id != pack->manifest.id) {
    draw_intro(ctx, *pack);
    return;
  }
  if (!attempt->is_submitted()) {
    if (draw_attempt(ctx, attempt, *pack, m_view.attempt, "exam") == AttemptAction::Submit) {
      ctx.session.finish_mock(ctx.now_ms);
    }
    return;
  }
  if (auto score = ctx.session.score(*attempt.attempt())) {
    draw_results(ctx, *attempt.attempt(), *score, *pack, m_view.results, "results");
  }
  ImGui::Spacing();
  if (ImGui::Button("Take another mock exam")) {
    attempt.clear();
    m_view = View{};
  }
  ctx.widgets.mark_last_item("results/new");
}

void MockExamScreen::draw_intro(AppContext& ctx, const content::Pack& pack) {
  widgets::TextIn(ctx.fonts.title, "Mock exam");
  if (!pack.blueprint) {
    widgets::MutedText("The pack '" + pack.manifest.title + "' has no exam blueprint.");
    return;
  }
  const auto& bp = *pack.blueprint;
  widgets::TextIn(ctx.fonts.body, std::to_string(bp.questions) + " questions, " + std::to_string(bp.minutes) +
                                      " minutes, " + std::to_string(bp.pass_percent) +
                                      "% to pass, drawn across the domains by their exam weights.");
  ImGui::Spacing();
  mode_option(ctx, m_view.mode, exam::Mode::ExamConditions, "Exam conditions", "No pause; results at the end.",
              "mock/mode/exam");
  mode_option(ctx, m_view.mode, exam::Mode::Study, "Study mode", "Pause allowed; feedback after each question.",
              "mock/mode/study");
  ImGui::Spacing();
  if (ImGui::Button("Start the exam")) {
    m_view.start_errors =
        ctx.session.start_mock(m_view.mode, static_cast<std::uint64_t>(ctx.now_ms), ctx.now_ms).error_messages();
    m_view.attempt = AttemptViewState{};
    m_view.results = ResultsViewState{};
  }
  ctx.widgets.mark_last_item("mock/start");
  for (const auto& error : m_view.start_errors) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::TextIn(ctx.fonts.body, error);
    ImGui::PopStyleColor();
  }
  widgets::MutedText("Keys: 1–8 or A–E pick an option, F flags, Enter checks or moves on, Left and Right step, "
                     "Esc shows all questions.");
}

nlohmann::json MockExamScreen::describe(const AppContext& ctx) const {
  const content::Pack* pack = ctx.session.packs().active_pack();
  const session::AttemptSlot& attempt = ctx.session.mock();
  if (pack == nullptr || !attempt || attempt->paper().pack_id != pack->manifest.id) {
    return {{"phase", "intro"}, {"errors", m_view.start_errors}};
  }
  if (!attempt->is_submitted()) {
    nlohmann::json out = describe_attempt(*attempt.attempt(), *pack, m_view.attempt);
    out["phase"] = "running";
    out["confirming_submit"] = m_view.attempt.confirm_submit;
    return out;
  }
  nlohmann::json out = {{"phase", "results"}};
  if (auto score = ctx.session.score(*attempt.attempt())) out["score"] = describe_score(*score);
  return out;
}

}  // namespace dealdojo::ui
