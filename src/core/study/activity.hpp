#pragma once
// Activity over time: the daily streak and accuracy per day or week, in local days.
#include <cstdint>
#include <span>
#include <vector>

#include "core/study/answer_event.hpp"

namespace dealdojo::study {

// Days in a row with at least one answer, ending today, or yesterday when nothing
// has been answered yet today (the streak is not lost until the day is over).
int streak_days(std::span<const AnswerEvent> events, std::int64_t now_ms, std::int64_t utc_offset_ms);

enum class Period { Day, Week };  // weeks start on Monday

struct AccuracyBucket {
  std::int64_t first_day = 0;  // local day the period starts
  int answered = 0;
  int correct = 0;
  double accuracy() const { return answered == 0 ? 0.0 : static_cast<double>(correct) / answered; }
};

// The last `count` periods up to and including the current one, oldest first,
// empty periods included so a chart's x axis is even.
std::vector<AccuracyBucket> accuracy_over_time(std::span<const AnswerEvent> events, Period period, int count,
                                               std::int64_t now_ms, std::int64_t utc_offset_ms);

}  // namespace dealdojo::study
