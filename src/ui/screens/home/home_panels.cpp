// [SECTION] Home's panels: continue, readiness, domains, today, accuracy, recent
// mocks, the pack. Buttons only record m_view.pending; home_screen.cpp applies it.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/pipeline/date.hpp"
#include "core/study/history.hpp"
#include "core/util/format.hpp"
#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/home/home_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/study_charts.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

using util::format_fraction_percent;
using util::format_points_percent;

void section_heading(AppContext& ctx, std::string_view text) {
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, text);
}

}  // namespace

void HomeScreen::draw_header(AppContext& ctx) {
  widgets::TextIn(ctx.fonts.title, ctx.learner_name.empty() ? std::string("Welcome to DealDojo")
                                                             : "Welcome, " + ctx.learner_name);
  widgets::MutedText("Practise for the Salesforce Certified Sales Representative exam: questions by domain, "
                     "full mock exams, objection handling, deal terms and pipelines.");
}

void HomeScreen::draw_continue(AppContext& ctx) {
  const nlohmann::json run = describe_continue(ctx.session);
  if (run.is_null()) return;
  ImGui::Spacing();
  const bool mock = run["kind"] == "mock";
  widgets::TextIn(ctx.fonts.bold, std::string(mock ? "A mock exam" : "A practice") + " is in progress: " +
                                      std::to_string(run["answered"].get<std::size_t>()) + " of " +
                                      std::to_string(run["total"].get<std::size_t>()) + " answered.");
  if (ImGui::Button("Continue where you left off")) m_view.pending = Action::Continue;
  ctx.widgets.mark_last_item("home/continue");
}

void HomeScreen::draw_readiness(AppContext& ctx) {
  const study::Readiness& r = *m_view.figures.readiness;
  section_heading(ctx, "Exam readiness");
  if (r.enough_evidence()) {
    draw_estimate(ctx);
  } else {
    draw_evidence_needed(ctx);
  }
  widgets::MutedText("The pass mark is " + std::to_string(r.pass_percent) + "%: " + std::to_string(r.pass_right) +
                     " of " + std::to_string(r.total) + " questions.");
}

void HomeScreen::draw_estimate(AppContext& ctx) {
  const study::Readiness& r = *m_view.figures.readiness;
  widgets::TextIn(ctx.fonts.title, format_fraction_percent(r.pass_probability));
  ctx.widgets.mark_last_item("home/pass-probability");
  // Sit the caption on the big figure's baseline rather than its top.
  const float title_height = ImGui::GetItemRectSize().y;
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, title_height - ImGui::GetTextLineHeight() - 2.0f));
  widgets::MutedText("chance of passing a mock exam now");
  widgets::TextIn(ctx.fonts.bold, "Expected score " + format_points_percent(r.expected_percent()) + " (likely " +
                                      format_points_percent(r.low_percent()) + "–" +
                                      format_points_percent(r.high_percent()) + ")");
  // Past mocks judge the estimate, so they are told only beside it.
  if (m_view.figures.calibration) {
    const std::string note = calibration_note(*m_view.figures.calibration);
    if (!note.empty()) {
      widgets::MutedText(note);
      ctx.widgets.mark_last_item("home/calibration");
    }
  }
}

// No chance of passing until every domain has answers of its own: until then it
// would mostly be the prior's (readiness.hpp, evidence_over_prior).
void HomeScreen::draw_evidence_needed(AppContext& ctx) {
  const study::Readiness& r = *m_view.figures.readiness;
  widgets::TextIn(ctx.fonts.bold, "Not enough answers yet for a chance of passing");
  ctx.widgets.mark_last_item("home/readiness-empty");
  widgets::MutedText(evidence_note(r));
  const int next = r.next_to_measure();
  if (next < 0) return;
  const std::string label = "Practise " + r.domains[static_cast<std::size_t>(next)].name + "##practise-next";
  if (ImGui::Button(label.c_str())) m_view.pending = Action::PractiseNext;
  ctx.widgets.mark_last_item("home/practise-next");
}

