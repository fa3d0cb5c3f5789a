#pragma once
// Helpers over the learner's answer history: local calendar days and the events of
// one pack in time order. Everything in study/ is computed from AnswerEvents, so
// nothing here keeps state of its own.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/study/answer_event.hpp"

namespace dealdojo::study {

inline constexpr std::int64_t kMsPerDay = 86'400'000;

// The local calendar day of `at_ms` (days since 1970-01-01 in local time), where
// `utc_offset_ms` is local time minus UTC (e.g. +3'600'000 in Paris in winter).
// Floors, so times before the epoch still land on the right day.
std::int64_t local_day(std::int64_t at_ms, std::int64_t utc_offset_ms);

// The events of `pack_id` (all packs when empty), sorted by time (stable: ties keep
// their recorded order).
std::vector<AnswerEvent> events_for_pack(std::span<const AnswerEvent> events, std::string_view pack_id);

}  // namespace dealdojo::study
