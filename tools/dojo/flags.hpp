#pragma once
// The one flag parser of the dojo commands. A command declares its flags and how
// many plain arguments it takes; parse_flags() reads the command line strictly and
// answers with the values or with one usage error, worded the same for every command:
//
//   dojo deal aov: unknown flag --qoute (did you mean --quote?)
//   dojo deal aov: --quote needs a value
//   dojo deal drill: --count: 'lots' is not a whole number from 1 to 100
//   dojo deal aov: --quote is given twice
//   dojo deal aov: unexpected argument 'x'
//
// Each is followed by "Run 'dojo help deal' for usage." and exit code 2. Failures
// are values (util::Result, the error's pointer naming the flag) so that the parser
// is tested without a terminal; usage_error() prints them.
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.hpp"
#include "dojo/command.hpp"

namespace dojo {

enum class FlagKind {
  Switch,  // --json: present or not
  Value,   // --seed N: takes the next word as its value
};

struct FlagSpec {
  std::string_view name;  // "--seed", or a short "-o"
  FlagKind kind = FlagKind::Switch;
  std::string_view alias = {};  // another spelling of the same flag ("--output" for "-o")
};

constexpr FlagSpec switch_flag(std::string_view name) { return {name, FlagKind::Switch}; }
constexpr FlagSpec value_flag(std::string_view name, std::string_view alias = {}) {
  return {name, FlagKind::Value, alias};
}

inline constexpr std::size_t kAnyNumber = std::numeric_limits<std::size_t>::max();

struct CommandSpec {
  std::string_view command;  // "deal aov": messages begin "dojo deal aov: "
  std::vector<FlagSpec> flags;
  // Plain arguments (packs, files) it takes at most; the command itself says
  // what is missing when there are too few.
  std::size_t max_arguments = kAnyNumber;
};

struct ParsedArgs {
  std::map<std::string, std::string, std::less<>> flags;  // by FlagSpec::name; "" for a switch
  std::vector<std::string> arguments;                     // the plain arguments, in order

  bool has(std::string_view flag) const { return flags.find(flag) != flags.end(); }
  std::optional<std::string> value(std::string_view flag) const;
  std::string value_or(std::string_view flag, std::string_view fallback) const;
};

// Reads `args` against `spec`:
// - a word starting with '-' (other than "-" alone) is a flag, and must be one of
//   the spec's, else "unknown flag", with a "did you mean" for a near miss;
// - a Value flag takes the next word, which may start with a single '-' (negative
//   amounts) but may not be another flag of the command or start with "--";
// - a Value flag given twice is refused (which one would win?); a Switch may repeat;
// - plain words beyond spec.max_arguments are "unexpected".
dealdojo::util::Result<ParsedArgs> parse_flags(const CommandSpec& spec, std::span<const std::string> args);

struct WholeNumberRange {
  std::uint64_t min = 0;
  std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
};

// The value of `flag` as a whole number in `range` (digits only, no sign), or
// `fallback` when the flag is absent.
dealdojo::util::Result<std::uint64_t> whole_number(const ParsedArgs& args, std::string_view flag,
                                                   std::uint64_t fallback, WholeNumberRange range = {});

// Prints "dojo <command>: <message>" and where to read the usage; returns kExitUsage.
int usage_error(CommandContext& ctx, std::string_view command, std::string_view message);

// parse_flags(), with its error printed: nullopt means "exit with kExitUsage".
std::optional<ParsedArgs> parse_or_report(CommandContext& ctx, const CommandSpec& spec,
                                          std::span<const std::string> args);

// "unknown subcommand 'x'; choose check, play or compile", for a usage_error.
std::string unknown_subcommand(std::string_view given, std::span<const std::string_view> choices);

// One subcommand of a command ("deal aov"): its flags and what runs it.
struct Subcommand {
  std::string_view name;  // "aov"
  CommandSpec spec;
  int (*run)(CommandContext&, const ParsedArgs&);
};

// Runs the subcommand that ctx.args[0] names with the rest of the line parsed
// against its spec; an unknown name is a usage error of `command`. ctx.args
// must not be empty (each command prints its own usage for that).
int run_subcommand(CommandContext& ctx, std::string_view command, std::span<const Subcommand> subcommands);

}  // namespace dojo
