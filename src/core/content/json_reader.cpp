#include "core/content/json_reader.hpp"

#include <cmath>
#include <cstdint>
#include <sstream>

#include "core/content/text_checks.hpp"

namespace dealdojo::content {
namespace {

std::string number_text(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

std::string value_preview(JsonView value) {
  if (value.is_string()) return std::string(" ") + quote_value(value.string());
  if (value.is_integer()) return std::string(" (") + std::to_string(value.integer()) + ")";
  if (value.is_number()) {
    return std::isfinite(value.number()) ? std::string(" (") + number_text(value.number()) + ")" : " (far too large)";
  }
  if (value.is_boolean()) return value.boolean() ? " (true)" : " (false)";
  return "";
}

}  // namespace

std::string describe_json_type(JsonView value) {
  switch (value.type()) {
    case JsonType::String: return "text";
    case JsonType::Boolean: return "true/false";
    case JsonType::Number: return value.is_integer() ? "a whole number" : "a number";
    case JsonType::Array: return "a list [ ... ]";
    case JsonType::Object: return "an object { ... }";
    case JsonType::Null: return "null";
  }
  return "an unknown kind of value";
}

bool expect_object(JsonView value, const std::string& pointer, ReadContext& ctx, std::string_view what) {
  if (value.is_object()) return true;
  ctx.sink.error(ctx.file, pointer,
                 std::string(what) + " must be an object { ... }, not " + describe_json_type(value));
  return false;
}

std::string bad_id_message(std::string_view value) {
  if (value.size() > kMaxIdChars) {
    return "this id is longer than " + std::to_string(kMaxIdChars) + " characters; use a shorter one";
  }
  std::string message = quote_value(value) +
                        " is not a valid id: use lowercase letters, digits and single hyphens";
  const std::string suggestion = slugify(value, kMaxIdChars);
  if (!suggestion.empty()) message += ", such as '" + suggestion + "'";
  return message;
}

std::string ObjectReader::pointer(std::string_view key) const {
  return m_pointer + std::string("/") + pointer_token(key);
}

std::optional<JsonView> ObjectReader::present(std::string_view key, Need need, std::string_view purpose) {
  const auto value = find(key);
  if (!value && need == Need::Required) missing(key, purpose);
  return value;
}

void ObjectReader::missing(std::string_view key, std::string_view purpose) {
  m_ctx.sink.error(m_ctx.file, pointer(key),
                   std::string("'") + std::string(key) + "' is missing: add " + std::string(purpose));
}

void ObjectReader::wrong_type(std::string_view key, JsonView value, std::string_view expected) {
  m_ctx.sink.error(m_ctx.file, pointer(key),
                   "must be " + std::string(expected) + ", not " + describe_json_type(value) +
                       value_preview(value));
}

std::optional<std::string> ObjectReader::text(std::string_view key, Need need, std::string_view purpose) {
  const auto value = present(key, need, purpose);
  if (!value) return std::nullopt;
  if (!value->is_string()) {
    wrong_type(key, *value, "text in quotes");
    return std::nullopt;
  }
  if (trim(value->string()).empty()) {
    if (need == Need::Required) {
      m_ctx.sink.error(m_ctx.file, pointer(key), "is empty: add " + std::string(purpose));
    }
    return std::nullopt;
  }
  return std::string(value->string());
}

std::string ObjectReader::optional_text(std::string_view key) {
  return text(key, Need::Optional, "").value_or(std::string());
}

std::optional<std::string> ObjectReader::id(std::string_view key, Need need, std::string_view purpose) {
  std::optional<std::string> value = text(key, need, purpose);
  if (!value) return std::nullopt;
  if (value->size() > kMaxIdChars || !is_kebab_case(*value)) {
    m_ctx.sink.error(m_ctx.file, pointer(key), bad_id_message(*value));
    return std::nullopt;
  }
  return value;
}

std::optional<int> ObjectReader::integer(std::string_view key, Need need, int min, int max,
                                         std::string_view purpose) {
  const auto number = whole_number(key, need, min, max, purpose);
  if (!number) return std::nullopt;
  return static_cast<int>(*number);
}

std::optional<std::int64_t> ObjectReader::whole_number(std::string_view key, Need need, std::int64_t min,
                                                       std::int64_t max, std::string_view purpose) {
  const auto value = present(key, need, purpose);
  if (!value) return std::nullopt;
  std::int64_t number = 0;
  if (value->is_integer()) {
    number = value->integer();
  } else if (value->is_number() && std::isfinite(value->number()) && std::floor(value->number()) == value->number() &&
             std::fabs(value->number()) < 1e15) {
    number = static_cast<std::int64_t>(value->number());  // 60.0 is a whole number too
  } else {
    wrong_type(key, *value, "a whole number");
    return std::nullopt;
  }
  if (number < min || number > max) {
    m_ctx.sink.error(m_ctx.file, pointer(key),
                     "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                         std::to_string(number));
    return std::nullopt;
  }
  return number;
}

std::optional<std::uint64_t> ObjectReader::unsigned64(std::string_view key, Need need, std::string_view purpose) {
  const auto value = present(key, need, purpose);
  if (!value) return std::nullopt;
  if (!value->is_unsigned()) {
    wrong_type(key, *value, "a whole number, 0 or more");
    return std::nullopt;
  }
  return value->unsigned_integer();
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need, std::string_view purpose) {
  const auto value = present(key, need, purpose);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) {
    wrong_type(key, *value, "true or false");
    return std::nullopt;
  }
  return value->boolean();
}

std::optional<double> ObjectReader::number(std::string_view key, Need need, double min, double max,
                                           std::string_view purpose) {
  const auto value = present(key, need, purpose);
  if (!value) return std::nullopt;
  if (!value->is_number()) {
    wrong_type(key, *value, "a number");
    return std::nullopt;
  }
  const double number = value->number();
  if (!std::isfinite(number) || number < min || number > max) {
    m_ctx.sink.error(m_ctx.file, pointer(key),
                     "must be a number from " + number_text(min) + " to " + number_text(max) + ", not " +
                         number_text(number));
    return std::nullopt;
  }
  return number;
}

std::optional<JsonView> ObjectReader::array(std::string_view key, Need need, std::string_view purpose) {
  const auto value = present(key, need, purpose);
  if (!value) return std::nullopt;
  if (!value->is_array()) {
    wrong_type(key, *value, "a list [ ... ]");
    return std::nullopt;
  }
  return value;
}

std::optional<JsonView> ObjectReader::object(std::string_view key, Need need, std::string_view purpose) {
  const auto value = present(key, need, purpose);
  if (!value) return std::nullopt;
  if (!value->is_object()) {
    wrong_type(key, *value, "an object { ... }");
    return std::nullopt;
  }
  return value;
}

void ObjectReader::error(std::string_view key, std::string message) {
  m_ctx.sink.error(m_ctx.file, key.empty() ? m_pointer : pointer(key), std::move(message));
}

std::optional<std::vector<std::string>> ObjectReader::text_list(std::string_view key, Need need,
                                                                std::size_t max_items, bool ids,
                                                                std::string_view purpose) {
  const auto list = array(key, need, purpose);
  if (!list) return std::nullopt;
  if (list->size() > max_items) {
    m_ctx.sink.error(m_ctx.file, pointer(key),
                     "has " + std::to_string(list->size()) + " items; at most " + std::to_string(max_items) +
                         " are allowed");
    return std::nullopt;
  }
  std::vector<std::string> out;
  out.reserve(list->size());
  bool ok = true;
  std::size_t i = 0;
  for (JsonView item : list->children()) {
    // Built only for a message: building it for every item was a measurable part of reading a pack.
    const auto item_pointer = [&, index = i++] { return pointer(key) + std::string("/") + std::to_string(index); };
    if (!item.is_string()) {
      m_ctx.sink.error(m_ctx.file, item_pointer(),
                       "must be text in quotes, not " + describe_json_type(item) + value_preview(item));
      ok = false;
    } else if (trim(item.string()).empty()) {
      m_ctx.sink.error(m_ctx.file, item_pointer(), "is empty: remove it or write the text");
      ok = false;
    } else if (ids && (item.string().size() > kMaxIdChars || !is_kebab_case(item.string()))) {
      m_ctx.sink.error(m_ctx.file, item_pointer(), bad_id_message(item.string()));
      ok = false;
    } else {
      out.emplace_back(item.string());
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

void ObjectReader::warn_unknown_fields(std::span<const std::string_view> known, std::string_view what) {
  if (!m_object.is_object() || m_ctx.sink.full()) return;  // a full report: spare the typo search
  for (JsonView member : m_object.children()) {
    const std::string_view key = member.key();
    bool is_known = false;
    for (std::string_view k : known) is_known = is_known || k == key;
    if (is_known) continue;
    std::string message = std::string(what) + " has no field " + quote_value(key) + "; it is ignored";
    if (const auto guess = closest_match(key, known)) message += " (did you mean '" + std::string(*guess) + "'?)";
    m_ctx.sink.warning(m_ctx.file, pointer(key), message);
    if (m_ctx.sink.full()) return;
  }
}

}  // namespace dealdojo::content
