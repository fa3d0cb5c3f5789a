// Reading a scenario from untrusted JSON: every field is type-checked before it
// is touched (nlohmann aborts on a wrong accessor under JSON_NOEXCEPTION), every
// problem is reported on its JSON Pointer, and names (nodes, choices, variables)
// are resolved in a second pass so that forward references work.
//
// [SECTION] parts  [SECTION] scenario
#include <algorithm>
#include <map>

#include "core/content/json_reader.hpp"
#include "core/content/text_checks.hpp"
#include "core/roleplay/json_fields.hpp"
#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {
namespace {

using json = nlohmann::json;
using content::DiagnosticSink;
using content::quote_value;
using detail::Fields;
using detail::json_type;

constexpr std::array<std::string_view, 12> kScenarioFields = {"id",       "title",    "kind",     "focus",
                                                              "persona",  "briefing", "variables", "required",
                                                              "fit",      "pass_percent", "start", "nodes"};
constexpr std::array<std::string_view, 7> kNodeFields = {"id", "stage", "mood", "buyer", "choices", "ending", "debrief"};
constexpr std::array<std::string_view, 10> kChoiceFields = {"id",       "say",   "technique", "grade", "effects",
                                                            "feedback", "reply", "if",        "next",  "blocker"};
constexpr std::array<std::string_view, 2> kBranchFields = {"if", "to"};

constexpr std::string_view kMoodList =
    "hostile, frustrated, sceptical, guarded, neutral, curious, warm, keen";
constexpr std::string_view kEndingList = "committed, next-step, stalled, lost";
constexpr std::string_view kGradeList = "best, good, weak, poor";
constexpr std::string_view kKindList = "objection, commitment, conversation";

std::string technique_list_message(std::string_view value) {
  std::vector<std::string_view> names;
  for (Technique t : all_techniques()) names.push_back(technique_name(t));
  std::string message = quote_value(value) + " is not a technique";
  if (const auto guess = content::closest_match(value, names)) message += " (did you mean '" + std::string(*guess) + "'?)";
  return message + "; the techniques are listed in content/FORMAT.md, section 7";
}

// ---------------------------------------------------------------------------------
// [SECTION] parts

// A reference to resolve once every node, choice and variable is known.
struct PendingCondition {
  Condition* condition;
  std::string pointer;
};
struct PendingTarget {
  std::size_t node, choice, branch;
  std::string target;
  std::string pointer;
};

struct ReadState {
  Scenario& scenario;
  Fields& root;
  std::vector<PendingCondition> conditions;
  std::vector<PendingTarget> targets;
  std::map<std::string, std::string, std::less<>> choice_id_places;
  std::vector<std::pair<std::string, std::string>> effect_names;  // variable name, pointer (custom names checked later)
};

std::optional<Condition> read_condition(Fields& f, const json& value, const std::string& pointer) {
  if (!value.is_string()) {
    f.error(pointer, "a condition must be text such as \"trust >= 60\", not " + json_type(value));
    return std::nullopt;
  }
  ConditionParse parsed = parse_condition(value.get_ref<const std::string&>());
  if (!parsed.condition) {
    f.error(pointer, "this condition cannot be read, " + parsed.error);
    return std::nullopt;
  }
  return std::move(parsed.condition);
}

void read_effects(Fields& f, const json& value, const std::string& pointer, Choice& choice, ReadState& st) {
  if (!value.is_object()) {
    f.error(pointer, "'effects' must be an object such as {\"trust\": 10, \"resistance\": -5}, not " + json_type(value));
    return;
  }
  for (const auto& [name, delta] : value.items()) {
    const std::string p = pointer + "/" + content::pointer_token(name);
    const auto d = f.integer_value(delta, p, -100, 100);
    if (!d) continue;
    // Resolved after all variables are known; the index is fixed up in resolve().
    st.effect_names.emplace_back(name, p);
    choice.effects.push_back({st.effect_names.size() - 1, *d});
  }
}


void read_next(Fields& f, const json& value, const std::string& pointer, std::size_t node, std::size_t choice_index,
               Choice& choice, ReadState& st) {
  if (value.is_string()) {
    choice.next.push_back({});
    st.targets.push_back({node, choice_index, 0, value.get<std::string>(), pointer});
    return;
  }
  if (!value.is_array() || value.empty()) {
    f.error(pointer, "'next' must be a node id, or a list of branches [{\"if\": \"trust >= 60\", \"to\": \"yes\"}, "
                     "{\"to\": \"no\"}], not " + json_type(value));
    return;
  }
  if (value.size() > kMaxBranches) {
    f.error(pointer, "a choice has at most " + std::to_string(kMaxBranches) + " branches");
    return;
  }
  for (std::size_t b = 0; b < value.size(); ++b) {
    const std::string bp = pointer + "/" + std::to_string(b);
    const json& item = value[b];
    if (!item.is_object()) {
      f.error(bp, "a branch must be an object {\"if\": \"...\", \"to\": \"node-id\"}, not " + json_type(item));
      continue;
    }
    Fields bf = f.child(item, bp);
    bf.warn_unknown(kBranchFields, "a branch");
    Branch branch;
    const bool last = b + 1 == value.size();
    if (const json* cond = bf.find("if")) {
      branch.condition = read_condition(bf, *cond, bf.at("if"));
      if (last) {
        bf.error(bf.at("if"), "the last branch must have no 'if', so that the conversation always goes somewhere");
      }
    } else if (!last) {
      bf.error(bp, "only the last branch may leave out 'if': the branches after this one could never be taken");
    }
    const auto to = bf.text("to", true, "the id of the node this branch goes to");
    choice.next.push_back(std::move(branch));
    if (to) st.targets.push_back({node, choice_index, choice.next.size() - 1, *to, bf.at("to")});
  }
}

void read_choice(Fields& f, std::size_t node, std::size_t index, Choice& c, ReadState& st) {
  if (const auto id = f.id("id", false, "a choice id")) {
    const auto [it, fresh] = st.choice_id_places.emplace(*id, f.at("id"));
    if (!fresh) f.error(f.at("id"), "the choice id '" + *id + "' is used twice; the first is at " + it->second);
    c.id = *id;
  }
  c.say = f.text("say", true, "the learner's line").value_or("");
  if (const auto t = f.text("technique", true, "the technique this line uses, such as \"clarify\"")) {
    if (const auto parsed = parse_technique(*t)) c.technique = *parsed;
    else f.error(f.at("technique"), technique_list_message(*t));
  }
  c.grade = f.word<Grade>("grade", true, parse_grade, kGradeList).value_or(Grade::Good);
  if (const json* e = f.find("effects")) read_effects(f, *e, f.at("effects"), c, st);
  c.feedback = f.text("feedback", true, "one line on why this is (or is not) the right move here").value_or("");
  c.reply = f.text("reply", false, "").value_or("");
  if (const json* cond = f.find("if")) c.condition = read_condition(f, *cond, f.at("if"));
  if (const json* b = f.find("blocker")) {
    if (b->is_boolean()) c.blocker = b->get<bool>();
    else f.error(f.at("blocker"), "must be true or false, not " + json_type(*b));
  }
  if (const json* next = f.find("next")) read_next(f, *next, f.at("next"), node, index, c, st);
  else f.error(f.at("next"), "'next' is missing: add the id of the node this choice leads to");
  f.warn_unknown(kChoiceFields, "a choice");
}

void read_node(Fields& f, std::size_t index, Node& n, ReadState& st) {
  n.id = f.id("id", true, "a node id").value_or("");
  n.stage = f.text("stage", false, "").value_or("");
  if (f.find("mood")) n.mood = f.word<Mood>("mood", false, parse_mood, kMoodList);
  n.line = f.text("buyer", true, "what the buyer says").value_or("");
  if (f.find("ending")) n.ending = f.word<EndingKind>("ending", false, parse_ending, kEndingList);
  const json* choices = f.find("choices");
  if (f.find("ending")) {
    n.debrief = f.text("debrief", true, "what happened in this conversation and why, for the learner").value_or("");
    if (choices) f.error(f.at("choices"), "an ending has no choices: remove them, or remove 'ending'");
    f.warn_unknown(kNodeFields, "a node");
    return;
  }
  if (f.find("debrief")) f.warning(f.at("debrief"), "only an ending has a debrief; this one is ignored");
  if (!choices) {
    f.error(f.at("choices"), "'choices' is missing: give the learner choices here, or make this node an ending");
  } else if (!choices->is_array() || choices->empty()) {
    f.error(f.at("choices"), "'choices' must be a list of 1 to " + std::to_string(kMaxChoices) + " choices");
  } else if (choices->size() > kMaxChoices) {
    f.error(f.at("choices"), "a node has at most " + std::to_string(kMaxChoices) + " choices, not " +
                                 std::to_string(choices->size()));
  } else {
    for (std::size_t i = 0; i < choices->size(); ++i) {
      const std::string cp = f.at("choices") + "/" + std::to_string(i);
      const json& item = (*choices)[i];
      n.choices.emplace_back();
      if (!item.is_object()) {
        f.error(cp, "a choice must be an object { ... }, not " + json_type(item));
        continue;
      }
      Fields cf = f.child(item, cp);
      read_choice(cf, index, n.choices.size() - 1, n.choices.back(), st);
    }
  }
  f.warn_unknown(kNodeFields, "a node");
}

void read_variables(Fields& f, Scenario& s) {
  for (std::string_view name : kStandardVariables) s.variables.push_back({std::string(name), 50});
  const json* v = f.find("variables");
  if (!v) return;
  if (!v->is_object()) {
    f.error(f.at("variables"), "'variables' must be an object such as {\"trust\": 40}, not " + json_type(*v));
    return;
  }
  for (const auto& [name, value] : v->items()) {
    const std::string p = f.at("variables") + "/" + content::pointer_token(name);
    if (!content::is_kebab_case(name) || name.size() > content::kMaxIdChars) {
      f.error(p, "a variable name must be an id: " + content::bad_id_message(name));
      continue;
    }
    const auto initial = f.integer_value(value, p, kMinValue, kMaxValue);
    if (!initial) continue;
    if (const auto existing = s.variable_index(name)) {
      s.variables[*existing].initial = *initial;
    } else if (s.variables.size() >= kMaxVariables) {
      f.error(p, "a scenario has at most " + std::to_string(kMaxVariables) + " variables");
    } else {
      s.variables.push_back({name, *initial});
    }
  }
}

void read_required(Fields& f, Scenario& s) {
  const json* r = f.find("required");
  if (!r) return;
  if (!r->is_array()) {
    f.error(f.at("required"), "'required' must be a list of techniques such as [\"clarify\", \"reply\"], not " +
                                  json_type(*r));
    return;
  }
  for (std::size_t i = 0; i < r->size() && i < kTechniqueCount; ++i) {
    const std::string p = f.at("required") + "/" + std::to_string(i);
    const json& item = (*r)[i];
    const auto set = item.is_string() ? parse_technique_set(item.get_ref<const std::string&>()) : std::nullopt;
    if (!set) {
      f.error(p, item.is_string() ? technique_list_message(item.get_ref<const std::string&>()) +
                                        " (\"reply\" and \"commitment\" are allowed here too)"
                                  : "must be a technique name, not " + json_type(item));
      continue;
    }
    s.required.push_back({item.get<std::string>(), *set});
  }
}

void read_fit(Fields& f, Scenario& s, ReadState& st) {
  std::array<std::string, 6> places;
  for (Technique t : all_techniques()) {
    if (!is_commitment(t)) continue;
    const std::size_t slot = static_cast<std::size_t>(t) - static_cast<std::size_t>(Technique::DirectQuestion);
    s.fit[slot] = std::move(*parse_condition(default_commitment_fit(t)).condition);
    places[slot] = f.at("fit");
  }
  if (const json* fit = f.find("fit"); fit && !fit->is_object()) {
    f.error(f.at("fit"), "'fit' must be an object such as {\"opportunity\": \"trust >= 80\"}, not " + json_type(*fit));
  } else if (fit) {
    for (const auto& [name, value] : fit->items()) {
      const std::string p = f.at("fit") + "/" + content::pointer_token(name);
      const auto t = parse_technique(name);
      if (!t || !is_commitment(*t)) {
        f.error(p, quote_value(name) + " is not a commitment method: use direct-question, alternate-choice, "
                                       "minor-point, next-step, opportunity or weighing");
        continue;
      }
      auto c = read_condition(f, value, p);
      const auto looks_back = [](const Condition::Term& term) {
        return term.kind == Condition::Kind::Said || term.kind == Condition::Kind::Visited;
      };
      if (c && std::any_of(c->terms().begin(), c->terms().end(), looks_back)) {
        f.error(p, "a fit condition may compare variables and use 'used', but not 'said' or 'visited'");
      } else if (c) {
        const std::size_t slot = static_cast<std::size_t>(*t) - static_cast<std::size_t>(Technique::DirectQuestion);
        s.fit[slot] = std::move(*c);
        places[slot] = p;
      }
    }
  }
  for (std::size_t slot = 0; slot < places.size(); ++slot) st.conditions.push_back({&s.fit[slot], places[slot]});
}

// ---------------------------------------------------------------------------------
// [SECTION] scenario

void resolve(ReadState& st) {
  Scenario& s = st.scenario;
  Fields& f = st.root;
  std::map<std::string, std::size_t, std::less<>> nodes;
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    if (s.nodes[i].id.empty()) continue;
    const auto [it, fresh] = nodes.emplace(s.nodes[i].id, i);
    if (!fresh) {
      f.error(s.node_pointer(i) + "/id", "the node id '" + s.nodes[i].id + "' is used twice; the first is at " +
                                             s.node_pointer(it->second));
    }
  }
  std::vector<std::string> node_ids;
  for (const Node& n : s.nodes) node_ids.push_back(n.id);
  for (const PendingTarget& t : st.targets) {
    const auto it = nodes.find(t.target);
    if (it == nodes.end()) {
      std::vector<std::string_view> candidates(node_ids.begin(), node_ids.end());
      std::string message = "there is no node '" + t.target + "'";
      if (const auto guess = content::closest_match(t.target, candidates)) message += " (did you mean '" + std::string(*guess) + "'?)";
      f.error(t.pointer, message);
      continue;
    }
    s.nodes[t.node].choices[t.choice].next[t.branch].target = it->second;
  }
  // Effects: the stored index is into effect_names until now.
  for (Node& n : s.nodes) {
    for (Choice& c : n.choices) {
      std::vector<Effect> resolved;
      for (const Effect& e : c.effects) {
        const auto& [name, pointer] = st.effect_names[e.variable];
        const auto v = s.variable_index(name);
        if (!v) {
          f.error(pointer, "there is no variable '" + name + "': declare it in the scenario's 'variables'");
          continue;
        }
        resolved.push_back({*v, e.delta});
      }
      c.effects = std::move(resolved);
    }
  }
  std::vector<std::string> choice_ids;
  for (Node& n : s.nodes) {
    for (Choice& c : n.choices) {
      c.key = choice_ids.size();
      choice_ids.push_back(c.id);
    }
  }
  s.choice_count = choice_ids.size();
  const std::vector<std::string> variables = s.variable_names();
  const Condition::Names names{variables, choice_ids, node_ids};
  for (const PendingCondition& pc : st.conditions) {
    for (std::string& message : pc.condition->bind(names)) f.error(pc.pointer, "in this condition, " + message);
  }
}

