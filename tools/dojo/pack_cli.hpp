#pragma once
// Printing diagnostics, for the commands that read packs and other content files.
// The work itself is in core/content.
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"

namespace dojo {

// "  error: questions/a.json: /questions/3/id: ..." one per line.
void print_diagnostics(std::ostream& out, const std::vector<dealdojo::content::Diagnostic>& diagnostics,
                       std::string_view indent = "  ");
// "2 errors, 1 warning" / "no problems".
std::string problem_summary(const std::vector<dealdojo::content::Diagnostic>& diagnostics);

}  // namespace dojo
