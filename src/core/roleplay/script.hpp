#pragma once
// The plain-text script format trainers write by hand (in the spirit of Ink and
// Yarn Spinner; content/FORMAT.md section 7.8 has the full description):
//
//   id: price-too-high                       header: one "key: value" per line
//   title: It costs too much
//   vars: trust 35, clarity 30, resistance 70
//
//   === opening                              a node
//   mood: sceptical
//   buyer: Your number is well above what we expected.
//
//   * [cushion best] I can hear the price landed badly.   a choice: [technique grade] line
//     effects: trust +10, resistance -5
//     feedback: A Cushion: you acknowledged the concern before answering it.
//     -> clarify-price                       where it goes ("-> x if trust >= 60" branches)
//
// compile_script() turns a script into the JSON scenario the app loads. It only
// checks the script's syntax; build_script() then reads and validates the
// result exactly as `dojo roleplay check` would and reports every problem on
// its script line ("line 42"), not on the generated JSON.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"

namespace dealdojo::roleplay {

inline constexpr std::size_t kMaxScriptBytes = 1024 * 1024;

struct ScriptCompile {
  std::optional<nlohmann::ordered_json> scenario;  // set when the script has no syntax error
  std::vector<content::Diagnostic> diagnostics;    // pointer: "line 12"
  // JSON Pointers inside the scenario ("/nodes/3/choices/1/feedback") and the
  // script line each came from.
  std::vector<std::pair<std::string, int>> lines;
};

ScriptCompile compile_script(std::string_view text, std::string_view file);

// The JSON content file that ships a scenario: {"roleplay": {"format": 1,
// "scenarios": [scenario]}}, indented by 2, with a final newline. Byte-stable,
// so a test can tell whether a shipped file is up to date with its script.
std::string scenario_file_text(const nlohmann::ordered_json& scenario);

// Rewrites diagnostics about the compiled scenario (pointers under
// `scenario_pointer`) to name the script and its line.
void map_to_script(std::vector<content::Diagnostic>& diagnostics, const ScriptCompile& compiled,
                   std::string_view scenario_pointer, std::string_view script_file);

struct ScriptBuild {
  std::string file_text;  // scenario_file_text() of the result; empty on a syntax error
  std::string scenario_id;
  std::vector<content::Diagnostic> diagnostics;  // syntax, reading and validation; errors first

  bool ok() const { return !file_text.empty() && !content::has_errors(diagnostics); }
};

// Compiles, reads and checks a script: everything `dojo roleplay compile` does
// before writing.
ScriptBuild build_script(std::string_view text, std::string_view file);

}  // namespace dealdojo::roleplay
