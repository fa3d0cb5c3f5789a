// JsonView: read-only access to a JsonDocument built by the parser.
#include "core/content/json_document.hpp"

namespace dealdojo::content {

JsonType JsonView::type() const { return m_doc->node(m_index).type; }
bool JsonView::is_integer() const { return is_number() && m_doc->node(m_index).integral; }
bool JsonView::boolean() const { return m_doc->node(m_index).boolean; }
std::int64_t JsonView::integer() const { return m_doc->node(m_index).integer; }
double JsonView::number() const { return m_doc->node(m_index).number; }
std::string_view JsonView::string() const { return m_doc->node(m_index).text; }
std::string_view JsonView::key() const { return m_doc->node(m_index).key; }
std::size_t JsonView::size() const { return m_doc->node(m_index).count; }

std::optional<JsonView> JsonView::find(std::string_view key) const {
  if (!is_object()) return std::nullopt;
  for (JsonView child : children()) {
    if (child.key() == key) return child;
  }
  return std::nullopt;
}

JsonView::ChildIterator& JsonView::ChildIterator::operator++() {
  m_index = m_doc->node(m_index).next_sibling;
  return *this;
}

JsonView::Children JsonView::children() const {
  const JsonDocument::Node& n = m_doc->node(m_index);
  const bool container = n.type == JsonType::Array || n.type == JsonType::Object;
  return {ChildIterator(m_doc, container ? n.first_child : JsonDocument::kNone),
          ChildIterator(m_doc, JsonDocument::kNone)};
}

nlohmann::json JsonView::to_nlohmann() const {
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
