#pragma once
// A capability-maturity self-assessment as a content pack carries it (FORMAT.md,
// "Self-assessments"): a five-level scale, and capabilities that each describe
// every level and name the minimum and recommended level a business should reach.
// Plain data, read and written with the rest of the pack; core/assessment rates a
// business against it.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dealdojo::content {

// The levels of a self-assessment's scale.
inline constexpr int kMinLevel = 1;
inline constexpr int kMaxLevel = 5;
inline constexpr std::size_t kLevelCount = 5;

struct ScaleLevel {
  int level = 0;        // 1–5
  std::string name;     // "Practicing"
  std::string meaning;  // what the level means in general
};

struct Capability {
  std::string id;    // kebab-case, unique in its assessment
  std::string name;  // "Forecasting approach"
  std::string area;  // the group it belongs to: "Sales", "Marketing", ...
  std::string description;                   // may be empty
  std::array<std::string, kLevelCount> levels;  // levels[0] describes level 1
  int minimum = kMinLevel;      // the most basic viable level
  int recommended = kMaxLevel;  // the level to aim for; >= minimum
  std::vector<std::string> best_practices;  // how to move up
  std::string source;                       // may be empty: a warning

  // The description of `level` (1–5); empty for a level outside the scale.
  const std::string& level_text(int level) const;
};

struct Assessment {
  std::string id;  // kebab-case, unique in the pack
  std::string title;
  std::string description;          // may be empty
  std::vector<ScaleLevel> scale;    // exactly levels 1–5, in order
  std::vector<Capability> capabilities;

  const Capability* find_capability(std::string_view id) const;
  // "Practicing" for 3; "" when the level is not on the scale.
  std::string_view level_name(int level) const;
  // The areas in the order their first capability appears.
  std::vector<std::string> areas() const;
};

// A level on the five-level scale: 1 to 5.
bool is_level(int level);

}  // namespace dealdojo::content
