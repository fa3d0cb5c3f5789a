#pragma once
// Conditions on a conversation: which choices are offered and which branch is
// taken. A small language, the same in the JSON form and in scripts:
//
//   trust >= 60                    a variable compared with a whole number
//                                  (<, <=, >, >=, == or =, !=)
//   said asked-about-budget        the learner picked the choice with this id
//   used clarify                   a technique (or "reply", "commitment") was used
//   visited pushback               the conversation passed through this node
//   not X,  X and Y,  X or Y,  ( X )   ("and" binds tighter than "or";
//                                  !, &&, || are accepted too)
//
// Parsing checks the syntax; bind() then resolves names against a scenario, so a
// condition that names a missing variable, choice or node is reported once, at
// load, and evaluation is a plain walk over indices.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/roleplay/vocabulary.hpp"

namespace dealdojo::roleplay {

inline constexpr std::size_t kMaxConditionChars = 500;
inline constexpr std::size_t kMaxConditionDepth = 16;

// What a condition can look at: the conversation so far.
struct Facts {
  std::span<const int> values;            // by variable index
  std::span<const std::uint8_t> said;     // by choice index in the scenario (non-zero: picked)
  std::span<const std::uint8_t> visited;  // by node index
  TechniqueMask used = 0;
};

class Condition {
 public:
  enum class Op : std::uint8_t { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };
  enum class Kind : std::uint8_t { Compare, Said, Used, Visited, Not, And, Or };

  struct Term {
    Kind kind = Kind::Compare;
    Op op = Op::Equal;
    int value = 0;            // Compare
    std::string name;         // Compare: variable; Said: choice id; Visited: node id; Used: technique
    std::size_t index = 0;    // after bind(): the variable, choice or node index
    TechniqueMask mask = 0;   // Used
    std::uint32_t left = 0;   // Not, And, Or
    std::uint32_t right = 0;  // And, Or
  };

  const std::string& text() const { return m_text; }
  const std::vector<Term>& terms() const { return m_terms; }
  bool bound() const { return m_bound; }

  bool evaluate(const Facts& facts) const;  // requires bound()
  // The parts that do not hold, in words: "trust at least 75 (it is 55)".
  std::vector<std::string> unmet_parts(const Facts& facts) const;
  // The whole condition in words: "trust at least 75 and resistance at most 40".
  std::string describe() const;

  // Names for bind(): index i of `choices` is choice index i (empty when that
  // choice has no id).
  struct Names {
    std::span<const std::string> variables;
    std::span<const std::string> choices;
    std::span<const std::string> nodes;
  };
  // Resolves every name; returns one message per name that does not exist.
  std::vector<std::string> bind(const Names& names);

 private:
  friend class ConditionParser;
  bool eval(std::uint32_t term, const Facts& facts) const;
  void unmet(std::uint32_t term, const Facts& facts, std::vector<std::string>& out) const;
  std::string describe(std::uint32_t term) const;

  std::string m_text;
  std::vector<Term> m_terms;
  std::uint32_t m_root = 0;
  bool m_bound = false;
};

struct ConditionParse {
  std::optional<Condition> condition;
  std::string error;  // "at character 9: expected a whole number after '>='"
};

ConditionParse parse_condition(std::string_view text);

}  // namespace dealdojo::roleplay
