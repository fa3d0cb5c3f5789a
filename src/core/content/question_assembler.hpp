#pragma once
// Internal to the importers: checks imported questions with the pack rules (each
// question is handed over as pack JSON and read by read_question, so an imported
// question is held to exactly the rules of a pack file), reports problems at the
// place in the source file, and assembles the pack.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/question_import.hpp"

namespace dealdojo::content::detail {

// Turns a pointer inside one question ("/options/2/text") into a place in the
// source file ("row 5, column J (option_c)").
using PlaceFn = std::function<std::string(std::string_view pointer)>;

class QuestionAssembler {
 public:
  QuestionAssembler(const ImportOptions& options, const Limits& limits, DiagnosticSink& sink)
      : m_options(options), m_limits(limits), m_sink(sink) {}

  void add(const nlohmann::json& question, PlaceFn place);
  // Cross-question checks, then the pack (nullopt on any error).
  ImportResult finish();

  std::size_t size() const { return m_entries.size(); }

 private:
  struct Entry {
    Question question;
    PlaceFn place;
  };
  Pack derived_pack_shell();

  const ImportOptions& m_options;
  const Limits& m_limits;
  DiagnosticSink& m_sink;
  std::vector<Entry> m_entries;
  std::size_t m_values_left = SIZE_MAX;
};

// "deal-management" -> "Deal management".
std::string name_from_id(std::string_view id);

}  // namespace dealdojo::content::detail
