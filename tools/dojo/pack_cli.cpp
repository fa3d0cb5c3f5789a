#include "dojo/pack_cli.hpp"

#include <algorithm>
#include <ostream>

#include "core/util/text.hpp"

namespace dojo {

std::string_view usage_of(std::string_view command) {
  for (const Command& c : all_commands()) {
    if (c.name == command) return c.usage;
  }
  return {};
}

bool check_flags(CommandContext& ctx, std::initializer_list<std::string_view> known, std::string_view usage) {
  for (const std::string& arg : ctx.args) {
    if (arg.size() < 2 || arg.front() != '-') continue;
    if (std::find(known.begin(), known.end(), arg) != known.end()) continue;
    usage_error(ctx, "unknown option '" + arg + "'", usage);
    return false;
  }
  return true;
}

std::vector<std::string> arguments_without_flags(const CommandContext& ctx, std::span<const std::string_view> valued_flags) {
  std::vector<std::string> result;
  for (std::size_t i = 0; i < ctx.args.size(); ++i) {
    const std::string& a = ctx.args[i];
    if (a.size() > 1 && a.front() == '-') {
      if (std::find(valued_flags.begin(), valued_flags.end(), a) != valued_flags.end()) ++i;
      continue;
    }
    result.push_back(a);
  }
  return result;
}

int usage_error(CommandContext& ctx, std::string_view message, std::string_view usage) {
  ctx.err << "dojo: " << message << "\n\nUsage:\n  " << usage << "\n";
  return kExitUsage;
}

void print_diagnostics(std::ostream& out, const std::vector<dealdojo::content::Diagnostic>& diagnostics,
                       std::string_view indent) {
  for (const auto& d : diagnostics) {
    out << indent << dealdojo::content::severity_name(d.severity) << ": " << d.to_string() << "\n";
  }
}

std::string problem_summary(const std::vector<dealdojo::content::Diagnostic>& diagnostics) {
  using dealdojo::text::count_noun;
  const auto errors = static_cast<std::int64_t>(dealdojo::content::count_errors(diagnostics));
  const auto warnings = static_cast<std::int64_t>(diagnostics.size()) - errors;
  if (errors == 0 && warnings == 0) return "no problems";
  if (warnings == 0) return count_noun(errors, "error", "errors");
  if (errors == 0) return count_noun(warnings, "warning", "warnings");
  return count_noun(errors, "error", "errors") + std::string(", ") + count_noun(warnings, "warning", "warnings");
}

}  // namespace dojo
