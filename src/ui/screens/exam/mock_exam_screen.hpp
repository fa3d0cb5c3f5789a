#pragma once
#include "ui/screen.hpp"
#include "ui/screens/exam/attempt_view.hpp"
#include "ui/screens/exam/results_view.hpp"

namespace dealdojo::ui {

// A full mock exam on the active pack's blueprint: choose exam conditions or
// study mode, answer, submit, see the result and review.
class MockExamScreen final : public Screen {
 public:
  std::string_view id() const override { return "mock"; }
  std::string_view title() const override { return "Mock exam"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  void draw_contents(AppContext& ctx);  // in the reading column
  void draw_intro(AppContext& ctx, const content::Pack& pack);

  struct View {
    exam::Mode mode = exam::Mode::ExamConditions;
    std::vector<std::string> start_errors;
    AttemptViewState attempt;
    ResultsViewState results;
  } m_view;
};

}  // namespace dealdojo::ui
