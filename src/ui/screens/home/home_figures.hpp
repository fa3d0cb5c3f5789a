#pragma once
// The figures the Home dashboard shows, computed from the session (answers,
// history, attempts in progress) and cached until an input changes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/session/session.hpp"
#include "core/study/activity.hpp"
#include "core/study/readiness.hpp"

namespace dealdojo::ui {

struct RecentMock {
  std::int64_t finished_at_ms = 0;
  int right = 0;
  int total = 0;
  bool passed = false;
};

// What changes the figures: recompute only when one of these moves.
struct FiguresKey {
  std::string pack_id;
  std::size_t answers = 0;
  std::size_t history = 0;
  std::int64_t day = 0;
  bool operator==(const FiguresKey&) const = default;
};

struct HomeFigures {
  FiguresKey key;
  std::optional<study::Readiness> readiness;  // none without a pack or blueprint
  int answered = 0;                           // answers to the active pack
  int due = 0;
  int streak = 0;
  std::vector<study::AccuracyBucket> daily;   // the last 14 days, oldest first
  std::vector<RecentMock> recent_mocks;       // newest first, up to 5
  std::optional<study::Calibration> calibration;  // when there are past mocks
};

// What Home says while some domain on the exam has too few answers for the chance of
// passing and the weakest domain to mean anything; empty once every domain has enough.
std::string evidence_note(const study::Readiness& readiness);
// What Home says about the estimate against past mock exams, and which mocks were left
// out (study::counts_for_calibration); empty when there were no mocks.
std::string calibration_note(const study::Calibration& calibration);

// Local time minus UTC at `now_ms`, from the platform's time zone.
std::int64_t local_utc_offset_ms(std::int64_t now_ms);

FiguresKey figures_key(const session::Session& session, std::int64_t now_ms, std::int64_t utc_offset_ms);
HomeFigures compute_home_figures(const session::Session& session, std::int64_t now_ms, std::int64_t utc_offset_ms);

// The practice or mock in progress: {kind, answered, total}, or null.
nlohmann::json describe_continue(const session::Session& session);
nlohmann::json describe_figures(const HomeFigures& figures);

}  // namespace dealdojo::ui
