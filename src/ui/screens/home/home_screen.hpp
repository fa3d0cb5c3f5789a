#pragma once
#include <string>
#include <vector>

#include "ui/screen.hpp"
#include "ui/screens/home/home_figures.hpp"

namespace dealdojo::ui {

// Home: how ready the learner is for the exam (pass probability, expected score,
// mastery per domain), today's reviews, streak, accuracy over time, recent mock
// exams, the run in progress, and the pack being studied.
class HomeScreen final : public Screen {
 public:
  std::string_view id() const override { return "home"; }
  bool draws_while_loading() const override { return true; }  // its header and a placeholder
  std::string_view title() const override { return "Home"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  enum class Action { None, StudyWeakest, PractiseNext, StartReviews, Continue };

  void refresh(const AppContext& ctx);
  void draw_header(AppContext& ctx);
  void draw_continue(AppContext& ctx);
  void draw_readiness(AppContext& ctx);
  void draw_estimate(AppContext& ctx);
  void draw_evidence_needed(AppContext& ctx);
  void draw_domains(AppContext& ctx);
  void draw_today(AppContext& ctx);
  void draw_accuracy(AppContext& ctx);
  void draw_recent_mocks(AppContext& ctx);
  void draw_pack_summary(AppContext& ctx);
  void draw_question_bank(AppContext& ctx);
  void draw_load_problems(AppContext& ctx);
  void apply(AppContext& ctx, Action action);

  struct View {
    HomeFigures figures;  // cached: recomputed when figures_key() changes
    bool computed = false;
    std::int64_t utc_offset_ms = 0;
    Action pending = Action::None;  // a button pressed this frame, applied after drawing
    std::vector<std::string> start_errors;
    std::string started;  // what was just started, to point the learner to it
  } m_view;
};

}  // namespace dealdojo::ui
