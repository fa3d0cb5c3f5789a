#include "core/study/history.hpp"

#include <algorithm>

namespace dealdojo::study {

std::int64_t local_day(std::int64_t at_ms, std::int64_t utc_offset_ms) {
  const std::int64_t local_ms = at_ms + utc_offset_ms;
  std::int64_t day = local_ms / kMsPerDay;
  if (local_ms % kMsPerDay < 0) --day;
  return day;
}

std::vector<AnswerEvent> events_for_pack(std::span<const AnswerEvent> events, std::string_view pack_id) {
  std::vector<AnswerEvent> out;
  for (const AnswerEvent& e : events) {
    if (pack_id.empty() || e.pack_id == pack_id) out.push_back(e);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const AnswerEvent& a, const AnswerEvent& b) { return a.at_ms < b.at_ms; });
  return out;
}

int answers_logged_at(std::span<const AnswerEvent> events, AnswerSource source, std::int64_t at_ms) {
  return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const AnswerEvent& e) {
    return e.source == source && e.at_ms == at_ms;
  }));
}

}  // namespace dealdojo::study
