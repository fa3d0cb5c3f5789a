// Guided selling's checks that need the whole pack (FORMAT.md, "Guided selling"):
// the preset and stage a playbook is for, one playbook per lead status and per
// stage, the templates it uses, criteria numbers, and the step graph of each
// playbook with its templates expanded. A problem in a template's step is
// reported at the template's step, naming the playbook.
//
// Steps are only checked in a playbook that was read without an error: then its
// steps and outcomes sit at the indices of its file, so pointers are exact, and
// one mistake is not reported again as a broken graph.
//
// [SECTION] helpers
// [SECTION] purpose: lead status or stage
// [SECTION] templates, criteria numbers, size
// [SECTION] the step graph
// [SECTION] entry
#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/content/guidance_graph.hpp"
#include "core/content/pack_reader.hpp"
#include "core/content/text_checks.hpp"
#include "core/util/text.hpp"

namespace dealdojo::content::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxBypassesPerPlaybook = 500;  // as many as a report lists

// ---------------------------------------------------------------------------------
// [SECTION] helpers

std::string place_text(const Place& place) {
  return (place.file.empty() ? std::string() : place.file + " ") + "at " + place.pointer;
}

std::string step_pointer(const Place& list_place, std::size_t step) {
  return list_place.pointer + "/steps/" + std::to_string(step);
}

// "a, b, c" for a message, at most ten.
template <typename Item, typename IdOf>
std::string id_list(const std::vector<Item>& items, IdOf id_of) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < 10; ++i) out += (i ? ", " : "") + std::string(id_of(items[i]));
  return items.size() > 10 ? out + ", ..." : out;
}

// "'a' → 'b' → 'a'" or "a → b → end"; a long chain keeps its first and last five.
std::string chain_text(const std::vector<std::string_view>& ids, bool quoted) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids.size() > 12 && i >= 5 && i + 5 < ids.size()) {
      if (i == 5) out += " → …";
      continue;
    }
    out += (i ? " → " : "") + (quoted ? "'" + std::string(ids[i]) + "'" : std::string(ids[i]));
  }
  return out;
}

// A criterion's text for a message, in double quotes, shortened like quote_value.
std::string criterion_text(const std::string& text) {
  const std::string quoted = quote_value(text);  // 'text'
  return "\"" + quoted.substr(1, quoted.size() - 2) + "\"";
}

std::string criteria_count_text(std::size_t count) {
  return count == 0 ? "no exit criteria"
                    : text::count_noun(static_cast<std::int64_t>(count), "exit criterion", "exit criteria");
}

// What one playbook is checked against.
struct PlaybookContext {
  Playbook& playbook;
  const Place& place;
  const std::vector<std::string>* criteria = nullptr;  // null: its purpose did not resolve (reported)
  std::string criteria_owner;                          // "the stage 'qualify'" or "this playbook"
};

// ---------------------------------------------------------------------------------
// [SECTION] purpose: lead status or stage

