#pragma once
// Figures about a pack's question bank for authors: how it covers the blueprint,
// the mix of kinds and difficulties, where the correct answers sit (a bank whose
// answer is usually 'b' teaches guessing), and what is missing. Used by
// `dojo stats` and the app's Packs screen, so both print the same.
#include <array>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/cue_lint.hpp"
#include "core/content/pack.hpp"

namespace dealdojo::content {

struct DomainStats {
  std::string id;
  std::string name;
  int weight = 0;            // blueprint percent
  int questions = 0;         // in the bank
  double bank_percent = 0;   // questions / all questions × 100
  int exam_share = 0;        // how many an exam draws from this domain
  bool short_of_exam_share() const { return questions < exam_share; }
};

struct PackStats {
  std::string pack_id;
  std::string pack_title;
  std::string pack_version;
  int questions = 0;
  std::vector<DomainStats> domains;  // blueprint order
  int single = 0;
  int multiple = 0;
  std::array<int, 3> by_difficulty{};  // easy, medium, hard
  std::vector<KeyPosition> key_positions;  // a.. up to the most options any question has
  std::vector<std::string> without_explanation;  // question ids
  std::vector<std::string> without_source;
  std::vector<std::string> with_options_missing_why;
  int glossary_terms = 0;
  int pipeline_presets = 0;
  int roleplay_scenarios = 0;
  int self_assessments = 0;
  int assessed_capabilities = 0;  // across the pack's self-assessments
  int playbooks = 0;              // guided-selling playbooks

  bool any_key_bias() const;
};

PackStats compute_stats(const Pack& pack);
nlohmann::ordered_json stats_to_json(const PackStats& stats);
// The report `dojo stats` prints: aligned tables and plain sentences.
std::string format_stats_text(const PackStats& stats);

// "5 questions, 3 glossary terms, 1 pipeline preset, 1 role-play scenario".
std::string describe_pack_contents(const Pack& pack);

}  // namespace dealdojo::content
