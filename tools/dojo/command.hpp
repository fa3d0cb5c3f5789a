#pragma once
// The dojo CLI's command interface. Each command lives in its own file and is
// listed once in command_table.cpp; main.cpp only dispatches.
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dojo {

enum ExitCode : int { kExitOk = 0, kExitFailed = 1, kExitUsage = 2 };

struct CommandContext {
  std::vector<std::string> args;  // the arguments after the command name
  std::ostream& out;
  std::ostream& err;

  bool has_flag(std::string_view flag) const;
  // The value after `flag` ("--seed 7"), or nullopt when the flag is absent.
  std::optional<std::string> flag_value(std::string_view flag) const;
  // Arguments that are neither flags nor flag values; `valued_flags` names the
  // flags that take a value so their values are skipped.
  std::vector<std::string> positionals(std::span<const std::string_view> valued_flags) const;
};

struct Command {
  std::string_view name;     // "validate", or "deal" for a command with sub-commands
  std::string_view usage;    // "dojo validate PACK... [--json]" (may span lines)
  std::string_view summary;  // one line for `dojo help`
  int (*run)(CommandContext&);
};

std::span<const Command> all_commands();

}  // namespace dojo
