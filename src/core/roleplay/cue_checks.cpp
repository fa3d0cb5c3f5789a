#include "core/roleplay/cue_checks.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/content/text_checks.hpp"
#include "core/roleplay/state.hpp"
#include "core/roleplay/state_key.hpp"

namespace dealdojo::roleplay {
namespace {

using content::DiagnosticSink;

// ---------------------------------------------------------------------------------
// The best line as the longest

void check_longest_lines(const Scenario& s, DiagnosticSink& sink) {
  std::size_t points = 0;
  std::vector<std::string> longest_at;
  for (const Node& n : s.nodes) {
    if (n.is_ending() || n.choices.size() < 2) continue;
    ++points;
    if (best_line_is_longest(n)) longest_at.push_back(n.id);
  }
  if (points == 0 || longest_at.size() * 100 <= points * kMaxLongestBestPercent) return;
  std::string ids;
  for (std::size_t i = 0; i < longest_at.size() && i < 6; ++i) ids += (i ? ", " : "") + longest_at[i];
  if (longest_at.size() > 6) ids += ", ...";
  sink.warning(s.file, s.pointer,
               "the best line is the longest at " + std::to_string(longest_at.size()) + " of " +
                   std::to_string(points) + " decision points (" + ids + "): a learner who always picks the longest "
                   "line is rewarded. Make the other lines as full and plausible (at most " +
                   std::to_string(kMaxLongestBestPercent) + "% of points)");
}

// ---------------------------------------------------------------------------------
// Good beats best, and moods that contradict the numbers: one walk over every
// reachable state, remembering the best ending reachable from each.

struct StateWalk {
  const Scenario& s;
  DiagnosticSink& sink;
  Relevant relevant;
  std::unordered_map<std::string, int> best_from;  // state key -> best ending value reachable (-1: none)
  std::set<std::pair<std::size_t, std::size_t>> reported;  // (node, choice) already reported
  std::set<std::size_t> mood_reported;                     // nodes
  std::vector<std::string> path;                           // "node: choice n", for messages
  bool complete = true;

  // Trust and resistance decide the derived mood, so they are part of the key here.
  std::string key_of(const ConversationState& st) const {
    std::string key = state_key(st, relevant);
    key.push_back(static_cast<char>(st.values[kTrust]));
    key.push_back(static_cast<char>(st.values[kResistance]));
    return key;
  }

  void check_mood(const ConversationState& st) {
    const Node& node = s.nodes[st.node];
    if (!node.mood || mood_reported.count(st.node)) return;
    const Mood implied = mood_for(st.values[kTrust], st.values[kResistance]);
    if (std::abs(mood_warmth(*node.mood) - mood_warmth(implied)) < kMoodContradictionSteps) return;
    mood_reported.insert(st.node);
    sink.warning(s.file, s.node_pointer(st.node) + "/mood",
                 "the buyer is \"" + std::string(mood_name(*node.mood)) + "\" here, but on some paths trust is " +
                     std::to_string(st.values[kTrust]) + " and resistance " + std::to_string(st.values[kResistance]) +
                     " when the conversation arrives (" + describe() + "), which reads \"" +
                     std::string(mood_name(implied)) + "\": leave the mood out so it follows the numbers, or make "
                     "the numbers match");
  }

  std::string describe() const {
    if (path.empty()) return "at the start";
    std::string out = "after ";
    for (std::size_t i = 0; i < path.size(); ++i) out += (i ? ", " : "") + path[i];
    return out;
  }

