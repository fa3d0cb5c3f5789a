#include "core/content/cue_lint.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "core/content/text_checks.hpp"
#include "core/util/format.hpp"
#include "core/util/text.hpp"

namespace dealdojo::content {
namespace {

constexpr std::array<std::string_view, 12> kAbsoluteWords = {
    "always", "never", "only", "all", "none", "every", "must", "completely", "entirely",
    "guarantee", "guaranteed", "guarantees"};

// Short words every stem has; two stems sharing them are not alike.
constexpr std::array<std::string_view, 48> kCommonWords = {
    "a",    "an",   "the",  "of",    "to",    "in",    "on",    "and",   "or",   "for",  "is",   "are",
    "was",  "were", "be",   "by",    "with",  "as",    "at",    "that",  "this", "which", "what", "who",
    "how",  "it",   "its",  "their", "they",  "from",  "into",  "than",  "then", "when", "do",   "does",
    "should", "would", "can", "could", "your", "you",  "most",  "best",  "her",  "his",  "she",  "he"};

// Lowercase ASCII words of letters, digits and apostrophes; other bytes split words.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '\'') {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool contains(auto const& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::set<std::string> content_words(std::string_view stem) {
  std::set<std::string> out;
  for (std::string& w : words_of(stem)) {
    if (!contains(kCommonWords, w)) out.insert(std::move(w));
  }
  return out;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 0.0;
  std::size_t shared = 0;
  for (const std::string& w : a) shared += b.count(w);
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

std::size_t length_of(const Option& o) { return utf8_length(o.text); }

// "30 of 305 single-answer questions (9.8%)".
std::string share_text(std::size_t count, std::size_t total, std::string_view of_what) {
  const double percent = total == 0 ? 0.0 : 100.0 * static_cast<double>(count) / static_cast<double>(total);
  return std::to_string(count) + " of " + std::to_string(total) + " " + std::string(of_what) + " (" +
         util::format_one_decimal(percent) + "%)";
}

bool over_percent(std::size_t count, std::size_t total, int limit_percent) {
  return count * 100 > total * static_cast<std::size_t>(limit_percent);
}

enum class Extreme { Longest, Shortest };

// Single-answer questions whose key is strictly longer (or shorter) than every other option.
std::vector<std::string> keys_at_extreme(const Pack& pack, Extreme extreme) {
  std::vector<std::string> ids;
  for (const Question& q : pack.questions) {
    if (q.kind != QuestionKind::Single || q.correct.size() != 1) continue;
    const Option* key = q.find_option(q.correct.front());
    if (key == nullptr) continue;
    const std::size_t key_length = length_of(*key);
    const bool strict = std::all_of(q.options.begin(), q.options.end(), [&](const Option& o) {
      if (&o == key) return true;
      return extreme == Extreme::Longest ? key_length > length_of(o) : key_length < length_of(o);
    });
    if (strict && q.options.size() > 1) ids.push_back(q.id);
  }
  return ids;
}

CueFinding key_extreme_finding(const Pack& pack, Extreme extreme, const CueLimits& limits) {
  const std::size_t singles = static_cast<std::size_t>(std::count_if(
      pack.questions.begin(), pack.questions.end(), [](const Question& q) { return q.kind == QuestionKind::Single; }));
  CueFinding f;
  const bool longest = extreme == Extreme::Longest;
  f.rule = longest ? "longest-key" : "shortest-key";
  f.title = longest ? "Key is the longest option" : "Key is the shortest option";
  f.question_ids = keys_at_extreme(pack, extreme);
  const std::size_t count = f.question_ids.size();
  const bool floor_applies = singles >= limits.key_extreme_floor_from;
  const bool too_often = over_percent(count, singles, limits.key_extreme_ceiling_percent);
  const bool too_rarely = floor_applies && count * 100 < singles * static_cast<std::size_t>(limits.key_extreme_floor_percent);
  f.fails = too_often || too_rarely;
  f.figure = share_text(count, singles, "single-answer questions") + "; " +
             (floor_applies ? std::to_string(limits.key_extreme_floor_percent) + "–" : std::string("at most ")) +
             std::to_string(limits.key_extreme_ceiling_percent) + "%";
  if (too_rarely) {
    f.advice = longest ? "The key is almost never the longest, so ruling out the longest option beats chance. Where a "
                         "key deserves a qualifying detail, give it; don't trim every key to the bone."
                       : "The key is almost never the shortest, so ruling out the shortest option beats chance. Let "
                         "some keys be plain and short.";
    f.question_ids.clear();  // nothing to fix in them; the others are the candidates
  } else {
    f.advice = longest ? "Make the wrong options as specific and plausible as the key, or tighten the key; "
                         "never pad with filler."
                       : "Give the key the detail it needs; a bare key among full sentences stands out too.";
  }
  return f;
}

CueFinding key_position_finding(const Pack& pack) {
  CueFinding f;
  f.rule = "key-position";
  f.title = "Answer letters";
  std::string uneven;
  for (const KeyPosition& k : key_positions(pack)) {
    if (!k.biased()) continue;
    f.fails = true;
    uneven += (uneven.empty() ? "" : ", ") + k.letter + " is correct " + std::to_string(k.correct) +
              " times where an even spread gives about " + util::format_one_decimal(k.expected);
  }
  f.figure = f.fails ? uneven : "no letter far from an even spread";
  f.advice = "Move some correct answers to other letters (reorder the options and update `correct`).";
  return f;
}

CueFinding absolute_word_finding(const Pack& pack, const CueLimits& limits) {
  std::size_t keys = 0, keys_absolute = 0, wrong = 0, wrong_absolute = 0;
  CueFinding f;
  f.rule = "absolute-words";
  f.title = "Absolute words";
  for (const Question& q : pack.questions) {
    bool in_key = false, in_wrong = false;
    for (const Option& o : q.options) {
      const bool absolute = has_absolute_word(o.text);
      if (q.is_correct(o.id)) {
        ++keys;
        keys_absolute += absolute ? 1 : 0;
        in_key = in_key || absolute;
      } else {
        ++wrong;
        wrong_absolute += absolute ? 1 : 0;
        in_wrong = in_wrong || absolute;
      }
    }
    if (in_wrong && !in_key) f.question_ids.push_back(q.id);
  }
  // Compared as shares: wrong options outnumber keys about three to one.
  const double key_share = keys == 0 ? 0.0 : 100.0 * static_cast<double>(keys_absolute) / static_cast<double>(keys);
  const double wrong_share = wrong == 0 ? 0.0 : 100.0 * static_cast<double>(wrong_absolute) / static_cast<double>(wrong);
  const bool in_wrong_more = wrong_absolute * keys > keys_absolute * wrong;
  const bool in_keys_more = key_share > wrong_share + limits.absolute_key_excess_points;
  f.fails = in_wrong_more || in_keys_more;
  f.figure = "in " + share_text(wrong_absolute, wrong, "wrong options") + " and " +
             share_text(keys_absolute, keys, "keys") + "; wrong options no more often, keys at most " +
             util::format_one_decimal(limits.absolute_key_excess_points) + " points more";
  if (in_keys_more) {
    f.question_ids.clear();
    for (const Question& q : pack.questions) {
      for (const Option& o : q.options) {
        if (q.is_correct(o.id) && has_absolute_word(o.text)) {
          f.question_ids.push_back(q.id);
          break;
        }
      }
    }
    f.advice = "Keys say always/only/every far more often than wrong options do, so the word points at the key. "
               "Reword the keys where the absolute is not essential.";
  } else {
    f.advice = "Rewrite wrong options that are wrong only because they overclaim (always, never, only, all...) "
               "so each is wrong for a real reason.";
  }
  return f;
}

CueFinding guide_stem_finding(const Pack& pack, int limit_percent) {
  CueFinding f;
  f.rule = "guide-stems";
  f.title = "Stems citing a guide";
  for (const Question& q : pack.questions) {
    if (cites_guide(q.stem)) f.question_ids.push_back(q.id);
  }
  f.figure = share_text(f.question_ids.size(), pack.questions.size(), "questions") + "; limit " +
             std::to_string(limit_percent) + "%";
  f.fails = over_percent(f.question_ids.size(), pack.questions.size(), limit_percent);
  f.advice = "Write the stem as the exam would: a situation and a question, or a direct question. "
             "Keep the guide in `source`.";
  return f;
}

CueFinding near_duplicate_finding(const Pack& pack, double threshold) {
  CueFinding f;
  f.rule = "near-duplicate-stems";
  f.title = "Near-duplicate stems";
  std::vector<std::set<std::string>> stems;
  stems.reserve(pack.questions.size());
  for (const Question& q : pack.questions) stems.push_back(content_words(q.stem));
  constexpr std::size_t kMinWords = 4;  // "Which is a stage?" pairs say nothing
  for (std::size_t i = 0; i < stems.size(); ++i) {
    if (stems[i].size() < kMinWords) continue;
    for (std::size_t j = i + 1; j < stems.size(); ++j) {
      if (stems[j].size() < kMinWords) continue;
      if (jaccard(stems[i], stems[j]) >= threshold) {
        f.question_ids.push_back(pack.questions[i].id + " ~ " + pack.questions[j].id);
      }
    }
  }
  f.fails = !f.question_ids.empty();
  f.figure = f.fails ? text::count_noun(static_cast<std::int64_t>(f.question_ids.size()), "pair", "pairs") +
                           " sharing most of their words"
                     : "none";
  f.advice = "Merge the pair, or make each ask about a different fact or situation.";
  return f;
}

CueFinding uneven_options_finding(const Pack& pack, const CueLimits& limits) {
  CueFinding f;
  f.rule = "uneven-options";
  f.title = "Options of very different length";
  for (const Question& q : pack.questions) {
    if (q.options.size() < 2) continue;
    const auto [shortest, longest] = std::minmax_element(
        q.options.begin(), q.options.end(), [](const Option& a, const Option& b) { return length_of(a) < length_of(b); });
    const std::size_t lo = length_of(*shortest), hi = length_of(*longest);
    if (hi >= lo * static_cast<std::size_t>(limits.uneven_length_ratio) &&
        hi >= lo + static_cast<std::size_t>(limits.uneven_length_gap)) {
      f.question_ids.push_back(q.id);
    }
  }
  f.fails = !f.question_ids.empty();
  f.figure = f.fails ? text::count_noun(static_cast<std::int64_t>(f.question_ids.size()), "question", "questions") +
                           " whose longest option is " + std::to_string(limits.uneven_length_ratio) +
                           "× the shortest or more"
                     : "none";
  f.advice = "Bring the options to comparable length and detail; the odd one out draws the eye.";
  return f;
}

}  // namespace

int CueLint::failing() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [](const CueFinding& f) { return f.fails; }));
}

