#pragma once
#include <set>
#include <string>
#include <vector>

#include "ui/screen.hpp"
#include "ui/screens/exam/attempt_view.hpp"
#include "ui/screens/exam/results_view.hpp"

namespace dealdojo::ui {

// Practice by domain and topic: feedback after every answer, and the missed
// questions kept for a retry.
class PracticeScreen final : public Screen {
 public:
  std::string_view id() const override { return "practice"; }
  std::string_view title() const override { return "Practice"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  void draw_setup(AppContext& ctx, const content::Pack& pack);
  void draw_topics(AppContext& ctx, const content::Pack& pack);
  void draw_finished(AppContext& ctx, const content::Pack& pack);
  void start(AppContext& ctx, exam::PracticeFilter filter);

  struct View {
    std::set<std::string> domains;    // chosen domain ids (none = all)
    std::set<std::string> subtopics;  // chosen subtopics (none = all)
    int length = 10;
    std::vector<std::string> start_errors;
    // The subtopics of the chosen domains, rebuilt only when the choice or pack changes.
    std::vector<std::string> topics;
    std::string topics_pack;
    bool topics_stale = true;
    AttemptViewState attempt;
    ResultsViewState results;
  } m_view;
};

}  // namespace dealdojo::ui
