#include "core/session/roleplay_practice.hpp"

namespace dealdojo::session {

// ---------------------------------------------------------------------------------
// RoleplayRecord

nlohmann::json RoleplayRecord::to_json() const {
  return {{"pack", pack_id},
          {"scenario", scenario_id},
          {"title", title},
          {"ending", roleplay::ending_name(ending)},
          {"score", score},
          {"passed", passed},
          {"finished_at_ms", finished_at_ms},
          {"path", path},
          {"seed", seed}};
}

std::optional<RoleplayRecord> RoleplayRecord::from_json(const nlohmann::json& data) {
  if (!data.is_object()) return std::nullopt;
  auto has = [&](const char* key) { return data.contains(key); };
  auto str = [&](const char* key) { return has(key) && data[key].is_string(); };
  auto num = [&](const char* key) { return has(key) && data[key].is_number_integer(); };
  if (!str("pack") || !str("scenario") || !str("title") || !str("ending") || !num("score") || !num("finished_at_ms") ||
      !num("seed") || !has("passed") || !data["passed"].is_boolean() || !has("path") || !data["path"].is_array()) {
    return std::nullopt;
  }
  const auto ending = roleplay::parse_ending(data["ending"].get<std::string>());
  if (!ending) return std::nullopt;
  // A negative seed would wrap to a different run; it is not something to_json writes.
  if (!data["seed"].is_number_unsigned() && data["seed"].get<std::int64_t>() < 0) return std::nullopt;
  RoleplayRecord rec;
  rec.pack_id = data["pack"].get<std::string>();
  rec.scenario_id = data["scenario"].get<std::string>();
  rec.title = data["title"].get<std::string>();
  rec.ending = *ending;
  const auto raw_score = data["score"].get<std::int64_t>();
  if (raw_score < 0 || raw_score > 100) return std::nullopt;
  rec.score = static_cast<int>(raw_score);
  rec.passed = data["passed"].get<bool>();
  rec.finished_at_ms = data["finished_at_ms"].get<std::int64_t>();
  rec.seed = data["seed"].get<std::uint64_t>();
  if (rec.pack_id.empty() || rec.scenario_id.empty()) return std::nullopt;
  const auto& path = data["path"];
  if (path.size() > roleplay::kMaxNodes) return std::nullopt;  // a path visits each node at most once
  for (const auto& choice : path) {
    if (!choice.is_number_unsigned() || choice.get<std::uint64_t>() >= roleplay::kMaxChoices) return std::nullopt;
    rec.path.push_back(choice.get<std::size_t>());
  }
  return rec;
}

// ---------------------------------------------------------------------------------
// RoleplayInProgress

nlohmann::json RoleplayInProgress::to_json() const {
  return {{"pack_id", pack_id}, {"scenario_id", scenario_id}, {"seed", seed}, {"path", path}};
}

std::optional<RoleplayInProgress> RoleplayInProgress::from_json(const nlohmann::json& data, std::string& error) {
  if (!data.is_object()) return error = "should be an object", std::nullopt;
  auto str = [&](const char* key) { return data.contains(key) && data[key].is_string() && !data[key].get<std::string>().empty(); };
  if (!str("pack_id")) return error = "should have a \"pack_id\" (a pack id)", std::nullopt;
  if (!str("scenario_id")) return error = "should have a \"scenario_id\" (a scenario id)", std::nullopt;
  // A negative seed would wrap to a different shuffle; it is not something to_json writes.
  if (!data.contains("seed") || !data["seed"].is_number_unsigned()) {
    return error = "should have a \"seed\" (a whole number, 0 or more)", std::nullopt;
  }
  if (!data.contains("path") || !data["path"].is_array() || data["path"].size() > roleplay::kMaxNodes) {
    return error = "should have a \"path\" (a list of choice numbers)", std::nullopt;
  }
  RoleplayInProgress saved;
  saved.pack_id = data["pack_id"].get<std::string>();
  saved.scenario_id = data["scenario_id"].get<std::string>();
  saved.seed = data["seed"].get<std::uint64_t>();
  for (const auto& choice : data["path"]) {
    if (!choice.is_number_unsigned() || choice.get<std::uint64_t>() >= roleplay::kMaxChoices) {
      return error = "has a \"path\" entry that is not a choice number", std::nullopt;
    }
    saved.path.push_back(choice.get<std::size_t>());
  }
  return saved;
}

// ---------------------------------------------------------------------------------
// RoleplayPractice

void RoleplayPractice::sync(const LoadedPacks& packs) {
  const content::Pack* active = packs.active_pack();
  std::shared_ptr<const content::Pack> pack = active ? packs.library().find_pack(active->manifest.id) : nullptr;
  if (pack == m_pack && m_set) return;
  // Holding the pack keeps its address from being reused, so a pointer compare is enough.
  m_pack = std::move(pack);
  m_pack_id = m_pack ? m_pack->manifest.id : std::string();
  m_run.reset();
  m_debrief.reset();
  ++m_run_revision;
  m_set = std::make_shared<const roleplay::ScenarioSet>(
      m_pack ? roleplay::read_scenarios(m_pack->roleplay, m_pack_id) : roleplay::ScenarioSet{});
}

std::span<const roleplay::Scenario> RoleplayPractice::scenarios() const {
  if (!m_set) return {};
  return m_set->scenarios;
}

const roleplay::Scenario* RoleplayPractice::find(std::string_view scenario_id) const {
  return m_set ? m_set->find(scenario_id) : nullptr;
}

bool RoleplayPractice::start(std::string_view scenario_id, std::uint64_t seed) {
  const roleplay::Scenario* scenario = find(scenario_id);
  if (scenario == nullptr) return false;
  m_run.emplace(*scenario, roleplay::RunOptions{true, seed});
  m_debrief = roleplay::make_debrief(*m_run);  // nullopt unless the start is already an ending
  ++m_run_revision;
  return true;
}

bool RoleplayPractice::choose(std::size_t display_index, std::int64_t now_ms) {
  if (!m_run || !m_run->choose(display_index)) return false;
  ++m_run_revision;
  finish_if_ended(now_ms);
  return true;
}

bool RoleplayPractice::replay_from(std::size_t step) {
  if (!m_run || !m_run->replay_from(step)) return false;
  m_debrief = roleplay::make_debrief(*m_run);  // replaying from past the last step stays finished
  ++m_run_revision;
  return true;
}

void RoleplayPractice::leave() {
  if (m_run) ++m_run_revision;
  m_run.reset();
  m_debrief.reset();
}

std::optional<RoleplayInProgress> RoleplayPractice::in_progress() const {
  if (!m_run) return std::nullopt;
  return RoleplayInProgress{m_pack_id, m_run->scenario().id, m_run->options().seed, m_run->choice_path()};
}

std::string RoleplayPractice::restore_in_progress(const RoleplayInProgress& saved) {
  const std::string what = "The role-play you were in (\"" + saved.scenario_id + "\") could not be resumed: ";
  if (saved.pack_id != m_pack_id) {
    return what + "its pack \"" + saved.pack_id + "\" is " + (m_pack_id.empty() ? "not loaded." : "not the pack open now.");
  }
  const roleplay::Scenario* scenario = find(saved.scenario_id);
  if (scenario == nullptr) return what + "the pack no longer has that scenario.";
  auto run = roleplay::replay(*scenario, saved.path, roleplay::RunOptions{true, saved.seed});
  if (!run) return what + "the scenario has changed since, so your choices no longer fit it.";
  m_run = std::move(run);
  m_debrief = roleplay::make_debrief(*m_run);  // a finished run shows its debrief; it is in the history already
  ++m_run_revision;
  return "";
}

std::optional<int> RoleplayPractice::best_score(std::string_view pack_id, std::string_view scenario_id) const {
  std::optional<int> best;
  for (const RoleplayRecord& rec : history) {
    if (rec.pack_id == pack_id && rec.scenario_id == scenario_id && (!best || rec.score > *best)) best = rec.score;
  }
  return best;
}

void RoleplayPractice::finish_if_ended(std::int64_t now_ms) {
  if (!m_run->finished()) return;
  m_debrief = roleplay::make_debrief(*m_run);
  if (!m_debrief) return;
  const roleplay::Scenario& scenario = m_run->scenario();
  RoleplayRecord rec;
  rec.pack_id = m_pack_id;
  rec.scenario_id = scenario.id;
  rec.title = scenario.title;
  rec.ending = m_debrief->ending;
  rec.score = m_debrief->score.total;
  rec.passed = m_debrief->score.passed;
  rec.finished_at_ms = now_ms;
  rec.path = m_run->choice_path();
  rec.seed = m_run->options().seed;
  history.push_back(std::move(rec));
}

}  // namespace dealdojo::session
