// Reads the "guidance" section of a pack: step templates and playbooks as written
// (FORMAT.md, "Guided selling"). What one item shows by itself is checked here:
// fields and kinds, ids, limits, and that every outcome leads to a step of the
// same list or to an end it may use. guidance_checks.cpp checks what needs the
// whole pack: templates and stages that exist, criteria, the step graph.
//
// [SECTION] names and targets
// [SECTION] outcomes
// [SECTION] steps
// [SECTION] templates and playbooks
// [SECTION] the section
#include <algorithm>
#include <array>
#include <map>

#include "core/content/pack_reader.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::content::detail {
namespace {

constexpr std::array<std::string_view, 2> kGuidanceFields = {"templates", "playbooks"};
constexpr std::array<std::string_view, 3> kTemplateFields = {"id", "name", "steps"};
constexpr std::array<std::string_view, 8> kPlaybookFields = {"id",    "name",          "goal", "lead", "preset",
                                                             "stage", "exit_criteria", "steps"};
constexpr std::array<std::string_view, 6> kRepStepFields = {"id", "kind", "text", "detail", "required", "outcomes"};
// "required" and "meets" are known so that their own errors are not doubled by a warning.
constexpr std::array<std::string_view, 9> kAutomatedStepFields = {"id",      "kind",     "text",  "detail", "days",
                                                                  "message", "required", "meets", "next"};
constexpr std::array<std::string_view, 3> kUseStepFields = {"id", "use", "next"};
constexpr std::array<std::string_view, 3> kOutcomeFields = {"name", "next", "meets"};
constexpr int kMaxWaitDays = 365;

// ---------------------------------------------------------------------------------
// [SECTION] names and targets

// Which ends the outcomes of a list may name. A template's may name any (each
// playbook that uses it is checked later), and so may a playbook whose purpose
// could not be read, so that one mistake is reported once.
enum class ListKind { Template, LeadPlaybook, StagePlaybook, UnknownPlaybook };

// The ids of a list's steps, read ahead so that an outcome may name a later step.
struct StepList {
  ListKind kind;
  std::vector<std::string_view> ids;
};

std::string_view list_noun(ListKind kind) { return kind == ListKind::Template ? "template" : "playbook"; }

std::string_view allowed_ends(ListKind kind) {
  switch (kind) {
    case ListKind::LeadPlaybook: return "end or retire";
    case ListKind::StagePlaybook: return "end or lost";
    case ListKind::Template:
    case ListKind::UnknownPlaybook: break;
  }
  return "end, retire or lost";
}

bool is_end_name(std::string_view id) { return id == kTargetEnd || id == kTargetRetire || id == kTargetLost; }

// "no_answer", "need-found": lowercase letters and digits in groups joined by
// single hyphens or underscores.
bool is_outcome_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxIdChars) return false;
  bool after_separator = true;
  for (const char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      after_separator = false;
    } else if ((c == '-' || c == '_') && !after_separator) {
      after_separator = true;
    } else {
      return false;
    }
  }
  return !after_separator;
}

// Reports `next` (at `pointer`) unless it names a step of the list or an end the list may use.
void check_target(std::string_view next, const StepList& list, const std::string& pointer, ReadContext& ctx) {
  if (std::find(list.ids.begin(), list.ids.end(), next) != list.ids.end() || next == kTargetEnd) return;
  if (next == kTargetRetire) {
    if (list.kind == ListKind::StagePlaybook) {
      ctx.sink.error(ctx.file, pointer, "'retire' ends a lead playbook: a stage playbook's outcomes end with 'end' or 'lost'");
    }
    return;
  }
  if (next == kTargetLost) {
    if (list.kind == ListKind::LeadPlaybook) {
      ctx.sink.error(ctx.file, pointer, "'lost' ends a stage playbook: a lead playbook's outcomes end with 'end' or 'retire'");
    }
    return;
  }
  std::vector<std::string_view> names = list.ids;
  names.push_back(kTargetEnd);
  if (list.kind != ListKind::StagePlaybook) names.push_back(kTargetRetire);
  if (list.kind != ListKind::LeadPlaybook) names.push_back(kTargetLost);
  std::string message = quote_value(next) + " is not a step of this " + std::string(list_noun(list.kind)) +
                        ": name one of its steps, or " + std::string(allowed_ends(list.kind));
  if (const auto guess = closest_match(next, names)) message += " (did you mean '" + std::string(*guess) + "'?)";
  ctx.sink.error(ctx.file, pointer, message);
}

// ---------------------------------------------------------------------------------
// [SECTION] outcomes

