#include "dojo/pack_cli.hpp"

#include <ostream>

#include "core/util/text.hpp"

namespace dojo {

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
