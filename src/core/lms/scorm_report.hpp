#pragma once
// What a course package tells its LMS (docs/LMS.md): completion, success and the
// best mock's score from the learner's history, one interaction per answered
// question of each submitted mock, and the SCORM data-model values for them in
// either version. Plain functions of the session's state: the app only decides
// when to send them (src/app/app_lms.cpp).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content/pack.hpp"
#include "core/exam/attempt.hpp"
#include "core/lms/scorm_version.hpp"
#include "core/session/exam_history.hpp"

namespace dealdojo::lms {

// The SCORM elements DealDojo reads and writes, named per version.
struct DataModelNames {
  const char* learner_name;
  const char* location;
  const char* suspend_data;
  const char* entry;
  const char* exit;
  const char* session_time;
  const char* interactions_count;
};
const DataModelNames& names(ScormVersion version);
// The most suspend data a SCO may store: 4,096 characters in 1.2, 64,000 in 2004.
std::size_t suspend_data_limit(ScormVersion version);

struct CourseStatus {
  int mocks_submitted = 0;  // finished mock exams (exam conditions) on the course pack
  bool completed = false;   // mocks_submitted >= the blueprint's mocks_to_complete
  // From the best mock; none until the first one is submitted.
  std::optional<session::AttemptRecord> best;
  bool passed() const { return best && best->passed; }
};
// Only mocks taken under exam conditions count: study mode shows answers as it goes.
CourseStatus course_status(const session::ExamHistory& history, const content::Pack& pack);

struct Interaction {
  std::string id;                       // "mock<N>-<question id>"
  std::vector<std::string> response;    // option ids picked, in the pack's option order
  std::vector<std::string> correct;     // the key's option ids
  bool is_correct = false;
  std::int64_t shown_at_ms = 0;         // when the mock (and so the question) was made available
  std::int64_t latency_ms = 0;          // time the question was on screen
  std::string description;              // the stem, cut to fit 2004's 250 characters
};
// One per answered question of a submitted mock; `mock_number` counts mocks from 1.
std::vector<Interaction> mock_interactions(const exam::Attempt& mock, const content::Pack& pack, int mock_number);

using DataValues = std::vector<std::pair<std::string, std::string>>;
// Completion, success and score elements for `status`.
DataValues status_values(ScormVersion version, const CourseStatus& status);
// The elements of interaction number `index`, id and type first (as both versions require).
DataValues interaction_values(ScormVersion version, std::size_t index, const Interaction& interaction);
// A duration as the version writes it: "PT1H2M3.4S" (2004) or "0001:02:03.40" (1.2).
std::string timespan(ScormVersion version, std::int64_t ms);
// The learner's name as the LMS gives it ("Doe, Jane", the usual form) as a person
// is greeted: "Jane Doe". Other forms are kept as they are, trimmed.
std::string display_name(std::string_view lms_name);
// A point in time (UTC): "2026-12-05T10:20:30" (2004) or the time of day "10:20:30" (1.2).
std::string timestamp(ScormVersion version, std::int64_t ms);

}  // namespace dealdojo::lms
