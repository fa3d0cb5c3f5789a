#include <ostream>

#include "dojo/command.hpp"
#include "dojo/flags.hpp"

namespace dojo {

int run_help(CommandContext& ctx) {
  const auto args = parse_or_report(ctx, {"help", {}, 1}, ctx.args);
  if (!args) return kExitUsage;
  if (!args->arguments.empty()) {
    const std::string& name = args->arguments.front();
    for (const Command& c : all_commands()) {
      if (c.name == name) {
        ctx.out << c.summary << "\n\nUsage:\n  " << c.usage << "\n";
        return kExitOk;
      }
    }
    ctx.err << "dojo: no command named '" << name << "'. Run 'dojo help' for the list.\n";
    return kExitUsage;
  }
  ctx.out << "dojo: the DealDojo authoring tool\n\nCommands:\n";
  for (const Command& c : all_commands()) {
    ctx.out << "  " << c.name;
    for (std::size_t pad = c.name.size(); pad < 12; ++pad) ctx.out << ' ';
    ctx.out << c.summary << "\n";
  }
  ctx.out << "\nRun 'dojo help COMMAND' for a command's usage and flags.\n";
  return kExitOk;
}

}  // namespace dojo
