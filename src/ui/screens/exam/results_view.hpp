#pragma once
// The result of a finished attempt: pass or fail against the pass line, a bar per
// domain, time used, and a review of every question (filter: wrong, flagged).
#include <string>

#include <nlohmann/json.hpp>

#include "core/content/pack.hpp"
#include "core/exam/attempt.hpp"
#include "core/exam/scoring.hpp"

namespace dealdojo::ui {

struct AppContext;

enum class ReviewFilter { All, Wrong, Flagged };

struct ResultsViewState {
  ReviewFilter filter = ReviewFilter::All;
};

void draw_results(AppContext& ctx, const exam::Attempt& attempt, const exam::ExamScore& score,
                  const content::Pack& pack, ResultsViewState& view, const std::string& name);

nlohmann::json describe_score(const exam::ExamScore& score);

}  // namespace dealdojo::ui
