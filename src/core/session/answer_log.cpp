#include "core/session/answer_log.hpp"

#include "core/content/pack.hpp"

namespace dealdojo::session {

using content::Need;

std::string_view answer_source_name(study::AnswerSource source) {
  switch (source) {
    case study::AnswerSource::Practice: return "practice";
    case study::AnswerSource::Mock: return "mock";
    case study::AnswerSource::Review: return "review";
  }
  return "practice";
}

std::optional<study::AnswerSource> parse_answer_source(std::string_view name) {
  for (auto source : {study::AnswerSource::Practice, study::AnswerSource::Mock, study::AnswerSource::Review}) {
    if (answer_source_name(source) == name) return source;
  }
  return std::nullopt;
}

void AnswerLog::record(study::AnswerEvent event) {
  ++m_seen[content::global_question_id(event.pack_id, event.question_id)];
  m_events.push_back(std::move(event));
  touch();
}

int AnswerLog::seen_count(std::string_view pack_id, std::string_view question_id) const {
  const std::string id = content::global_question_id(pack_id, question_id);
  const auto seen = m_seen.find(id);
  const auto before = m_seen_baseline.find(id);
  return (seen == m_seen.end() ? 0 : seen->second) + (before == m_seen_baseline.end() ? 0 : before->second);
}

void AnswerLog::set_seen_baseline(std::string global_question_id, int count) {
  m_seen_baseline[std::move(global_question_id)] = count;
  touch();
}

void AnswerLog::write(nlohmann::json& document) const {
  nlohmann::json answers = nlohmann::json::array();
  for (const study::AnswerEvent& e : m_events) {
    answers.push_back({{"pack", e.pack_id}, {"question", e.question_id}, {"domain", e.domain},
                       {"correct", e.correct}, {"at_ms", e.at_ms}, {"time_taken_ms", e.time_taken_ms},
                       {"source", answer_source_name(e.source)}});
  }
  document["answers"] = std::move(answers);
  if (!m_seen_baseline.empty()) document["seen_baseline"] = m_seen_baseline;
}

void AnswerLog::read(content::ObjectReader& document, LoadNotes&) {
  m_events.clear();
  m_seen.clear();
  m_seen_baseline.clear();
  read_object_list(document, "answers", Need::Required, "a list of answers", "an answer", [&](content::ObjectReader& r) {
    study::AnswerEvent e;
    const auto pack = r.text("pack", Need::Required, "the pack id");
    const auto question = r.text("question", Need::Required, "the question id");
    const auto domain = r.text("domain", Need::Required, "the domain id");
    const auto correct = r.boolean("correct", Need::Required, "true or false");
    const auto at_ms = r.whole_number("at_ms", Need::Required, INT64_MIN, INT64_MAX, "a time in milliseconds");
    const auto taken = r.whole_number("time_taken_ms", Need::Required, 0, INT64_MAX, "a duration in milliseconds");
    const auto source = r.text("source", Need::Required, "\"practice\", \"mock\" or \"review\"");
    const auto parsed = source ? parse_answer_source(*source) : std::nullopt;
    if (source && !parsed) r.error("source", "must be \"practice\", \"mock\" or \"review\"");
    if (!pack || !question || !domain || !correct || !at_ms || !taken || !parsed) return;
    record({*pack, *question, *domain, *correct, *at_ms, *taken, *parsed});
  });
  if (const auto baseline = document.object("seen_baseline", Need::Optional, "an object of question id to count")) {
    content::ObjectReader counts(*baseline, document.pointer("seen_baseline"), document.context());
    for (content::JsonView entry : baseline->children()) {
      const std::string key(entry.key());
      if (auto count = counts.integer(key, Need::Required, 0, 1'000'000, "a count")) m_seen_baseline[key] = *count;
    }
  }
  touch();
}

}  // namespace dealdojo::session
