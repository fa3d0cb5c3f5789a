#include "dojo/command.hpp"

#include <algorithm>

namespace dojo {

bool CommandContext::has_flag(std::string_view flag) const {
  return std::any_of(args.begin(), args.end(), [&](const std::string& a) { return a == flag; });
}

std::optional<std::string> CommandContext::flag_value(std::string_view flag) const {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == flag) return args[i + 1];
  }
  return std::nullopt;
}

std::vector<std::string> CommandContext::positionals(
    std::span<const std::string_view> valued_flags) const {
  std::vector<std::string> result;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a.starts_with("--")) {
      if (std::find(valued_flags.begin(), valued_flags.end(), a) != valued_flags.end()) ++i;
      continue;
    }
    result.push_back(a);
  }
  return result;
}

}  // namespace dojo
