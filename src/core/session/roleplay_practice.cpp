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
          {"seed", seed},
          {"replayed", replayed}};
}

namespace {

using content::Need;

// A conversation's authored choice at each step; nullopt after reporting.
std::optional<std::vector<std::size_t>> read_path(content::ObjectReader& r) {
  const auto path = r.array("path", Need::Required, "the choice made at each step");
  if (!path) return std::nullopt;
  if (path->size() > roleplay::kMaxNodes) {  // a path visits each node at most once
    r.error("path", "has more steps than a scenario can have (" + std::to_string(roleplay::kMaxNodes) + ")");
    return std::nullopt;
  }
  std::vector<std::size_t> out;
  for (content::JsonView choice : path->children()) {
    if (!choice.is_unsigned() || choice.unsigned_integer() >= roleplay::kMaxChoices) {
      r.context().sink.error(r.context().file, r.pointer("path") + "/" + std::to_string(out.size()),
                             "must be a choice number, from 0 to " + std::to_string(roleplay::kMaxChoices - 1));
      return std::nullopt;
    }
    out.push_back(static_cast<std::size_t>(choice.unsigned_integer()));
  }
  return out;
}

}  // namespace

std::optional<RoleplayRecord> RoleplayRecord::read(content::ObjectReader& r) {
  const auto pack = r.text("pack", Need::Required, "the pack id");
  const auto scenario = r.text("scenario", Need::Required, "the scenario id");
  const auto title = r.text("title", Need::Required, "the scenario's title");
  const auto ending = r.text("ending", Need::Required, "how the conversation ended");
  const auto score = r.integer("score", Need::Required, 0, 100, "the score out of 100");
  const auto passed = r.boolean("passed", Need::Required, "true or false");
  const auto finished = r.whole_number("finished_at_ms", Need::Required, INT64_MIN, INT64_MAX, "a time in milliseconds");
  // A negative seed would wrap to a different shuffle: unsigned64 refuses it.
  const auto seed = r.unsigned64("seed", Need::Required, "the shuffle's seed");
  const auto path = read_path(r);
  const auto replayed = r.boolean("replayed", Need::Optional, "true or false");
  const auto parsed_ending = ending ? roleplay::parse_ending(*ending) : std::nullopt;
  if (ending && !parsed_ending) r.error("ending", "is not a way a conversation ends");
  if (!pack || !scenario || !title || !parsed_ending || !score || !passed || !finished || !seed || !path) {
    return std::nullopt;
  }
  return RoleplayRecord{*pack,   *scenario, *title, *parsed_ending, *score, *passed, *finished,
                        *path,   *seed,     replayed.value_or(false)};
}

// ---------------------------------------------------------------------------------
// RoleplayInProgress

nlohmann::json RoleplayInProgress::to_json() const {
  return {{"pack_id", pack_id}, {"scenario_id", scenario_id}, {"seed", seed}, {"path", path}, {"replayed", replayed}};
}

std::optional<RoleplayInProgress> RoleplayInProgress::read(content::ObjectReader& r) {
  const auto pack = r.text("pack_id", Need::Required, "the pack id");
  const auto scenario = r.text("scenario_id", Need::Required, "the scenario id");
  const auto seed = r.unsigned64("seed", Need::Required, "the shuffle's seed");
  const auto path = read_path(r);
  const auto replayed = r.boolean("replayed", Need::Optional, "true or false");
  if (!pack || !scenario || !seed || !path) return std::nullopt;
  return RoleplayInProgress{*pack, *scenario, *seed, *path, replayed.value_or(false)};
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
  run_changed();
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
  m_replayed = false;
  m_debrief = roleplay::make_debrief(*m_run);  // nullopt unless the start is already an ending
  run_changed();
  return true;
}

bool RoleplayPractice::choose(std::size_t display_index, std::int64_t now_ms) {
  if (!m_run || !m_run->choose(display_index)) return false;
  run_changed();
  finish_if_ended(now_ms);
  return true;
}

bool RoleplayPractice::replay_from(std::size_t step) {
  if (!m_run || !m_run->replay_from(step)) return false;
  m_replayed = true;
  m_debrief = roleplay::make_debrief(*m_run);  // replaying from past the last step stays finished
  run_changed();
  return true;
}

void RoleplayPractice::leave() {
  if (m_run) run_changed();
  m_run.reset();
  m_debrief.reset();
}

std::optional<RoleplayInProgress> RoleplayPractice::in_progress() const {
  if (!m_run) return std::nullopt;
  return RoleplayInProgress{m_pack_id, m_run->scenario().id, m_run->options().seed, m_run->choice_path(), m_replayed};
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
  m_replayed = saved.replayed;
  m_debrief = roleplay::make_debrief(*m_run);  // a finished run shows its debrief; it is in the history already
  run_changed();
  return "";
}

std::optional<int> RoleplayPractice::best_score(std::string_view pack_id, std::string_view scenario_id) const {
  std::optional<int> best;
  for (const RoleplayRecord& rec : m_history) {
    if (rec.pack_id == pack_id && rec.scenario_id == scenario_id && (!best || rec.score > *best)) best = rec.score;
  }
  return best;
}

const RoleplayRecord* RoleplayPractice::first_try(std::string_view pack_id, std::string_view scenario_id) const {
  for (const RoleplayRecord& rec : m_history) {  // oldest first
    if (rec.pack_id == pack_id && rec.scenario_id == scenario_id) return &rec;
  }
  return nullptr;
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
  rec.replayed = m_replayed;
  m_history.push_back(std::move(rec));
  touch();
}

std::string RoleplayPractice::resume_after_load(const LoadedPacks& packs) {
  sync(packs);
  leave();
  if (!m_to_resume) return "";
  const RoleplayInProgress saved = std::move(*m_to_resume);
  m_to_resume.reset();
  return restore_in_progress(saved);
}

void RoleplayPractice::write(nlohmann::json& document) const {
  nlohmann::json history = nlohmann::json::array();
  for (const RoleplayRecord& rec : m_history) history.push_back(rec.to_json());
  document["roleplay"] = std::move(history);
  // A save read but not resumed yet (no packs) writes back what it read.
  const std::optional<RoleplayInProgress> saved = m_run ? in_progress() : m_to_resume;
  if (saved) write_in_progress_part(document, "roleplay", saved->to_json());
}

void RoleplayPractice::read(content::ObjectReader& document, LoadNotes& notes) {
  m_history.clear();
  m_run.reset();
  m_debrief.reset();
  m_to_resume.reset();
  read_object_list(document, "roleplay", Need::Optional, "a list of finished role-plays", "a finished role-play",
                   [&](content::ObjectReader& r) {
                     if (auto rec = RoleplayRecord::read(r)) m_history.push_back(std::move(*rec));
                   });
  // Working state: a damaged conversation is dropped with a note; the save still loads.
  if (const auto part = in_progress_part(document, "roleplay")) {
    content::DiagnosticSink problems;
    content::ReadContext ctx{document.context().file, problems};
    const std::string pointer = "/" + std::string(kInProgress) + "/roleplay";
    if (content::expect_object(*part, pointer, ctx, "the conversation in progress")) {
      content::ObjectReader fields(*part, pointer, ctx);
      m_to_resume = RoleplayInProgress::read(fields);
    }
    if (!m_to_resume) {
      const std::vector<content::Diagnostic> found = problems.take();
      const std::string where = found.empty() ? pointer : found.front().pointer + ": " + found.front().message;
      notes.push_back("The role-play you were in could not be resumed (at " + where +
                      "), so it was left out; the rest of your progress is loaded.");
    }
  }
  run_changed();
}

}  // namespace dealdojo::session
