#pragma once
// The dojo CLI's command interface. Each command lives in its own file and is
// listed once in command_table.cpp; main.cpp only dispatches.
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dojo {

enum ExitCode : int { kExitOk = 0, kExitFailed = 1, kExitUsage = 2 };

// What a command gets. It reads `args` with parse_flags() (flags.hpp), so that
// every command accepts and refuses flags alike.
struct CommandContext {
  std::vector<std::string> args;  // the arguments after the command name
  std::ostream& out;
  std::ostream& err;
};

struct Command {
  std::string_view name;     // "validate", or "deal" for a command with sub-commands
  std::string_view usage;    // "dojo validate PACK... [--json]" (may span lines)
  std::string_view summary;  // one line for `dojo help`
  int (*run)(CommandContext&);
};

std::span<const Command> all_commands();

}  // namespace dojo
