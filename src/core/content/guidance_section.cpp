#include "core/content/guidance_section.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/util/text.hpp"

namespace dealdojo::content {
namespace {

constexpr std::array<std::pair<StepKind, std::string_view>, 4> kStepKinds = {{
    {StepKind::Action, "action"}, {StepKind::Question, "question"}, {StepKind::Wait, "wait"}, {StepKind::Send, "send"}}};
constexpr std::array<std::pair<LeadStatus, std::string_view>, 3> kLeadStatuses = {{
    {LeadStatus::Qualified, "qualified"}, {LeadStatus::Converted, "converted"}, {LeadStatus::Retired, "retired"}}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view name) {
  for (const auto& [e, n] : table) {
    if (n == name) return e;
  }
  return std::nullopt;
}

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

std::string_view step_kind_name(StepKind kind) { return name_of(kStepKinds, kind); }
std::optional<StepKind> parse_step_kind(std::string_view name) { return parse_name(kStepKinds, name); }
bool is_automated(StepKind kind) { return kind == StepKind::Wait || kind == StepKind::Send; }

std::string_view lead_status_name(LeadStatus status) { return name_of(kLeadStatuses, status); }
std::optional<LeadStatus> parse_lead_status(std::string_view name) { return parse_name(kLeadStatuses, name); }

const StepOutcome* GuidanceStep::find_outcome(std::string_view outcome_name) const {
  const auto it = std::find_if(outcomes.begin(), outcomes.end(),
                               [&](const StepOutcome& outcome) { return outcome.name == outcome_name; });
  return it == outcomes.end() ? nullptr : &*it;
}

const GuidanceStep* Playbook::find_step(std::string_view step_id) const { return find_by_id(steps, step_id); }

const Playbook* Guidance::find_playbook(std::string_view playbook_id) const { return find_by_id(playbooks, playbook_id); }

const Playbook* Guidance::for_lead(LeadStatus status) const {
  for (const Playbook& playbook : playbooks) {
    if (playbook.lead == status) return &playbook;
  }
  return nullptr;
}

const Playbook* Guidance::for_stage(std::string_view preset_id, std::string_view stage_id) const {
  for (const Playbook& playbook : playbooks) {
    if (!playbook.lead && playbook.preset == preset_id && playbook.stage == stage_id) return &playbook;
  }
  return nullptr;
}

std::string default_step_text(const GuidanceStep& step) {
  switch (step.kind) {
    case StepKind::Wait: return "Wait " + text::count_noun(step.days, "day", "days");
    case StepKind::Send: return "Send: " + step.message;
    case StepKind::Action:
    case StepKind::Question: break;
  }
  return {};
}

std::vector<GuidanceStep> expand_templates(const std::vector<GuidanceStep>& authored,
                                           const std::vector<StepTemplate>& templates) {
  const auto template_of = [&](const GuidanceStep& step) -> const StepTemplate* {
    if (step.use.empty()) return nullptr;
    const StepTemplate* used = find_by_id(templates, step.use);
    return used != nullptr && !used->steps.empty() ? used : nullptr;
  };
  // A target naming a use step leads to the first step of its template.
  const auto resolve = [&](const std::string& target) {
    const GuidanceStep* named = find_by_id(authored, target);
    const StepTemplate* used = named != nullptr ? template_of(*named) : nullptr;
    return used != nullptr ? named->id + "/" + used->steps.front().id : target;
  };
  std::vector<GuidanceStep> steps;
  for (const GuidanceStep& step : authored) {
    if (step.use.empty()) {
      GuidanceStep copy = step;
      for (StepOutcome& outcome : copy.outcomes) outcome.next = resolve(outcome.next);
      steps.push_back(std::move(copy));
      continue;
    }
    const StepTemplate* used = template_of(step);
    if (used == nullptr) continue;
    const std::string after = step.outcomes.empty() ? std::string(kTargetEnd) : resolve(step.outcomes.front().next);
    const std::string prefix = step.id + "/";
    for (const GuidanceStep& inner : used->steps) {
      GuidanceStep copy = inner;
      copy.id = prefix + inner.id;
      for (StepOutcome& outcome : copy.outcomes) {
        if (outcome.next == kTargetEnd) {
          outcome.next = after;
        } else if (outcome.next != kTargetRetire && outcome.next != kTargetLost) {
          outcome.next = prefix + outcome.next;
        }
      }
      steps.push_back(std::move(copy));
    }
  }
  return steps;
}

}  // namespace dealdojo::content