void collect_conditions(ReadState& st) {
  Scenario& s = st.scenario;
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    for (std::size_t j = 0; j < s.nodes[i].choices.size(); ++j) {
      Choice& c = s.nodes[i].choices[j];
      const std::string cp = s.choice_pointer(i, j);
      if (c.condition) st.conditions.push_back({&*c.condition, cp + "/if"});
      for (std::size_t b = 0; b < c.next.size(); ++b) {
        if (c.next[b].condition) st.conditions.push_back({&*c.next[b].condition, cp + "/next/" + std::to_string(b) + "/if"});
      }
    }
  }
}

}  // namespace

ScenarioRead read_scenario(const json& j, std::string_view file, const std::string& pointer) {
  DiagnosticSink sink;
  ScenarioRead result;
  if (!j.is_object()) {
    sink.error(file, pointer, "a scenario must be an object { ... }, not " + json_type(j));
    result.diagnostics = sink.take();
    return result;
  }
  Scenario s;
  s.file = std::string(file);
  s.pointer = pointer;
  Fields f(j, pointer, file, sink);
  ReadState st{s, f, {}, {}, {}, {}};
  s.id = f.text("id", true, "a scenario id").value_or("");
  s.title = f.text("title", true, "a title for the scenario").value_or("");
  s.kind = f.word<ScenarioKind>("kind", true, parse_scenario_kind, kKindList).value_or(ScenarioKind::Objection);
  if (const auto focus = f.text("focus", false, "")) {
    if (const auto t = parse_technique(*focus)) s.focus = *t;
    else f.error(f.at("focus"), technique_list_message(*focus));
  }
  s.persona = f.text("persona", true, "who the buyer is, such as \"Dana Okafor, Head of Operations\"").value_or("");
  s.briefing = f.text("briefing", true, "what the learner knows before the conversation starts").value_or("");
  read_variables(f, s);
  read_required(f, s);
  read_fit(f, s, st);
  s.pass_percent = f.integer("pass_percent", 1, 100).value_or(kDefaultPassPercent);

  const json* nodes = f.find("nodes");
  if (!nodes) {
    f.error(f.at("nodes"), "'nodes' is missing: add the buyer's nodes");
  } else if (!nodes->is_array() || nodes->empty() || nodes->size() > kMaxNodes) {
    f.error(f.at("nodes"), "'nodes' must be a list of 1 to " + std::to_string(kMaxNodes) + " nodes");
  } else {
    s.nodes.reserve(nodes->size());  // conditions are bound through pointers into the nodes
    for (std::size_t i = 0; i < nodes->size(); ++i) {
      const json& item = (*nodes)[i];
      s.nodes.emplace_back();
      if (!item.is_object()) {
        f.error(s.node_pointer(i), "a node must be an object { ... }, not " + json_type(item));
        continue;
      }
      Fields nf = f.child(item, s.node_pointer(i));
      read_node(nf, i, s.nodes.back(), st);
    }
    collect_conditions(st);
    resolve(st);
    if (const auto start = f.id("start", false, "")) {
      if (const auto index = s.node_index(*start)) s.start = *index;
      else f.error(f.at("start"), "there is no node '" + *start + "'");
    }
    if (!s.nodes.empty() && s.nodes[s.start].is_ending()) {
      f.error(f.at("start"), "the conversation cannot start at an ending");
    }
  }
  f.warn_unknown(kScenarioFields, "a scenario");
  result.diagnostics = sink.take();
  if (!content::has_errors(result.diagnostics)) result.scenario = std::move(s);
  return result;
}

}  // namespace dealdojo::roleplay
