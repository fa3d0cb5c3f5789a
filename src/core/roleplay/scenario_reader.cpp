// Reading a scenario from untrusted JSON through the project's one field reader,
// content::ObjectReader over a view of the nlohmann tree: every field is
// type-checked before it is touched, every problem is reported on its JSON
// Pointer, and names (nodes, choices, variables) are resolved in a second pass so
// that forward references work.
//
// [SECTION] parts  [SECTION] scenario
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/json_reader.hpp"
#include "core/content/text_checks.hpp"
#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {
namespace {

using json = nlohmann::json;
using content::describe_json_type;
using content::DiagnosticSink;
using content::JsonView;
using content::Need;
using content::ObjectReader;
using content::quote_value;
using content::ReadContext;

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

void report(ReadContext& ctx, const std::string& pointer, std::string message) {
  ctx.sink.error(ctx.file, pointer, std::move(message));
}

// A name from a fixed list: `parse` maps it, `names` lists the allowed ones for the message.
template <typename T, typename Parse>
std::optional<T> read_word(ObjectReader& r, std::string_view key, Need need, Parse parse, std::string_view names) {
  const auto value = r.text(key, need, "one of " + std::string(names));
  if (!value) return std::nullopt;
  std::optional<T> parsed = parse(*value);
  if (!parsed) r.error(key, quote_value(*value) + " is not one of " + std::string(names));
  return parsed;
}

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
  ReadContext& ctx;
  std::vector<PendingCondition> conditions;
  std::vector<PendingTarget> targets;
  std::map<std::string, std::string, std::less<>> choice_id_places;
  std::vector<std::pair<std::string, std::string>> effect_names;  // variable name, pointer (custom names checked later)
};

std::optional<Condition> read_condition(ReadContext& ctx, JsonView value, const std::string& pointer) {
  if (!value.is_string()) {
    report(ctx, pointer, "a condition must be text such as \"trust >= 60\", not " + describe_json_type(value));
    return std::nullopt;
  }
  ConditionParse parsed = parse_condition(value.string());
  if (!parsed.condition) {
    report(ctx, pointer, "this condition cannot be read, " + parsed.error);
    return std::nullopt;
  }
  return std::move(parsed.condition);
}

void read_effects(ObjectReader& f, Choice& choice, ReadState& st) {
  const auto value = f.find("effects");
  if (!value) return;
  if (!value->is_object()) {
    f.error("effects", "'effects' must be an object such as {\"trust\": 10, \"resistance\": -5}, not " +
                           describe_json_type(*value));
    return;
  }
  ObjectReader effects(*value, f.pointer("effects"), st.ctx);
  for (JsonView member : value->children()) {
    const std::string_view name = member.key();
    const auto delta = effects.integer(name, Need::Required, -100, 100, "a change from -100 to 100");
    if (!delta) continue;
    // Resolved after all variables are known; the index is fixed up in resolve().
    st.effect_names.emplace_back(std::string(name), effects.pointer(name));
    choice.effects.push_back({st.effect_names.size() - 1, *delta});
  }
}

