// The bounded parser behind JsonDocument (JsonView is in json_view.cpp).
// [SECTION] the parser: positions and messages, scanning, strings, numbers, the value loop
#include "core/content/json_document.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/content/text_checks.hpp"
#include "core/util/text.hpp"

namespace dealdojo::content {

// ---------------------------------------------------------------------------------
// [SECTION] the parser

class JsonParser {
 public:
  JsonParser(std::string_view text, std::string_view file, const Limits& limits, std::size_t& values_left,
             DiagnosticSink& sink, JsonDocument& doc)
      : m_text(text), m_file(file), m_limits(limits), m_values_left(values_left), m_sink(sink), m_doc(doc) {}

  bool run();

 private:
  using Node = JsonDocument::Node;
  static constexpr std::uint32_t kNone = JsonDocument::kNone;

  struct Frame {
    std::uint32_t node;
    std::string_view pending_key;  // objects: the key of the member being read
    bool key_set = false;          // false between ',' and the next key
  };

  // --- positions and messages
  std::string where(std::size_t offset) const {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < m_text.size(); ++i) {
      if (m_text[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
  }
  std::string found_text() const {
    if (m_pos >= m_text.size()) return "the end of the file";
    const char c = m_text[m_pos];
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) return "an unexpected character";
    return std::string("'") + c + "'";
  }
  // Pointer of the value about to be added (next_in_innermost) or of the open container.
  std::string pointer(bool next_in_innermost) const {
    std::string out;
    const std::size_t levels = next_in_innermost ? m_stack.size() : (m_stack.empty() ? 0 : m_stack.size() - 1);
    for (std::size_t i = 0; i < levels; ++i) {
      const Node& n = m_doc.m_nodes[m_stack[i].node];
      out.push_back('/');
      if (n.type == JsonType::Object) {
        if (!m_stack[i].key_set) {
          out.pop_back();  // between members: the object itself is the place
          break;
        }
        out += pointer_token(m_stack[i].pending_key);
      } else {
        const bool innermost = next_in_innermost && i + 1 == levels;
        out += std::to_string(innermost ? n.count : (n.count == 0 ? 0 : n.count - 1));
      }
    }
    return out;
  }
  bool syntax_error(std::string message) {
    m_sink.error(m_file, pointer(true), "this is not valid JSON (" + where(m_pos) + "): " + std::move(message));
    return false;
  }
  std::string count_text(std::size_t n) const { return text::with_thousands(static_cast<std::int64_t>(n)); }

  // --- scanning
  void skip_whitespace() {
    while (m_pos < m_text.size()) {
      // A pretty-printed pack is a quarter indentation: spaces are skipped eight at a
      // time, up to the first other byte (the lowest byte is the first).
      if (std::uint64_t word = 0; m_pos + 8 <= m_text.size()) {
        std::memcpy(&word, m_text.data() + m_pos, 8);
        const std::uint64_t not_space = word ^ 0x2020202020202020ull;
        if (not_space == 0) {
          m_pos += 8;
          continue;
        }
        m_pos += static_cast<std::size_t>(std::countr_zero(not_space)) / 8;
      }
      const char c = m_text[m_pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      ++m_pos;
    }
  }
  bool at(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }

  bool parse_hex4(std::uint32_t& out) {
    if (m_pos + 4 > m_text.size()) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = m_text[m_pos++];
      std::uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        digit = static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        digit = static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return false;
      }
      out = out * 16 + digit;
    }
    return true;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  // A string starting at the opening quote. Views the source when it has no
  // escapes; otherwise decodes into the document's arena.
  bool parse_string(std::string_view& out, bool is_key);
  bool parse_number(Node& node);
  bool parse_literal(Node& node);

  // --- building
  bool add_value(Node node, std::uint32_t& index);
  bool close_container();
  void report_duplicate_keys(std::uint32_t object);

  std::string_view m_text;
  std::string_view m_file;
  const Limits& m_limits;
  std::size_t& m_values_left;
  DiagnosticSink& m_sink;
  JsonDocument& m_doc;
  std::size_t m_pos = 0;
  std::vector<Frame> m_stack;
  std::vector<std::string_view> m_keys;  // report_duplicate_keys's scratch, kept to spare an allocation per object
};

namespace {

// Of eight bytes (the first in the lowest), a mark on each that ends or interrupts
// a run of plain text: a quote, a backslash, a control character or a byte above
// ASCII. Strings are most of a pack's bytes, and a byte at a time was a quarter of
// reading one (callgrind). Each test below marks exactly the matching bytes up to
// the first match (a borrow only reaches bytes above it), so the lowest mark is exact.
std::uint64_t special_bytes(std::uint64_t word) {
  static_assert(std::endian::native == std::endian::little, "the first byte must be the lowest");
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kTops = 0x8080808080808080ull;
  const auto zero_bytes = [](std::uint64_t x) { return (x - kOnes) & ~x & kTops; };
  const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kTops;
  return (word & kTops) | below_space | zero_bytes(word ^ (kOnes * '"')) | zero_bytes(word ^ (kOnes * '\\'));
}

}  // namespace

bool JsonParser::parse_string(std::string_view& out, bool is_key) {
  const std::size_t start = ++m_pos;  // after the quote
  std::string* decoded = nullptr;
  std::size_t chars = 0;
  std::size_t run_start = start;  // start of the bytes not yet copied into `decoded`
  while (true) {
    for (std::uint64_t word = 0; m_pos + 8 <= m_text.size();) {
      std::memcpy(&word, m_text.data() + m_pos, 8);
      const std::uint64_t special = special_bytes(word);
      const std::size_t plain = special == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(special)) / 8;
      m_pos += plain;
      chars += plain;
      if (special != 0) break;
    }
    if (m_pos >= m_text.size()) return syntax_error("a text value is not closed: a '\"' is missing");
    const auto c = static_cast<unsigned char>(m_text[m_pos]);
    if (c == '"') break;
    if (c < 0x20) {
      return syntax_error(c == '\n' ? "a line break inside text must be written as \\n"
                                    : "a control character inside text must be escaped");
    }
    if (c == '\\') {
      if (decoded == nullptr) decoded = &m_doc.m_decoded.emplace_back();
      decoded->append(m_text.substr(run_start, m_pos - run_start));
      ++m_pos;
      if (m_pos >= m_text.size()) return syntax_error("the file ends inside text");
      const char e = m_text[m_pos++];
      switch (e) {
        case '"': decoded->push_back('"'); break;
        case '\\': decoded->push_back('\\'); break;
        case '/': decoded->push_back('/'); break;
        case 'b': decoded->push_back('\b'); break;
        case 'f': decoded->push_back('\f'); break;
        case 'n': decoded->push_back('\n'); break;
        case 'r': decoded->push_back('\r'); break;
        case 't': decoded->push_back('\t'); break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!parse_hex4(cp)) return syntax_error("\\u must be followed by 4 hex digits");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (m_pos + 2 > m_text.size() || m_text[m_pos] != '\\' || m_text[m_pos + 1] != 'u') {
              return syntax_error("a \\u escape of a surrogate half must be followed by its low half");
            }
            m_pos += 2;
            if (!parse_hex4(low) || low < 0xDC00 || low > 0xDFFF) {
              return syntax_error("a \\u escape of a surrogate half must be followed by its low half");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return syntax_error("a \\u escape holds a lone surrogate half");
          }
          append_utf8(*decoded, cp);
          if (cp >= 0x80) m_doc.note_character(cp);
          break;
        }
        default:
          --m_pos;
          return syntax_error(std::string("'\\") + std::string(1, e >= 0x20 && e < 0x7F ? e : '?') +
                              "' is not an escape JSON knows; write \\\\ for a backslash");
      }
      ++chars;
      run_start = m_pos;
      continue;
    }
    if (c < 0x80) {
      ++m_pos;
    } else {
      const std::size_t len = utf8_sequence_length(m_text, m_pos);
      if (len == 0) return syntax_error("the text is not valid UTF-8: save the file with UTF-8 encoding");
      char32_t character = c & (0x7Fu >> len);
      for (std::size_t k = 1; k < len; ++k) character = (character << 6) | (static_cast<unsigned char>(m_text[m_pos + k]) & 0x3Fu);
      m_doc.note_character(character);
      m_pos += len;
    }
    ++chars;
  }
  const std::size_t end = m_pos++;  // past the closing quote
  if (decoded != nullptr) {
    decoded->append(m_text.substr(run_start, end - run_start));
    out = *decoded;
  } else {
    out = m_text.substr(start, end - start);
  }
  const std::size_t limit = is_key ? m_limits.max_key_chars : m_limits.max_string_chars;
  if (chars > limit) {
    // A key's own place is not known yet: name the object that holds it.
    m_sink.error(m_file, pointer(!is_key),
                 std::string(is_key ? "a field name" : "this text") + " is " + count_text(chars) +
                     " characters long; the limit is " + count_text(limit) +
                     (is_key ? "" : ": shorten it or split it up"));
  }
  return true;
}

