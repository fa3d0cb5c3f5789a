#include "dojo/flags.hpp"

#include <charconv>
#include <ostream>

#include "core/content/text_checks.hpp"

namespace dojo {
namespace {

using dealdojo::util::Result;

// A usage error as a value: the pointer names the flag or argument at fault.
template <typename T>
Result<T> refuse(std::string_view flag_or_argument, std::string message) {
  return Result<T>::failure("", std::string(flag_or_argument), std::move(message));
}

const FlagSpec* find_flag(const CommandSpec& spec, std::string_view word) {
  for (const FlagSpec& f : spec.flags) {
    if (f.name == word || (!f.alias.empty() && f.alias == word)) return &f;
  }
  return nullptr;
}

bool is_flag_word(std::string_view word) { return word.size() > 1 && word.front() == '-'; }

// A word that cannot be a flag's value: "--anything", or one of this command's
// own flags ("-o"). A single '-' otherwise starts a value, as in "--added -80000".
bool ends_a_value(const CommandSpec& spec, std::string_view word) {
  return word.starts_with("--") || find_flag(spec, word) != nullptr;
}

std::string unknown_flag_message(const CommandSpec& spec, std::string_view word) {
  std::vector<std::string_view> names;
  for (const FlagSpec& f : spec.flags) {
    names.push_back(f.name);
    if (!f.alias.empty()) names.push_back(f.alias);
  }
  std::string message = "unknown flag " + std::string(word);
  // A word as short as "-x" is within two edits of every short flag: no guess.
  constexpr std::size_t kShortestGuessed = 4;
  if (word.size() >= kShortestGuessed) {
    if (const auto near = dealdojo::content::closest_match(word, names)) {
      return message + " (did you mean " + std::string(*near) + "?)";
    }
  }
  if (spec.flags.empty()) return message + " (it takes no flags)";
  message += " (flags: ";
  for (std::size_t i = 0; i < spec.flags.size(); ++i) {
    message += (i == 0 ? "" : ", ") + std::string(spec.flags[i].name);
  }
  return message + ")";
}

// 18446744073709551615 -> "18,446,744,073,709,551,615". Local because the core's
// with_thousands() takes a signed number and seeds use the whole unsigned range.
std::string grouped(std::uint64_t value) {
  const std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::optional<std::string> ParsedArgs::value(std::string_view flag) const {
  const auto it = flags.find(flag);
  if (it == flags.end()) return std::nullopt;
  return it->second;
}

std::string ParsedArgs::value_or(std::string_view flag, std::string_view fallback) const {
  const auto it = flags.find(flag);
  return it == flags.end() ? std::string(fallback) : it->second;
}

Result<ParsedArgs> parse_flags(const CommandSpec& spec, std::span<const std::string> args) {
  ParsedArgs parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (!is_flag_word(word)) {
      if (parsed.arguments.size() >= spec.max_arguments) {
        return refuse<ParsedArgs>(word, "unexpected argument " + dealdojo::content::quote_value(word));
      }
      parsed.arguments.push_back(word);
      continue;
    }
    const FlagSpec* flag = find_flag(spec, word);
    if (flag == nullptr) return refuse<ParsedArgs>(word, unknown_flag_message(spec, word));
    const std::string name(flag->name);
    if (flag->kind == FlagKind::Switch) {
      parsed.flags.emplace(name, "");
      continue;
    }
    if (i + 1 >= args.size() || ends_a_value(spec, args[i + 1])) {
      return refuse<ParsedArgs>(word, word + " needs a value");
    }
    if (parsed.has(name)) return refuse<ParsedArgs>(word, word + " is given twice");
    parsed.flags.emplace(name, args[++i]);
  }
  return parsed;
}

Result<std::uint64_t> whole_number(const ParsedArgs& args, std::string_view flag, std::uint64_t fallback,
                                   WholeNumberRange range) {
  const auto text = args.value(flag);
  if (!text) return fallback;
  std::uint64_t value = 0;
  const char* end = text->data() + text->size();
  const auto [stop, error] = std::from_chars(text->data(), end, value);
  if (error != std::errc{} || stop != end || value < range.min || value > range.max) {
    return refuse<std::uint64_t>(flag, std::string(flag) + ": " + dealdojo::content::quote_value(*text) +
                                           " is not a whole number from " + grouped(range.min) + " to " +
                                           grouped(range.max));
  }
  return value;
}

int usage_error(CommandContext& ctx, std::string_view command, std::string_view message) {
  const std::string_view topic = command.substr(0, command.find(' '));  // "deal" of "deal aov"
  ctx.err << "dojo " << command << ": " << message << "\nRun 'dojo help " << topic << "' for usage.\n";
  return kExitUsage;
}

std::optional<ParsedArgs> parse_or_report(CommandContext& ctx, const CommandSpec& spec,
                                          std::span<const std::string> args) {
  Result<ParsedArgs> parsed = parse_flags(spec, args);
  if (!parsed) {
    usage_error(ctx, spec.command, parsed.error_message());
    return std::nullopt;
  }
  return parsed.take_value();
}

std::string unknown_subcommand(std::string_view given, std::span<const std::string_view> choices) {
  std::string message = "unknown subcommand " + dealdojo::content::quote_value(given) + "; choose ";
  for (std::size_t i = 0; i < choices.size(); ++i) {
    message += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + std::string(choices[i]);
  }
  return message;
}

int run_subcommand(CommandContext& ctx, std::string_view command, std::span<const Subcommand> subcommands) {
  std::vector<std::string_view> names;
  for (const Subcommand& sub : subcommands) {
    names.push_back(sub.name);
    if (sub.name != ctx.args[0]) continue;
    const auto args = parse_or_report(ctx, sub.spec, std::span<const std::string>(ctx.args).subspan(1));
    if (!args) return kExitUsage;
    return sub.run(ctx, *args);
  }
  return usage_error(ctx, command, unknown_subcommand(ctx.args[0], names));
}

}  // namespace dojo
