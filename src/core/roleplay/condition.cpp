#include "core/roleplay/condition.hpp"

#include <algorithm>

#include "core/content/text_checks.hpp"

namespace dealdojo::roleplay {

// ---------------------------------------------------------------------------------
// Parsing: a recursive descent over a token stream. Depth is bounded by
// kMaxConditionDepth and the text by kMaxConditionChars, so a hostile pack
// cannot exhaust the stack.

class ConditionParser {
 public:
  explicit ConditionParser(std::string_view text) : m_text(text) {}

  ConditionParse run() {
    ConditionParse result;
    if (m_text.size() > kMaxConditionChars) {
      result.error = "a condition has at most " + std::to_string(kMaxConditionChars) + " characters";
      return result;
    }
    next();
    if (m_token == Token::End) {
      result.error = "the condition is empty";
      return result;
    }
    const auto root = parse_or(0);
    if (root && m_token != Token::End) fail("expected 'and', 'or' or the end, not " + describe_token());
    if (!m_error.empty()) {
      result.error = "at character " + std::to_string(m_error_at + 1) + ": " + m_error;
      return result;
    }
    m_condition.m_text = std::string(content::trim(m_text));
    m_condition.m_root = *root;
    result.condition = std::move(m_condition);
    return result;
  }

 private:
  enum class Token { End, LParen, RParen, Op, Not, And, Or, Word, Number, Bad };

  static bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }

  void next() {
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t')) ++m_pos;
    m_start = m_pos;
    if (m_pos >= m_text.size()) {
      m_token = Token::End;
      return;
    }
    const char c = m_text[m_pos];
    const auto two = m_text.substr(m_pos, 2);
    if (c == '(' || c == ')') {
      m_token = c == '(' ? Token::LParen : Token::RParen;
      ++m_pos;
    } else if (two == "<=" || two == ">=" || two == "==" || two == "!=") {
      m_token = Token::Op;
      m_pos += 2;
    } else if (c == '<' || c == '>' || c == '=') {
      m_token = Token::Op;
      ++m_pos;
    } else if (c == '!') {
      m_token = Token::Not;
      ++m_pos;
    } else if (two == "&&" || two == "||") {
      m_token = two == "&&" ? Token::And : Token::Or;
      m_pos += 2;
    } else if (word_char(c)) {
      while (m_pos < m_text.size() && word_char(m_text[m_pos])) ++m_pos;
      const std::string_view w = word();
      if (w == "and") m_token = Token::And;
      else if (w == "or") m_token = Token::Or;
      else if (w == "not") m_token = Token::Not;
      else if (std::all_of(w.begin(), w.end(), [](char d) { return d >= '0' && d <= '9'; })) m_token = Token::Number;
      else m_token = Token::Word;
    } else {
      m_token = Token::Bad;
      ++m_pos;
    }
  }

  std::string_view word() const { return m_text.substr(m_start, m_pos - m_start); }

  std::string describe_token() const {
    if (m_token == Token::End) return "the end";
    return content::quote_value(word());
  }

  void fail(std::string message) {
    if (!m_error.empty()) return;
    m_error = std::move(message);
    m_error_at = m_start;
  }

  std::uint32_t add(Condition::Term term) {
    m_condition.m_terms.push_back(std::move(term));
    return static_cast<std::uint32_t>(m_condition.m_terms.size() - 1);
  }

  std::optional<std::uint32_t> parse_or(std::size_t depth) {
    auto left = parse_and(depth);
    while (left && m_token == Token::Or) {
      next();
      const auto right = parse_and(depth);
      if (!right) return std::nullopt;
      Condition::Term t;
      t.kind = Condition::Kind::Or;
      t.left = *left;
      t.right = *right;
      left = add(std::move(t));
    }
    return left;
  }

  std::optional<std::uint32_t> parse_and(std::size_t depth) {
    auto left = parse_unary(depth);
    while (left && m_token == Token::And) {
      next();
      const auto right = parse_unary(depth);
      if (!right) return std::nullopt;
      Condition::Term t;
      t.kind = Condition::Kind::And;
      t.left = *left;
      t.right = *right;
      left = add(std::move(t));
    }
    return left;
  }