bool JsonParser::parse_number(Node& node) {
  const std::size_t start = m_pos;
  bool negative = false;
  if (at('-')) {
    negative = true;
    ++m_pos;
  }
  const auto digit = [&] { return m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9'; };
  if (!digit()) return syntax_error("a number must start with a digit");
  // The significant digits as an integer (up to 19), and a decimal exponent.
  std::uint64_t mantissa = 0;
  int exponent = 0;
  int digits = 0;
  bool integral = true;
  if (m_text[m_pos] == '0') {
    ++m_pos;
    if (digit()) return syntax_error("a number must not start with 0 (write 7, not 07)");
  } else {
    while (digit()) {
      if (digits < 19) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(m_text[m_pos] - '0');
        ++digits;
      } else {
        ++exponent;
        integral = false;  // too long for 64 bits
      }
      ++m_pos;
    }
  }
  if (at('.')) {
    integral = false;
    ++m_pos;
    if (!digit()) return syntax_error("a decimal point must be followed by digits");
    while (digit()) {
      if (digits < 19) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(m_text[m_pos] - '0');
        ++digits;
        --exponent;
      }
      ++m_pos;
    }
  }
  if (at('e') || at('E')) {
    integral = false;
    ++m_pos;
    bool exp_negative = false;
    if (at('+') || at('-')) exp_negative = m_text[m_pos++] == '-';
    if (!digit()) return syntax_error("an exponent must have digits");
    int e = 0;
    while (digit()) {
      if (e < 100000) e = e * 10 + (m_text[m_pos] - '0');
      ++m_pos;
    }
    exponent += exp_negative ? -e : e;
  }
  // One correctly rounded operation when mantissa < 2^53 and |exponent| <= 22 (all
  // the numbers packs hold); otherwise strtod on the token, so that every number
  // reads back exactly as nlohmann::json writes it.
  double value = static_cast<double>(mantissa);
  if (mantissa >= (std::uint64_t{1} << 53) || exponent < -22 || exponent > 22 || digits >= 19) {
    const std::string token(m_text.substr(start, m_pos - start));
    value = std::fabs(std::strtod(token.c_str(), nullptr));
  } else if (exponent != 0 && mantissa != 0) {
    static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    value = exponent < 0 ? value / kPowers[-exponent] : value * kPowers[exponent];
  }
  node.type = JsonType::Number;
  node.number = negative ? -value : value;
  if (integral && mantissa <= static_cast<std::uint64_t>(INT64_MAX)) {
    node.integral = true;
    node.integer = negative ? -static_cast<std::int64_t>(mantissa) : static_cast<std::int64_t>(mantissa);
  }
  return true;
}

