#include "core/lms/scorm_report.hpp"

#include <algorithm>
#include <cstdio>

#include "core/exam/scoring.hpp"
#include "core/progress/progress_document.hpp"

namespace dealdojo::lms {
namespace {

constexpr DataModelNames kNames2004{"cmi.learner_name", "cmi.location", "cmi.suspend_data", "cmi.entry",
                                    "cmi.exit", "cmi.session_time", "cmi.interactions._count"};
constexpr DataModelNames kNames12{"cmi.core.student_name", "cmi.core.lesson_location", "cmi.suspend_data",
                                  "cmi.core.entry", "cmi.core.exit", "cmi.core.session_time",
                                  "cmi.interactions._count"};

// 2004 separates the choices of a response with "[,]", 1.2 with ",".
std::string join_choices(ScormVersion version, const std::vector<std::string>& ids) {
  const char* separator = version == ScormVersion::Scorm2004 ? "[,]" : ",";
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : separator) + id;
  return out;
}

// Cuts UTF-8 text to at most `max_bytes` bytes without splitting a character.
std::string cut_utf8(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string decimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", value);
  return buffer;
}

}  // namespace

const DataModelNames& names(ScormVersion version) {
  return version == ScormVersion::Scorm2004 ? kNames2004 : kNames12;
}

std::size_t suspend_data_limit(ScormVersion version) {
  return version == ScormVersion::Scorm2004 ? 64'000 : 4'096;
}

CourseStatus course_status(const session::ExamHistory& history, const content::Pack& pack) {
  CourseStatus status;
  for (const session::AttemptRecord& record : history.records()) {
    if (record.pack_id != pack.manifest.id || record.mode != exam::Mode::ExamConditions || record.total == 0) continue;
    ++status.mocks_submitted;
    // The best is the highest share right; an equal later score does not replace it.
    if (!status.best || std::int64_t{record.right} * status.best->total > std::int64_t{status.best->right} * record.total) {
      status.best = record;
    }
  }
  const int needed = pack.blueprint ? pack.blueprint->mocks_to_complete : 1;
  status.completed = status.mocks_submitted >= needed;
  return status;
}

std::vector<Interaction> mock_interactions(const exam::Attempt& mock, const content::Pack& pack, int mock_number) {
  std::vector<Interaction> out;
  for (std::size_t i = 0; i < mock.size(); ++i) {
    if (!mock.is_answered(i)) continue;
    const exam::PaperItem& item = mock.paper().items[i];
    const content::Question* question = pack.find_question(item.question_id);
    if (question == nullptr) continue;
    Interaction interaction;
    interaction.id = "mock" + std::to_string(mock_number) + "-" + item.question_id;
    // Picks in the pack's option order, so equal answers read the same.
    for (const content::Option& option : question->options) {
      const auto& picked = mock.response(i).selected;
      if (std::find(picked.begin(), picked.end(), option.id) != picked.end()) interaction.response.push_back(option.id);
    }
    interaction.correct = question->correct;
    interaction.is_correct = exam::is_answer_correct(*question, mock.response(i).selected);
    interaction.shown_at_ms = mock.started_at_ms();
    interaction.latency_ms = mock.response(i).time_ms;
    interaction.description = cut_utf8(question->stem, 250);
    out.push_back(std::move(interaction));
  }
  return out;
}

DataValues status_values(ScormVersion version, const CourseStatus& status) {
  DataValues values;
  const int percent = status.best && status.best->total > 0 ? status.best->right * 100 / status.best->total : 0;
  if (version == ScormVersion::Scorm2004) {
    values.emplace_back("cmi.completion_status", status.completed ? "completed" : "incomplete");
    values.emplace_back("cmi.success_status", !status.best ? "unknown" : status.passed() ? "passed" : "failed");
    if (status.best) {
      values.emplace_back("cmi.score.min", "0");
      values.emplace_back("cmi.score.max", std::to_string(status.best->total));
      values.emplace_back("cmi.score.raw", std::to_string(status.best->right));
      values.emplace_back("cmi.score.scaled", decimal(static_cast<double>(status.best->right) / status.best->total));
    }
  } else {
    // 1.2 has one status for both: passed or failed once complete, incomplete before.
    values.emplace_back("cmi.core.lesson_status",
                        !status.completed ? "incomplete" : status.passed() ? "passed" : "failed");
    if (status.best) {
      // 1.2 scores are 0-100.
      values.emplace_back("cmi.core.score.min", "0");
      values.emplace_back("cmi.core.score.max", "100");
      values.emplace_back("cmi.core.score.raw", std::to_string(percent));
    }
  }
  return values;
}

DataValues interaction_values(ScormVersion version, std::size_t index, const Interaction& interaction) {
  const std::string at = "cmi.interactions." + std::to_string(index) + ".";
  const bool is2004 = version == ScormVersion::Scorm2004;
  DataValues values;
  values.emplace_back(at + "id", interaction.id);
  values.emplace_back(at + "type", "choice");
  values.emplace_back(at + (is2004 ? "timestamp" : "time"), timestamp(version, interaction.shown_at_ms));
  values.emplace_back(at + "correct_responses.0.pattern", join_choices(version, interaction.correct));
  values.emplace_back(at + (is2004 ? "learner_response" : "student_response"),
                      join_choices(version, interaction.response));
  values.emplace_back(at + "result", interaction.is_correct ? "correct" : is2004 ? "incorrect" : "wrong");
  values.emplace_back(at + "latency", timespan(version, interaction.latency_ms));
  if (is2004 && !interaction.description.empty()) values.emplace_back(at + "description", interaction.description);
  return values;
}

std::string timespan(ScormVersion version, std::int64_t ms) {
  ms = std::max<std::int64_t>(ms, 0);
  const std::int64_t centis = ms / 10;
  const std::int64_t hours = centis / 360'000;
  const int minutes = static_cast<int>(centis / 6000 % 60);
  const int seconds = static_cast<int>(centis / 100 % 60);
  const int hundredths = static_cast<int>(centis % 100);
  char buffer[64];
  if (version == ScormVersion::Scorm2004) {
    std::snprintf(buffer, sizeof buffer, "PT%lldH%dM%d.%02dS", static_cast<long long>(hours), minutes, seconds,
                  hundredths);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04lld:%02d:%02d.%02d", static_cast<long long>(std::min<std::int64_t>(hours, 9999)),
                  minutes, seconds, hundredths);
  }
  return buffer;
}

std::string display_name(std::string_view lms_name) {
  auto trim = [](std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return std::string_view{};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
  };
  const std::string_view name = trim(lms_name);
  const auto comma = name.find(',');
  if (comma == std::string_view::npos || name.find(',', comma + 1) != std::string_view::npos) return std::string(name);
  const std::string_view family = trim(name.substr(0, comma)), given = trim(name.substr(comma + 1));
  if (given.empty()) return std::string(family);
  if (family.empty()) return std::string(given);
  return std::string(given) + " " + std::string(family);
}

std::string timestamp(ScormVersion version, std::int64_t ms) {
  const std::string iso = progress::iso_utc(ms);  // "2026-12-05T10:20:30Z"
  if (version == ScormVersion::Scorm12) return iso.substr(11, 8);
  // 2004 takes a zone only after a fraction of a second.
  return iso.substr(0, 19) + ".0Z";
}

}  // namespace dealdojo::lms
