#include "ui/screens/practice/practice_screen.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <set>

#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

// The questions of a finished run that were not answered right.
std::vector<std::string> missed_ids(const exam::Attempt& attempt, const exam::ExamScore& score) {
  std::vector<std::string> missed;
  for (std::size_t i = 0; i < attempt.size(); ++i) {
    if (!score.item_correct[i]) missed.push_back(attempt.paper().items[i].question_id);
  }
  return missed;
}

// Left and Right step the focused slider, as on a web page. ImGui 1.86 would move the
// focus to a neighbour instead: its sliders take arrows only once activated with Space.
void step_with_arrow_keys(const AppContext& ctx, int& value, int min, int max) {
  if (!ImGui::IsItemFocused() || ImGui::IsItemActive()) return;
  int step = 0;
  for (Key key : ctx.keys.pressed) {
    if (key == Key::Left) --step;
    if (key == Key::Right) ++step;
  }
  if (step == 0) return;
  value = std::clamp(value + step, min, max);
  ImGui::NavMoveRequestCancel();  // the focus stays on the slider
}

}  // namespace

void PracticeScreen::draw(AppContext& ctx) {
  begin_reading_column(ctx);
  const content::Pack* pack = ctx.session.packs().active_pack();
  session::AttemptSlot& attempt = ctx.session.practice();
  if (pack == nullptr) {
    widgets::TextIn(ctx.fonts.heading, "No content pack is loaded, so there is nothing to practise.");
  } else if (!attempt || attempt->paper().pack_id != pack->manifest.id) {
    draw_setup(ctx, *pack);
  } else if (!attempt->is_submitted()) {
    if (draw_attempt(ctx, attempt, *pack, m_view.attempt, "practice") == AttemptAction::Submit) {
      ctx.session.finish_practice(ctx.now_ms);
    }
  } else {
    draw_finished(ctx, *pack);
  }
  end_reading_column(ctx);
}

void PracticeScreen::start(AppContext& ctx, exam::PracticeFilter filter) {
  m_view.start_errors =
      ctx.session.start_practice(filter, static_cast<std::uint64_t>(ctx.now_ms), ctx.now_ms).error_messages();
  m_view.attempt = AttemptViewState{};
  m_view.results = ResultsViewState{};
}

void PracticeScreen::draw_setup(AppContext& ctx, const content::Pack& pack) {
  widgets::TextIn(ctx.fonts.title, "Practice");
  widgets::MutedText("Pick domains (none picked means all), optionally topics, and how many questions. "
                     "You see the answer and why after each question.");
  ImGui::Spacing();
  if (pack.blueprint) {
    widgets::TextIn(ctx.fonts.bold, "Domains");
    for (const auto& d : pack.blueprint->domains) {
      bool on = m_view.domains.count(d.id) > 0;
      if (ImGui::Checkbox(d.name.c_str(), &on)) {
        if (on) m_view.domains.insert(d.id);
        else m_view.domains.erase(d.id);
        m_view.subtopics.clear();
        m_view.topics_stale = true;
      }
      ctx.widgets.mark_last_item("practice/domain/" + d.id);
    }
  }
  draw_topics(ctx, pack);
  ImGui::Spacing();
  // The label above the slider, so a narrow screen never cuts it.
  ImGui::TextUnformatted("Questions");
  ctx.widgets.mark_last_item("practice/length-label");
  ImGui::SetNextItemWidth(std::min(320.0f, ImGui::GetContentRegionAvail().x));
  ImGui::SliderInt("##length", &m_view.length, 1, 60);
  step_with_arrow_keys(ctx, m_view.length, 1, 60);
  ctx.widgets.mark_last_item("practice/length");
  if (ImGui::Button("Start practice")) {
    exam::PracticeFilter filter;
    filter.domains.assign(m_view.domains.begin(), m_view.domains.end());
    filter.subtopics.assign(m_view.subtopics.begin(), m_view.subtopics.end());
    filter.length = m_view.length;
    start(ctx, filter);
  }
  ctx.widgets.mark_last_item("practice/start");
  for (const auto& error : m_view.start_errors) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::TextIn(ctx.fonts.body, error);
    ImGui::PopStyleColor();
  }
}

void PracticeScreen::draw_topics(AppContext& ctx, const content::Pack& pack) {
  if (m_view.topics_stale || m_view.topics_pack != pack.manifest.id) {
    std::set<std::string> found;
    for (const auto& q : pack.questions) {
      if (m_view.domains.empty() || m_view.domains.count(q.domain) > 0) found.insert(q.subtopic);
    }
    m_view.topics.assign(found.begin(), found.end());
    m_view.topics_pack = pack.manifest.id;
    m_view.topics_stale = false;
  }
  const std::vector<std::string>& topics = m_view.topics;
  const std::string label = "Topics (" + std::to_string(m_view.subtopics.size()) + " of " +
                            std::to_string(topics.size()) + " chosen)###topics";
  const bool open = ImGui::CollapsingHeader(label.c_str());
  ctx.widgets.mark_last_item("practice/topics");
  if (!open) return;
  for (const auto& topic : topics) {
    bool on = m_view.subtopics.count(topic) > 0;
    std::string name = topic;
    std::replace(name.begin(), name.end(), '-', ' ');
    ImGui::PushID(topic.c_str());
    if (ImGui::Checkbox(name.c_str(), &on)) {
      if (on) m_view.subtopics.insert(topic);
      else m_view.subtopics.erase(topic);
    }
    ImGui::PopID();
  }
}

void PracticeScreen::draw_finished(AppContext& ctx, const content::Pack& pack) {
  const exam::Attempt& attempt = *ctx.session.practice().attempt();
  const auto score = ctx.session.score(attempt);
  if (!score) return;
  const std::vector<std::string> missed = missed_ids(attempt, *score);
  draw_results(ctx, attempt, *score, pack, m_view.results, "practice-results");
  ImGui::Spacing();
  if (!missed.empty()) {
    const std::string label = "Retry the " + text::count_noun(static_cast<std::int64_t>(missed.size()),
                                                              "missed question", "missed questions");
    if (ImGui::Button(label.c_str())) {
      exam::PracticeFilter filter;
      filter.only_ids = missed;
      filter.length = static_cast<int>(missed.size());
      start(ctx, filter);
      return;
    }
    ctx.widgets.mark_last_item("practice/retry-missed");
    ImGui::SameLine();
  }
  if (ImGui::Button("New practice")) {
    ctx.session.practice().clear();
    m_view.start_errors.clear();
  }
  ctx.widgets.mark_last_item("practice/new");
}

nlohmann::json PracticeScreen::describe(const AppContext& ctx) const {
  const content::Pack* pack = ctx.session.packs().active_pack();
  const session::AttemptSlot& attempt = ctx.session.practice();
  if (pack == nullptr || !attempt || attempt->paper().pack_id != pack->manifest.id) {
    return {{"phase", "setup"}, {"domains", m_view.domains}, {"length", m_view.length},
            {"errors", m_view.start_errors}};
  }
  if (!attempt->is_submitted()) {
    nlohmann::json out = describe_attempt(*attempt.attempt(), *pack, m_view.attempt);
    out["phase"] = "running";
    return out;
  }
  nlohmann::json out = {{"phase", "finished"}};
  if (auto score = ctx.session.score(*attempt.attempt())) {
    out["score"] = describe_score(*score);
    out["missed"] = missed_ids(*attempt.attempt(), *score);
  }
  return out;
}

}  // namespace dealdojo::ui
