#include "core/roleplay/json_fields.hpp"

#include <algorithm>

#include "core/content/json_reader.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::roleplay::detail {

using json = nlohmann::json;

std::string json_type(const json& v) {
  if (v.is_string()) return "text";
  if (v.is_boolean()) return "true/false";
  if (v.is_number_integer()) return "a whole number";
  if (v.is_number()) return "a number";
  if (v.is_array()) return "a list [ ... ]";
  if (v.is_object()) return "an object { ... }";
  return "null";
}

std::string Fields::quote(std::string_view value) { return content::quote_value(value); }

std::string Fields::at(std::string_view key) const { return m_pointer + "/" + content::pointer_token(key); }

const json* Fields::find(std::string_view key) const {
  const auto it = m_object.find(std::string(key));
  return it == m_object.end() ? nullptr : &*it;
}

std::optional<std::string> Fields::text(std::string_view key, bool required, std::string_view purpose) {
  const json* v = find(key);
  if (!v) {
    if (required) error(at(key), "'" + std::string(key) + "' is missing: add " + std::string(purpose));
    return std::nullopt;
  }
  if (!v->is_string()) {
    error(at(key), "must be text, not " + json_type(*v));
    return std::nullopt;
  }
  const auto& s = v->get_ref<const std::string&>();
  if (content::trim(s).empty()) {
    error(at(key), "is empty: add " + std::string(purpose));
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> Fields::id(std::string_view key, bool required, std::string_view purpose) {
  auto value = text(key, required, purpose);
  if (value && (!content::is_kebab_case(*value) || value->size() > content::kMaxIdChars)) {
    error(at(key), content::bad_id_message(*value));
    return std::nullopt;
  }
  return value;
}

std::optional<int> Fields::integer(std::string_view key, int min, int max) {
  const json* v = find(key);
  if (!v) return std::nullopt;
  return integer_value(*v, at(key), min, max);
}

std::optional<int> Fields::integer_value(const json& v, const std::string& pointer, int min, int max) {
  const std::string range = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!v.is_number_integer()) {
    error(pointer, "must be " + range + ", not " + json_type(v));
    return std::nullopt;
  }
  const bool huge = v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(max);
  const std::int64_t x = huge ? std::int64_t{max} + 1 : v.get<std::int64_t>();
  if (x < min || x > max) {
    error(pointer, "must be " + range);
    return std::nullopt;
  }
  return static_cast<int>(x);
}

void Fields::warn_unknown(std::span<const std::string_view> known, std::string_view what) {
  for (const auto& [key, value] : m_object.items()) {
    (void)value;
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string message = "unknown field " + quote(key) + " in " + std::string(what) + " is ignored";
    if (const auto guess = content::closest_match(key, known)) message += " (did you mean '" + std::string(*guess) + "'?)";
    warning(at(key), message);
  }
}

}  // namespace dealdojo::roleplay::detail