bool JsonParser::parse_literal(Node& node) {
  const auto word = [&](std::string_view w) { return m_text.substr(m_pos, w.size()) == w; };
  if (word("true")) {
    node.type = JsonType::Boolean;
    node.boolean = true;
    m_pos += 4;
  } else if (word("false")) {
    node.type = JsonType::Boolean;
    m_pos += 5;
  } else if (word("null")) {
    node.type = JsonType::Null;
    m_pos += 4;
  } else {
    std::size_t end = m_pos;
    while (end < m_text.size() && end - m_pos < 20 &&
           ((m_text[end] >= 'a' && m_text[end] <= 'z') || (m_text[end] >= 'A' && m_text[end] <= 'Z'))) {
      ++end;
    }
    if (end == m_pos) {
      if (at('\'')) return syntax_error("text must be in double quotes \"...\", not single quotes");
      if (at('/')) return syntax_error("JSON has no comments (// or /* */)");
      if (at('}') || at(']')) return syntax_error("a comma before " + found_text() + " has nothing after it: remove it");
      return syntax_error("expected a value (text, a number, a list, an object, true, false or null), found " + found_text());
    }
    return syntax_error(quote_value(m_text.substr(m_pos, end - m_pos)) +
                        " is not a value; text goes in double quotes, and true, false and null are lowercase");
  }
  return true;
}

