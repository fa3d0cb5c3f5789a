#include "core/session/session.hpp"

#include <algorithm>
#include <functional>

namespace dealdojo::session {

std::vector<std::string> Session::start_mock(exam::Mode mode, std::uint64_t seed, std::int64_t now_ms) {
  const content::Pack* pack = packs.active_pack();
  if (pack == nullptr) return {"No content pack is loaded, so there are no questions to ask."};
  const std::string pack_id = pack->manifest.id;
  auto result = exam::assemble_mock_exam(*pack, seed, [&](std::string_view id) {
    return seen_count(pack_id, id);
  });
  if (!result.paper) return result.errors;
  mock.emplace(std::move(*result.paper), mode, now_ms);
  m_mock_logged.assign(mock->size(), false);
  m_mock_recorded = false;
  mark_changed();
  return {};
}

std::vector<std::string> Session::start_practice(const exam::PracticeFilter& filter, std::uint64_t seed,
                                                 std::int64_t now_ms) {
  const content::Pack* pack = packs.active_pack();
  if (pack == nullptr) return {"No content pack is loaded, so there are no questions to ask."};
  const std::string pack_id = pack->manifest.id;
  auto result = exam::assemble_practice(*pack, filter, seed, [&](std::string_view id) {
    return seen_count(pack_id, id);
  });
  if (!result.paper) return result.errors;
  practice.emplace(std::move(*result.paper), exam::Mode::Practice, now_ms);
  m_practice_logged.assign(practice->size(), false);
  m_practice_logged_elapsed = 0;
  m_practice_source = study::AnswerSource::Practice;
  m_practice_recorded = false;
  mark_changed();
  return {};
}

void Session::finish_mock(std::int64_t now_ms) {
  if (!mock || m_mock_recorded) return;
  mock->submit();
  log_answers(*mock, m_mock_logged, study::AnswerSource::Mock, /*all=*/true, now_ms);
  record(*mock, now_ms);
  m_mock_recorded = true;
}

void Session::finish_practice(std::int64_t now_ms) {
  if (!practice || m_practice_recorded) return;
  practice->submit();
  log_answers(*practice, m_practice_logged, m_practice_source, /*all=*/true, now_ms);
  record(*practice, now_ms);
  m_practice_recorded = true;
}

void Session::tick(std::int64_t delta_ms, std::int64_t now_ms) {
  if (mock && !mock->is_submitted()) {
    mock->advance_time(delta_ms);
    if (mock->is_submitted()) finish_mock(now_ms);
  }
  if (practice && !practice->is_submitted()) practice->advance_time(delta_ms);
}

int Session::seen_count(const std::string& pack_id, std::string_view question_id) const {
  // `answers` is public and only ever appended to in normal use: count the new tail.
  if (answers.size() < m_seen_upto) {
    m_seen.clear();
    m_seen_upto = 0;
  }
  for (; m_seen_upto < answers.size(); ++m_seen_upto) {
    const study::AnswerEvent& a = answers[m_seen_upto];
    ++m_seen[content::global_question_id(a.pack_id, a.question_id)];
  }
  const std::string id = content::global_question_id(pack_id, question_id);
  auto seen = m_seen.find(id);
  auto before = seen_baseline.find(id);
  return (seen == m_seen.end() ? 0 : seen->second) + (before == seen_baseline.end() ? 0 : before->second);
}

void Session::observe(std::int64_t now_ms) {
  if (practice && !practice->is_submitted()) {
    log_answers(*practice, m_practice_logged, m_practice_source, /*all=*/false, now_ms);
  }
  const std::uint64_t now_fingerprint = fingerprint();
  if (now_fingerprint != m_fingerprint) {
    m_fingerprint = now_fingerprint;
    mark_changed();
  }
}

void Session::adopt_restored_progress() {
  m_seen.clear();
  m_seen_upto = 0;
  m_mock_recorded = mock && mock->is_submitted();
  m_practice_recorded = practice && practice->is_submitted();
  // A mock logs its answers when submitted; practice logs each one when checked.
  m_mock_logged.assign(mock ? mock->size() : 0, false);
  for (std::size_t i = 0; i < m_mock_logged.size(); ++i) m_mock_logged[i] = m_mock_recorded && mock->is_answered(i);
  m_practice_logged.assign(practice ? practice->size() : 0, false);
  for (std::size_t i = 0; i < m_practice_logged.size(); ++i) {
    m_practice_logged[i] = practice->response(i).checked || (m_practice_recorded && practice->is_answered(i));
  }
  m_practice_logged_elapsed = practice ? practice->elapsed_ms() : 0;
  m_fingerprint = fingerprint();
  mark_changed();
}

void Session::log_answers(const exam::Attempt& attempt, std::vector<bool>& logged, study::AnswerSource source,
                          bool all, std::int64_t now_ms) {
  auto pack = packs.library().find_pack(attempt.paper().pack_id);
  if (!pack) return;  // the pack is gone: right or wrong cannot be told
  logged.resize(attempt.size(), false);
  const bool timed_per_answer = !all;
  for (std::size_t i = 0; i < attempt.size(); ++i) {
    if (logged[i] || !attempt.is_answered(i) || (!all && !attempt.response(i).checked)) continue;
    const exam::PaperItem& item = attempt.paper().items[i];
    const content::Question* question = pack->find_question(item.question_id);
    study::AnswerEvent event;
    event.pack_id = attempt.paper().pack_id;
    event.question_id = item.question_id;
    event.domain = item.domain;
    event.correct = question != nullptr && exam::is_answer_correct(*question, attempt.response(i).selected);
    event.at_ms = now_ms;
    // Practice answers one at a time: the attempt time since the previous answer.
    if (timed_per_answer) {
      event.time_taken_ms = std::max<std::int64_t>(0, attempt.elapsed_ms() - m_practice_logged_elapsed);
      m_practice_logged_elapsed = attempt.elapsed_ms();
    }
    event.source = source;
    answers.push_back(std::move(event));
    logged[i] = true;
    mark_changed();
  }
}

// A cheap summary of the learner's data, to notice changes made directly through
// the public members. Only compared within one run, so std::hash is fine.
std::uint64_t Session::fingerprint() const {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ull; };
  mix(answers.size());
  mix(history.size());
  mix(drills.size());
  mix(seen_baseline.size());
  mix(roleplay.history.size());
  mix(roleplay.run_revision());  // the conversation in progress
  mix(pipeline.edited() ? pipeline.revision() : 0u);  // the sample alone is not saved
  for (const auto& entry : assessment_ratings) {
    mix(std::hash<std::string>{}(entry.first));
    for (const auto& rating : entry.second) {
      mix(std::hash<std::string>{}(rating.first) ^ static_cast<std::uint64_t>(rating.second));
    }
  }
  mix(static_cast<std::uint64_t>(settings.theme));
  mix(std::hash<float>{}(settings.text_scale));
  for (const auto* attempt : {&mock, &practice}) {
    mix(attempt->has_value() ? 1u : 0u);
    if (!attempt->has_value()) continue;
    const exam::Attempt& a = **attempt;
    mix(static_cast<std::uint64_t>(a.started_at_ms()));
    mix(a.current());
    mix(static_cast<std::uint64_t>(a.submit_reason()));
    mix(a.is_paused() ? 1u : 0u);
    for (std::size_t i = 0; i < a.size(); ++i) {
      const exam::Response& r = a.response(i);
      mix((r.flagged ? 1u : 0u) | (r.checked ? 2u : 0u));
      for (const auto& option : r.selected) mix(std::hash<std::string>{}(option));
    }
  }
  return h;
}