  int walk(const ConversationState& st) {
    const std::string key = key_of(st);
    if (auto found = best_from.find(key); found != best_from.end()) return found->second;
    if (best_from.size() >= kMaxExploredStates) {
      complete = false;
      return -1;
    }
    check_mood(st);
    const Node& node = s.nodes[st.node];
    int result = -1;
    if (node.is_ending()) {
      result = ending_value(*node.ending);
    } else {
      std::vector<std::pair<std::size_t, int>> reach;  // offered choice -> best ending value after it
      for (std::size_t i : offered_choices(s, st)) {
        ConversationState next = st;
        take_choice(s, next, i);
        path.push_back(node.id + ": choice " + std::to_string(i + 1));
        reach.emplace_back(i, walk(next));
        path.pop_back();
      }
      int best_move = -1;
      for (const auto& [i, value] : reach) {
        result = std::max(result, value);
        if (node.choices[i].grade == Grade::Best) best_move = std::max(best_move, value);
      }
      for (const auto& [i, value] : reach) {
        const Choice& c = node.choices[i];
        if (c.grade == Grade::Best || value <= best_move || !reported.insert({st.node, i}).second) continue;
        sink.error(s.file, s.choice_pointer(st.node, i),
                   "good beats best: this " + std::string(grade_name(c.grade)) + " choice can still reach " +
                       ending_phrase(value) + ", while the best choice here reaches at most " +
                       ending_phrase(best_move) + " (" + describe() +
                       "). Gate this choice as hard as the best one, or lead it to a lesser ending");
      }
    }
    best_from.emplace(key, result);
    return result;
  }

  static std::string ending_phrase(int value) {
    for (EndingKind e : {EndingKind::Committed, EndingKind::NextStep, EndingKind::Stalled, EndingKind::Lost}) {
      if (ending_value(e) == value) return "\"" + std::string(ending_name(e)) + "\"";
    }
    return "no ending";
  }
};

// ---------------------------------------------------------------------------------
// Labels that name the answer

bool names_technique(const std::string& normalized_text, Technique t) {
  const std::string label = normalized_words(technique_label(t));
  return normalized_text.find(label) != std::string::npos;
}

void check_labels(const Scenario& s, const std::optional<IdealPath>& ideal, DiagnosticSink& sink) {
  std::vector<Technique> ideal_techniques;
  if (s.focus) ideal_techniques.push_back(*s.focus);
  if (ideal) {
    for (const PathStep& p : ideal->steps) ideal_techniques.push_back(s.nodes[p.node].choices[p.choice].technique);
  }
  const std::string title = normalized_words(s.title);
  for (Technique t : ideal_techniques) {
    if (!names_technique(title, t)) continue;
    sink.warning(s.file, s.pointer + "/title",
                 "the title names " + std::string(technique_label(t)) +
                     ", a technique the learner has to find: title the buyer's situation instead");
    break;
  }
  for (std::size_t n = 0; n < s.nodes.size(); ++n) {
    const Node& node = s.nodes[n];
    if (node.is_ending()) continue;
    const std::string line = normalized_words(node.line);
    for (const Choice& c : node.choices) {
      if (c.grade != Grade::Best || !names_technique(line, c.technique)) continue;
      sink.warning(s.file, s.node_pointer(n) + "/buyer",
                   "the buyer's line names " + std::string(technique_label(c.technique)) +
                       ", the technique of the best reply here: it gives the answer away");
      break;
    }
  }
}

}  // namespace

bool best_line_is_longest(const Node& node) {
  std::size_t best = 0, other = 0;
  bool any_other = false;
  for (const Choice& c : node.choices) {
    const std::size_t length = content::utf8_length(c.say);
    if (c.grade == Grade::Best) {
      best = std::max(best, length);
    } else {
      other = std::max(other, length);
      any_other = true;
    }
  }
  return any_other && best > other;
}

std::string normalized_words(std::string_view text) {
  std::string out = " ";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

void check_cues(const Scenario& s, const std::optional<IdealPath>& ideal, DiagnosticSink& sink) {
  check_longest_lines(s, sink);
  check_labels(s, ideal, sink);
  StateWalk walk{s, sink, relevant_parts(s), {}, {}, {}, {}, true};
  walk.walk(start_state(s));
  if (!walk.complete) {
    sink.warning(s.file, s.pointer,
                 "too many conversation states to compare every choice with the best one; simplify the conditions");
  }
}

}  // namespace dealdojo::roleplay
