#include "core/session/session.hpp"

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
  m_mock_recorded = false;
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
  m_practice_recorded = false;
  return {};
}

void Session::finish_mock(std::int64_t now_ms) {
  if (!mock || m_mock_recorded) return;
  mock->submit();
  record(*mock, now_ms);
  m_mock_recorded = true;
}

void Session::finish_practice(std::int64_t now_ms) {
  if (!practice || m_practice_recorded) return;
  practice->submit();
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
  auto it = m_seen.find(content::global_question_id(pack_id, question_id));
  return it == m_seen.end() ? 0 : it->second;
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
  for (std::size_t i = 0; i < attempt.size(); ++i) {
    if (attempt.is_answered(i)) {
      ++m_seen[content::global_question_id(rec.pack_id, attempt.paper().items[i].question_id)];
    }
  }
  history.push_back(std::move(rec));
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