const PipelineStage* find_stage(const PipelinePreset& preset, std::string_view id) {
  for (const PipelineStage& s : preset.stages) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

// Finds the criteria the playbook's outcomes meet; reports a preset or stage the pack lacks.
void resolve_purpose(PlaybookContext& pc, const Pack& pack, DiagnosticSink& sink) {
  const Playbook& p = pc.playbook;
  if (p.lead) {
    pc.criteria = &p.exit_criteria;
    pc.criteria_owner = "this playbook";
    return;
  }
  if (p.preset.empty() || p.stage.empty()) return;  // unreadable: reported
  const PipelinePreset* preset = nullptr;
  std::vector<std::string_view> preset_ids;
  for (const PipelinePreset& candidate : pack.pipeline_presets) {
    preset_ids.push_back(candidate.id);
    if (candidate.id == p.preset) preset = &candidate;
  }
  if (preset == nullptr) {
    std::string message = "there is no pipeline preset '" + p.preset + "' in this pack";
    message += pack.pipeline_presets.empty()
                   ? std::string(": add one (section 6) or make this a lead playbook")
                   : " (its presets: " + id_list(pack.pipeline_presets, [](const PipelinePreset& x) { return x.id; }) + ")";
    if (const auto guess = closest_match(p.preset, preset_ids)) message += "; did you mean '" + std::string(*guess) + "'?";
    sink.error(pc.place.file, pc.place.pointer + "/preset", message);
    return;
  }
  const PipelineStage* stage = find_stage(*preset, p.stage);
  if (stage == nullptr) {
    std::vector<std::string_view> stage_ids;
    for (const PipelineStage& s : preset->stages) stage_ids.push_back(s.id);
    std::string message = "the preset '" + p.preset + "' has no stage '" + p.stage + "' (its stages: " +
                          id_list(preset->stages, [](const PipelineStage& s) { return s.id; }) + ")";
    if (const auto guess = closest_match(p.stage, stage_ids)) message += "; did you mean '" + std::string(*guess) + "'?";
    sink.error(pc.place.file, pc.place.pointer + "/stage", message);
    return;
  }
  pc.criteria = &stage->exit_criteria;
  pc.criteria_owner = "the stage '" + p.stage + "'";
}

// At most one playbook per lead status and per stage: which one would a lead or deal follow?
class PurposeRegistry {
 public:
  void add(const PlaybookContext& pc, DiagnosticSink& sink) {
    const Playbook& p = pc.playbook;
    if (p.lead) {
      const auto [it, inserted] = m_leads.emplace(*p.lead, &pc.place);
      if (inserted) return;
      sink.error(pc.place.file, pc.place.pointer + "/lead",
                 "there is already a playbook for " + std::string(lead_status_name(*p.lead)) + " leads, in " +
                     place_text(*it->second) + ": a lead status has one playbook at most");
    } else if (!p.preset.empty() && !p.stage.empty()) {
      const auto [it, inserted] = m_stages.emplace(std::make_pair(p.preset, p.stage), &pc.place);
      if (inserted) return;
      sink.error(pc.place.file, pc.place.pointer + "/stage",
                 "the stage '" + p.stage + "' of '" + p.preset + "' already has a playbook, in " +
                     place_text(*it->second) + ": a stage has one playbook at most");
    }
  }

 private:
  std::map<LeadStatus, const Place*> m_leads;
  std::map<std::pair<std::string, std::string>, const Place*> m_stages;
};

// ---------------------------------------------------------------------------------
// [SECTION] templates, criteria numbers, size

struct TemplateIndex {
  const std::vector<StepTemplate>& templates;
  const std::vector<Place>& places;
  const std::vector<bool>& read_cleanly;
  std::unordered_map<std::string_view, std::size_t> by_id;  // the first of each id
  std::vector<std::size_t> text_bytes;                      // what one expansion copies

  std::size_t find(std::string_view id) const {
    const auto it = by_id.find(id);
    return it == by_id.end() ? kNone : it->second;
  }
};

TemplateIndex index_templates(const PackDraft& draft) {
  const Guidance& g = draft.pack.guidance;
  TemplateIndex index{g.templates, draft.template_places, draft.template_read_cleanly, {}, {}};
  for (std::size_t t = 0; t < g.templates.size(); ++t) {
    index.by_id.emplace(g.templates[t].id, t);
    std::size_t bytes = 0;
    for (const GuidanceStep& s : g.templates[t].steps) {
      bytes += sizeof(GuidanceStep) + s.id.size() + s.text.size() + s.detail.size() + s.message.size();
      for (const StepOutcome& o : s.outcomes) {
        bytes += sizeof(StepOutcome) + o.name.size() + o.next.size() + o.meets.size() * sizeof(int);
      }
    }
    index.text_bytes.push_back(bytes);
  }
  return index;
}

// A template outcome the playbook cannot take: an end of the other kind of playbook,
// or a criterion beyond its count. Returns "" or the problem, naming the step.
std::string template_misfit(const StepTemplate& t, const PlaybookContext& pc) {
  const std::string_view other_end = pc.playbook.lead ? kTargetLost : kTargetRetire;
  for (const GuidanceStep& s : t.steps) {
    for (const StepOutcome& o : s.outcomes) {
      const std::string where = " (step '" + s.id + "', outcome '" + o.name + "')";
      if (o.next == other_end) {
        return "the template '" + t.id + "' can end in '" + std::string(other_end) + "'" + where + ", which only a " +
               (pc.playbook.lead ? "stage" : "lead") + " playbook can: use another template here";
      }
      for (const int m : o.meets) {
        if (static_cast<std::size_t>(m) > pc.criteria->size()) {
          return "the template '" + t.id + "' meets exit criterion " + std::to_string(m) + where + ", but " +
                 pc.criteria_owner + " has " + criteria_count_text(pc.criteria->size());
        }
      }
    }
  }
  return {};
}

// The templates the playbook uses exist and fit it. False when one cannot be expanded.
bool check_uses(const PlaybookContext& pc, const TemplateIndex& index, DiagnosticSink& sink) {
  bool usable = true;
  const std::vector<GuidanceStep>& steps = pc.playbook.authored_steps;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    if (steps[k].use.empty()) continue;
    const std::string pointer = step_pointer(pc.place, k) + "/use";
    const std::size_t t = index.find(steps[k].use);
    if (t == kNone) {
      std::string message = "there is no template '" + steps[k].use + "' in this pack";
      if (index.templates.empty()) {
        message += ": add it to the 'templates' of the guidance section";
      } else {
        message += " (its templates: " + id_list(index.templates, [](const StepTemplate& x) { return x.id; }) + ")";
        std::vector<std::string_view> ids;
        for (const StepTemplate& x : index.templates) ids.push_back(x.id);
        if (const auto guess = closest_match(steps[k].use, ids)) message += "; did you mean '" + std::string(*guess) + "'?";
      }
      sink.error(pc.place.file, pointer, message);
      usable = false;
      continue;
    }
    if (!index.read_cleanly[t]) {
      usable = false;  // its own errors are reported at the template
      continue;
    }
    if (const std::string misfit = template_misfit(index.templates[t], pc); !misfit.empty()) {
      sink.error(pc.place.file, pointer, misfit);
      usable = false;
    }
  }
  return usable;
}

