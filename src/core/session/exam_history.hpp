#pragma once
// Slice: finished attempts (mock exams, practice runs, reviews), oldest first.
// Section "history".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/exam/attempt.hpp"
#include "core/exam/scoring.hpp"
#include "core/session/saved_slice.hpp"

namespace dealdojo::session {

// A finished attempt as kept in the learner's history.
struct AttemptRecord {
  std::string pack_id;
  exam::Mode mode = exam::Mode::Practice;
  std::int64_t finished_at_ms = 0;
  int right = 0;
  int total = 0;
  int pass_percent = 0;
  bool passed = false;
  std::int64_t time_used_ms = 0;
  std::vector<exam::DomainScore> domains;

  nlohmann::json to_json() const;
  // nullopt after reporting each problem to the reader's sink.
  static std::optional<AttemptRecord> read(content::ObjectReader& fields);
};

class ExamHistory final : public SavedSlice {
 public:
  const std::vector<AttemptRecord>& records() const { return m_records; }
  std::size_t size() const { return m_records.size(); }
  void record(AttemptRecord record);

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  std::vector<AttemptRecord> m_records;
};

}  // namespace dealdojo::session
