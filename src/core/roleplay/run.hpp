#pragma once
// One learner's run through a scenario: the state machine behind the
// conversation screen and `dojo roleplay play`.
//
// The UI reads: the transcript (buyer and learner lines, the buyer's mood on
// each), the current mood and variables, the choices offered (numbered in
// display order), and for each step taken the technique, grade, one-line
// verdict and any order-of-tactics notes. It sends two intents: choose(i) and
// replay_from(step). A run is the scenario plus the list of choices made, so it
// is deterministic: the same choices (and seed) always give the same run.
//
// Choices are shown in authored order, or shuffled per node with a seed
// (RunOptions) so the best move is not always "1"; the shuffle depends only on
// the seed and the node id, not on the path taken.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/roleplay/scenario.hpp"
#include "core/roleplay/scoring.hpp"
#include "core/roleplay/state.hpp"

namespace dealdojo::roleplay {

struct RunOptions {
  bool shuffle = false;
  std::uint64_t seed = 0;
};

enum class Speaker { Buyer, Learner };

struct TranscriptEntry {
  Speaker speaker = Speaker::Buyer;
  std::string text;
  Mood mood = Mood::Neutral;        // buyer entries: the mood they speak in
  std::optional<std::size_t> step;  // learner entries: the step this line was
  std::size_t node = 0;             // the node the line belongs to
};

struct Step {
  std::size_t node = 0;               // where the choice was made
  std::size_t choice = 0;             // authored index in that node
  std::size_t shown_as = 0;           // its number on screen (1-based)
  std::vector<std::size_t> offered;   // what was on offer, authored indices in display order
  std::vector<int> values_before;
  std::vector<int> values_after;
  Mood mood_after = Mood::Neutral;
  std::vector<std::string> notes;     // order-of-tactics notes earned at this step
};

class Run {
 public:
  explicit Run(const Scenario& scenario, RunOptions options = {});

  const Scenario& scenario() const { return *m_scenario; }
  const RunOptions& options() const { return m_options; }

  // Where the conversation is.
  const Node& node() const { return m_scenario->nodes[m_state.node]; }
  std::size_t node_index() const { return m_state.node; }
  const ConversationState& state() const { return m_state; }
  Mood mood() const { return m_state.mood; }
  int value(std::size_t variable) const { return m_state.values[variable]; }
  int trust() const { return value(kTrust); }
  bool finished() const { return node().is_ending() || m_offered.empty(); }
  // Finished at a node that is not an ending because nothing was offered: a scenario error.
  bool stuck() const { return !node().is_ending() && m_offered.empty(); }

  // The choices on offer now, in display order; choose(i) picks offered()[i].
  std::span<const std::size_t> offered() const { return m_offered; }
  const Choice& offered_choice(std::size_t display_index) const;

  std::span<const TranscriptEntry> transcript() const { return m_transcript; }
  std::span<const Step> steps() const { return m_steps; }
  const Choice& choice_of(const Step& step) const;
  // "Best move: You acknowledged the concern before answering it." (grade, then feedback)
  std::string verdict(std::size_t step) const;
  // The steps as the scorer sees them.
  std::vector<TakenStep> taken_steps() const;
  // The authored choice index of each step: with the seed, enough to rebuild the run.
  std::vector<std::size_t> choice_path() const;

  // Intents. Each returns false when it does not apply and changes nothing.
  bool choose(std::size_t display_index);
  // Goes back to just before step `step` (0: the start), to choose again from there.
  bool replay_from(std::size_t step);

  // The final score (only when finished).
  std::optional<Score> score() const;

 private:
  void enter_node();
  std::vector<std::size_t> display_order(std::vector<std::size_t> offered) const;

  const Scenario* m_scenario;
  RunOptions m_options;
  ConversationState m_state;
  std::vector<std::size_t> m_offered;
  std::vector<TranscriptEntry> m_transcript;
  std::vector<Step> m_steps;
};

// Plays `path` (authored choice indices, as choice_path() gives) from the start.
// nullopt when a choice is out of range or not on offer at its step.
std::optional<Run> replay(const Scenario& scenario, std::span<const std::size_t> path, RunOptions options = {});

}  // namespace dealdojo::roleplay