// The playbook's own outcomes meet criteria that exist.
void check_meets(const PlaybookContext& pc, DiagnosticSink& sink) {
  const std::vector<GuidanceStep>& steps = pc.playbook.authored_steps;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    for (std::size_t j = 0; j < steps[k].outcomes.size(); ++j) {
      const std::vector<int>& meets = steps[k].outcomes[j].meets;
      for (std::size_t m = 0; m < meets.size(); ++m) {
        if (static_cast<std::size_t>(meets[m]) <= pc.criteria->size()) continue;
        sink.error(pc.place.file,
                   step_pointer(pc.place, k) + "/outcomes/" + std::to_string(j) + "/meets/" + std::to_string(m),
                   "exit criterion " + std::to_string(meets[m]) + " does not exist: " + pc.criteria_owner + " has " +
                       criteria_count_text(pc.criteria->size()));
      }
    }
  }
}

// What expanding the templates costs, for the playbook and for the whole pack.
struct ExpansionBudget {
  std::size_t steps = 0;
  std::size_t bytes = 0;
  bool exhausted = false;
};

// Counts the playbook's steps once expanded; false (reported) past a limit.
bool fits_expanded(const PlaybookContext& pc, const TemplateIndex& index, ExpansionBudget& budget, DiagnosticSink& sink) {
  if (budget.exhausted) return false;
  std::size_t steps = 0, bytes = 0;
  for (const GuidanceStep& s : pc.playbook.authored_steps) {
    const std::size_t t = s.use.empty() ? kNone : index.find(s.use);
    steps += t == kNone ? 1 : index.templates[t].steps.size();
    bytes += t == kNone ? 0 : index.text_bytes[t] + index.templates[t].steps.size() * (s.id.size() + 1);
  }
  const std::string pointer = pc.place.pointer + "/steps";
  if (steps > kMaxExpandedSteps) {
    sink.error(pc.place.file, pointer,
               "playbook has " + std::to_string(steps) + " steps once its templates are expanded; at most " +
                   std::to_string(kMaxExpandedSteps));
    return false;
  }
  budget.steps += steps;
  budget.bytes += bytes;
  if (budget.steps > kMaxPackExpandedSteps) {
    sink.error(pc.place.file, pointer,
               "with this playbook the pack's playbooks have " + text::with_thousands(static_cast<std::int64_t>(budget.steps)) +
                   " steps once templates are expanded; at most " +
                   text::with_thousands(static_cast<std::int64_t>(kMaxPackExpandedSteps)));
    budget.exhausted = true;
  } else if (budget.bytes > kMaxExpandedTextBytes) {
    sink.error(pc.place.file, pointer,
               "with this playbook the templates expanded in the pack's playbooks come to more than 64 MiB of text: "
               "use long templates less often");
    budget.exhausted = true;
  }
  return !budget.exhausted;
}

