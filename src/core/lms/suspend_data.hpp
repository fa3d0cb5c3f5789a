#pragma once
// The learner's progress as an LMS's suspend data, which is small: 4,096
// characters in SCORM 1.2, 64,000 in 2004. The progress document (docs/PROGRESS.md)
// goes in whole when it fits. Otherwise answers and finished attempts are packed
// (question ids listed once, times in seconds, no per-answer duration), then working
// state is left out least-needed first, then the oldest answers — so readiness and the
// review queue are rebuilt from the newest answers that fit. What was left out is
// recorded in the data and told to the learner on resume. Reading goes through the
// progress document's own checks (progress::read_progress).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/pack.hpp"
#include "core/session/saved_state.hpp"

namespace dealdojo::lms {

struct SuspendData {
  std::string text;
  std::vector<std::string> left_out;  // what did not fit, as the learner reads it; empty when all did
};
// `state` for `pack` (the course's only pack) in at most `limit` characters.
// Answers on other packs are left out.
SuspendData encode_suspend_data(const session::SavedState& state, const content::Pack& pack, std::size_t limit,
                                std::int64_t now_ms);

struct Resumed {
  std::optional<session::SavedState> state;  // set when the data read cleanly
  std::vector<std::string> notes;            // what was left out when it was stored, and migration notes
  std::string problem;                       // why it could not be read, when it could not
};
// Empty text is a fresh start (a state with nothing in it).
Resumed decode_suspend_data(std::string_view text, const content::Pack& pack);

}  // namespace dealdojo::lms
