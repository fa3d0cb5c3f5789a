#include "core/content/diagnostic.hpp"

#include <algorithm>

#include "core/util/text.hpp"

namespace dealdojo::content {

std::string Diagnostic::to_string() const {
  std::string out;
  if (!file.empty()) out += file + ": ";
  if (!pointer.empty()) out += pointer + ": ";
  out += message;
  return out;
}

std::string_view severity_name(Diagnostic::Severity severity) {
  return severity == Diagnostic::Severity::Error ? "error" : "warning";
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.is_error(); });
}

std::size_t count_errors(const std::vector<Diagnostic>& diagnostics) {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [](const Diagnostic& d) { return d.is_error(); }));
}

nlohmann::ordered_json diagnostics_to_json(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    list.push_back({{"severity", std::string(severity_name(d.severity))},
                    {"file", d.file},
                    {"pointer", d.pointer},
                    {"message", d.message}});
  }
  return list;
}

void DiagnosticSink::error(std::string_view file, std::string pointer, std::string message) {
  add({Diagnostic::Severity::Error, std::string(file), std::move(pointer), std::move(message)});
}

void DiagnosticSink::warning(std::string_view file, std::string pointer, std::string message) {
  add({Diagnostic::Severity::Warning, std::string(file), std::move(pointer), std::move(message)});
}

void DiagnosticSink::add(Diagnostic diagnostic) {
  if (diagnostic.is_error()) ++m_errors;
  if (m_items.size() >= m_max) return;
  m_items.push_back(std::move(diagnostic));
}

std::vector<Diagnostic> DiagnosticSink::take() {
  std::stable_partition(m_items.begin(), m_items.end(),
                        [](const Diagnostic& d) { return d.is_error(); });
  if (m_items.size() >= m_max) {
    // Reading stops once the list is full, so there may be more than were dropped.
    m_items.push_back({m_errors > 0 ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, "", "",
                       "the list stops at " + text::count_noun(static_cast<std::int64_t>(m_max), "problem", "problems") +
                           "; there may be more: fix the ones above and check again"});
  }
  std::vector<Diagnostic> out = std::move(m_items);
  m_items.clear();
  m_errors = 0;
  return out;
}

}  // namespace dealdojo::content
