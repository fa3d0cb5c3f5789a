#include "core/study/activity.hpp"

#include <set>

#include "core/study/history.hpp"

namespace dealdojo::study {
namespace {

// Day 0 (1970-01-01) was a Thursday, so Monday-based weeks start 3 days earlier.
std::int64_t period_start(std::int64_t day, Period period) {
  if (period == Period::Day) return day;
  const std::int64_t shifted = day + 3;
  std::int64_t week = shifted / 7;
  if (shifted % 7 < 0) --week;
  return week * 7 - 3;
}

}  // namespace

int streak_days(std::span<const AnswerEvent> events, std::int64_t now_ms, std::int64_t utc_offset_ms) {
  std::set<std::int64_t> days;
  for (const AnswerEvent& e : events) days.insert(local_day(e.at_ms, utc_offset_ms));
  std::int64_t day = local_day(now_ms, utc_offset_ms);
  if (days.count(day) == 0) --day;
  int streak = 0;
  while (days.count(day) != 0) {
    ++streak;
    --day;
  }
  return streak;
}

std::vector<AccuracyBucket> accuracy_over_time(std::span<const AnswerEvent> events, Period period, int count,
                                               std::int64_t now_ms, std::int64_t utc_offset_ms) {
  if (count <= 0) return {};
  const std::int64_t length = period == Period::Day ? 1 : 7;
  const std::int64_t last = period_start(local_day(now_ms, utc_offset_ms), period);
  const std::int64_t first = last - (count - 1) * length;
  std::vector<AccuracyBucket> out(static_cast<std::size_t>(count));
  for (std::size_t i = 0; i < out.size(); ++i) out[i].first_day = first + static_cast<std::int64_t>(i) * length;
  for (const AnswerEvent& e : events) {
    const std::int64_t start = period_start(local_day(e.at_ms, utc_offset_ms), period);
    if (start < first || start > last) continue;
    AccuracyBucket& bucket = out[static_cast<std::size_t>((start - first) / length)];
    ++bucket.answered;
    bucket.correct += e.correct ? 1 : 0;
  }
  return out;
}

}  // namespace dealdojo::study
