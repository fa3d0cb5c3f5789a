#include "core/roleplay/debrief.hpp"

namespace dealdojo::roleplay {

std::optional<Debrief> make_debrief(const Run& run) {
  const auto score = run.score();
  if (!score) return std::nullopt;
  const Scenario& s = run.scenario();
  Debrief d;
  d.stuck = run.stuck();
  d.ending_node = run.node_index();
  d.ending = d.stuck ? EndingKind::Stalled : *run.node().ending;
  d.summary = d.stuck ? "The scenario offers no choice at '" + run.node().id +
                            "': it has an error; run `dojo roleplay check` on its pack."
                      : run.node().debrief;
  d.score = *score;
  const auto steps = run.steps();
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const Step& step = steps[i];
    const Choice& c = run.choice_of(step);
    GradedStep g{i, step.node, step.choice, c.technique, c.grade, step.notes, std::nullopt};
    if (c.grade != Grade::Best) {
      for (std::size_t offered : step.offered) {
        if (s.nodes[step.node].choices[offered].grade == Grade::Best && (!g.better || offered < *g.better)) {
          g.better = offered;
        }
      }
      if (!d.replay_from) d.replay_from = i;
    }
    d.steps.push_back(std::move(g));
  }
  if (const auto ideal = find_ideal_path(s)) {
    d.ideal_path = ideal->steps;
    d.ideal_ending = ideal->ending;
  }
  return d;
}

}  // namespace dealdojo::roleplay