  std::optional<std::uint32_t> parse_unary(std::size_t depth) {
    if (depth > kMaxConditionDepth) {
      fail("the condition nests more than " + std::to_string(kMaxConditionDepth) + " levels deep");
      return std::nullopt;
    }
    if (m_token == Token::Not) {
      next();
      const auto operand = parse_unary(depth + 1);
      if (!operand) return std::nullopt;
      Condition::Term t;
      t.kind = Condition::Kind::Not;
      t.left = *operand;
      return add(std::move(t));
    }
    if (m_token == Token::LParen) {
      next();
      const auto inner = parse_or(depth + 1);
      if (!inner) return std::nullopt;
      if (m_token != Token::RParen) {
        fail("expected ')' to close the '(', not " + describe_token());
        return std::nullopt;
      }
      next();
      return inner;
    }
    if (m_token != Token::Word) {
      fail("expected a variable, 'said', 'used', 'visited', 'not' or '(', not " + describe_token());
      return std::nullopt;
    }
    return parse_primary();
  }

  std::optional<std::uint32_t> parse_primary() {
    const std::string first(word());
    next();
    Condition::Term t;
    if (first == "said" || first == "used" || first == "visited") {
      if (m_token != Token::Word && m_token != Token::Number) {
        fail("expected a name after '" + first + "', not " + describe_token());
        return std::nullopt;
      }
      t.name = std::string(word());
      if (first == "used") {
        const auto set = parse_technique_set(t.name);
        if (!set) {
          fail("'" + t.name + "' is not a technique; use a name such as clarify, reply-admit, reply or commitment");
          return std::nullopt;
        }
        t.kind = Condition::Kind::Used;
        t.mask = set->mask;
      } else {
        t.kind = first == "said" ? Condition::Kind::Said : Condition::Kind::Visited;
      }
      next();
      return add(std::move(t));
    }
    t.kind = Condition::Kind::Compare;
    t.name = first;
    if (m_token != Token::Op) {
      fail("expected a comparison (<, <=, >, >=, ==, !=) after '" + first + "', not " + describe_token());
      return std::nullopt;
    }
    const std::string_view op = word();
    t.op = op == "<"    ? Condition::Op::Less
           : op == "<=" ? Condition::Op::LessEqual
           : op == ">"  ? Condition::Op::Greater
           : op == ">=" ? Condition::Op::GreaterEqual
           : op == "!=" ? Condition::Op::NotEqual
                        : Condition::Op::Equal;
    next();
    if (m_token != Token::Number || word().size() > 3 || std::stoi(std::string(word())) > 100) {
      fail("expected a whole number from 0 to 100 after '" + std::string(op) + "', not " + describe_token());
      return std::nullopt;
    }
    t.value = std::stoi(std::string(word()));
    next();
    return add(std::move(t));
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::size_t m_start = 0;
  Token m_token = Token::End;
  std::string m_error;
  std::size_t m_error_at = 0;
  Condition m_condition;
};

ConditionParse parse_condition(std::string_view text) { return ConditionParser(text).run(); }

// ---------------------------------------------------------------------------------
// Binding and evaluation

namespace {

std::optional<std::size_t> find_name(std::span<const std::string> names, std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!names[i].empty() && names[i] == name) return i;
  }
  return std::nullopt;
}

std::string unknown_message(std::string message, std::string_view name, std::span<const std::string> names) {
  std::vector<std::string_view> candidates;
  for (const std::string& n : names) {
    if (!n.empty()) candidates.emplace_back(n);
  }
  if (const auto guess = content::closest_match(name, candidates)) message += " (did you mean '" + std::string(*guess) + "'?)";
  return message;
}

bool compare(int left, Condition::Op op, int right) {
  switch (op) {
    case Condition::Op::Less: return left < right;
    case Condition::Op::LessEqual: return left <= right;
    case Condition::Op::Greater: return left > right;
    case Condition::Op::GreaterEqual: return left >= right;
    case Condition::Op::Equal: return left == right;
    case Condition::Op::NotEqual: return left != right;
  }
  return false;
}