bool JsonParser::add_value(Node node, std::uint32_t& index) {
  if (m_values_left == 0) {
    m_sink.error(m_file, pointer(true),
                 "the pack holds more than " + count_text(m_limits.max_values) +
                     " JSON values in all; split it into smaller packs");
    return false;
  }
  --m_values_left;
  index = static_cast<std::uint32_t>(m_doc.m_nodes.size());
  if (!m_stack.empty()) {
    Frame& frame = m_stack.back();
    Node& parent = m_doc.m_nodes[frame.node];
    const std::size_t limit = parent.type == JsonType::Array ? m_limits.max_array_items : m_limits.max_object_members;
    if (parent.count >= limit) {
      m_sink.error(m_file, pointer(false),
                   parent.type == JsonType::Array
                       ? "this list has more than " + count_text(limit) + " items; split it across files or packs"
                       : "this object has more than " + count_text(limit) + " fields; no part of a pack needs that many");
      return false;
    }
    if (parent.type == JsonType::Object) node.key = frame.pending_key;
    if (parent.last_child == kNone) {
      parent.first_child = index;
    } else {
      m_doc.m_nodes[parent.last_child].next_sibling = index;
    }
    parent.last_child = index;
    ++parent.count;
  }
  m_doc.m_nodes.push_back(node);
  return true;
}

void JsonParser::report_duplicate_keys(std::uint32_t object) {
  const Node& n = m_doc.m_nodes[object];
  if (n.count < 2) return;
  std::vector<std::string_view>& keys = m_keys;
  keys.clear();
  for (std::uint32_t c = n.first_child; c != kNone; c = m_doc.m_nodes[c].next_sibling) keys.push_back(m_doc.m_nodes[c].key);
  if (keys.size() <= 16) {
    // A pack's objects have a few fields: comparing each pair (most differ in
    // length) is quicker than sorting them.
    bool repeated = false;
    for (std::size_t i = 1; i < keys.size() && !repeated; ++i) {
      for (std::size_t j = 0; j < i && !repeated; ++j) repeated = keys[i] == keys[j];
    }
    if (!repeated) return;
  }
  std::sort(keys.begin(), keys.end());  // O(n log n) even for a hostile object
  if (std::adjacent_find(keys.begin(), keys.end()) == keys.end()) return;  // the usual case: no pointer to build
  const std::string base = pointer(false);
  for (std::size_t i = 1; i < keys.size(); ++i) {
    if (keys[i] != keys[i - 1] || (i >= 2 && keys[i - 2] == keys[i])) continue;
    m_sink.error(m_file, base + std::string("/") + pointer_token(keys[i]),
                 "the field " + quote_value(keys[i]) + " appears more than once in the same object; keep only one");
  }
}

bool JsonParser::close_container() {
  const std::uint32_t node = m_stack.back().node;
  if (m_doc.m_nodes[node].type == JsonType::Object) report_duplicate_keys(node);
  ++m_pos;
  m_stack.pop_back();
  return true;
}

