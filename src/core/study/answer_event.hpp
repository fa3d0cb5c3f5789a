#pragma once
// One answered question: the unit of the learner's history. The scheduler
// (FSRS) and the readiness model are computed from the list of these, so the
// save keeps the list itself and everything else can be rebuilt from it.
#include <cstdint>
#include <string>

namespace dealdojo::study {

enum class AnswerSource { Practice, Mock, Review };

struct AnswerEvent {
  std::string pack_id;
  std::string question_id;  // the id inside its pack
  std::string domain;       // the question's domain id, kept so readiness survives a pack update
  bool correct = false;
  std::int64_t at_ms = 0;   // wall-clock time (ms since the Unix epoch)
  std::int64_t time_taken_ms = 0;  // 0 when unknown
  AnswerSource source = AnswerSource::Practice;
};

}  // namespace dealdojo::study
