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

// The answers from `source` logged at exactly `at_ms`. A finished mock exam logs each
// answered question as one event at the moment it finished, the same time its history
// record keeps, and a blank question not at all (session::Session::finish): so for a
// mock's finish time and AnswerSource::Mock this is how many of its questions were
// answered, for old saves too.
int answers_logged_at(std::span<const AnswerEvent> events, AnswerSource source, std::int64_t at_ms);

}  // namespace dealdojo::study
