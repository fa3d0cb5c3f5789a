// JsonView: read-only access to a JsonDocument built by the parser, or to an
// nlohmann::json tree, behind one interface.
#include <cstdint>
#include <limits>

#include "core/content/json_document.hpp"

namespace dealdojo::content {
namespace {

JsonType tree_type(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::boolean: return JsonType::Boolean;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return JsonType::Number;
    case nlohmann::json::value_t::string: return JsonType::String;
    case nlohmann::json::value_t::array: return JsonType::Array;
    case nlohmann::json::value_t::object: return JsonType::Object;
    default: return JsonType::Null;  // null, discarded, binary
  }
}

// What a tree's scalar iterates over: nothing (nlohmann iterates a scalar as itself).
const nlohmann::json& no_children() {
  static const nlohmann::json empty = nlohmann::json::array();
  return empty;
}

}  // namespace

JsonType JsonView::type() const { return m_tree ? tree_type(*m_tree) : m_doc->node(m_index).type; }

bool JsonView::is_integer() const {
  if (!m_tree) return is_number() && m_doc->node(m_index).integral;
  if (m_tree->is_number_unsigned()) {
    return m_tree->get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  }
  return m_tree->is_number_integer();
}

bool JsonView::is_unsigned() const {
  if (m_tree && m_tree->is_number_unsigned()) return true;
  return is_integer() && integer() >= 0;
}

std::uint64_t JsonView::unsigned_integer() const {
  if (m_tree && m_tree->is_number_unsigned()) return m_tree->get<std::uint64_t>();
  return static_cast<std::uint64_t>(integer());
}

bool JsonView::boolean() const { return m_tree ? m_tree->get<bool>() : m_doc->node(m_index).boolean; }
std::int64_t JsonView::integer() const { return m_tree ? m_tree->get<std::int64_t>() : m_doc->node(m_index).integer; }
double JsonView::number() const { return m_tree ? m_tree->get<double>() : m_doc->node(m_index).number; }

std::string_view JsonView::string() const {
  return m_tree ? std::string_view(m_tree->get_ref<const std::string&>()) : m_doc->node(m_index).text;
}

std::string_view JsonView::key() const { return m_tree ? m_key : m_doc->node(m_index).key; }

std::size_t JsonView::size() const {
  if (!m_tree) return m_doc->node(m_index).count;
  return m_tree->is_array() || m_tree->is_object() ? m_tree->size() : 0;
}

std::optional<JsonView> JsonView::find(std::string_view key) const {
  if (!is_object()) return std::nullopt;
  if (m_tree) {
    const auto it = m_tree->find(key);
    if (it == m_tree->end()) return std::nullopt;
    return JsonView(*it, it.key());
  }
  for (JsonView child : children()) {
    if (child.key() == key) return child;
  }
  return std::nullopt;
}

JsonView JsonView::ChildIterator::operator*() const {
  if (!m_in_tree) return {m_doc, m_index};
  return m_in_object ? JsonView(*m_tree_it, m_tree_it.key()) : JsonView(*m_tree_it);
}

JsonView::ChildIterator& JsonView::ChildIterator::operator++() {
  if (m_in_tree) ++m_tree_it;
  else m_index = m_doc->node(m_index).next_sibling;
  return *this;
}

JsonView::Children JsonView::children() const {
  if (m_tree) {
    const nlohmann::json& parent = m_tree->is_array() || m_tree->is_object() ? *m_tree : no_children();
    return {ChildIterator(parent.cbegin(), parent.is_object()), ChildIterator(parent.cend(), parent.is_object())};
  }
  const JsonDocument::Node& n = m_doc->node(m_index);
  const bool container = n.type == JsonType::Array || n.type == JsonType::Object;
  return {ChildIterator(m_doc, container ? n.first_child : JsonDocument::kNone),
          ChildIterator(m_doc, JsonDocument::kNone)};
}

nlohmann::json JsonView::to_nlohmann() const {
  if (m_tree) return *m_tree;
  // Recursion is bounded by Limits::max_depth, enforced when parsing.
  switch (type()) {
    case JsonType::Null: return nullptr;
    case JsonType::Boolean: return boolean();
    case JsonType::Number: return is_integer() ? nlohmann::json(integer()) : nlohmann::json(number());
    case JsonType::String: return std::string(string());
    case JsonType::Array: {
      nlohmann::json out = nlohmann::json::array();
      for (JsonView child : children()) out.push_back(child.to_nlohmann());
      return out;
    }
    case JsonType::Object: {
      nlohmann::json out = nlohmann::json::object();
      for (JsonView child : children()) out[std::string(child.key())] = child.to_nlohmann();
      return out;
    }
  }
  return nullptr;
}

}  // namespace dealdojo::content
