#pragma once
// Helpers shared by the pack commands (validate, stats, import, export): flag
// checks and printing diagnostics. The work itself is in core/content.
#include <initializer_list>
#include <span>
#include <string>
#include <iosfwd>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "dojo/command.hpp"

namespace dojo {

// The usage text of a command, from the command table.
std::string_view usage_of(std::string_view command);
// False (after printing a usage error for the first one) when an argument starting
// with "--" or "-" is not one of `known`.
bool check_flags(CommandContext& ctx, std::initializer_list<std::string_view> known, std::string_view usage);
// Arguments that are not flags, where a flag is anything starting with '-' (so that
// "-o FILE" works; CommandContext::positionals knows only "--" flags). The values
// of `valued_flags` are skipped.
std::vector<std::string> arguments_without_flags(const CommandContext& ctx, std::span<const std::string_view> valued_flags);
// Prints a usage error: "dojo validate: <message>" and the usage. Returns kExitUsage.
int usage_error(CommandContext& ctx, std::string_view message, std::string_view usage);
// "  error: questions/a.json: /questions/3/id: ..." one per line.
void print_diagnostics(std::ostream& out, const std::vector<dealdojo::content::Diagnostic>& diagnostics,
                       std::string_view indent = "  ");
// "2 errors, 1 warning" / "no problems".
std::string problem_summary(const std::vector<dealdojo::content::Diagnostic>& diagnostics);

}  // namespace dojo