std::string_view op_words(Condition::Op op) {
  switch (op) {
    case Condition::Op::Less: return " below ";
    case Condition::Op::LessEqual: return " at most ";
    case Condition::Op::Greater: return " above ";
    case Condition::Op::GreaterEqual: return " at least ";
    case Condition::Op::Equal: return " exactly ";
    case Condition::Op::NotEqual: return " other than ";
  }
  return " ";
}

bool flag(std::span<const std::uint8_t> flags, std::size_t index) { return index < flags.size() && flags[index] != 0; }

}  // namespace

std::vector<std::string> Condition::bind(const Names& names) {
  std::vector<std::string> errors;
  for (Term& t : m_terms) {
    std::optional<std::size_t> found;
    switch (t.kind) {
      case Kind::Compare:
        found = find_name(names.variables, t.name);
        if (!found) errors.push_back(unknown_message("there is no variable '" + t.name + "'", t.name, names.variables));
        break;
      case Kind::Said:
        found = find_name(names.choices, t.name);
        if (!found) errors.push_back(unknown_message("no choice has the id '" + t.name + "'", t.name, names.choices));
        break;
      case Kind::Visited:
        found = find_name(names.nodes, t.name);
        if (!found) errors.push_back(unknown_message("there is no node '" + t.name + "'", t.name, names.nodes));
        break;
      default: continue;
    }
    t.index = found.value_or(0);
  }
  m_bound = errors.empty();
  return errors;
}

bool Condition::evaluate(const Facts& facts) const { return !m_terms.empty() && eval(m_root, facts); }

bool Condition::eval(std::uint32_t index, const Facts& facts) const {
  const Term& t = m_terms[index];
  switch (t.kind) {
    case Kind::Compare: return t.index < facts.values.size() && compare(facts.values[t.index], t.op, t.value);
    case Kind::Said: return flag(facts.said, t.index);
    case Kind::Visited: return flag(facts.visited, t.index);
    case Kind::Used: return (facts.used & t.mask) != 0;
    case Kind::Not: return !eval(t.left, facts);
    case Kind::And: return eval(t.left, facts) && eval(t.right, facts);
    case Kind::Or: return eval(t.left, facts) || eval(t.right, facts);
  }
  return false;
}

std::string Condition::describe() const { return m_terms.empty() ? std::string() : describe(m_root); }

std::string Condition::describe(std::uint32_t index) const {
  const Term& t = m_terms[index];
  const auto grouped = [&](std::uint32_t child, Kind parent) {
    const Kind k = m_terms[child].kind;
    const bool wrap = (k == Kind::Or && parent != Kind::Or) || (k == Kind::And && parent == Kind::Not);
    return wrap ? "(" + describe(child) + ")" : describe(child);
  };
  switch (t.kind) {
    case Kind::Compare: return t.name + std::string(op_words(t.op)) + std::to_string(t.value);
    case Kind::Said: return "having said '" + t.name + "'";
    case Kind::Visited: return "having reached '" + t.name + "'";
    case Kind::Used: {
      const auto set = parse_technique_set(t.name);
      return "having used " + std::string(set ? set->label : std::string_view(t.name));
    }
    case Kind::Not: return "not " + grouped(t.left, Kind::Not);
    case Kind::And: return grouped(t.left, Kind::And) + " and " + grouped(t.right, Kind::And);
    case Kind::Or: return grouped(t.left, Kind::Or) + " or " + grouped(t.right, Kind::Or);
  }
  return "";
}

std::vector<std::string> Condition::unmet_parts(const Facts& facts) const {
  std::vector<std::string> out;
  if (!m_terms.empty()) unmet(m_root, facts, out);
  return out;
}

void Condition::unmet(std::uint32_t index, const Facts& facts, std::vector<std::string>& out) const {
  if (eval(index, facts)) return;
  const Term& t = m_terms[index];
  if (t.kind == Kind::And) {
    unmet(t.left, facts, out);
    unmet(t.right, facts, out);
    return;
  }
  std::string part = describe(index);
  if (t.kind == Kind::Compare && t.index < facts.values.size()) {
    part += " (it was " + std::to_string(facts.values[t.index]) + ")";
  }
  out.push_back(std::move(part));
}

}  // namespace dealdojo::roleplay