std::vector<int> read_meets(ObjectReader& r) {
  ReadContext& ctx = r.context();
  std::vector<int> meets;
  const auto list = r.array("meets", Need::Optional, "");
  if (!list) return meets;
  std::size_t i = 0;
  for (JsonView item : list->children()) {
    const std::string p = r.pointer("meets") + "/" + std::to_string(i++);
    const std::string wanted = "must be the number of an exit criterion, 1 to " + std::to_string(kMaxCriteria) + ", not ";
    if (!item.is_integer()) {
      ctx.sink.error(ctx.file, p, wanted + describe_json_type(item));
    } else if (item.integer() < 1 || item.integer() > static_cast<std::int64_t>(kMaxCriteria)) {
      ctx.sink.error(ctx.file, p, wanted + std::to_string(item.integer()));
    } else {
      meets.push_back(static_cast<int>(item.integer()));
    }
  }
  return meets;
}

std::optional<StepOutcome> read_outcome(JsonView item, const std::string& pointer, const std::string& step_id,
                                        const StepList& list, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "an outcome")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  StepOutcome outcome;
  if (auto name = r.text("name", Need::Required, "the outcome's name, such as \"succeeded\" or \"no_answer\"")) {
    if (is_outcome_name(*name)) {
      outcome.name = std::move(*name);
    } else {
      std::string message = quote_value(*name) + " is not a valid outcome name: use lowercase words joined by hyphens "
                                                 "or underscores";
      if (const std::string suggestion = slugify(*name, kMaxIdChars); !suggestion.empty()) {
        message += ", such as '" + suggestion + "'";
      }
      r.error("name", message);
    }
  }
  if (auto next = r.text("next", Need::Required, "the step it leads to, or end")) {
    if (!step_id.empty() && *next == step_id) {
      r.error("next", "step '" + step_id + "' names itself as the next step of outcome '" + outcome.name +
                          "': a step cannot follow itself");
    } else {
      check_target(*next, list, r.pointer("next"), ctx);
    }
    outcome.next = std::move(*next);
  }
  outcome.meets = read_meets(r);
  r.warn_unknown_fields(kOutcomeFields, "an outcome");
  return outcome;
}

// ---------------------------------------------------------------------------------
// [SECTION] steps

// The "next" of an automated or use step, read as its one outcome "done".
void read_next(ObjectReader& r, GuidanceStep& step, const StepList& list) {
  auto next = r.text("next", Need::Required, "the step that follows, or end");
  if (!next) return;
  if (!step.id.empty() && *next == step.id) {
    r.error("next", "step '" + step.id + "' names itself as its next step: a step cannot follow itself");
  } else {
    check_target(*next, list, r.pointer("next"), r.context());
  }
  step.outcomes.push_back({"done", std::move(*next), {}});
}

// {"id", "use", "next"}: stands for a template's steps.
void read_use_step(ObjectReader& r, GuidanceStep& step, const StepList& list) {
  if (auto used = r.id("use", Need::Required, "the id of the template whose steps go here")) {
    if (list.kind == ListKind::Template) {
      r.error("use", "a template cannot use another template: write its steps here instead");
    }
    step.use = std::move(*used);
  }
  read_next(r, step, list);
  r.warn_unknown_fields(kUseStepFields, "a step that uses a template");
}

void read_rep_step(ObjectReader& r, GuidanceStep& step, const StepList& list) {
  ReadContext& ctx = r.context();
  const bool question = step.kind == StepKind::Question;
  step.text = r.text("text", Need::Required,
                     question ? "the question to ask the buyer" : "what the rep does, such as \"Call the contact\"")
                  .value_or(std::string());
  step.detail = r.optional_text("detail");
  step.required = r.boolean("required", Need::Optional, "").value_or(false);
  const auto outcomes = r.array("outcomes", Need::Required,
                                "what can happen, such as [{\"name\": \"succeeded\", \"next\": \"end\"}]");
  if (outcomes && outcomes->size() == 0) {
    r.error("outcomes", "has no outcome: add at least one, such as {\"name\": \"succeeded\", \"next\": \"end\"}");
  } else if (outcomes && outcomes->size() > kMaxOutcomes) {
    r.error("outcomes", "step has " + std::to_string(outcomes->size()) + " outcomes; at most " + std::to_string(kMaxOutcomes));
  } else if (outcomes) {
    std::size_t i = 0;
    for (JsonView item : outcomes->children()) {
      const std::string p = r.pointer("outcomes") + "/" + std::to_string(i++);
      auto outcome = read_outcome(item, p, step.id, list, ctx);
      if (!outcome) continue;
      if (!outcome->name.empty() && step.find_outcome(outcome->name) != nullptr) {
        ctx.sink.error(ctx.file, p + "/name", "the outcome '" + outcome->name + "' is listed twice in this step");
      }
      step.outcomes.push_back(std::move(*outcome));
    }
  }
  r.warn_unknown_fields(kRepStepFields, question ? "a question step" : "an action step");
}

