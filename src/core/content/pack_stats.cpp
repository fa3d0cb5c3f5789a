#include "core/content/pack_stats.hpp"

#include <algorithm>
#include <cmath>

#include "core/content/text_checks.hpp"
#include "core/util/format.hpp"
#include "core/util/text.hpp"

namespace dealdojo::content {
namespace {

std::string pad_right(std::string text, std::size_t width) {
  const std::size_t len = utf8_length(text);
  if (len < width) text.append(width - len, ' ');
  return text;
}

std::string pad_left(const std::string& text, std::size_t width) {
  const std::size_t len = utf8_length(text);
  return len < width ? std::string(width - len, ' ') + text : text;
}

std::string id_list(const std::vector<std::string>& ids) {
  if (ids.empty()) return "none";
  std::string out = std::to_string(ids.size()) + " (";
  for (std::size_t i = 0; i < ids.size() && i < 10; ++i) out += (i ? ", " : "") + ids[i];
  if (ids.size() > 10) out += ", ...";
  return out + ")";
}

}  // namespace

bool PackStats::any_key_bias() const {
  return std::any_of(key_positions.begin(), key_positions.end(), [](const KeyPosition& k) { return k.biased(); });
}

PackStats compute_stats(const Pack& pack) {
  PackStats s;
  s.pack_id = pack.manifest.id;
  s.pack_title = pack.manifest.title;
  s.pack_version = pack.manifest.version;
  s.questions = static_cast<int>(pack.questions.size());
  s.glossary_terms = static_cast<int>(pack.glossary.size());
  s.pipeline_presets = static_cast<int>(pack.pipeline_presets.size());
  s.roleplay_scenarios = static_cast<int>(pack.roleplay_scenario_count());
  s.self_assessments = static_cast<int>(pack.assessments.size());
  for (const auto& a : pack.assessments) s.assessed_capabilities += static_cast<int>(a.capabilities.size());
  s.playbooks = static_cast<int>(pack.guidance.playbooks.size());
  if (pack.blueprint) {
    for (const BlueprintDomain& d : pack.blueprint->domains) {
      s.domains.push_back({d.id, d.name, d.weight, 0, 0.0, pack.blueprint->exam_share(d)});
    }
  }
  s.key_positions = key_positions(pack);

  for (const Question& q : pack.questions) {
    for (DomainStats& d : s.domains) {
      if (d.id == q.domain) ++d.questions;
    }
    (q.kind == QuestionKind::Single ? s.single : s.multiple) += 1;
    s.by_difficulty[static_cast<std::size_t>(q.difficulty)] += 1;
    if (q.explanation.empty()) s.without_explanation.push_back(q.id);
    if (q.source.empty()) s.without_source.push_back(q.id);
    if (std::any_of(q.options.begin(), q.options.end(), [](const Option& o) { return o.why.empty(); })) {
      s.with_options_missing_why.push_back(q.id);
    }
  }
  for (DomainStats& d : s.domains) {
    d.bank_percent = s.questions == 0 ? 0.0 : 100.0 * d.questions / s.questions;
  }
  return s;
}

nlohmann::ordered_json stats_to_json(const PackStats& s) {
  using ojson = nlohmann::ordered_json;
  ojson domains = ojson::array();
  for (const DomainStats& d : s.domains) {
    domains.push_back({{"id", d.id},
                       {"name", d.name},
                       {"weight", d.weight},
                       {"questions", d.questions},
                       {"bank_percent", std::round(d.bank_percent * 10.0) / 10.0},
                       {"exam_share", d.exam_share},
                       {"short_of_exam_share", d.short_of_exam_share()}});
  }
  ojson keys = ojson::array();
  for (const KeyPosition& k : s.key_positions) {
    keys.push_back({{"letter", k.letter},
                    {"correct", k.correct},
                    {"expected", std::round(k.expected * 10.0) / 10.0},
                    {"questions_offering", k.questions_offering},
                    {"biased", k.biased()}});
  }
  return {{"pack", {{"id", s.pack_id}, {"title", s.pack_title}, {"version", s.pack_version}}},
          {"questions", s.questions},
          {"domains", std::move(domains)},
          {"kinds", {{"single", s.single}, {"multiple", s.multiple}}},
          {"difficulty", {{"easy", s.by_difficulty[0]}, {"medium", s.by_difficulty[1]}, {"hard", s.by_difficulty[2]}}},
          {"key_positions", std::move(keys)},
          {"key_bias", s.any_key_bias()},
          {"without_explanation", s.without_explanation},
          {"without_source", s.without_source},
          {"with_options_missing_why", s.with_options_missing_why},
          {"glossary_terms", s.glossary_terms},
          {"pipeline_presets", s.pipeline_presets},
          {"roleplay_scenarios", s.roleplay_scenarios},
          {"self_assessments", s.self_assessments},
          {"assessed_capabilities", s.assessed_capabilities},
          {"playbooks", s.playbooks}};
}

std::string format_stats_text(const PackStats& s) {
  using text::count_noun;
  std::string out = s.pack_title + " (" + s.pack_id + " " + s.pack_version + "): " +
                    count_noun(s.questions, "question", "questions") + "\n";
  if (!s.domains.empty()) {
    std::size_t name_width = 6;
    for (const DomainStats& d : s.domains) name_width = std::max(name_width, utf8_length(d.name));
    out += std::string("\n") + pad_right("Domain", name_width) + "  Weight  Exam  Questions  Bank share\n";
    for (const DomainStats& d : s.domains) {
      out += pad_right(d.name, name_width) + std::string("  ") + pad_left(std::to_string(d.weight) + "%", 6) + "  " +
             pad_left(std::to_string(d.exam_share), 4) + std::string("  ") + pad_left(std::to_string(d.questions), 9) + "  " +
             pad_left(util::format_one_decimal(d.bank_percent) + "%", 10) + (d.short_of_exam_share() ? "  short" : "") + "\n";
    }
    for (const DomainStats& d : s.domains) {
      if (!d.short_of_exam_share()) continue;
      out += "  " + d.name + " needs " + std::to_string(d.exam_share - d.questions) + " more to fill its " +
             std::to_string(d.exam_share) + " exam questions.\n";
    }
  }
  out += "\nKinds: " + std::to_string(s.single) + " single, " + std::to_string(s.multiple) + " multiple\n";
  out += "Difficulty: " + std::to_string(s.by_difficulty[0]) + " easy, " + std::to_string(s.by_difficulty[1]) +
         " medium, " + std::to_string(s.by_difficulty[2]) + " hard\n";
  if (!s.key_positions.empty()) {
    out += "\nCorrect answer positions (even spread in brackets):\n";
    for (const KeyPosition& k : s.key_positions) {
      out += "  " + k.letter + std::string("  ") + pad_left(std::to_string(k.correct), 5) + "  (" + util::format_one_decimal(k.expected) + ")" +
             (k.biased() ? "  uneven" : "") + "\n";
    }
    bool any = false;
    for (const KeyPosition& k : s.key_positions) {
      if (!k.biased()) continue;
      any = true;
      out += "  '" + k.letter + "' is correct " + count_noun(k.correct, "time", "times") + " where an even spread gives about " +
             util::format_one_decimal(k.expected) + ": move some correct answers to other letters.\n";
    }
    if (!any) out += "  No answer-letter bias.\n";
  }
  out += "\nWithout explanation: " + id_list(s.without_explanation) + "\n";
  out += "Without source: " + id_list(s.without_source) + "\n";
  out += "With an option missing its 'why': " + id_list(s.with_options_missing_why) + "\n";
  out += "\nAlso: " + count_noun(s.glossary_terms, "glossary term", "glossary terms") + ", " +
         count_noun(s.pipeline_presets, "pipeline preset", "pipeline presets") + ", " +
         count_noun(s.roleplay_scenarios, "role-play scenario", "role-play scenarios");
  if (s.self_assessments > 0) {
    out += ", " + count_noun(s.self_assessments, "self-assessment", "self-assessments") + " (" +
           count_noun(s.assessed_capabilities, "capability", "capabilities") + ")";
  }
  if (s.playbooks > 0) out += ", " + count_noun(s.playbooks, "playbook", "playbooks");
  return out + "\n";
}

std::string describe_pack_contents(const Pack& pack) {
  using text::count_noun;
  return count_noun(static_cast<std::int64_t>(pack.questions.size()), "question", "questions") + ", " +
         count_noun(static_cast<std::int64_t>(pack.glossary.size()), "glossary term", "glossary terms") + ", " +
         count_noun(static_cast<std::int64_t>(pack.pipeline_presets.size()), "pipeline preset", "pipeline presets") +
         ", " +
         count_noun(static_cast<std::int64_t>(pack.roleplay_scenario_count()), "role-play scenario",
                    "role-play scenarios") +
         (pack.assessments.empty()
              ? std::string()
              : ", " + count_noun(static_cast<std::int64_t>(pack.assessments.size()), "self-assessment",
                                  "self-assessments")) +
         (pack.guidance.playbooks.empty()
              ? std::string()
              : ", " + count_noun(static_cast<std::int64_t>(pack.guidance.playbooks.size()), "playbook", "playbooks"));
}

}  // namespace dealdojo::content
