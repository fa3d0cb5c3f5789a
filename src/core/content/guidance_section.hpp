#pragma once
// Guided selling as a content pack carries it (FORMAT.md, "Guided selling"):
// playbooks of steps for each lead status and each pipeline stage. A step is
// something the rep does, a question to the buyer, or an automated step (wait some
// days, send a follow-up); its outcomes branch to the next step, so a failed call
// opens remedial steps instead of ticking a box. Outcomes meet the stage's exit
// criteria, which are things the buyer did. Plain data, read and written with the
// rest of the pack; core/guidance walks a deal or a lead through it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealdojo::content {

enum class StepKind { Action, Question, Wait, Send };
std::string_view step_kind_name(StepKind kind);  // "action", "question", "wait", "send"
std::optional<StepKind> parse_step_kind(std::string_view name);
// Wait and send steps run by themselves; the rep marks the others done or skips them.
bool is_automated(StepKind kind);

// What a lead playbook takes a lead to (seed 004: one guidance stage per status).
enum class LeadStatus { Qualified, Converted, Retired };
std::string_view lead_status_name(LeadStatus status);  // "qualified", "converted", "retired"
std::optional<LeadStatus> parse_lead_status(std::string_view name);

// Where an outcome leads, besides another step of the same playbook.
inline constexpr std::string_view kTargetEnd = "end";        // the playbook's work is done
inline constexpr std::string_view kTargetRetire = "retire";  // lead playbooks: retire the lead
inline constexpr std::string_view kTargetLost = "lost";      // stage playbooks: the buyer said no

struct StepOutcome {
  std::string name;              // "succeeded", "failed", "no_answer" or the author's own ("agreed")
  std::string next;              // a step id of the playbook, or kTargetEnd / kTargetRetire / kTargetLost
  std::vector<int> meets;        // exit criteria this outcome meets: 1-based numbers
};

struct GuidanceStep {
  std::string id;  // kebab-case, unique in its playbook; never "end", "retire" or "lost"
  StepKind kind = StepKind::Action;
  std::string text;      // "Call the contact"
  std::string detail;    // why and how; may be empty
  bool required = false; // required steps cannot be skipped (automated steps never are)
  int days = 0;          // wait steps: 1–365 days
  std::string message;   // send steps: what is sent
  // Action and question steps: 1–8 outcomes; a skipped step follows the first.
  // Automated steps: exactly one, named "done".
  std::vector<StepOutcome> outcomes;
  // As authored only: a step that stands for a template's steps ({"id", "use", "next"});
  // `outcomes` then holds one outcome "done" whose next is the use step's "next".
  std::string use;

  const StepOutcome* find_outcome(std::string_view name) const;
};

// A reusable run of steps (a cadence). A playbook step {"use": "<template id>"}
// is replaced by the template's steps, their ids prefixed "<use step id>/", and
// the template's "end" becomes the use step's "next".
struct StepTemplate {
  std::string id;  // kebab-case, unique in the pack
  std::string name;
  std::vector<GuidanceStep> steps;  // the first is where it starts
};

struct Playbook {
  std::string id;  // kebab-case, unique in the pack
  std::string name;
  std::string goal;  // what the stage's work is for; may be empty
  // Exactly one of the two: a lead status, or a stage of a pipeline preset.
  std::optional<LeadStatus> lead;
  std::string preset;  // a preset id of this pack
  std::string stage;   // a stage id of that preset
  // Lead playbooks list their own; stage playbooks use the stage's exit_criteria.
  std::vector<std::string> exit_criteria;
  std::vector<GuidanceStep> steps;  // templates expanded; the first is where it starts
  std::vector<GuidanceStep> authored_steps;  // as written, "use" steps kept (the pack writer's)

  const GuidanceStep* find_step(std::string_view id) const;
  bool for_lead() const { return lead.has_value(); }
};

struct Guidance {
  std::vector<StepTemplate> templates;  // kept for writing the pack back out
  std::vector<Playbook> playbooks;

  bool empty() const { return playbooks.empty() && templates.empty(); }
  const Playbook* find_playbook(std::string_view id) const;
  const Playbook* for_lead(LeadStatus status) const;
  const Playbook* for_stage(std::string_view preset_id, std::string_view stage_id) const;
};

// What an automated step says when its author wrote no text: "Wait 3 days",
// "Send: <message>"; "" for the other kinds.
std::string default_step_text(const GuidanceStep& step);

// The steps a run walks: `authored` with every "use" step replaced by its
// template's steps, their ids "<use id>/<step id>". The template's "end" becomes
// the use step's next, "retire" and "lost" pass through, and a target naming a
// use step leads to its template's first step. A use step whose template is not
// in `templates` is left out (the loader reports it).
std::vector<GuidanceStep> expand_templates(const std::vector<GuidanceStep>& authored,
                                           const std::vector<StepTemplate>& templates);

}  // namespace dealdojo::content
