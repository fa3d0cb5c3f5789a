// The one list of dojo commands. Add a command here and in its own file.
#include "dojo/command.hpp"

namespace dojo {

int run_help(CommandContext& ctx);

std::span<const Command> all_commands() {
  static const Command commands[] = {
      {"help", "dojo help [COMMAND]", "Show the commands, or one command's usage and flags.", run_help},
  };
  return commands;
}

}  // namespace dojo
