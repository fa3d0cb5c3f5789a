#pragma once
// A role-play scenario: a graph of buyer nodes joined by the learner's choices,
// read from a pack's JSON (content/FORMAT.md, section 7) with every problem
// reported as a content::Diagnostic on its JSON Pointer.
//
// A node is what the buyer says (with their mood); it either offers choices or
// ends the conversation. A choice is a line the learner can say: the technique
// it uses, how good a move it is here, its effects on the conversation variables
// (trust, clarity, resistance, ...), feedback, and where the conversation goes
// next (possibly depending on a condition). The graph has no cycles: a
// conversation only moves forward, so every path ends.
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"
#include "core/roleplay/condition.hpp"
#include "core/roleplay/vocabulary.hpp"

namespace dealdojo::roleplay {

inline constexpr int kMinValue = 0;  // variables stay within 0..100
inline constexpr int kMaxValue = 100;
inline constexpr std::size_t kMaxNodes = 300;
inline constexpr std::size_t kMaxChoices = 8;   // per node: numbered 1..8
inline constexpr std::size_t kMaxBranches = 8;  // per choice
inline constexpr std::size_t kMaxVariables = 16;
inline constexpr int kDefaultPassPercent = 70;
// The standard variables, always present (indices 0, 1, 2), 50 unless the scenario says otherwise.
inline constexpr std::array<std::string_view, 3> kStandardVariables = {"trust", "clarity", "resistance"};
inline constexpr std::size_t kTrust = 0;
inline constexpr std::size_t kClarity = 1;
inline constexpr std::size_t kResistance = 2;

struct Effect {
  std::size_t variable = 0;
  int delta = 0;
};

struct Branch {
  std::optional<Condition> condition;  // none: always taken (the last branch has none)
  std::size_t target = 0;              // node index
};

struct Choice {
  std::string id;   // optional: lets conditions ask "said <id>"
  std::string say;  // the learner's line
  Technique technique = Technique::Connect;
  Grade grade = Grade::Good;
  std::vector<Effect> effects;
  std::string feedback;  // why this was (or was not) the right move here
  std::string reply;     // optional: the buyer's immediate reaction, before the next node
  std::optional<Condition> condition;  // offered only when it holds
  std::vector<Branch> next;            // the first branch whose condition holds is taken
  bool blocker = false;                // fails the run whatever the score
  std::size_t key = 0;                 // index among all choices of the scenario (for "said")
};

struct Node {
  std::string id;
  std::string stage;         // optional label: "Clarify", "Commit"
  std::optional<Mood> mood;  // none: the buyer's mood does not change here
  std::string line;          // what the buyer says
  std::vector<Choice> choices;
  std::optional<EndingKind> ending;  // set: the conversation ends here
  std::string debrief;               // endings: what happened and why

  bool is_ending() const { return ending.has_value(); }
};

struct Variable {
  std::string name;
  int initial = 50;
};

struct Requirement {
  std::string name;  // as written: "cross-check", "reply"
  TechniqueSet set;
};

struct Scenario {
  std::string id;
  std::string title;
  ScenarioKind kind = ScenarioKind::Objection;
  std::optional<Technique> focus;  // the technique the scenario centres on
  std::string persona;             // who the buyer is
  std::string briefing;            // what the learner knows before the conversation
  std::vector<Variable> variables;  // trust, clarity, resistance, then the scenario's own
  std::vector<Requirement> required;  // techniques a good run uses somewhere
  std::array<Condition, 6> fit;       // when each commitment method fits (defaults or the scenario's)
  int pass_percent = kDefaultPassPercent;
  std::size_t start = 0;
  std::vector<Node> nodes;
  std::size_t choice_count = 0;

  // Where it was read from, so later checks can name the place.
  std::string file;
  std::string pointer;  // "/roleplay/scenarios/3"

  std::optional<std::size_t> node_index(std::string_view node_id) const;
  std::optional<std::size_t> variable_index(std::string_view name) const;
  const Condition& fit_for(Technique method) const;  // requires is_commitment(method)
  // The best kind of ending any node has: the outcome a perfect run reaches.
  EndingKind best_ending() const;
  std::vector<std::string> variable_names() const;
  std::string node_pointer(std::size_t node) const;                       // ".../nodes/4"
  std::string choice_pointer(std::size_t node, std::size_t choice) const;  // ".../nodes/4/choices/1"
};

struct ScenarioRead {
  std::optional<Scenario> scenario;  // set only when there is no error
  std::vector<content::Diagnostic> diagnostics;
};

// One scenario object. `file` and `pointer` name where it is, for diagnostics.
ScenarioRead read_scenario(const nlohmann::json& json, std::string_view file, const std::string& pointer);

// Where a pack's scenario came from (a pack keeps its scenarios merged); the
// loader reports these in LoadResult::scenario_places.
using ScenarioPlace = content::ContentPlace;

struct ScenarioSet {
  std::vector<Scenario> scenarios;  // the ones without errors, in pack order
  std::vector<content::Diagnostic> diagnostics;

  bool has_errors() const { return content::has_errors(diagnostics); }
  const Scenario* find(std::string_view id) const;
};

// Every scenario of a pack's "roleplay" value ({"format": 1, "scenarios": [...]},
// or null). `places[i]` names scenario i's file and pointer when known;
// otherwise `default_file` and "/roleplay/scenarios/i".
ScenarioSet read_scenarios(const nlohmann::json& roleplay, std::string_view default_file,
                           std::span<const ScenarioPlace> places = {});

}  // namespace dealdojo::roleplay