// ---------------------------------------------------------------------------------
// [SECTION] the step graph

// Where an expanded step was written: a step of the playbook, or of a template it uses.
struct StepOrigin {
  const Place* list = nullptr;  // the playbook's or the template's place
  std::size_t step = 0;         // the step's index in that list
  std::size_t use = kNone;      // a template's step: the playbook's use step it came through
};

// Parallel to Playbook::steps: expand_templates() walks the steps in the same order.
std::vector<StepOrigin> step_origins(const PlaybookContext& pc, const TemplateIndex& index) {
  std::vector<StepOrigin> origins;
  const std::vector<GuidanceStep>& authored = pc.playbook.authored_steps;
  for (std::size_t k = 0; k < authored.size(); ++k) {
    if (authored[k].use.empty()) {
      origins.push_back({&pc.place, k, kNone});
      continue;
    }
    const std::size_t t = index.find(authored[k].use);
    for (std::size_t j = 0; j < index.templates[t].steps.size(); ++j) origins.push_back({&index.places[t], j, k});
  }
  return origins;
}

StepGraph build_graph(const Playbook& p) {
  StepGraph graph;
  std::unordered_map<std::string_view, int> index;
  for (std::size_t s = 0; s < p.steps.size(); ++s) index.emplace(p.steps[s].id, static_cast<int>(s));
  for (const GuidanceStep& step : p.steps) {
    std::vector<int> next;
    for (const StepOutcome& o : step.outcomes) {
      if (o.next == kTargetEnd) {
        next.push_back(kToEnd);
      } else if (o.next == kTargetRetire || o.next == kTargetLost) {
        next.push_back(kToOtherEnd);
      } else if (const auto it = index.find(o.next); it != index.end()) {
        next.push_back(it->second);
      }
    }
    graph.next.push_back(std::move(next));
    graph.wait.push_back(step.kind == StepKind::Wait);
    graph.automated.push_back(is_automated(step.kind));
    graph.required.push_back(step.required);
  }
  return graph;
}

// Reports what check_step_graph() found at the steps as written.
class GraphReport {
 public:
  GraphReport(const PlaybookContext& pc, const std::vector<StepOrigin>& origins, DiagnosticSink& sink)
      : m_pc(pc), m_origins(origins), m_sink(sink) {}

  std::string_view id(int step) const { return m_pc.playbook.steps[static_cast<std::size_t>(step)].id; }

  void at(int step, std::string message) {
    const StepOrigin& o = m_origins[static_cast<std::size_t>(step)];
    if (o.use != kNone) message += " (in playbook '" + m_pc.playbook.id + "')";
    m_sink.error(o.list->file, step_pointer(*o.list, o.step), std::move(message));
  }

  // A template's first step that nothing reaches is its use step, in the playbook;
  // the template's other steps are then not reported again. `unreachable_steps`
  // is in ascending order.
  void unreachable(int step, const std::vector<int>& unreachable_steps) {
    const StepOrigin& o = m_origins[static_cast<std::size_t>(step)];
    const std::string tail = " is never reached: no path of outcomes from the first step '" + std::string(id(0)) +
                             "' leads to it";
    if (o.use != kNone && o.step == 0) {
      m_sink.error(m_pc.place.file, step_pointer(m_pc.place, o.use),
                   "step '" + m_pc.playbook.authored_steps[o.use].id + "'" + tail);
      return;
    }
    if (o.use != kNone) {
      const int entry = step - static_cast<int>(o.step);  // a template's steps are expanded together
      if (std::binary_search(unreachable_steps.begin(), unreachable_steps.end(), entry)) return;
    }
    at(step, "step '" + std::string(id(step)) + "'" + tail);
  }