bool KeyPosition::biased() const {
  if (expected < 5.0) return false;
  return correct >= 1.5 * expected || correct <= 0.5 * expected;
}

std::vector<KeyPosition> key_positions(const Pack& pack) {
  std::size_t most_options = 0;
  for (const Question& q : pack.questions) most_options = std::max(most_options, q.options.size());
  std::vector<KeyPosition> positions(most_options);
  for (std::size_t i = 0; i < most_options; ++i) positions[i].letter = option_letter(i);
  for (const Question& q : pack.questions) {
    const double even_share =
        q.options.empty() ? 0.0 : static_cast<double>(q.choose) / static_cast<double>(q.options.size());
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      KeyPosition& k = positions[i];
      ++k.questions_offering;
      k.expected += even_share;
      if (q.is_correct(q.options[i].id)) ++k.correct;
    }
  }
  return positions;
}

bool has_absolute_word(std::string_view text) {
  const std::vector<std::string> words = words_of(text);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) { return contains(kAbsoluteWords, w); });
}

bool cites_guide(std::string_view stem) {
  const std::vector<std::string> words = words_of(stem);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) { return w == "guide" || w == "guides"; });
}

double stem_similarity(std::string_view a, std::string_view b) { return jaccard(content_words(a), content_words(b)); }

