#pragma once
// Internal to the scenario reader: typed, checked reads of fields from an
// untrusted nlohmann::json object, each problem reported once on its JSON
// Pointer. (The pack loader has its own reader over its bounded parser; the
// role-play module reads the opaque scenarios the pack keeps as nlohmann::json.)
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"

namespace dealdojo::roleplay::detail {

// "text", "a whole number", "a list [ ... ]", ... for "must be X, not Y".
std::string json_type(const nlohmann::json& value);

class Fields {
 public:
  Fields(const nlohmann::json& object, std::string pointer, std::string_view file, content::DiagnosticSink& sink)
      : m_object(object), m_pointer(std::move(pointer)), m_file(file), m_sink(sink) {}

  Fields child(const nlohmann::json& object, std::string pointer) const {
    return Fields(object, std::move(pointer), m_file, m_sink);
  }
  std::string at(std::string_view key) const;
  const std::string& pointer() const { return m_pointer; }
  const nlohmann::json* find(std::string_view key) const;
  void error(const std::string& pointer, std::string message) { m_sink.error(m_file, pointer, std::move(message)); }
  void warning(const std::string& pointer, std::string message) { m_sink.warning(m_file, pointer, std::move(message)); }

  // Non-empty text; `purpose` completes "'say' is missing: add ...".
  std::optional<std::string> text(std::string_view key, bool required, std::string_view purpose);
  // A kebab-case id.
  std::optional<std::string> id(std::string_view key, bool required, std::string_view purpose);
  std::optional<int> integer(std::string_view key, int min, int max);
  std::optional<int> integer_value(const nlohmann::json& value, const std::string& pointer, int min, int max);

  // A name from a fixed list; `parse` maps it, `names` lists the allowed ones for the message.
  template <typename T, typename Parse>
  std::optional<T> word(std::string_view key, bool required, Parse parse, std::string_view names) {
    const auto value = text(key, required, "one of " + std::string(names));
    if (!value) return std::nullopt;
    const auto parsed = parse(*value);
    if (!parsed) error(at(key), quote(*value) + " is not one of " + std::string(names));
    return parsed;
  }

  // A warning for each field not in `known`, with a "did you mean" for typos.
  void warn_unknown(std::span<const std::string_view> known, std::string_view what);

 private:
  static std::string quote(std::string_view value);

  const nlohmann::json& m_object;
  std::string m_pointer;
  std::string_view m_file;
  content::DiagnosticSink& m_sink;
};

}  // namespace dealdojo::roleplay::detail