 private:
  const PlaybookContext& m_pc;
  const std::vector<StepOrigin>& m_origins;
  DiagnosticSink& m_sink;
};

void check_graph(const PlaybookContext& pc, const TemplateIndex& index, DiagnosticSink& sink) {
  const std::vector<StepOrigin> origins = step_origins(pc, index);
  if (origins.size() != pc.playbook.steps.size()) return;  // cannot happen: both walk the steps alike
  const StepGraph graph = build_graph(pc.playbook);
  const GraphFindings found = check_step_graph(graph, kMaxBypassesPerPlaybook);
  GraphReport report(pc, origins, sink);
  for (const int s : found.unreachable) report.unreachable(s, found.unreachable);
  for (const int s : found.endless) {
    report.at(s, "step '" + std::string(report.id(s)) + "' cannot reach an end: every path from it loops");
  }
  for (const std::vector<int>& loop : found.loops) {
    std::vector<std::string_view> ids;
    bool all_automated = true;
    for (const int s : loop) {
      ids.push_back(report.id(s));
      all_automated = all_automated && graph.automated[static_cast<std::size_t>(s)];
    }
    report.at(loop.front(), all_automated
                                ? "automated steps " + chain_text(ids, true) + " loop without a wait: they would fire forever"
                                : "steps " + chain_text(ids, true) +
                                      " loop without a wait step: add a wait so the buyer gets time to answer");
  }
  for (const GraphFindings::Bypass& bypass : found.bypassed) {
    std::vector<std::string_view> ids;
    for (const int s : bypass.path) ids.push_back(report.id(s));
    ids.push_back(kTargetEnd);
    report.at(bypass.step, "required step '" + std::string(report.id(bypass.step)) + "' can be bypassed: " +
                               chain_text(ids, false) +
                               " never passes it; make it skippable or put it on every path to the end");
  }
}

// Every exit criterion is met by some outcome, or the lead or deal could never move on.
void check_criteria_met(const PlaybookContext& pc, DiagnosticSink& sink) {
  const std::vector<std::string>& criteria = *pc.criteria;
  std::vector<bool> met(criteria.size(), false);
  for (const GuidanceStep& step : pc.playbook.steps) {
    for (const StepOutcome& outcome : step.outcomes) {
      for (const int m : outcome.meets) {
        if (m >= 1 && static_cast<std::size_t>(m) <= met.size()) met[static_cast<std::size_t>(m - 1)] = true;
      }
    }
  }
  const Playbook& p = pc.playbook;
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    if (met[c]) continue;
    const std::string pointer = p.lead ? pc.place.pointer + "/exit_criteria/" + std::to_string(c) : pc.place.pointer + "/steps";
    const std::string consequence = p.lead ? "a lead could never be " + std::string(lead_status_name(*p.lead))
                                           : "a deal could never leave the stage";
    sink.error(pc.place.file, pointer,
               "exit criterion " + std::to_string(c + 1) + " (" + criterion_text(criteria[c]) +
                   ") is met by no outcome: " + consequence);
  }
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] entry

void check_guidance(PackDraft& draft, DiagnosticSink& sink) {
  Guidance& guidance = draft.pack.guidance;
  const TemplateIndex index = index_templates(draft);
  PurposeRegistry purposes;
  ExpansionBudget budget;
  for (std::size_t i = 0; i < guidance.playbooks.size() && !sink.full(); ++i) {
    PlaybookContext pc{guidance.playbooks[i], draft.playbook_places[i], nullptr, {}};
    const std::size_t errors_before = sink.error_count();
    resolve_purpose(pc, draft.pack, sink);
    purposes.add(pc, sink);
    if (!draft.playbook_read_cleanly[i] || pc.criteria == nullptr) continue;
    const bool usable = check_uses(pc, index, sink);
    check_meets(pc, sink);
    if (!usable || sink.error_count() != errors_before || !fits_expanded(pc, index, budget, sink)) continue;
    pc.playbook.steps = expand_templates(pc.playbook.authored_steps, guidance.templates);
    check_graph(pc, index, sink);
    check_criteria_met(pc, sink);
  }
}

}  // namespace dealdojo::content::detail