void read_automated_step(ObjectReader& r, GuidanceStep& step, const StepList& list) {
  const std::string kind(step_kind_name(step.kind));
  if (r.find("required")) {
    r.error("required", "a " + kind + " step runs by itself and is never skipped, so it cannot be required: remove 'required'");
  }
  if (r.find("meets")) {
    r.error("meets", "a " + kind + " step meets no exit criterion: only an outcome of an action or question step can");
  }
  if (step.kind == StepKind::Wait) {
    step.days = r.integer("days", Need::Required, 1, kMaxWaitDays, "how many days to wait, 1 to 365").value_or(0);
  } else {
    step.message = r.text("message", Need::Required, "what is sent, such as \"A short note asking for a good time\"")
                       .value_or(std::string());
  }
  step.text = r.optional_text("text");
  if (step.text.empty()) step.text = default_step_text(step);
  step.detail = r.optional_text("detail");
  read_next(r, step, list);
  r.warn_unknown_fields(kAutomatedStepFields, "a " + kind + " step");
}

std::optional<GuidanceStep> read_step(JsonView item, const std::string& pointer, const StepList& list, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a step")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  GuidanceStep step;
  if (auto id = r.id("id", Need::Required, "the step's id, such as 'call-contact'")) {
    if (is_end_name(*id)) {
      r.error("id", "'" + *id + "' is where an outcome ends the " + std::string(list_noun(list.kind)) +
                        ", so it cannot be a step's id: choose another");
    } else {
      step.id = std::move(*id);
    }
  }
  if (r.find("use")) {
    read_use_step(r, step, list);
    return step;
  }
  const auto kind_text = r.text("kind", Need::Required, "the step's kind: action, question, wait or send");
  if (!kind_text) return step;
  const auto kind = parse_step_kind(*kind_text);
  if (!kind) {
    r.error("kind", quote_value(*kind_text) + " is not a step kind; use action, question, wait or send");
    return step;
  }
  step.kind = *kind;
  if (is_automated(step.kind)) {
    read_automated_step(r, step, list);
  } else {
    read_rep_step(r, step, list);
  }
  return step;
}

// The "steps" of a template or playbook: 1–200, ids unique in the list.
std::vector<GuidanceStep> read_steps(ObjectReader& r, ListKind kind) {
  ReadContext& ctx = r.context();
  std::vector<GuidanceStep> steps;
  const auto list = r.array("steps", Need::Required, "its steps; the first is where it starts");
  if (!list) return steps;
  const std::string noun(list_noun(kind));
  if (list->size() == 0) {
    r.error("steps", "has no step: add at least one; the first is where the " + noun + " starts");
    return steps;
  }
  if (list->size() > kMaxAuthoredSteps) {
    r.error("steps", noun + " has " + std::to_string(list->size()) + " steps; at most " + std::to_string(kMaxAuthoredSteps));
    return steps;
  }
  StepList ids{kind, {}};
  for (JsonView item : list->children()) {
    const auto id = item.is_object() ? item.find("id") : std::nullopt;
    if (id && id->is_string()) ids.ids.push_back(id->string());
  }
  std::map<std::string, std::size_t, std::less<>> first_at;
  std::size_t i = 0;
  for (JsonView item : list->children()) {
    const std::string p = r.pointer("steps") + "/" + std::to_string(i++);
    auto step = read_step(item, p, ids, ctx);
    if (!step) continue;
    if (!step->id.empty()) {
      const auto [it, inserted] = first_at.emplace(step->id, i - 1);
      if (!inserted) {
        ctx.sink.error(ctx.file, p + "/id",
                       "the step id '" + step->id + "' is used twice in this " + noun + "; the first is at " +
                           r.pointer("steps") + "/" + std::to_string(it->second));
      }
    }
    steps.push_back(std::move(*step));
    if (ctx.sink.full()) break;
  }
  return steps;
}

// ---------------------------------------------------------------------------------
// [SECTION] templates and playbooks

std::optional<StepTemplate> read_template(JsonView item, const std::string& pointer, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a template")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  StepTemplate t;
  auto id = r.id("id", Need::Required, "a template id such as 'reach-by-phone'");
  auto name = r.text("name", Need::Required, "the template's name");
  t.steps = read_steps(r, ListKind::Template);
  r.warn_unknown_fields(kTemplateFields, "a template");
  t.id = id.value_or(std::string());
  t.name = name.value_or(std::string());
  return t;
}

