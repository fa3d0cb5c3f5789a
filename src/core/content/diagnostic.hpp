#pragma once
// Problems found in a content pack (or an import), as values: each names the file,
// the place in it and says in plain words what to change. Errors make a pack
// unusable; warnings are advice.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace dealdojo::content {

struct Diagnostic {
  enum class Severity { Error, Warning };

  Severity severity = Severity::Error;
  std::string file;     // "questions/planning.json", relative to the pack; a bundle's name
  std::string pointer;  // JSON Pointer of the offending value ("/questions/17/correct/0");
                        // for CSV and GIFT imports a place such as "row 5, column F (correct)"
  std::string message;  // what is wrong and how to fix it, for a non-programmer

  bool is_error() const { return severity == Severity::Error; }
  // "questions/planning.json: /questions/17/correct/0: option 'e' does not exist; options are a–d"
  std::string to_string() const;
};

// Where an item of a pack was read: its file and its JSON Pointer there, named as
// in a Diagnostic. A pack merges its files, so the loader keeps these to point back.
struct ContentPlace {
  std::string file;
  std::string pointer;
};

std::string_view severity_name(Diagnostic::Severity severity);  // "error" / "warning"
bool has_errors(const std::vector<Diagnostic>& diagnostics);
std::size_t count_errors(const std::vector<Diagnostic>& diagnostics);
// [{"severity": "error", "file": ..., "pointer": ..., "message": ...}, ...]
nlohmann::ordered_json diagnostics_to_json(const std::vector<Diagnostic>& diagnostics);

// Collects diagnostics for one pass over untrusted input, up to a cap, so that a
// hostile file with a million mistakes cannot make the report itself unbounded.
class DiagnosticSink {
 public:
  explicit DiagnosticSink(std::size_t max_diagnostics = 500) : m_max(max_diagnostics) {}

  void error(std::string_view file, std::string pointer, std::string message);
  void warning(std::string_view file, std::string pointer, std::string message);
  void add(Diagnostic diagnostic);

  bool has_errors() const { return m_errors > 0; }
  // Errors so far: compare before and after reading a part to tell whether it read cleanly.
  std::size_t error_count() const { return m_errors; }
  bool full() const { return m_items.size() >= m_max; }
  // Errors first, then warnings, each in the order found; a note at the end when
  // some were left out (reading stops early once the list is full).
  std::vector<Diagnostic> take();

 private:
  std::vector<Diagnostic> m_items;
  std::size_t m_max;
  std::size_t m_errors = 0;  // including those past the cap
};

}  // namespace dealdojo::content
