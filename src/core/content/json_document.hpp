#pragma once
// A bounded JSON parser for untrusted pack files, and the small read-only document
// it builds. Why not nlohmann::json's DOM: building and freeing a map-based tree
// for a 10,000-question pack took ~300 ms, most of it in malloc/free; this one
// keeps every value in one vector, points into the source text for strings
// without escapes, and is iterative, so depth never touches the C++ stack.
// Limits (depth, string length, list and object sizes, total values) are enforced
// while parsing, and every problem is reported with line, column and JSON Pointer.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"
#include "core/content/limits.hpp"

namespace dealdojo::content {

enum class JsonType : std::uint8_t { Null, Boolean, Number, String, Array, Object };

class JsonDocument;

// A handle on one value of a JsonDocument, or of an nlohmann::json tree (saves,
// scenarios kept as nlohmann::json), so one field reader (json_reader.hpp) serves
// both. Cheap to copy; valid while the document (and its text) or the tree lives.
class JsonView {
 public:
  JsonView() = default;
  JsonView(const JsonDocument* doc, std::uint32_t index) : m_doc(doc), m_index(index) {}
  explicit JsonView(const nlohmann::json& tree, std::string_view key = {}) : m_tree(&tree), m_key(key) {}

  JsonType type() const;
  bool is_null() const { return type() == JsonType::Null; }
  bool is_boolean() const { return type() == JsonType::Boolean; }
  bool is_number() const { return type() == JsonType::Number; }
  bool is_string() const { return type() == JsonType::String; }
  bool is_array() const { return type() == JsonType::Array; }
  bool is_object() const { return type() == JsonType::Object; }
  // A number written without fraction or exponent that fits in 64 bits.
  bool is_integer() const;

  // A whole number from 0 to 2^64-1 (seeds); a document's integers reach 2^63-1.
  bool is_unsigned() const;
  std::uint64_t unsigned_integer() const;  // for is_unsigned()

  bool boolean() const;
  std::int64_t integer() const;   // for is_integer()
  double number() const;          // any number
  std::string_view string() const;  // for is_string()
  std::string_view key() const;   // the member name, for a value inside an object
  std::size_t size() const;       // items of an array, members of an object

  // Object member by name (the first, if a broken file repeats it).
  std::optional<JsonView> find(std::string_view key) const;

  // Children of an array or object, in order: for (JsonView item : view.children()).
  class ChildIterator {
   public:
    ChildIterator(const JsonDocument* doc, std::uint32_t index) : m_doc(doc), m_index(index) {}
    ChildIterator(nlohmann::json::const_iterator it, bool in_object)
        : m_tree_it(it), m_in_tree(true), m_in_object(in_object) {}
    JsonView operator*() const;
    ChildIterator& operator++();
    bool operator!=(const ChildIterator& other) const {
      return m_in_tree ? m_tree_it != other.m_tree_it : m_index != other.m_index;
    }

   private:
    const JsonDocument* m_doc = nullptr;
    std::uint32_t m_index = 0;
    nlohmann::json::const_iterator m_tree_it;
    bool m_in_tree = false;
    bool m_in_object = false;
  };
  struct Children {
    ChildIterator first, last;
    ChildIterator begin() const { return first; }
    ChildIterator end() const { return last; }
  };
  Children children() const;

  // A deep copy as nlohmann::json, for data kept opaque (role-play scenarios).
  nlohmann::json to_nlohmann() const;

 private:
  friend class JsonDocument;
  const JsonDocument* m_doc = nullptr;
  std::uint32_t m_index = 0;
  const nlohmann::json* m_tree = nullptr;  // set: a view on an nlohmann::json value
  std::string_view m_key;                   // its member name, for a tree value inside an object
};

class JsonDocument {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  struct Node {
    std::string_view key;   // set when the parent is an object
    std::string_view text;  // String
    double number = 0;      // Number (also set for integers)
    std::int64_t integer = 0;
    std::uint32_t first_child = kNone;
    std::uint32_t last_child = kNone;
    std::uint32_t next_sibling = kNone;
    std::uint32_t count = 0;  // children
    JsonType type = JsonType::Null;
    bool boolean = false;
    bool integral = false;
  };

  // Parses `text` (which must outlive the document). Returns nullopt after
  // reporting when the text is not JSON or breaks a hard limit; over-long strings
  // and repeated field names are reported but still give a document, so the rest
  // of the file is checked too. `values_left` is shared by all files of a pack.
  static std::optional<JsonDocument> parse(std::string_view text, std::string_view file, const Limits& limits,
                                           std::size_t& values_left, DiagnosticSink& sink);

  JsonView root() const { return {this, 0}; }
  const Node& node(std::uint32_t index) const { return m_nodes[index]; }
  // Adds every character above ASCII that the document's strings and member names
  // use (the parser notes them as it checks their UTF-8).
  void add_characters_above_ascii(std::set<char32_t>& out) const;

 private:
  friend class JsonParser;
  void note_character(char32_t c);
  std::vector<Node> m_nodes;
  std::set<char32_t> m_characters;  // above ASCII
  // Characters of the Basic Multilingual Plane noted already (a bit each, made at
  // the first one): the same few come back thousands of times in a pack.
  std::vector<std::uint64_t> m_noted;
  std::deque<std::string> m_decoded;  // strings that had escapes; a deque keeps them in place
};

}  // namespace dealdojo::content