// "lead", or "preset" and "stage", and the exit criteria that go with them.
ListKind read_purpose(ObjectReader& r, Playbook& p) {
  const bool for_lead = r.find("lead").has_value();
  const bool for_stage = r.find("preset").has_value() || r.find("stage").has_value();
  if (for_lead && for_stage) {
    r.error("lead", "a playbook is for a lead status or for a pipeline stage, not both: remove 'lead', or 'preset' "
                    "and 'stage'");
    return ListKind::UnknownPlaybook;
  }
  if (!for_lead && !for_stage) {
    r.error("lead", "'lead' is missing: add the lead status the playbook works towards (qualified, converted or "
                    "retired), or the 'preset' and 'stage' it is for");
    return ListKind::UnknownPlaybook;
  }
  if (for_stage) {
    p.preset = r.id("preset", Need::Required, "the id of the pipeline preset the stage belongs to").value_or(std::string());
    p.stage = r.id("stage", Need::Required, "the id of the stage the playbook is for").value_or(std::string());
    if (r.find("exit_criteria")) {
      r.error("exit_criteria", "a stage playbook uses its stage's exit criteria: move these to the stage in its "
                               "pipeline preset");
    }
    return ListKind::StagePlaybook;
  }
  if (auto lead = r.text("lead", Need::Required, "the lead status: qualified, converted or retired")) {
    p.lead = parse_lead_status(*lead);
    if (!p.lead) r.error("lead", quote_value(*lead) + " is not a lead status; use qualified, converted or retired");
  }
  if (auto criteria = r.text_list("exit_criteria", Need::Required, kMaxCriteria, false,
                                  "what the buyer must have done before the lead takes this status, as a list of texts")) {
    if (criteria->empty()) r.error("exit_criteria", "lists no criterion: add at least one thing the buyer must have done");
    p.exit_criteria = std::move(*criteria);
  }
  return ListKind::LeadPlaybook;
}

std::optional<Playbook> read_playbook(JsonView item, const std::string& pointer, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a playbook")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  Playbook p;
  auto id = r.id("id", Need::Required, "a playbook id such as 'qualify-lead'");
  auto name = r.text("name", Need::Required, "the playbook's name");
  p.goal = r.optional_text("goal");
  const ListKind kind = read_purpose(r, p);
  p.authored_steps = read_steps(r, kind);
  r.warn_unknown_fields(kPlaybookFields, "a playbook");
  p.id = id.value_or(std::string());
  p.name = name.value_or(std::string());
  return p;
}

// ---------------------------------------------------------------------------------
// [SECTION] the section

// One list of the section; the limit counts the items of every file read so far.
template <typename Item, typename ReadFn>
void read_items(ObjectReader& section, std::string_view key, std::size_t max_items, ReadFn read,
                std::vector<Item>& items, std::vector<Place>& places, std::vector<bool>& read_cleanly) {
  ReadContext& ctx = section.context();
  const auto list = section.array(key, Need::Optional, "");
  if (!list) return;
  const std::size_t total = items.size() + list->size();
  if (total > max_items) {
    section.error(key, "the pack has " + std::to_string(total) + " " + std::string(key) + "; at most " +
                           std::to_string(max_items));
    return;
  }
  std::size_t i = 0;
  for (JsonView element : list->children()) {
    const std::string pointer = section.pointer(key) + "/" + std::to_string(i++);
    const std::size_t errors_before = ctx.sink.error_count();
    if (auto item = read(element, pointer, ctx)) {
      items.push_back(std::move(*item));
      places.push_back({std::string(ctx.file), pointer});
      read_cleanly.push_back(ctx.sink.error_count() == errors_before);
    }
    if (ctx.sink.full()) return;
  }
}

}  // namespace

void read_guidance(JsonView value, const std::string& pointer, ReadContext& ctx, PackDraft& draft) {
  if (!expect_object(value, pointer, ctx, "the 'guidance' section")) return;
  ObjectReader r(value, pointer, ctx);
  Guidance& guidance = draft.pack.guidance;
  read_items(r, "templates", kMaxTemplates, read_template, guidance.templates, draft.template_places,
             draft.template_read_cleanly);
  read_items(r, "playbooks", kMaxPlaybooks, read_playbook, guidance.playbooks, draft.playbook_places,
             draft.playbook_read_cleanly);
  r.warn_unknown_fields(kGuidanceFields, "the 'guidance' section");
}

}  // namespace dealdojo::content::detail
