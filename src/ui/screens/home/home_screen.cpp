// [SECTION] Home: layout, actions, describe(). The panels are in home_panels.cpp.
#include "ui/screens/home/home_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/exam/paper.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

constexpr int kStudyLength = 10;  // questions in a "Study this" practice
constexpr int kNewPerReview = 5;  // never-answered questions added to today's reviews

// Opens the section where a run the learner just started is waiting.
// Screens cannot switch sections yet (ui/intents.hpp has no ShowScreen): once it
// exists this becomes ctx.intents.push_back(ShowScreen{"practice"}).
void open_screen(AppContext& ctx, std::string screen_id) {
  ctx.intents.push_back(ShowScreen{std::move(screen_id)});
}

}  // namespace

void HomeScreen::refresh(const AppContext& ctx) {
  m_view.utc_offset_ms = local_utc_offset_ms(ctx.now_ms);
  if (m_view.computed && m_view.figures.key == figures_key(ctx.session, ctx.now_ms, m_view.utc_offset_ms)) return;
  m_view.figures = compute_home_figures(ctx.session, ctx.now_ms, m_view.utc_offset_ms);
  m_view.computed = true;
}

void HomeScreen::draw(AppContext& ctx) {
  refresh(ctx);
  m_view.pending = Action::None;
  draw_header(ctx);
  draw_pack_summary(ctx);
  draw_continue(ctx);
  if (ctx.session.packs().active_pack() != nullptr && m_view.figures.readiness) {
    if (ctx.compact()) {
      draw_readiness(ctx);
      draw_today(ctx);
      draw_domains(ctx);
      draw_accuracy(ctx);
      draw_recent_mocks(ctx);
    } else if (ImGui::BeginTable("home-layout", 2, ImGuiTableFlags_SizingStretchSame)) {
      ImGui::TableNextColumn();
      draw_readiness(ctx);
      draw_domains(ctx);
      ImGui::TableNextColumn();
      draw_today(ctx);
      draw_accuracy(ctx);
      draw_recent_mocks(ctx);
      ImGui::EndTable();
    }
  }
  draw_question_bank(ctx);
  draw_load_problems(ctx);
  apply(ctx, m_view.pending);
}

void HomeScreen::apply(AppContext& ctx, Action action) {
  const auto seed = static_cast<std::uint64_t>(ctx.now_ms);
  switch (action) {
    case Action::None:
      return;
    case Action::StudyWeakest: {
      const int weakest = m_view.figures.readiness ? m_view.figures.readiness->weakest() : -1;
      if (weakest < 0) return;
      exam::PracticeFilter filter;
      filter.domains = {m_view.figures.readiness->domains[static_cast<std::size_t>(weakest)].id};
      filter.length = kStudyLength;
      m_view.start_errors = ctx.session.start_practice(filter, seed, ctx.now_ms).error_messages();
      m_view.started = "A practice on " + m_view.figures.readiness->domains[static_cast<std::size_t>(weakest)].name;
      break;
    }
    case Action::PractiseNext: {
      const int next = m_view.figures.readiness ? m_view.figures.readiness->next_to_measure() : -1;
      if (next < 0) return;
      const study::Readiness& r = *m_view.figures.readiness;
      const study::DomainMastery& domain = r.domains[static_cast<std::size_t>(next)];
      exam::PracticeFilter filter;
      filter.domains = {domain.id};
      // Just the answers the domain still needs, so finishing the practice completes it.
      filter.length = std::clamp(r.answers_for_evidence - domain.answered, 1, kStudyLength);
      m_view.start_errors = ctx.session.start_practice(filter, seed, ctx.now_ms).error_messages();
      m_view.started = "A practice on " + domain.name;
      break;
    }
    case Action::StartReviews:
      m_view.start_errors =
          ctx.session.start_review(seed, ctx.now_ms, m_view.utc_offset_ms, kNewPerReview).error_messages();
      m_view.started = "Today's reviews";
      break;
    case Action::Continue:
      m_view.start_errors.clear();
      m_view.started = ctx.session.mock().running() ? "" : "Your practice";
      if (m_view.started.empty()) {
        open_screen(ctx, "mock");
        return;
      }
      break;
  }
  if (m_view.start_errors.empty()) open_screen(ctx, "practice");
  else m_view.started.clear();
}

nlohmann::json HomeScreen::describe(const AppContext& ctx) const {
  const std::int64_t offset = local_utc_offset_ms(ctx.now_ms);
  const bool fresh = m_view.computed && m_view.figures.key == figures_key(ctx.session, ctx.now_ms, offset);
  nlohmann::json out = describe_figures(fresh ? m_view.figures : compute_home_figures(ctx.session, ctx.now_ms, offset));
  out["continue"] = describe_continue(ctx.session);
  out["start_errors"] = m_view.start_errors;
  const content::Pack* pack = ctx.session.packs().active_pack();
  if (pack != nullptr) {
    nlohmann::json domains = nlohmann::json::array();
    if (pack->blueprint) {
      for (const auto& d : pack->blueprint->domains) {
        int count = 0;
        for (const auto& q : pack->questions) count += q.domain == d.id ? 1 : 0;
        domains.push_back({{"id", d.id}, {"name", d.name}, {"weight", d.weight}, {"questions", count}});
      }
    }
    out["pack"] = {{"id", pack->manifest.id},
                   {"title", pack->manifest.title},
                   {"questions", pack->questions.size()},
                   {"glossary", pack->glossary.size()},
                   {"domains", domains}};
  }
  int failed = 0;
  for (const auto& rec : ctx.session.packs().records()) failed += rec.usable ? 0 : 1;
  out["packs_failed"] = failed;
  return out;
}

}  // namespace dealdojo::ui
