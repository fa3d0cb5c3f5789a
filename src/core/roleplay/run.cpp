#include "core/roleplay/run.hpp"

#include <algorithm>

#include "core/util/random.hpp"

namespace dealdojo::roleplay {
namespace {

// FNV-1a: a stable hash of the node id, so each node's shuffle is the same on
// every platform and independent of the path that led there.
std::uint64_t hash_id(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

}  // namespace

Run::Run(const Scenario& scenario, RunOptions options)
    : m_scenario(&scenario), m_options(options), m_state(start_state(scenario)) {
  enter_node();
}

void Run::enter_node() {
  const Node& n = node();
  m_transcript.push_back({Speaker::Buyer, n.line, m_state.mood, std::nullopt, m_state.node});
  m_offered = n.is_ending() ? std::vector<std::size_t>() : display_order(offered_choices(*m_scenario, m_state));
}

std::vector<std::size_t> Run::display_order(std::vector<std::size_t> offered) const {
  if (m_options.shuffle) {
    Rng rng(m_options.seed ^ hash_id(node().id));
    rng.shuffle(offered);
  }
  return offered;
}

const Choice& Run::offered_choice(std::size_t display_index) const {
  return node().choices[m_offered[display_index]];
}

const Choice& Run::choice_of(const Step& step) const { return m_scenario->nodes[step.node].choices[step.choice]; }

std::string Run::verdict(std::size_t step) const {
  const Choice& c = choice_of(m_steps[step]);
  return std::string(grade_label(c.grade)) + ": " + c.feedback;
}

std::vector<TakenStep> Run::taken_steps() const {
  std::vector<TakenStep> out;
  out.reserve(m_steps.size());
  for (const Step& s : m_steps) out.push_back({s.node, s.choice, s.values_before});
  return out;
}

std::vector<std::size_t> Run::choice_path() const {
  std::vector<std::size_t> path;
  for (const Step& s : m_steps) path.push_back(s.choice);
  return path;
}

bool Run::choose(std::size_t display_index) {
  if (finished() || display_index >= m_offered.size()) return false;
  Step step;
  step.node = m_state.node;
  step.choice = m_offered[display_index];
  step.shown_as = display_index + 1;
  step.offered = m_offered;
  step.values_before = m_state.values;
  const Choice& c = node().choices[step.choice];

  take_choice(*m_scenario, m_state, step.choice);
  step.values_after = m_state.values;
  step.mood_after = m_state.mood;
  m_steps.push_back(std::move(step));
  // Notes for this step depend only on the steps so far (see evaluate_sequence).
  m_steps.back().notes = evaluate_sequence(*m_scenario, taken_steps(), false).notes.back();

  const std::size_t index = m_steps.size() - 1;
  m_transcript.push_back({Speaker::Learner, c.say, m_state.mood, index, m_steps.back().node});
  if (!c.reply.empty()) {
    m_transcript.push_back({Speaker::Buyer, c.reply, m_state.mood, std::nullopt, m_steps.back().node});
  }
  enter_node();
  return true;
}

bool Run::replay_from(std::size_t step) {
  if (step > m_steps.size()) return false;
  std::vector<std::size_t> path = choice_path();
  path.resize(step);
  auto rebuilt = replay(*m_scenario, path, m_options);
  if (!rebuilt) return false;  // cannot happen: the same choices were on offer before
  *this = std::move(*rebuilt);
  return true;
}

std::optional<Score> Run::score() const {
  if (!finished()) return std::nullopt;
  const auto steps = taken_steps();
  return score_run(*m_scenario, steps, stuck() ? std::nullopt : std::optional<std::size_t>(m_state.node));
}

std::optional<Run> replay(const Scenario& scenario, std::span<const std::size_t> path, RunOptions options) {
  Run run(scenario, options);
  for (std::size_t choice : path) {
    const auto offered = run.offered();
    const auto it = std::find(offered.begin(), offered.end(), choice);
    if (it == offered.end()) return std::nullopt;
    run.choose(static_cast<std::size_t>(it - offered.begin()));
  }
  return run;
}

}  // namespace dealdojo::roleplay