std::optional<exam::ExamScore> Session::score(const exam::Attempt& attempt) const {
  auto pack = packs.library().find_pack(attempt.paper().pack_id);
  if (!pack) return std::nullopt;
  return exam::score_attempt(attempt, *pack);
}

void Session::record(const exam::Attempt& attempt, std::int64_t now_ms) {
  const auto score = this->score(attempt);
  if (!score) return;
  AttemptRecord rec;
  rec.pack_id = attempt.paper().pack_id;
  rec.mode = attempt.mode();
  rec.finished_at_ms = now_ms;
  rec.right = score->right;
  rec.total = score->total;
  rec.pass_percent = score->pass_percent;
  rec.passed = score->passed;
  rec.time_used_ms = score->time_used_ms;
  rec.domains = score->domains;
  history.push_back(std::move(rec));
  mark_changed();
}

nlohmann::json AttemptRecord::to_json() const {
  nlohmann::json domain_list = nlohmann::json::array();
  for (const auto& d : domains) {
    domain_list.push_back({{"id", d.id}, {"name", d.name}, {"right", d.right}, {"total", d.total}});
  }
  return {{"pack", pack_id},       {"mode", exam::mode_name(mode)}, {"finished_at_ms", finished_at_ms},
          {"right", right},        {"total", total},                {"pass_percent", pass_percent},
          {"passed", passed},      {"time_used_ms", time_used_ms},  {"domains", domain_list}};
}

std::optional<AttemptRecord> AttemptRecord::from_json(const nlohmann::json& data) {
  if (!data.is_object()) return std::nullopt;
  auto str = [&](const char* key) { return data.contains(key) && data[key].is_string(); };
  auto num = [&](const char* key) { return data.contains(key) && data[key].is_number_integer(); };
  if (!str("pack") || !str("mode") || !num("finished_at_ms") || !num("right") || !num("total") ||
      !num("pass_percent") || !num("time_used_ms") || !data.contains("passed") || !data["passed"].is_boolean() ||
      !data.contains("domains") || !data["domains"].is_array()) {
    return std::nullopt;
  }
  auto mode = exam::parse_mode(data["mode"].get<std::string>());
  if (!mode) return std::nullopt;
  AttemptRecord rec;
  rec.pack_id = data["pack"].get<std::string>();
  rec.mode = *mode;
  rec.finished_at_ms = data["finished_at_ms"].get<std::int64_t>();
  rec.right = data["right"].get<int>();
  rec.total = data["total"].get<int>();
  rec.pass_percent = data["pass_percent"].get<int>();
  rec.passed = data["passed"].get<bool>();
  rec.time_used_ms = data["time_used_ms"].get<std::int64_t>();
  for (const auto& d : data["domains"]) {
    if (!d.is_object() || !d.contains("id") || !d["id"].is_string() || !d.contains("name") ||
        !d["name"].is_string() || !d.contains("right") || !d["right"].is_number_integer() ||
        !d.contains("total") || !d["total"].is_number_integer()) {
      return std::nullopt;
    }
    rec.domains.push_back({d["id"].get<std::string>(), d["name"].get<std::string>(), d["right"].get<int>(),
                           d["total"].get<int>()});
  }
  if (rec.right < 0 || rec.total < 0 || rec.right > rec.total) return std::nullopt;
  return rec;
}

}  // namespace dealdojo::session