void HomeScreen::draw_domains(AppContext& ctx) {
  const study::Readiness& r = *m_view.figures.readiness;
  const int weakest = r.weakest();
  section_heading(ctx, "Mastery by domain");
  widgets::MutedText("Chance of a right answer, with the likely range; the line marks the pass mark.");
  if (!r.enough_evidence()) {
    widgets::MutedText("Your weakest domain is shown once each domain has " +
                       text::count_noun(r.answers_for_evidence, "answer", "answers") + ".");
  }
  for (std::size_t i = 0; i < r.domains.size(); ++i) {
    const study::DomainMastery& d = r.domains[i];
    const bool is_weakest = static_cast<int>(i) == weakest;
    const std::string answers =
        d.enough_evidence ? text::count_noun(d.answered, "answer", "answers")
                          : std::to_string(d.answered) + " of " +
                                text::count_noun(r.answers_for_evidence, "answer", "answers");
    ImGui::PushID(d.id.c_str());
    ImGui::Spacing();
    widgets::TextIn(is_weakest ? ctx.fonts.bold : ctx.fonts.body, d.name + (is_weakest ? " (weakest)" : ""));
    ctx.widgets.mark_last_item("home/domain/" + d.id);
    widgets::MutedText(format_fraction_percent(d.mean) + " (" + format_fraction_percent(d.low) + "–" +
                       format_fraction_percent(d.high) + ") · " + answers + " · " +
                       std::to_string(r.exam_questions[i]) + " on the exam");
    widgets::IntervalBar(static_cast<float>(d.mean), static_cast<float>(d.low), static_cast<float>(d.high),
                         static_cast<float>(r.pass_percent) / 100.0f, ImGui::GetContentRegionAvail().x, is_weakest);
    ctx.widgets.mark_last_item("home/mastery/" + d.id);
    if (is_weakest) {
      if (ImGui::Button("Study this")) m_view.pending = Action::StudyWeakest;
      ctx.widgets.mark_last_item("home/study-weakest");
    }
    ImGui::PopID();
  }
}

void HomeScreen::draw_today(AppContext& ctx) {
  const HomeFigures& f = m_view.figures;
  section_heading(ctx, "Today");
  widgets::TextIn(ctx.fonts.bold, (f.due == 0 ? std::string("Nothing due for review")
                                              : text::count_noun(f.due, "review due", "reviews due")) +
                                      ", plus up to 5 new questions");
  if (ImGui::Button("Start today's reviews")) m_view.pending = Action::StartReviews;
  ctx.widgets.mark_last_item("home/start-reviews");
  for (const std::string& error : m_view.start_errors) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::WrappedText(error);
    ImGui::PopStyleColor();
  }
  widgets::TextIn(ctx.fonts.body, f.streak == 0 ? std::string("No streak yet: answer a question today to start one.")
                                                : "Streak: " + text::count_noun(f.streak, "day", "days") + " in a row");
  ctx.widgets.mark_last_item("home/streak");
}

void HomeScreen::draw_accuracy(AppContext& ctx) {
  const HomeFigures& f = m_view.figures;
  section_heading(ctx, "Accuracy, last 14 days");
  std::vector<float> values;
  std::vector<float> weights;
  int most = 1;
  int answered = 0;
  int correct = 0;
  for (const auto& b : f.daily) {
    most = std::max(most, b.answered);
    answered += b.answered;
    correct += b.correct;
  }
  for (const auto& b : f.daily) {
    values.push_back(b.answered == 0 ? -1.0f : static_cast<float>(b.accuracy()));
    weights.push_back(static_cast<float>(b.answered) / static_cast<float>(most));
  }
  widgets::ColumnChart(values, weights, ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 4.0f,
                       "2 weeks ago", "today");
  ctx.widgets.mark_last_item("home/accuracy-chart");
  widgets::MutedText(answered == 0 ? std::string("No answers in the last two weeks.")
                                   : std::to_string(correct) + " of " + std::to_string(answered) +
                                         " right; paler days had fewer answers.");
}

void HomeScreen::draw_recent_mocks(AppContext& ctx) {
  const HomeFigures& f = m_view.figures;
  section_heading(ctx, "Recent mock exams");
  if (f.recent_mocks.empty()) {
    widgets::MutedText("No mock exams yet: take one under Mock exam when the estimate looks good.");
    return;
  }
  for (const RecentMock& m : f.recent_mocks) {
    const pipeline::Date date{static_cast<int>(study::local_day(m.finished_at_ms, m_view.utc_offset_ms))};
    const int pct = m.total == 0 ? 0 : m.right * 100 / m.total;
    ImGui::TextUnformatted(pipeline::format_date(date).c_str());
    ImGui::SameLine();
    ImGui::Text("%d/%d (%d%%)", m.right, m.total, pct);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, m.passed ? colours::good() : colours::bad());
    ImGui::TextUnformatted(m.passed ? "passed" : "not passed");
    ImGui::PopStyleColor();
  }
}

}  // namespace dealdojo::ui
