#include "core/util/field_errors.hpp"

#include <algorithm>

namespace dealdojo::util {
namespace {

std::string escape_token(std::string_view token) {
  std::string out;
  for (const char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string unescape_token(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

bool is_index(std::string_view token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string field_pointer(std::string_view field) { return "/" + escape_token(field); }

std::string field_pointer(std::string_view field, std::size_t index) {
  return field_pointer(field) + "/" + std::to_string(index);
}

void add_field_error(FieldErrors& errors, std::string_view pointer, std::string message) {
  errors.push_back({content::Diagnostic::Severity::Error, "", std::string(pointer), std::move(message)});
}

const content::Diagnostic* find_field_error(const FieldErrors& errors, std::string_view pointer) {
  for (const content::Diagnostic& e : errors) {
    if (e.is_error() && e.pointer == pointer) return &e;
  }
  return nullptr;
}

std::string field_name(std::string_view pointer) {
  if (!pointer.starts_with('/')) return std::string(pointer);
  std::string out;
  std::size_t start = 1;
  for (bool first = true;; first = false) {
    const std::size_t end = std::min(pointer.find('/', start), pointer.size());
    const std::string_view token = pointer.substr(start, end - start);
    if (first) out = unescape_token(token);
    else if (is_index(token)) out += "[" + std::string(token) + "]";
    else out += "/" + unescape_token(token);
    if (end == pointer.size()) break;
    start = end + 1;
  }
  return out;
}

nlohmann::json field_errors_to_json(const FieldErrors& errors) {
  nlohmann::json list = nlohmann::json::array();
  for (const content::Diagnostic& e : errors) {
    list.push_back({{"field", field_name(e.pointer)}, {"message", e.message}});
  }
  return list;
}

}  // namespace dealdojo::util
