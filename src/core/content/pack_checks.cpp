// Checks that need the whole pack: ids unique across files, references that
// resolve, and how the question bank compares with the blueprint. Guided
// selling's own are in guidance_checks.cpp.
#include <unordered_map>

#include "core/content/pack_reader.hpp"
#include "core/content/text_checks.hpp"
#include "core/util/text.hpp"

namespace dealdojo::content::detail {
namespace {

std::string place_text(const Place& place) {
  return (place.file.empty() ? std::string() : place.file + " ") + "at " + place.pointer;
}

// Reports every id seen before; returns the set of first occurrences.
template <typename Item>
std::unordered_map<std::string_view, std::size_t> check_unique(const std::vector<Item>& items,
                                                              const std::vector<Place>& places,
                                                              std::string_view what, DiagnosticSink& sink) {
  std::unordered_map<std::string_view, std::size_t> first;
  first.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id.empty()) continue;  // unreadable: already reported
    const auto [it, inserted] = first.emplace(items[i].id, i);
    if (!inserted) {
      sink.error(places[i].file, places[i].pointer + "/id",
                 "the " + std::string(what) + " id '" + items[i].id + "' is used twice; the first is in " +
                     place_text(places[it->second]));
    }
  }
  return first;
}

std::string domain_list(const Blueprint& bp) {
  std::string out;
  for (std::size_t i = 0; i < bp.domains.size() && i < 10; ++i) out += (i ? ", " : "") + bp.domains[i].id;
  if (bp.domains.size() > 10) out += ", ...";
  return out;
}

void check_domains(PackDraft& draft, DiagnosticSink& sink) {
  const Pack& pack = draft.pack;
  if (!draft.root_read) return;  // no manifest to check against: already reported
  if (!draft.blueprint_present) {
    if (!pack.questions.empty()) {
      sink.error(draft.root_file, "/blueprint",
                 "'blueprint' is missing: questions need a blueprint that lists their domains");
    }
    return;
  }
  if (!pack.blueprint || !draft.blueprint_domains_ok) return;  // broken: already reported
  const Blueprint& bp = *pack.blueprint;
  std::vector<std::string_view> ids;
  for (const BlueprintDomain& d : bp.domains) ids.push_back(d.id);
  std::vector<int> counts(bp.domains.size(), 0);
  for (std::size_t i = 0; i < pack.questions.size(); ++i) {
    const Question& q = pack.questions[i];
    if (q.domain.empty()) continue;  // unreadable: already reported
    bool found = false;
    for (std::size_t d = 0; d < bp.domains.size(); ++d) {
      if (bp.domains[d].id == q.domain) {
        ++counts[d];
        found = true;
        break;
      }
    }
    if (found) continue;
    std::string message = "'" + q.domain + "' is not a domain of this pack's blueprint (" + domain_list(bp) + ")";
    if (const auto guess = closest_match(q.domain, ids)) message += "; did you mean '" + std::string(*guess) + "'?";
    sink.error(draft.question_places[i].file, draft.question_places[i].pointer + "/domain", message);
  }
  if (sink.has_errors()) return;  // shares only make sense for a pack without errors

  const std::string& bp_file = draft.blueprint_place.file;
  const std::string& bp_pointer = draft.blueprint_place.pointer;
  if (pack.questions.size() < static_cast<std::size_t>(bp.questions)) {
    sink.warning(bp_file, bp_pointer + "/questions",
                 "the pack has " + text::count_noun(static_cast<std::int64_t>(pack.questions.size()), "question", "questions") +
                     "; one exam needs " + std::to_string(bp.questions));
  }
  for (std::size_t d = 0; d < bp.domains.size(); ++d) {
    const int share = bp.exam_share(bp.domains[d]);
    if (counts[d] >= share) continue;
    sink.warning(bp_file, bp_pointer + "/domains/" + std::to_string(d),
                 "the domain '" + bp.domains[d].id + "' has " + text::count_noun(counts[d], "question", "questions") +
                     "; an exam draws " + std::to_string(share) + " from it (" + std::to_string(bp.domains[d].weight) +
                     "% of " + std::to_string(bp.questions) + "): add at least " + std::to_string(share - counts[d]));
  }
}

void check_glossary_references(const PackDraft& draft, DiagnosticSink& sink,
                               const std::unordered_map<std::string_view, std::size_t>& terms) {
  const Pack& pack = draft.pack;
  for (std::size_t i = 0; i < pack.questions.size(); ++i) {
    const Question& q = pack.questions[i];
    for (std::size_t g = 0; g < q.glossary.size(); ++g) {
      if (terms.count(q.glossary[g]) != 0) continue;
      sink.error(draft.question_places[i].file, draft.question_places[i].pointer + "/glossary/" + std::to_string(g),
                 "the glossary has no term '" + q.glossary[g] + "': add it to a glossary file or remove it here");
    }
  }
}

void check_scenarios(const PackDraft& draft, DiagnosticSink& sink) {
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t i = 0; i < draft.scenario_ids.size(); ++i) {
    const auto [it, inserted] = first.emplace(draft.scenario_ids[i], i);
    if (inserted) continue;
    sink.error(draft.scenario_places[i].file, draft.scenario_places[i].pointer + "/id",
               "the scenario id " + quote_value(draft.scenario_ids[i]) + " is used twice; the first is in " +
                   place_text(draft.scenario_places[it->second]));
  }
}

}  // namespace

void check_pack(PackDraft& draft, DiagnosticSink& sink) {
  Pack& pack = draft.pack;
  check_unique(pack.questions, draft.question_places, "question", sink);
  const auto terms = check_unique(pack.glossary, draft.glossary_places, "glossary term", sink);
  check_unique(pack.pipeline_presets, draft.preset_places, "pipeline preset", sink);
  check_unique(pack.assessments, draft.assessment_places, "assessment", sink);
  check_unique(pack.guidance.templates, draft.template_places, "template", sink);
  check_unique(pack.guidance.playbooks, draft.playbook_places, "playbook", sink);
  check_scenarios(draft, sink);
  check_glossary_references(draft, sink, terms);
  check_domains(draft, sink);
  check_guidance(draft, sink);
}

}  // namespace dealdojo::content::detail