bool JsonParser::run() {
  m_doc.m_nodes.reserve(std::min<std::size_t>(m_text.size() / 48 + 16, m_values_left));
  if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;  // a UTF-8 byte order mark, as some editors write
  skip_whitespace();
  if (m_pos >= m_text.size()) {
    m_sink.error(m_file, "", "the file is empty; a pack file holds one JSON object { ... }");
    return false;
  }
  // The value loop: read a value; if it opens a container, descend; after a value,
  // expect ',' or the container's end.
  bool expect_value = true;
  while (true) {
    if (expect_value) {
      skip_whitespace();
      Frame* frame = m_stack.empty() ? nullptr : &m_stack.back();
      if (frame != nullptr && m_doc.m_nodes[frame->node].type == JsonType::Object) {
        // A member: "key": value
        if (!at('"')) {
          if (at('}') && m_doc.m_nodes[frame->node].count == 0) {
            close_container();
            expect_value = false;
            continue;
          }
          if (at('}')) return syntax_error("a comma before '}' has nothing after it: remove it");
          if (at('\'')) return syntax_error("field names must be in double quotes \"...\", not single quotes");
          return syntax_error("expected a field name in double quotes, found " + found_text());
        }
        std::string_view key;
        if (!parse_string(key, true)) return false;
        skip_whitespace();
        if (!at(':')) return syntax_error("expected ':' after the field name " + quote_value(key) + ", found " + found_text());
        ++m_pos;
        skip_whitespace();
        m_stack.back().pending_key = key;
        m_stack.back().key_set = true;
      } else if (frame != nullptr && at(']') && m_doc.m_nodes[frame->node].count == 0) {
        close_container();
        expect_value = false;
        continue;
      }
      if (m_pos >= m_text.size()) return syntax_error("the file ends where a value should be: something is missing");
      if (m_stack.size() >= m_limits.max_depth && (at('{') || at('['))) {
        m_sink.error(m_file, pointer(true),
                     "the data is nested more than " + count_text(m_limits.max_depth) +
                         " levels deep; a pack never needs that many");
        return false;
      }
      Node node;
      const char c = m_text[m_pos];
      std::uint32_t index = 0;
      if (c == '{' || c == '[') {
        node.type = c == '{' ? JsonType::Object : JsonType::Array;
        if (!add_value(node, index)) return false;
        ++m_pos;
        m_stack.push_back({index, {}, false});
        continue;  // expect the first member or item
      }
      if (c == '"') {
        node.type = JsonType::String;
        if (!parse_string(node.text, false)) return false;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        if (!parse_number(node)) return false;
      } else if (!parse_literal(node)) {
        return false;
      }
      if (!add_value(node, index)) return false;
      expect_value = false;
      continue;
    }
    // After a value.
    skip_whitespace();
    if (m_stack.empty()) {
      if (m_pos < m_text.size()) {
        return syntax_error("there is more after the end of the top-level value; a file holds one JSON object");
      }
      return true;
    }
    const bool in_object = m_doc.m_nodes[m_stack.back().node].type == JsonType::Object;
    if (at(',')) {
      ++m_pos;
      m_stack.back().key_set = false;
      skip_whitespace();
      if (at(in_object ? '}' : ']')) {
        return syntax_error(std::string("a comma before '") + (in_object ? '}' : ']') + "' has nothing after it: remove it");
      }
      expect_value = true;
    } else if (at(in_object ? '}' : ']')) {
      close_container();
    } else if (m_pos >= m_text.size()) {
      return syntax_error(std::string("the file ends too early: a '") + (in_object ? '}' : ']') + "' is missing");
    } else {
      return syntax_error(std::string("expected ',' or '") + (in_object ? '}' : ']') + "', found " + found_text() +
                          (at('"') || at('{') || at('[') ? " (is a comma missing?)" : ""));
    }
  }
}

std::optional<JsonDocument> JsonDocument::parse(std::string_view text, std::string_view file, const Limits& limits,
                                                std::size_t& values_left, DiagnosticSink& sink) {
  if (text.size() > limits.max_file_bytes) {
    sink.error(file, "",
               "the file is " + text::with_thousands(static_cast<std::int64_t>(text.size())) +
                   " bytes; the limit is " + text::with_thousands(static_cast<std::int64_t>(limits.max_file_bytes)) +
                   " bytes: split it into several files");
    return std::nullopt;
  }
  JsonDocument doc;
  JsonParser parser(text, file, limits, values_left, sink, doc);
  if (!parser.run()) return std::nullopt;
  return doc;
}

void JsonDocument::note_character(char32_t c) {
  if (c < 0x10000) {
    if (m_noted.empty()) m_noted.resize(0x10000 / 64);
    std::uint64_t& bits = m_noted[c / 64];
    const std::uint64_t bit = std::uint64_t{1} << (c % 64);
    if ((bits & bit) != 0) return;
    bits |= bit;
  }
  m_characters.insert(c);
}

void JsonDocument::add_characters_above_ascii(std::set<char32_t>& out) const {
  out.insert(m_characters.begin(), m_characters.end());
}

}  // namespace dealdojo::content
