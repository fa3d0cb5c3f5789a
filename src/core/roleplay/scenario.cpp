// The pack-level reading of scenarios, and the Scenario's lookups.
#include <algorithm>

#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {

using json = nlohmann::json;


ScenarioSet read_scenarios(const json& roleplay, std::string_view default_file, std::span<const ScenarioPlace> places) {
  ScenarioSet set;
  if (!roleplay.is_object()) return set;
  const auto list = roleplay.find("scenarios");
  if (list == roleplay.end() || !list->is_array()) return set;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const bool known = i < places.size();
    const std::string file = known ? places[i].file : std::string(default_file);
    const std::string pointer = known ? places[i].pointer : "/roleplay/scenarios/" + std::to_string(i);
    ScenarioRead read = read_scenario((*list)[i], file, pointer);
    set.diagnostics.insert(set.diagnostics.end(), read.diagnostics.begin(), read.diagnostics.end());
    if (read.scenario) set.scenarios.push_back(std::move(*read.scenario));
  }
  std::stable_partition(set.diagnostics.begin(), set.diagnostics.end(),
                        [](const content::Diagnostic& d) { return d.is_error(); });
  return set;
}

const Scenario* ScenarioSet::find(std::string_view id) const {
  for (const Scenario& s : scenarios) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

// Scenario members

std::optional<std::size_t> Scenario::node_index(std::string_view node_id) const {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].id == node_id) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> Scenario::variable_index(std::string_view name) const {
  for (std::size_t i = 0; i < variables.size(); ++i) {
    if (variables[i].name == name) return i;
  }
  return std::nullopt;
}

const Condition& Scenario::fit_for(Technique method) const {
  return fit[static_cast<std::size_t>(method) - static_cast<std::size_t>(Technique::DirectQuestion)];
}

EndingKind Scenario::best_ending() const {
  EndingKind best = EndingKind::Lost;
  for (const Node& n : nodes) {
    if (n.ending && ending_value(*n.ending) > ending_value(best)) best = *n.ending;
  }
  return best;
}

std::vector<std::string> Scenario::variable_names() const {
  std::vector<std::string> names;
  for (const Variable& v : variables) names.push_back(v.name);
  return names;
}

std::string Scenario::node_pointer(std::size_t node) const { return pointer + "/nodes/" + std::to_string(node); }

std::string Scenario::choice_pointer(std::size_t node, std::size_t choice) const {
  return node_pointer(node) + "/choices/" + std::to_string(choice);
}

}  // namespace dealdojo::roleplay
