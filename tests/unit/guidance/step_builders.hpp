#pragma once
// Playbook steps built by hand for the tests of the engine and of the quarter.
#include <string>
#include <utility>
#include <vector>

#include "core/content/guidance_section.hpp"

namespace guidance_test {

using dealdojo::content::GuidanceStep;
using dealdojo::content::StepKind;
using dealdojo::content::StepOutcome;

// An action or question the rep marks done with one of `outcomes`.
inline GuidanceStep rep_step(std::string id, StepKind kind, std::string text, bool required,
                             std::vector<StepOutcome> outcomes) {
  GuidanceStep step;
  step.id = std::move(id);
  step.kind = kind;
  step.text = std::move(text);
  step.required = required;
  step.outcomes = std::move(outcomes);
  return step;
}

inline GuidanceStep wait_step(std::string id, int days, std::string next) {
  GuidanceStep step;
  step.id = std::move(id);
  step.kind = StepKind::Wait;
  step.days = days;
  step.outcomes = {{"done", std::move(next), {}}};
  return step;
}

inline GuidanceStep send_step(std::string id, std::string message, std::string next) {
  GuidanceStep step;
  step.id = std::move(id);
  step.kind = StepKind::Send;
  step.message = std::move(message);
  step.outcomes = {{"done", std::move(next), {}}};
  return step;
}

}  // namespace guidance_test