CueLint lint_cues(const Pack& pack, const CueLimits& limits) {
  CueLint lint;
  lint.findings.push_back(key_extreme_finding(pack, Extreme::Longest, limits));
  lint.findings.push_back(key_extreme_finding(pack, Extreme::Shortest, limits));
  lint.findings.push_back(key_position_finding(pack));
  lint.findings.push_back(absolute_word_finding(pack, limits));
  lint.findings.push_back(guide_stem_finding(pack, limits.guide_stem_percent));
  lint.findings.push_back(near_duplicate_finding(pack, limits.near_duplicate_similarity));
  lint.findings.push_back(uneven_options_finding(pack, limits));
  return lint;
}

std::string format_cue_lint(const CueLint& lint) {
  std::string out = "Cue check (" +
                    (lint.failing() == 0 ? std::string("passes")
                                         : text::count_noun(lint.failing(), "rule fails", "rules fail")) +
                    "):\n";
  for (const CueFinding& f : lint.findings) {
    out += std::string(f.fails ? "  FIX " : "  ok  ") + f.title + ": " + f.figure + "\n";
  }
  for (const CueFinding& f : lint.findings) {
    if (!f.fails) continue;
    out += "\n" + f.title + " [" + f.rule + "]: " + f.advice + "\n";
    if (f.question_ids.empty()) continue;
    out += "  ";
    for (std::size_t i = 0; i < f.question_ids.size(); ++i) out += (i ? ", " : "") + f.question_ids[i];
    out += "\n";
  }
  return out;
}

nlohmann::ordered_json cue_lint_to_json(const CueLint& lint) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const CueFinding& f : lint.findings) {
    findings.push_back({{"rule", f.rule},
                        {"title", f.title},
                        {"figure", f.figure},
                        {"fails", f.fails},
                        {"advice", f.advice},
                        {"questions", f.question_ids}});
  }
  return {{"failing", lint.failing()}, {"findings", std::move(findings)}};
}

}  // namespace dealdojo::content
