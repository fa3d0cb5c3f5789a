#pragma once
// The role-play scripts of a draft, compiled while the trainer types: for each
// script the problems of its last compile (at their line and column) and the last
// GOOD compile, a scenario read without errors, kept while the text has errors so
// the map and the preview go on working.
//
// A compile is what `dojo roleplay compile` does before writing (roleplay::
// build_script: compile, read back, check), done step by step here to keep the
// scenario and the check. The UI calls update() every frame; a script is compiled
// again once its text has stood unchanged for kCompileDelayMs.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/roleplay/check.hpp"
#include "core/roleplay/scenario.hpp"
#include "core/studio/draft.hpp"
#include "core/studio/scenario_map.hpp"

namespace dealdojo::studio {

inline constexpr std::int64_t kCompileDelayMs = 300;

struct ScriptProblem {
  content::Diagnostic::Severity severity = content::Diagnostic::Severity::Error;
  int line = 0;    // 1-based script line (1 when the compiler names none)
  int column = 0;  // 1-based: where the name the message quotes starts on that line,
                   // else the line's first non-blank character; 0 for an empty line
  std::string message;

  bool is_error() const { return severity == content::Diagnostic::Severity::Error; }
  // "line 12, column 5: there is no node 'clarfy' (did you mean 'clarify'?)"
  std::string to_string() const;
};

// A compile that produced a scenario: what the map and the preview use. Shared so a
// preview started from it outlives the next compile.
struct GoodCompile {
  roleplay::Scenario scenario;
  roleplay::ScenarioCheck check;
  ScenarioMap map;
  std::string text;  // the script text it came from
};

struct ScriptCompileState {
  std::string file;
  std::string text;           // the text last seen in the draft
  std::string compiled_text;  // the text of the last compile
  bool compiled = false;      // compiled at least once
  bool pending = false;       // the text changed since the last compile
  std::int64_t changed_at_ms = 0;
  std::vector<ScriptProblem> problems;  // of the last compile: errors first
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::shared_ptr<const GoodCompile> good;  // the last good compile (may be older than `problems`)
  bool good_is_current = false;             // the last compile is the good one
  std::uint64_t generation = 0;             // moves each time `good` is replaced
};

class ScriptWorkbench {
 public:
  // Follows the draft's scripts: a script seen for the first time is compiled at
  // once; a changed one when its text has not changed for kCompileDelayMs.
  void update(const Draft& draft, std::int64_t now_ms);
  // Compiles every script whose text differs from its last compile, now.
  void compile_now(const Draft& draft);

  const std::vector<ScriptCompileState>& scripts() const { return m_scripts; }
  const ScriptCompileState* script(std::size_t index) const {
    return index < m_scripts.size() ? &m_scripts[index] : nullptr;
  }
  // When the next debounced compile is due (the UI asks for a frame then); nullopt when none waits.
  std::optional<std::int64_t> next_compile_ms() const;
  std::uint64_t compiles() const { return m_compiles; }  // compiles run so far (tests)

 private:
  void follow(const Draft& draft, std::int64_t now_ms);
  void compile(ScriptCompileState& state);

  std::vector<ScriptCompileState> m_scripts;
  std::uint64_t m_compiles = 0;
};

// One compile of a script, as the workbench does it (also for the CLI and tests):
// problems, and the good compile when the scenario was read without errors.
struct ScriptResult {
  std::vector<ScriptProblem> problems;
  std::shared_ptr<const GoodCompile> good;
};
ScriptResult compile_script_text(const std::string& text, const std::string& file);

}  // namespace dealdojo::studio
