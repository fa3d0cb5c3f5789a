#pragma once
// A content pack (format 1) as the app uses it, after loading and validation.
// The format itself is documented in content/FORMAT.md.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/assessment_section.hpp"
#include "core/content/guidance_section.hpp"

namespace dealdojo::content {

inline constexpr int kFormatVersion = 1;
inline constexpr int kRoleplayFormatVersion = 1;
inline constexpr std::size_t kMinOptions = 2;
inline constexpr std::size_t kMaxOptions = 8;

enum class QuestionKind { Single, Multiple };
enum class Difficulty { Easy, Medium, Hard };
enum class ForecastCategory { Pipeline, BestCase, Commit, Closed, Omitted };

std::string_view kind_name(QuestionKind kind);                  // "single", "multiple"
std::string_view difficulty_name(Difficulty difficulty);        // "easy", "medium", "hard"
std::string_view forecast_category_name(ForecastCategory cat);  // "best_case", ...
std::optional<QuestionKind> parse_kind(std::string_view name);
std::optional<Difficulty> parse_difficulty(std::string_view name);
std::optional<ForecastCategory> parse_forecast_category(std::string_view name);

struct Manifest {
  int format = kFormatVersion;
  std::string id;       // kebab-case, unique among loaded packs
  std::string title;
  std::string version;  // "1.2.0"
  std::string locale;   // "en-GB"
  std::vector<std::string> authors;
  std::string licence;
  std::string description;  // may be empty
};

struct BlueprintDomain {
  std::string id;    // kebab-case
  std::string name;  // "Deal Management"
  int weight = 0;    // percent of the exam; the weights of a blueprint add up to 100
};

struct Blueprint {
  int questions = 0;     // questions in one exam
  int minutes = 0;       // time allowed
  int pass_percent = 0;  // score needed to pass
  std::vector<BlueprintDomain> domains;
  int mocks_to_complete = 1;  // submitted mock exams that complete an LMS course (docs/LMS.md)

  const BlueprintDomain* find_domain(std::string_view id) const;
  // How many of an exam's questions this domain gets: weight% of `questions`, rounded.
  int exam_share(const BlueprintDomain& domain) const;
};

struct Option {
  std::string id;    // "a", "b", ... in order
  std::string text;
  std::string why;   // why this option is right or wrong (may be empty: a warning)
};

struct Question {
  std::string id;        // kebab-case, unique in the pack
  std::string domain;    // a blueprint domain id
  std::string subtopic;  // kebab-case
  QuestionKind kind = QuestionKind::Single;
  int choose = 1;        // 1 for single; for multiple the number of options to pick
  std::string stem;
  std::vector<Option> options;       // 2–8
  std::vector<std::string> correct;  // option ids, in option order
  std::string explanation;           // may be empty: a warning
  std::string source;                // may be empty: a warning
  Difficulty difficulty = Difficulty::Medium;
  std::vector<std::string> tags;
  std::vector<std::string> glossary;  // glossary term ids of this pack

  bool is_correct(std::string_view option_id) const;
  const Option* find_option(std::string_view option_id) const;
};

struct GlossaryTerm {
  std::string id;  // kebab-case
  std::string term;
  std::string definition;
  std::string source;  // may be empty
};

struct PipelineStage {
  std::string id;    // kebab-case, unique in its preset
  std::string name;
  int probability = 0;      // 0–100: the default win probability of a deal at this stage
  double conversion = 1.0;  // 0–1: share of deals that advance to the next stage
  ForecastCategory forecast_category = ForecastCategory::Pipeline;
  std::vector<std::string> exit_criteria;
};

struct PipelinePreset {
  std::string id;  // kebab-case
  std::string name;
  std::vector<PipelineStage> stages;
};

struct Pack {
  Manifest manifest;
  std::optional<Blueprint> blueprint;
  std::vector<Question> questions;
  std::vector<GlossaryTerm> glossary;
  std::vector<PipelinePreset> pipeline_presets;
  // {"format": 1, "scenarios": [...]} merged from every file, or null when the pack
  // has none. Scenarios stay opaque here: the role-play module defines their shape.
  nlohmann::json roleplay;
  std::vector<Assessment> assessments;  // self-assessments (FORMAT.md section 16)
  Guidance guidance;                    // guided-selling playbooks (FORMAT.md section 17)
  // Every character above ASCII that the pack's files use, sorted, so a UI can make
  // sure it can draw them all.
  std::vector<char32_t> characters;

  const Question* find_question(std::string_view id) const;
  const GlossaryTerm* find_glossary_term(std::string_view id) const;
  std::size_t roleplay_scenario_count() const;
};

// "sales-rep/close-plan-basics": a question's id among all loaded packs.
std::string global_question_id(std::string_view pack_id, std::string_view question_id);
struct GlobalId {
  std::string_view pack_id;
  std::string_view item_id;
};
std::optional<GlobalId> split_global_id(std::string_view global_id);

}  // namespace dealdojo::content