void read_next(ObjectReader& f, std::size_t node, std::size_t choice_index, Choice& choice, ReadState& st) {
  const auto value = f.find("next");
  if (!value) {
    f.error("next", "'next' is missing: add the id of the node this choice leads to");
    return;
  }
  if (value->is_string()) {
    choice.next.push_back({});
    st.targets.push_back({node, choice_index, 0, std::string(value->string()), f.pointer("next")});
    return;
  }
  if (!value->is_array() || value->size() == 0) {
    f.error("next", "'next' must be a node id, or a list of branches [{\"if\": \"trust >= 60\", \"to\": \"yes\"}, "
                    "{\"to\": \"no\"}], not " + describe_json_type(*value));
    return;
  }
  if (value->size() > kMaxBranches) {
    f.error("next", "a choice has at most " + std::to_string(kMaxBranches) + " branches");
    return;
  }
  const std::size_t count = value->size();
  std::size_t b = 0;
  for (JsonView item : value->children()) {
    const std::string bp = f.pointer("next") + "/" + std::to_string(b);
    const bool last = ++b == count;
    if (!item.is_object()) {
      report(st.ctx, bp, "a branch must be an object {\"if\": \"...\", \"to\": \"node-id\"}, not " +
                             describe_json_type(item));
      continue;
    }
    ObjectReader bf(item, bp, st.ctx);
    bf.warn_unknown_fields(kBranchFields, "a branch");
    Branch branch;
    if (const auto cond = bf.find("if")) {
      branch.condition = read_condition(st.ctx, *cond, bf.pointer("if"));
      if (last) bf.error("if", "the last branch must have no 'if', so that the conversation always goes somewhere");
    } else if (!last) {
      bf.error("", "only the last branch may leave out 'if': the branches after this one could never be taken");
    }
    const auto to = bf.text("to", Need::Required, "the id of the node this branch goes to");
    choice.next.push_back(std::move(branch));
    if (to) st.targets.push_back({node, choice_index, choice.next.size() - 1, *to, bf.pointer("to")});
  }
}

void read_choice(ObjectReader& f, std::size_t node, std::size_t index, Choice& c, ReadState& st) {
  if (const auto id = f.id("id", Need::Optional, "a choice id")) {
    const auto [it, fresh] = st.choice_id_places.emplace(*id, f.pointer("id"));
    if (!fresh) f.error("id", "the choice id '" + *id + "' is used twice; the first is at " + it->second);
    c.id = *id;
  }
  c.say = f.text("say", Need::Required, "the learner's line").value_or("");
  if (const auto t = f.text("technique", Need::Required, "the technique this line uses, such as \"clarify\"")) {
    if (const auto parsed = parse_technique(*t)) c.technique = *parsed;
    else f.error("technique", technique_list_message(*t));
  }
  c.grade = read_word<Grade>(f, "grade", Need::Required, parse_grade, kGradeList).value_or(Grade::Good);
  read_effects(f, c, st);
  c.feedback = f.text("feedback", Need::Required, "one line on why this is (or is not) the right move here").value_or("");
  c.reply = f.optional_text("reply");
  if (const auto cond = f.find("if")) c.condition = read_condition(st.ctx, *cond, f.pointer("if"));
  if (const auto blocker = f.boolean("blocker", Need::Optional, "")) c.blocker = *blocker;
  read_next(f, node, index, c, st);
  f.warn_unknown_fields(kChoiceFields, "a choice");
}

void read_choices(ObjectReader& f, JsonView choices, std::size_t index, Node& n, ReadState& st) {
  std::size_t i = 0;
  for (JsonView item : choices.children()) {
    const std::string cp = f.pointer("choices") + "/" + std::to_string(i++);
    n.choices.emplace_back();
    if (!content::expect_object(item, cp, st.ctx, "a choice")) continue;
    ObjectReader cf(item, cp, st.ctx);
    read_choice(cf, index, n.choices.size() - 1, n.choices.back(), st);
  }
}

void read_node(ObjectReader& f, std::size_t index, Node& n, ReadState& st) {
  n.id = f.id("id", Need::Required, "a node id").value_or("");
  n.stage = f.optional_text("stage");
  // Present but empty is an error for a word (an empty "ending" would silently make a decision node).
  if (f.find("mood")) n.mood = read_word<Mood>(f, "mood", Need::Required, parse_mood, kMoodList);
  n.line = f.text("buyer", Need::Required, "what the buyer says").value_or("");
  const bool ending = f.find("ending").has_value();
  if (ending) n.ending = read_word<EndingKind>(f, "ending", Need::Required, parse_ending, kEndingList);
  const auto choices = f.find("choices");
  if (ending) {
    n.debrief = f.text("debrief", Need::Required, "what happened in this conversation and why, for the learner")
                    .value_or("");
    if (choices) f.error("choices", "an ending has no choices: remove them, or remove 'ending'");
    f.warn_unknown_fields(kNodeFields, "a node");
    return;
  }
  if (f.find("debrief")) {
    st.ctx.sink.warning(st.ctx.file, f.pointer("debrief"), "only an ending has a debrief; this one is ignored");
  }
  if (!choices) {
    f.error("choices", "'choices' is missing: give the learner choices here, or make this node an ending");
  } else if (!choices->is_array() || choices->size() == 0) {
    f.error("choices", "'choices' must be a list of 1 to " + std::to_string(kMaxChoices) + " choices");
  } else if (choices->size() > kMaxChoices) {
    f.error("choices", "a node has at most " + std::to_string(kMaxChoices) + " choices, not " +
                           std::to_string(choices->size()));
  } else {
    read_choices(f, *choices, index, n, st);
  }
  f.warn_unknown_fields(kNodeFields, "a node");
}

