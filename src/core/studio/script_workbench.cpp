// [SECTION] problems  [SECTION] compile  [SECTION] workbench
#include "core/studio/script_workbench.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "core/roleplay/script.hpp"

namespace dealdojo::studio {
namespace {

namespace rp = roleplay;

// ---------------------------------------------------------------------------------
// [SECTION] problems
// The compiler names a line ("line 42"); the column is found cheaply on that line:
// where the first name the message quotes ('clarfy', "best") appears, else where
// the line's text starts.

std::string_view line_of(std::string_view text, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) return {};
    start = end + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  std::string_view out = text.substr(start, end - start);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

int line_number(std::string_view pointer) {
  constexpr std::string_view kPrefix = "line ";
  if (!pointer.starts_with(kPrefix)) return 1;
  int line = 1;
  const char* first = pointer.data() + kPrefix.size();
  const auto [end, error] = std::from_chars(first, pointer.data() + pointer.size(), line);
  return error == std::errc() && end != first && line > 0 ? line : 1;
}

// Columns count characters (UTF-8 sequences), as the editor shows them.
int column_of(std::string_view line, std::size_t byte) {
  int column = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

int find_column(std::string_view line, std::string_view message) {
  for (char quote : {'\'', '"'}) {
    std::size_t open = message.find(quote);
    while (open != std::string_view::npos) {
      const std::size_t close = message.find(quote, open + 1);
      if (close == std::string_view::npos) break;
      const std::string_view quoted = message.substr(open + 1, close - open - 1);
      if (!quoted.empty()) {
        if (const std::size_t at = line.find(quoted); at != std::string_view::npos) return column_of(line, at);
      }
      open = message.find(quote, close + 1);
    }
  }
  const std::size_t text = line.find_first_not_of(" \t");
  return text == std::string_view::npos ? 0 : column_of(line, text);
}

std::vector<ScriptProblem> problems_of(const std::vector<content::Diagnostic>& diagnostics, std::string_view text) {
  std::vector<ScriptProblem> out;
  for (const content::Diagnostic& d : diagnostics) {
    ScriptProblem p;
    p.severity = d.severity;
    p.line = line_number(d.pointer);
    p.column = find_column(line_of(text, p.line), d.message);
    p.message = d.message;
    out.push_back(std::move(p));
  }
  std::stable_partition(out.begin(), out.end(), [](const ScriptProblem& p) { return p.is_error(); });
  return out;
}

}  // namespace

std::string ScriptProblem::to_string() const {
  std::string out = "line " + std::to_string(line);
  if (column > 0) out += ", column " + std::to_string(column);
  return out + ": " + message;
}

// ---------------------------------------------------------------------------------
// [SECTION] compile
// The steps of roleplay::build_script, keeping the scenario and its check.

ScriptResult compile_script_text(const std::string& text, const std::string& file) {
  ScriptResult result;
  const rp::ScriptCompile compiled = rp::compile_script(text, file);
  std::vector<content::Diagnostic> diagnostics = compiled.diagnostics;
  if (compiled.scenario) {
    // Read back the bytes that would ship, exactly as the app reads them.
    const std::string file_text = rp::scenario_file_text(*compiled.scenario);
    const nlohmann::json parsed = nlohmann::json::parse(file_text, nullptr, false);
    const std::string pointer = "/roleplay/scenarios/0";
    rp::ScenarioRead read = rp::read_scenario(parsed.at("roleplay").at("scenarios").at(0), file, pointer);
    std::vector<content::Diagnostic> found = std::move(read.diagnostics);
    if (read.scenario) {
      auto good = std::make_shared<GoodCompile>();
      good->scenario = std::move(*read.scenario);
      good->check = rp::check_scenario(good->scenario);
      good->map = build_scenario_map(good->scenario, &good->check);
      good->text = text;
      found.insert(found.end(), good->check.diagnostics.begin(), good->check.diagnostics.end());
      result.good = std::move(good);
    }
    rp::map_to_script(found, compiled, pointer, file);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  }
  result.problems = problems_of(diagnostics, text);
  return result;
}

// ---------------------------------------------------------------------------------
// [SECTION] workbench

// Keeps one state per script of the draft. A state follows its file name, so
// removing a script does not hand its compile to the next one; a renamed script
// keeps the state at its place.
void ScriptWorkbench::follow(const Draft& draft, std::int64_t now_ms) {
  const Json& list = draft.scripts();
  const std::size_t count = list.is_array() ? list.size() : 0;
  std::vector<std::string> files(count);
  for (std::size_t i = 0; i < count; ++i) files[i] = text_of(list[i], "file");
  std::vector<std::uint8_t> used(m_scripts.size(), 0);
  std::vector<ScriptCompileState> next(count);
  std::vector<std::uint8_t> found(count, 0);
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = 0; j < m_scripts.size(); ++j) {
      if (!used[j] && m_scripts[j].file == files[i]) {
        next[i] = std::move(m_scripts[j]);
        used[j] = found[i] = 1;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (found[i] || i >= m_scripts.size() || used[i]) continue;
    const bool renamed = std::find(files.begin(), files.end(), m_scripts[i].file) == files.end();
    if (renamed) {
      next[i] = std::move(m_scripts[i]);
      used[i] = found[i] = 1;
    }
  }
  for (std::size_t i = 0; i < count; ++i) {
    ScriptCompileState& state = next[i];
    std::string text = text_of(list[i], "text");
    if (state.file != files[i]) {
      state.file = files[i];
      state.pending = state.compiled;  // diagnostics name the file: compile again
    }
    if (!found[i]) {
      state.text = std::move(text);
      state.pending = true;
      state.changed_at_ms = now_ms - kCompileDelayMs;  // first sight: compile at once
    } else if (state.text != text) {
      state.text = std::move(text);
      state.pending = true;
      state.changed_at_ms = now_ms;
    }
  }
  m_scripts = std::move(next);
}

void ScriptWorkbench::compile(ScriptCompileState& state) {
  ScriptResult result = compile_script_text(state.text, state.file);
  ++m_compiles;
  state.compiled = true;
  state.pending = false;
  state.compiled_text = state.text;
  state.problems = std::move(result.problems);
  state.errors = static_cast<std::size_t>(
      std::count_if(state.problems.begin(), state.problems.end(), [](const ScriptProblem& p) { return p.is_error(); }));
  state.warnings = state.problems.size() - state.errors;
  state.good_is_current = result.good != nullptr;
  if (result.good) {
    state.good = std::move(result.good);
    ++state.generation;
  }
}

void ScriptWorkbench::update(const Draft& draft, std::int64_t now_ms) {
  follow(draft, now_ms);
  for (ScriptCompileState& state : m_scripts) {
    if (state.pending && now_ms - state.changed_at_ms >= kCompileDelayMs) compile(state);
  }
}

void ScriptWorkbench::compile_now(const Draft& draft) {
  follow(draft, 0);
  for (ScriptCompileState& state : m_scripts) {
    if (state.pending || !state.compiled || state.compiled_text != state.text) compile(state);
  }
}

std::optional<std::int64_t> ScriptWorkbench::next_compile_ms() const {
  std::optional<std::int64_t> due;
  for (const ScriptCompileState& state : m_scripts) {
    if (!state.pending) continue;
    const std::int64_t at = state.changed_at_ms + kCompileDelayMs;
    if (!due || at < *due) due = at;
  }
  return due;
}

}  // namespace dealdojo::studio
