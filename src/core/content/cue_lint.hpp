#pragma once
// The cue lint: surface features of a question bank that let a test-wise learner
// score without knowing the material (the key is usually the longest option, wrong
// options overclaim with "always"/"never", one answer letter is favoured), and
// stems that do not read like the exam (citing a study guide, near-copies of each
// other). `dojo stats` and the Packs screen report every rule with the question ids
// to fix; `dojo validate --strict` turns the failing ones into errors.
// content/FORMAT.md ("The cue lint") documents each rule and its fix.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/pack.hpp"

namespace dealdojo::content {

struct CueLimits {
  // Single-answer keys that are the strictly longest (or shortest) option: above the
  // ceiling the length gives the key away, below the floor it rules the key out
  // (with four options chance is about 25%). The floor applies from 20 such questions.
  int key_extreme_ceiling_percent = 30;
  int key_extreme_floor_percent = 10;
  std::size_t key_extreme_floor_from = 20;
  // Absolute words: wrong options may not use them more often than keys (share of
  // each), and keys no more than this many percentage points more often than wrong options.
  double absolute_key_excess_points = 1.5;
  int guide_stem_percent = 5;        // stems that mention a guide
  double near_duplicate_similarity = 0.6;  // word-set Jaccard of two stems
  int uneven_length_ratio = 3;       // longest option ≥ 3 × the shortest ...
  int uneven_length_gap = 30;        // ... and ≥ 30 characters longer
};

struct CueFinding {
  std::string rule;     // "longest-key", "shortest-key", "key-position", "absolute-words",
                        // "guide-stems", "near-duplicate-stems", "uneven-options"
  std::string title;    // "Key is the longest option"
  std::string figure;   // "30 of 305 single-answer questions (9.8%); limit 30%"
  bool fails = false;   // past the limit: an error under --strict
  std::string advice;   // what a writer should do, shown when it fails
  std::vector<std::string> question_ids;  // the questions to look at (pairs as "a ~ b")
};

struct CueLint {
  std::vector<CueFinding> findings;  // one per rule, in a fixed order
  int failing() const;
};

// Answer letters by position: how often each holds a correct option, against an even
// spread over each question's options.
struct KeyPosition {
  std::string letter;          // "a"
  int correct = 0;             // questions whose correct options include this letter
  double expected = 0;         // the same if answers were spread evenly over each question's options
  int questions_offering = 0;  // questions that have this option at all
  // Far from even: at least 1.5× or at most half the expected count, with enough
  // questions (expected ≥ 5) for that to mean something.
  bool biased() const;
};
std::vector<KeyPosition> key_positions(const Pack& pack);

CueLint lint_cues(const Pack& pack, const CueLimits& limits = {});

// The words a distractor overclaims with ("always", "never", "only", ...), whole
// words, any case.
bool has_absolute_word(std::string_view text);
// Stem wording that cites a study guide: the whole word "guide" or "guides".
bool cites_guide(std::string_view stem);
// Word-set Jaccard similarity of two stems after dropping common short words.
double stem_similarity(std::string_view a, std::string_view b);

// "Cue check" block of `dojo stats` and `dojo validate --strict`: one line per rule,
// then advice and ids for the failing ones.
std::string format_cue_lint(const CueLint& lint);
// {"failing": n, "findings": [{"rule", "title", "figure", "fails", "advice", "questions"}]}
nlohmann::ordered_json cue_lint_to_json(const CueLint& lint);

}  // namespace dealdojo::content