void read_variables(ObjectReader& f, Scenario& s) {
  for (std::string_view name : kStandardVariables) s.variables.push_back({std::string(name), 50});
  const auto v = f.find("variables");
  if (!v) return;
  if (!v->is_object()) {
    f.error("variables", "'variables' must be an object such as {\"trust\": 40}, not " + describe_json_type(*v));
    return;
  }
  ObjectReader variables(*v, f.pointer("variables"), f.context());
  for (JsonView value : v->children()) {
    const std::string_view name = value.key();
    if (!content::is_kebab_case(name) || name.size() > content::kMaxIdChars) {
      variables.error(name, "a variable name must be an id: " + content::bad_id_message(name));
      continue;
    }
    const auto initial = variables.integer(name, Need::Required, kMinValue, kMaxValue, "its starting value");
    if (!initial) continue;
    if (const auto existing = s.variable_index(name)) {
      s.variables[*existing].initial = *initial;
    } else if (s.variables.size() >= kMaxVariables) {
      variables.error(name, "a scenario has at most " + std::to_string(kMaxVariables) + " variables");
    } else {
      s.variables.push_back({std::string(name), *initial});
    }
  }
}

void read_required(ObjectReader& f, Scenario& s) {
  const auto r = f.find("required");
  if (!r) return;
  if (!r->is_array()) {
    f.error("required", "'required' must be a list of techniques such as [\"clarify\", \"reply\"], not " +
                            describe_json_type(*r));
    return;
  }
  std::size_t i = 0;
  for (JsonView item : r->children()) {
    if (i == kTechniqueCount) break;
    const std::string p = f.pointer("required") + "/" + std::to_string(i++);
    const auto set = item.is_string() ? parse_technique_set(item.string()) : std::nullopt;
    if (!set) {
      report(f.context(), p,
             item.is_string() ? technique_list_message(item.string()) +
                                    " (\"reply\" and \"commitment\" are allowed here too)"
                              : "must be a technique name, not " + describe_json_type(item));
      continue;
    }
    s.required.push_back({std::string(item.string()), *set});
  }
}

