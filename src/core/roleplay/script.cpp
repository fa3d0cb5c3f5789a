// The script compiler: lines in, a JSON scenario out, with each JSON Pointer
// remembered against its line so later checks can point at the script.
//
// [SECTION] lines  [SECTION] parser  [SECTION] output  [SECTION] build
#include "core/roleplay/script.hpp"

#include <algorithm>
#include <array>

#include "core/content/text_checks.hpp"
#include "core/roleplay/check.hpp"
#include "core/roleplay/scenario.hpp"

namespace dealdojo::roleplay {
namespace {

using ojson = nlohmann::ordered_json;
using content::trim;

// ---------------------------------------------------------------------------------
// [SECTION] lines

struct Field {
  std::string key;  // the JSON field name
  std::string value;
  int line = 0;
};

struct ScriptBranch {
  std::string target;
  std::string condition;
  int line = 0;
};

struct ScriptChoice {
  int line = 0;
  std::string technique, grade, say;
  std::vector<Field> fields;  // id, if, feedback, reply
  std::vector<std::pair<std::string, int>> effects;
  int effects_line = 0;
  bool blocker = false;
  int blocker_line = 0;
  std::vector<ScriptBranch> branches;
};

struct ScriptNode {
  int line = 0;
  std::string id;
  std::vector<Field> fields;  // stage, mood, buyer, ending, debrief
  std::vector<ScriptChoice> choices;
};

constexpr std::array<std::string_view, 12> kHeaderKeys = {"id",   "title",     "kind",     "focus", "persona", "briefing",
                                                          "vars", "variables", "required", "fit",   "pass",    "start"};
constexpr std::array<std::string_view, 6> kNodeKeys = {"stage", "mood", "buyer", "end", "ending", "debrief"};
constexpr std::array<std::string_view, 6> kChoiceKeys = {"id", "if", "effects", "feedback", "reply", "blocker"};

bool is_key(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// Words separated by spaces and/or commas.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::optional<int> small_int(std::string_view text, bool allow_sign) {
  bool negative = false;
  if (allow_sign && !text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty() || text.size() > 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const int value = std::stoi(std::string(text));
  return negative ? -value : value;
}

// ---------------------------------------------------------------------------------
// [SECTION] parser

class ScriptParser {
 public:
  ScriptParser(std::string_view file) : m_file(file) {}

  void error(int line, std::string message) { m_sink.error(m_file, "line " + std::to_string(line), std::move(message)); }

  void parse(std::string_view text) {
    int number = 0;
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      ++number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      parse_line(trim(line), number);
      if (m_sink.full()) return;
    }
  }

  ojson header = ojson::object();
  std::vector<std::pair<std::string, int>> header_lines;
  std::vector<ScriptNode> nodes;
  content::DiagnosticSink m_sink;

 private:
  void parse_line(std::string_view line, int n) {
    if (line.empty() || line.starts_with("//") || line.starts_with("#")) return;
    if (line.starts_with("===")) {
      std::string_view id = trim(line.substr(3));
      while (!id.empty() && id.back() == '=') id.remove_suffix(1);
      id = trim(id);
      if (id.empty()) error(n, "a node starts with '=== node-id': give the node an id");
      nodes.push_back({n, std::string(id), {}, {}});
      return;
    }
    if (line.starts_with("*")) return parse_choice(trim(line.substr(1)), n);
    if (line.starts_with("->")) return parse_branch(trim(line.substr(2)), n);
    const std::size_t colon = line.find(':');
    const std::string_view key = colon == std::string_view::npos ? line : trim(line.substr(0, colon));
    if (colon == std::string_view::npos || !is_key(key)) {
      error(n, "cannot read this line: expected 'key: value', '=== node', '* [technique grade] line' or '-> node'");
      return;
    }
    const std::string value(trim(line.substr(colon + 1)));
    if (nodes.empty()) return header_line(key, value, n);
    ScriptNode& node = nodes.back();
    if (!node.choices.empty()) return choice_line(node.choices.back(), key, value, n);
    node_line(node, key, value, n);
  }

  void unknown(std::string_view key, std::span<const std::string_view> known, std::string_view where, int n) {
    std::string message = "'" + std::string(key) + "' is not a line " + std::string(where) + " understands";
    if (const auto guess = content::closest_match(key, known)) message += " (did you mean '" + std::string(*guess) + "'?)";
    error(n, message);
  }

  void header_line(std::string_view key, const std::string& value, int n) {
    if (std::find(kHeaderKeys.begin(), kHeaderKeys.end(), key) == kHeaderKeys.end()) {
      unknown(key, kHeaderKeys, "the header", n);
      return;
    }
    const std::string json_key = key == "vars" ? "variables" : key == "pass" ? "pass_percent" : std::string(key);
    if (json_key != "fit" && header.contains(json_key)) {
      error(n, "'" + std::string(key) + "' is given twice");
      return;
    }
    if (json_key == "variables") {
      const auto w = words(value);
      ojson vars = ojson::object();
      for (std::size_t i = 0; i + 1 < w.size(); i += 2) {
        const auto v = small_int(w[i + 1], false);
        if (!v) error(n, "'" + w[i + 1] + "' is not a whole number: write vars as 'trust 40, clarity 30'");
        else vars[w[i]] = *v;
        header_lines.emplace_back("/variables/" + content::pointer_token(w[i]), n);
      }
      if (w.size() % 2 != 0) error(n, "vars come in pairs of a name and a number: 'trust 40, clarity 30'");
      header[json_key] = std::move(vars);
    } else if (json_key == "required") {
      header[json_key] = words(value);
    } else if (json_key == "fit") {
      const std::size_t space = value.find(' ');
      if (space == std::string::npos) {
        error(n, "write 'fit: method condition', such as 'fit: opportunity trust >= 80'");
        return;
      }
      const std::string method = value.substr(0, space);
      header["fit"][method] = std::string(trim(std::string_view(value).substr(space)));
      header_lines.emplace_back("/fit/" + content::pointer_token(method), n);
    } else if (json_key == "pass_percent") {
      const auto v = small_int(value, false);
      if (!v) error(n, "'pass' is a whole number, such as 'pass: 70'");
      else header[json_key] = *v;
    } else {
      header[json_key] = value;
    }
    header_lines.emplace_back("/" + json_key, n);
  }

  void node_line(ScriptNode& node, std::string_view key, const std::string& value, int n) {
    if (std::find(kNodeKeys.begin(), kNodeKeys.end(), key) == kNodeKeys.end()) {
      if (std::find(kHeaderKeys.begin(), kHeaderKeys.end(), key) != kHeaderKeys.end()) {
        error(n, "'" + std::string(key) + "' belongs in the header, before the first '=== node'");
      } else {
        unknown(key, kNodeKeys, "in a node", n);
      }
      return;
    }
    const std::string json_key = key == "end" ? "ending" : std::string(key);
    for (const Field& f : node.fields) {
      if (f.key == json_key) {
        error(n, "'" + std::string(key) + "' is given twice in the node '" + node.id + "'");
        return;
      }
    }
    node.fields.push_back({json_key, value, n});
  }

  void choice_line(ScriptChoice& c, std::string_view key, const std::string& value, int n) {
    if (std::find(kChoiceKeys.begin(), kChoiceKeys.end(), key) == kChoiceKeys.end()) {
      if (std::find(kNodeKeys.begin(), kNodeKeys.end(), key) != kNodeKeys.end()) {
        error(n, "'" + std::string(key) + "' belongs to the node: put the node's lines before its first choice");
      } else {
        unknown(key, kChoiceKeys, "in a choice", n);
      }
      return;
    }
    const bool seen = (key == "effects" && c.effects_line) || (key == "blocker" && c.blocker_line) ||
                      std::any_of(c.fields.begin(), c.fields.end(), [&](const Field& f) { return f.key == key; });
    if (seen) {
      error(n, "'" + std::string(key) + "' is given twice in this choice");
      return;
    }
    if (key == "effects") {
      c.effects_line = n;
      const auto w = words(value);
      for (std::size_t i = 0; i + 1 < w.size(); i += 2) {
        const auto v = small_int(w[i + 1], true);
        if (!v) error(n, "'" + w[i + 1] + "' is not a change such as +10 or -5");
        else c.effects.emplace_back(w[i], *v);
      }
      if (w.size() % 2 != 0 || w.empty()) error(n, "write effects as 'trust +10, resistance -5'");
    } else if (key == "blocker") {
      c.blocker_line = n;
      if (value != "yes" && value != "no" && value != "true" && value != "false") {
        error(n, "write 'blocker: yes' (or no)");
      }
      c.blocker = value == "yes" || value == "true";
    } else {
      c.fields.push_back({std::string(key), value, n});
    }
  }

  void parse_choice(std::string_view rest, int n) {
    if (nodes.empty()) {
      error(n, "a choice belongs to a node: start one with '=== node-id' first");
      return;
    }
    const std::size_t close = rest.find(']');
    if (!rest.starts_with("[") || close == std::string_view::npos) {
      error(n, "a choice starts with its technique and grade in brackets: '* [clarify best] What do you mean?'");
      return;
    }
    const auto tags = words(rest.substr(1, close - 1));
    ScriptChoice c;
    c.line = n;
    c.say = std::string(trim(rest.substr(close + 1)));
    if (tags.size() != 2) {
      error(n, "the brackets hold two words, the technique and the grade: '[cushion best]'");
    } else {
      c.technique = tags[0];
      c.grade = tags[1];
    }
    if (c.say.empty()) error(n, "the choice has no line after the brackets: write what the learner says");
    nodes.back().choices.push_back(std::move(c));
  }

  void parse_branch(std::string_view rest, int n) {
    if (nodes.empty() || nodes.back().choices.empty()) {
      error(n, "'-> node' belongs to a choice: write it under the '* [...]' line");
      return;
    }
    ScriptBranch b;
    b.line = n;
    const std::size_t space = rest.find(' ');
    b.target = std::string(rest.substr(0, space));
    if (space != std::string_view::npos) {
      const std::string_view tail = trim(rest.substr(space));
      if (!tail.starts_with("if ")) {
        error(n, "write '-> node' or '-> node if condition'");
        return;
      }
      b.condition = std::string(trim(tail.substr(3)));
    }
    if (b.target.empty()) error(n, "'->' needs the id of the node to go to");
    nodes.back().choices.back().branches.push_back(std::move(b));
  }

  std::string_view m_file;
};

// ---------------------------------------------------------------------------------
// [SECTION] output

constexpr std::array<std::string_view, 11> kScenarioOrder = {"id",       "title",    "kind",     "focus",
                                                             "persona",  "briefing", "variables", "required",
                                                             "fit",      "pass_percent", "start"};
constexpr std::array<std::string_view, 5> kNodeOrder = {"stage", "mood", "buyer", "ending", "debrief"};

ojson emit_choice(const ScriptChoice& c, const std::string& p, std::vector<std::pair<std::string, int>>& lines) {
  ojson out = ojson::object();
  const auto field = [&](std::string_view key) -> const Field* {
    for (const Field& f : c.fields) {
      if (f.key == key) return &f;
    }
    return nullptr;
  };
  const auto put = [&](std::string_view key) {
    if (const Field* f = field(key)) {
      out[std::string(key)] = f->value;
      lines.emplace_back(p + "/" + std::string(key), f->line);
    }
  };
  put("id");
  out["say"] = c.say;
  out["technique"] = c.technique;
  out["grade"] = c.grade;
  put("if");
  if (c.effects_line) {
    ojson effects = ojson::object();
    for (const auto& [name, delta] : c.effects) effects[name] = delta;
    out["effects"] = std::move(effects);
    lines.emplace_back(p + "/effects", c.effects_line);
  }
  put("feedback");
  put("reply");
  if (c.blocker_line) {
    out["blocker"] = c.blocker;
    lines.emplace_back(p + "/blocker", c.blocker_line);
  }
  if (c.branches.size() == 1 && c.branches[0].condition.empty()) {
    out["next"] = c.branches[0].target;
    lines.emplace_back(p + "/next", c.branches[0].line);
  } else if (!c.branches.empty()) {
    ojson next = ojson::array();
    lines.emplace_back(p + "/next", c.branches[0].line);
    for (std::size_t b = 0; b < c.branches.size(); ++b) {
      ojson branch = ojson::object();
      if (!c.branches[b].condition.empty()) branch["if"] = c.branches[b].condition;
      branch["to"] = c.branches[b].target;
      next.push_back(std::move(branch));
      lines.emplace_back(p + "/next/" + std::to_string(b), c.branches[b].line);
    }
    out["next"] = std::move(next);
  }
  return out;
}

ojson emit(const ScriptParser& parser, std::vector<std::pair<std::string, int>>& lines) {
  ojson out = ojson::object();
  for (std::string_view key : kScenarioOrder) {
    if (parser.header.contains(key)) out[std::string(key)] = parser.header[std::string(key)];
  }
  lines.insert(lines.end(), parser.header_lines.begin(), parser.header_lines.end());
  ojson nodes = ojson::array();
  for (std::size_t i = 0; i < parser.nodes.size(); ++i) {
    const ScriptNode& n = parser.nodes[i];
    const std::string p = "/nodes/" + std::to_string(i);
    lines.emplace_back(p, n.line);
    if (i == 0) lines.emplace_back("/nodes", n.line);
    ojson node = ojson::object();
    node["id"] = n.id;
    for (std::string_view key : kNodeOrder) {
      for (const Field& f : n.fields) {
        if (f.key != key) continue;
        node[std::string(key)] = f.value;
        lines.emplace_back(p + "/" + f.key, f.line);
      }
    }
    if (!n.choices.empty()) {
      ojson choices = ojson::array();
      lines.emplace_back(p + "/choices", n.choices[0].line);
      for (std::size_t j = 0; j < n.choices.size(); ++j) {
        const std::string cp = p + "/choices/" + std::to_string(j);
        lines.emplace_back(cp, n.choices[j].line);
        choices.push_back(emit_choice(n.choices[j], cp, lines));
      }
      node["choices"] = std::move(choices);
    }
    nodes.push_back(std::move(node));
  }
  out["nodes"] = std::move(nodes);
  return out;
}

}  // namespace

ScriptCompile compile_script(std::string_view text, std::string_view file) {
  ScriptCompile result;
  ScriptParser parser(file);
  if (text.size() > kMaxScriptBytes) {
    parser.error(1, "the script is larger than " + std::to_string(kMaxScriptBytes / 1024) + " KiB");
  } else if (!content::is_valid_utf8(text)) {
    parser.error(1, "the script is not UTF-8 text: save it as UTF-8");
  } else {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    parser.parse(text);
    if (parser.nodes.empty() && !parser.m_sink.has_errors()) parser.error(1, "the script has no node: add '=== node-id'");
  }
  const bool ok = !parser.m_sink.has_errors();
  if (ok) result.scenario = emit(parser, result.lines);
  result.diagnostics = parser.m_sink.take();
  return result;
}

std::string scenario_file_text(const nlohmann::ordered_json& scenario) {
  const ojson file = {{"roleplay", {{"format", 1}, {"scenarios", ojson::array({scenario})}}}};
  return file.dump(2) + "\n";
}

void map_to_script(std::vector<content::Diagnostic>& diagnostics, const ScriptCompile& compiled,
                   std::string_view scenario_pointer, std::string_view script_file) {
  for (content::Diagnostic& d : diagnostics) {
    int line = 1;
    std::size_t best = 0;
    if (d.pointer.starts_with(scenario_pointer)) {
      const std::string_view rel = std::string_view(d.pointer).substr(scenario_pointer.size());
      for (const auto& [pointer, l] : compiled.lines) {
        const bool matches = rel == pointer || (rel.starts_with(pointer) && rel.size() > pointer.size() &&
                                                rel[pointer.size()] == '/');
        if (matches && pointer.size() >= best) {
          best = pointer.size();
          line = l;
        }
      }
    }
    d.file = std::string(script_file);
    d.pointer = "line " + std::to_string(line);
  }
}

// ---------------------------------------------------------------------------------
// [SECTION] build

ScriptBuild build_script(std::string_view text, std::string_view file) {
  ScriptBuild build;
  ScriptCompile compiled = compile_script(text, file);
  build.diagnostics = compiled.diagnostics;
  if (!compiled.scenario) return build;
  build.file_text = scenario_file_text(*compiled.scenario);
  // Read back the bytes that will ship, exactly as the app will.
  const nlohmann::json parsed = nlohmann::json::parse(build.file_text, nullptr, false);
  const std::string pointer = "/roleplay/scenarios/0";
  ScenarioRead read = read_scenario(parsed.at("roleplay").at("scenarios").at(0), file, pointer);
  std::vector<content::Diagnostic> found = std::move(read.diagnostics);
  if (read.scenario) {
    build.scenario_id = read.scenario->id;
    ScenarioCheck check = check_scenario(*read.scenario);
    found.insert(found.end(), check.diagnostics.begin(), check.diagnostics.end());
  }
  map_to_script(found, compiled, pointer, file);
  build.diagnostics.insert(build.diagnostics.end(), found.begin(), found.end());
  std::stable_partition(build.diagnostics.begin(), build.diagnostics.end(),
                        [](const content::Diagnostic& d) { return d.is_error(); });
  return build;
}

}  // namespace dealdojo::roleplay
