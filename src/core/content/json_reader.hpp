#pragma once
// Typed, checked reads of fields from an untrusted JSON object. Every problem is
// reported once with the JSON Pointer of the value and plain words; a read that
// fails returns nullopt so the caller can carry on and find the next problem.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/content/json_document.hpp"
#include "core/util/result.hpp"

namespace dealdojo::content {

struct ReadContext {
  std::string_view file;
  DiagnosticSink& sink;
};

enum class Need { Required, Optional };

// "text", "a whole number", "a list", ... for "must be X, not Y".
std::string describe_json_type(JsonView value);

// Reports and returns false unless `value` is an object.
bool expect_object(JsonView value, const std::string& pointer, ReadContext& ctx, std::string_view what);

class ObjectReader {
 public:
  ObjectReader(JsonView object, std::string pointer, ReadContext& ctx)
      : m_object(object), m_pointer(std::move(pointer)), m_ctx(ctx) {}

  const std::string& pointer() const { return m_pointer; }
  std::string pointer(std::string_view key) const;
  ReadContext& context() { return m_ctx; }
  std::optional<JsonView> find(std::string_view key) const { return m_object.find(key); }

  // Non-empty text. `purpose` completes "'stem' is missing: add ...".
  std::optional<std::string> text(std::string_view key, Need need, std::string_view purpose);
  // Text that may be absent or empty without a diagnostic ("" then).
  std::string optional_text(std::string_view key);
  // A kebab-case id of at most 64 characters.
  std::optional<std::string> id(std::string_view key, Need need, std::string_view purpose);
  std::optional<int> integer(std::string_view key, Need need, int min, int max, std::string_view purpose);
  // A whole number of 64 bits (times in milliseconds, counts).
  std::optional<std::int64_t> whole_number(std::string_view key, Need need, std::int64_t min, std::int64_t max,
                                           std::string_view purpose);
  // A whole number from 0 to 2^64-1 (a seed).
  std::optional<std::uint64_t> unsigned64(std::string_view key, Need need, std::string_view purpose);
  std::optional<bool> boolean(std::string_view key, Need need, std::string_view purpose);
  std::optional<double> number(std::string_view key, Need need, double min, double max,
                               std::string_view purpose);
  // A list of non-empty texts; kebab-case ids when `ids` is set.
  std::optional<std::vector<std::string>> text_list(std::string_view key, Need need, std::size_t max_items,
                                                    bool ids, std::string_view purpose);
  // The array at `key`, or nullopt (reported when present but not a list, or required).
  std::optional<JsonView> array(std::string_view key, Need need, std::string_view purpose);
  // The object at `key`, or nullopt (reported when present but not an object, or required).
  std::optional<JsonView> object(std::string_view key, Need need, std::string_view purpose);
  // An error at this object's `key` (or at the object itself for "").
  void error(std::string_view key, std::string message);

  // A warning for each field not in `known`, with a "did you mean" when it looks like a typo.
  void warn_unknown_fields(std::span<const std::string_view> known, std::string_view what);

 private:
  // The value at `key`; a missing required one is reported ("'stem' is missing: add ...").
  std::optional<JsonView> present(std::string_view key, Need need, std::string_view purpose);
  void missing(std::string_view key, std::string_view purpose);
  void wrong_type(std::string_view key, JsonView value, std::string_view expected);

  JsonView m_object;
  std::string m_pointer;
  ReadContext& m_ctx;
};

// Reads one whole value with T's `static std::optional<T> read(ObjectReader&)`
// (a saved record, an attempt file): the value, or every problem found.
template <typename T>
util::Result<T> read_object(JsonView value, std::string_view file = "", std::string_view what = "the data") {
  DiagnosticSink sink;
  ReadContext ctx{file, sink};
  std::optional<T> out;
  if (expect_object(value, "", ctx, what)) {
    ObjectReader fields(value, "", ctx);
    out = T::read(fields);
  }
  if (out && !sink.has_errors()) return std::move(*out);
  return util::Result<T>::failure(sink.take());
}
template <typename T>
util::Result<T> read_object(const nlohmann::json& value, std::string_view file = "", std::string_view what = "the data") {
  return read_object<T>(JsonView(value), file, what);
}

inline constexpr std::size_t kMaxIdChars = 64;
// The message for an id that is not kebab-case, with a suggestion.
std::string bad_id_message(std::string_view value);

}  // namespace dealdojo::content
