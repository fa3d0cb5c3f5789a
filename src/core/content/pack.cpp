#include "core/content/pack.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace dealdojo::content {
namespace {

constexpr std::array<std::string_view, 2> kKindNames = {"single", "multiple"};
constexpr std::array<std::string_view, 3> kDifficultyNames = {"easy", "medium", "hard"};
constexpr std::array<std::string_view, 5> kForecastNames = {"pipeline", "best_case", "commit",
                                                            "closed", "omitted"};

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view kind_name(QuestionKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }
std::string_view difficulty_name(Difficulty difficulty) {
  return kDifficultyNames[static_cast<std::size_t>(difficulty)];
}
std::string_view forecast_category_name(ForecastCategory cat) {
  return kForecastNames[static_cast<std::size_t>(cat)];
}
std::optional<QuestionKind> parse_kind(std::string_view name) {
  return parse_name<QuestionKind>(kKindNames, name);
}
std::optional<Difficulty> parse_difficulty(std::string_view name) {
  return parse_name<Difficulty>(kDifficultyNames, name);
}
std::optional<ForecastCategory> parse_forecast_category(std::string_view name) {
  return parse_name<ForecastCategory>(kForecastNames, name);
}

const BlueprintDomain* Blueprint::find_domain(std::string_view id) const {
  for (const BlueprintDomain& d : domains) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

int Blueprint::exam_share(const BlueprintDomain& domain) const {
  // Integer rounding half up: 21% of 60 = 12.6 -> 13.
  return (domain.weight * questions + 50) / 100;
}

bool Question::is_correct(std::string_view option_id) const {
  return std::find(correct.begin(), correct.end(), option_id) != correct.end();
}

const Option* Question::find_option(std::string_view option_id) const {
  for (const Option& o : options) {
    if (o.id == option_id) return &o;
  }
  return nullptr;
}

const Question* Pack::find_question(std::string_view id) const {
  for (const Question& q : questions) {
    if (q.id == id) return &q;
  }
  return nullptr;
}

const GlossaryTerm* Pack::find_glossary_term(std::string_view id) const {
  for (const GlossaryTerm& t : glossary) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::size_t Pack::roleplay_scenario_count() const {
  if (!roleplay.is_object()) return 0;
  const auto it = roleplay.find("scenarios");
  return it != roleplay.end() && it->is_array() ? it->size() : 0;
}

std::string global_question_id(std::string_view pack_id, std::string_view question_id) {
  std::string out;
  out.reserve(pack_id.size() + 1 + question_id.size());
  out.append(pack_id).append("/").append(question_id);
  return out;
}

std::optional<GlobalId> split_global_id(std::string_view global_id) {
  const std::size_t slash = global_id.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= global_id.size()) return std::nullopt;
  return GlobalId{global_id.substr(0, slash), global_id.substr(slash + 1)};
}

}  // namespace dealdojo::content