void read_fit(ObjectReader& f, Scenario& s, ReadState& st) {
  std::array<std::string, 6> places;
  for (Technique t : all_techniques()) {
    if (!is_commitment(t)) continue;
    const std::size_t slot = static_cast<std::size_t>(t) - static_cast<std::size_t>(Technique::DirectQuestion);
    s.fit[slot] = std::move(*parse_condition(default_commitment_fit(t)).condition);
    places[slot] = f.pointer("fit");
  }
  if (const auto fit = f.find("fit"); fit && !fit->is_object()) {
    f.error("fit", "'fit' must be an object such as {\"opportunity\": \"trust >= 80\"}, not " +
                       describe_json_type(*fit));
  } else if (fit) {
    ObjectReader methods(*fit, f.pointer("fit"), st.ctx);
    for (JsonView value : fit->children()) {
      const std::string_view name = value.key();
      const auto t = parse_technique(name);
      if (!t || !is_commitment(*t)) {
        methods.error(name, quote_value(name) + " is not a commitment method: use direct-question, alternate-choice, "
                                                "minor-point, next-step, opportunity or weighing");
        continue;
      }
      const std::string p = methods.pointer(name);
      auto c = read_condition(st.ctx, value, p);
      const auto looks_back = [](const Condition::Term& term) {
        return term.kind == Condition::Kind::Said || term.kind == Condition::Kind::Visited;
      };
      if (c && std::any_of(c->terms().begin(), c->terms().end(), looks_back)) {
        methods.error(name, "a fit condition may compare variables and use 'used', but not 'said' or 'visited'");
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
  std::map<std::string, std::size_t, std::less<>> nodes;
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    if (s.nodes[i].id.empty()) continue;
    const auto [it, fresh] = nodes.emplace(s.nodes[i].id, i);
    if (!fresh) {
      report(st.ctx, s.node_pointer(i) + "/id",
             "the node id '" + s.nodes[i].id + "' is used twice; the first is at " + s.node_pointer(it->second));
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
      report(st.ctx, t.pointer, message);
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
          report(st.ctx, pointer, "there is no variable '" + name + "': declare it in the scenario's 'variables'");
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
    for (std::string& message : pc.condition->bind(names)) report(st.ctx, pc.pointer, "in this condition, " + message);
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
  ReadContext ctx{file, sink};
  ScenarioRead result;
  const JsonView root(j);
  if (!content::expect_object(root, pointer, ctx, "a scenario")) {
    result.diagnostics = sink.take();
    return result;
  }
  Scenario s;
  s.file = std::string(file);
  s.pointer = pointer;
  ObjectReader f(root, pointer, ctx);
  ReadState st{s, ctx, {}, {}, {}, {}};
  s.id = f.text("id", Need::Required, "a scenario id").value_or("");
  s.title = f.text("title", Need::Required, "a title for the scenario").value_or("");
  s.kind = read_word<ScenarioKind>(f, "kind", Need::Required, parse_scenario_kind, kKindList)
               .value_or(ScenarioKind::Objection);
  if (const auto focus = f.text("focus", Need::Optional, "")) {
    if (const auto t = parse_technique(*focus)) s.focus = *t;
    else f.error("focus", technique_list_message(*focus));
  }
  s.persona = f.text("persona", Need::Required, "who the buyer is, such as \"Dana Okafor, Head of Operations\"")
                  .value_or("");
  s.briefing = f.text("briefing", Need::Required, "what the learner knows before the conversation starts").value_or("");
  read_variables(f, s);
  read_required(f, s);
  read_fit(f, s, st);
  s.pass_percent = f.integer("pass_percent", Need::Optional, 1, 100, "").value_or(kDefaultPassPercent);

  const auto nodes = f.find("nodes");
  if (!nodes) {
    f.error("nodes", "'nodes' is missing: add the buyer's nodes");
  } else if (!nodes->is_array() || nodes->size() == 0 || nodes->size() > kMaxNodes) {
    f.error("nodes", "'nodes' must be a list of 1 to " + std::to_string(kMaxNodes) + " nodes");
  } else {
    s.nodes.reserve(nodes->size());  // conditions are bound through pointers into the nodes
    std::size_t i = 0;
    for (JsonView item : nodes->children()) {
      const std::size_t index = i++;
      s.nodes.emplace_back();
      if (!content::expect_object(item, s.node_pointer(index), ctx, "a node")) continue;
      ObjectReader nf(item, s.node_pointer(index), ctx);
      read_node(nf, index, s.nodes.back(), st);
    }
    collect_conditions(st);
    resolve(st);
    if (const auto start = f.id("start", Need::Optional, "")) {
      if (const auto index = s.node_index(*start)) s.start = *index;
      else f.error("start", "there is no node '" + *start + "'");
    }
    if (!s.nodes.empty() && s.nodes[s.start].is_ending()) {
      f.error("start", "the conversation cannot start at an ending");
    }
  }
  f.warn_unknown_fields(kScenarioFields, "a scenario");
  result.diagnostics = sink.take();
  if (!content::has_errors(result.diagnostics)) result.scenario = std::move(s);
  return result;
}

}  // namespace dealdojo::roleplay
