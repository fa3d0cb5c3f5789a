#pragma once
// The learner's role-play practice: the scenarios of the active pack, the
// conversation in progress (with its debrief once it ends) and the history of
// finished conversations. The role-play screen reads it and sends intents.
//
// A Run points at its Scenario, so the scenarios live behind a shared pointer
// that a copy of this object shares and that is replaced only when the active
// pack changes (which also drops the run in progress: it belongs to the other pack).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/roleplay/debrief.hpp"
#include "core/roleplay/run.hpp"
#include "core/roleplay/scenario.hpp"
#include "core/session/loaded_packs.hpp"
#include "core/session/saved_slice.hpp"

namespace dealdojo::session {

// A finished conversation as kept in the learner's history.
struct RoleplayRecord {
  std::string pack_id;
  std::string scenario_id;
  std::string title;
  roleplay::EndingKind ending = roleplay::EndingKind::Stalled;
  int score = 0;  // 0..100
  bool passed = false;
  std::int64_t finished_at_ms = 0;
  std::vector<std::size_t> path;  // authored choice index at each step (Run::choice_path)
  std::uint64_t seed = 0;         // the display shuffle's seed
  bool replayed = false;          // "Replay from here" was used during it: practice, not a clean try

  nlohmann::json to_json() const;
  // nullopt after reporting each problem to the reader's sink. "replayed" is
  // optional (saves from before it existed read as false).
  static std::optional<RoleplayRecord> read(content::ObjectReader& fields);
};

// The conversation in progress as saved: with the scenario it is fully
// determined by the seed (choices are shown shuffled) and the authored choices.
struct RoleplayInProgress {
  std::string pack_id;
  std::string scenario_id;
  std::uint64_t seed = 0;
  std::vector<std::size_t> path;  // Run::choice_path
  bool replayed = false;          // "Replay from here" was used in it

  nlohmann::json to_json() const;
  // nullopt after reporting each problem to the reader's sink.
  static std::optional<RoleplayInProgress> read(content::ObjectReader& fields);
};

// Slice: finished conversations (section "roleplay") and the one in progress
// ("in_progress/roleplay": optional, so a damaged one is dropped with a note).
class RoleplayPractice final : public SavedSlice {
 public:
  const std::vector<RoleplayRecord>& history() const { return m_history; }  // oldest first

  // Follows the active pack: re-reads its scenarios only when it changed.
  void sync(const LoadedPacks& packs);
  const std::string& pack_id() const { return m_pack_id; }
  std::span<const roleplay::Scenario> scenarios() const;
  const roleplay::Scenario* find(std::string_view scenario_id) const;

  // Intents. Each returns false when it does not apply and changes nothing.
  // Starts a conversation with the choices shuffled by `seed`.
  bool start(std::string_view scenario_id, std::uint64_t seed);
  // Picks the choice shown at `display_index`; a conversation that ends here
  // gets its debrief and is recorded (once) at `now_ms`.
  bool choose(std::size_t display_index, std::int64_t now_ms);
  // Goes back to just before step `step` (0-based; 0 is the start).
  bool replay_from(std::size_t step);
  // Leaves the conversation (finished or not) for the list of scenarios.
  void leave();

  const std::optional<roleplay::Run>& run() const { return m_run; }
  // Moves whenever the run in progress changes (start, choice, replay, leave, pack change).
  std::uint64_t run_revision() const { return m_run_revision; }
  // The run in progress, finished or not, as saved; nullopt when there is none.
  std::optional<RoleplayInProgress> in_progress() const;
  // Rebuilds a saved run on the active pack (sync first) without recording it
  // again. Returns "" on success, else why it was dropped (for the load notice).
  std::string restore_in_progress(const RoleplayInProgress& saved);
  // After read(): syncs to the active pack and rebuilds the conversation the
  // save was in, if any. Returns why it could not be, or "".
  std::string resume_after_load(const LoadedPacks& packs);
  // The conversation a save was in, read but not rebuilt yet (nullopt once resumed).
  const std::optional<RoleplayInProgress>& to_resume() const { return m_to_resume; }
  // Set when the run has finished (computed once: the ideal path is a search).
  const std::optional<roleplay::Debrief>& debrief() const { return m_debrief; }
  // The best score in the history for a scenario of the given pack.
  std::optional<int> best_score(std::string_view pack_id, std::string_view scenario_id) const;
  // The learner's first finished conversation of a scenario: the score that says
  // what they could do before practising it (nullptr when never finished). It may
  // itself have been replayed (its `replayed` says so).
  const RoleplayRecord* first_try(std::string_view pack_id, std::string_view scenario_id) const;
  // The conversation in progress has gone back with "Replay from here": when it
  // finishes it is recorded as a replay.
  bool replayed() const { return m_replayed; }

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  void finish_if_ended(std::int64_t now_ms);
  void run_changed() {
    ++m_run_revision;
    touch();
  }

  std::vector<RoleplayRecord> m_history;
  std::optional<RoleplayInProgress> m_to_resume;  // read from a save, rebuilt once packs are there

  std::shared_ptr<const content::Pack> m_pack;  // the pack the scenarios were read from
  std::string m_pack_id;
  std::shared_ptr<const roleplay::ScenarioSet> m_set;
  std::optional<roleplay::Run> m_run;
  std::optional<roleplay::Debrief> m_debrief;
  std::uint64_t m_run_revision = 0;
  bool m_replayed = false;
};

}  // namespace dealdojo::session
