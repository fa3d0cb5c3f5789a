// dojo: dispatches to a command from command_table.cpp.
#include <iostream>

#include "dojo/command.hpp"

int main(int argc, char** argv) {
  using namespace dojo;
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string name = args.empty() ? std::string("help") : args.front();
  if (!args.empty()) args.erase(args.begin());
  CommandContext ctx{std::move(args), std::cout, std::cerr};
  if (name == "--help" || name == "-h") return all_commands().front().run(ctx);
  // "dojo deal --help" is "dojo help deal", for every command.
  if (!ctx.args.empty() && (ctx.args.front() == "--help" || ctx.args.front() == "-h")) {
    ctx.args = {name};
    return all_commands().front().run(ctx);
  }
  for (const Command& c : all_commands()) {
    if (c.name == name) return c.run(ctx);
  }
  std::cerr << "dojo: unknown command '" << name << "'. Run 'dojo help' for the list.\n";
  return kExitUsage;
}
