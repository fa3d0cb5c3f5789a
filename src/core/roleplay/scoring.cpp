#include "core/roleplay/scoring.hpp"

#include <algorithm>

#include "core/util/text.hpp"

namespace dealdojo::roleplay {
namespace {

std::string step_name(std::size_t step) { return "step " + std::to_string(step + 1); }

std::string upper_first(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(separator) : "") + parts[i];
  return out;
}

Criterion criterion(std::string id, std::string label) {
  Criterion c;
  c.id = std::move(id);
  c.label = std::move(label);
  return c;
}

void set(Criterion& c, CriterionStatus status, std::string detail, std::optional<std::size_t> step = std::nullopt) {
  c.status = status;
  c.detail = std::move(detail);
  c.step = step;
}

// One of the "X before the first Reply" rules.
struct BeforeReplyRule {
  Technique technique;
  std::string_view id;
  std::string_view label;
  std::string_view action;       // "cushioning the concern"
  std::string_view consequence;  // "the buyer had no sign you had heard it"
};

constexpr std::array<BeforeReplyRule, 3> kBeforeReply = {{
    {Technique::Cushion, "cushion-before-reply", "Cushion before the Reply", "cushioning the concern",
     "the buyer had no sign you had heard the concern"},
    {Technique::Clarify, "clarify-before-reply", "Clarify before the Reply", "asking what the concern really was",
     "you answered a guess about the concern"},
    {Technique::CrossCheck, "cross-check-before-reply", "Cross-Check before the Reply",
     "checking it was the only thing in the way", "other objections may still be waiting"},
}};

}  // namespace

std::string_view criterion_status_name(CriterionStatus status) {
  switch (status) {
    case CriterionStatus::Met: return "met";
    case CriterionStatus::Missed: return "missed";
    case CriterionStatus::NotApplicable: return "n/a";
  }
  return "";
}

SequenceResult evaluate_sequence(const Scenario& scenario, std::span<const TakenStep> steps, bool finished) {
  SequenceResult result;
  result.notes.resize(steps.size());
  TechniqueMask seen = 0;
  TechniqueMask seen_before_reply = 0;
  std::optional<std::size_t> first_reply, last_reply, first_pitch, first_misfit, trial_miss;
  bool pitch_unqualified = false;
  bool awaiting_trial = false;
  std::string misfit_detail;
  std::vector<std::string> anti;
  std::optional<std::size_t> first_anti;

  for (std::size_t i = 0; i < steps.size(); ++i) {
    const Choice& choice = scenario.nodes[steps[i].node].choices[steps[i].choice];
    const Technique t = choice.technique;
    std::vector<std::string>& notes = result.notes[i];
    if (is_reply(t)) {
      if (!first_reply) {
        first_reply = i;
        seen_before_reply = seen;
        for (const BeforeReplyRule& rule : kBeforeReply) {
          if ((seen & technique_bit(rule.technique)) == 0) {
            notes.push_back("Reply before " + std::string(technique_label(rule.technique)) + ": " +
                            upper_first(std::string(rule.consequence)) + ".");
          }
        }
      }
      last_reply = i;
      awaiting_trial = true;
    }
    if (t == Technique::TrialCommitment) awaiting_trial = false;
    if (is_commitment(t)) {
      const Facts facts{steps[i].values_before, {}, {}, seen};
      const Condition& fit = scenario.fit_for(t);
      if (!fit.evaluate(facts)) {
        std::string detail = std::string(technique_label(t)) + " did not fit the moment: it needs " +
                             join(fit.unmet_parts(facts), " and ") + ". " + std::string(commitment_fit_reason(t));
        notes.push_back(detail);
        if (!first_misfit) {
          first_misfit = i;
          misfit_detail = upper_first(step_name(i)) + ": " + detail;
        }
      }
      if (awaiting_trial) {
        notes.push_back("You asked for the decision before a Trial Commitment checked that the concern was resolved.");
        if (!trial_miss) trial_miss = i;
        awaiting_trial = false;
      }
    }
    if ((technique_bit(t) & kPitchMask) != 0 && !first_pitch) {
      first_pitch = i;
      if ((seen & kQualifyMask) == 0) {
        pitch_unqualified = true;
        notes.push_back("You presented before asking a single question about what the buyer needs.");
      }
    }
    if (is_anti_pattern(t)) {
      anti.push_back(step_name(i) + ": " + std::string(technique_label(t)));
      if (!first_anti) first_anti = i;
    }
    seen |= technique_bit(t);
  }

  for (const BeforeReplyRule& rule : kBeforeReply) {
    Criterion c = criterion(std::string(rule.id), std::string(rule.label));
    if (!first_reply) {
      set(c, CriterionStatus::NotApplicable, "You did not reply to an objection.");
    } else if ((seen_before_reply & technique_bit(rule.technique)) != 0) {
      set(c, CriterionStatus::Met, "You used " + std::string(technique_label(rule.technique)) +
                                       " before your first Reply (" + step_name(*first_reply) + ").");
    } else {
      set(c, CriterionStatus::Missed,
          "You replied at " + step_name(*first_reply) + " before " + std::string(rule.action) + ", so " +
              std::string(rule.consequence) + ".",
          first_reply);
    }
    result.criteria.push_back(std::move(c));
  }

  Criterion trial = criterion("trial-after-reply", "Trial Commitment after the Reply");
  if (finished && awaiting_trial && !trial_miss) trial_miss = last_reply;
  if (!last_reply) {
    set(trial, CriterionStatus::NotApplicable, "You did not reply to an objection.");
  } else if (trial_miss) {
    const bool at_commitment = trial_miss != last_reply;
    set(trial, CriterionStatus::Missed,
        at_commitment ? "At " + step_name(*trial_miss) + " you asked for the decision without first checking that the "
                                                         "concern was resolved."
                      : "After your Reply at " + step_name(*last_reply) +
                            " you never checked with a Trial Commitment that the concern was resolved.",
        trial_miss);
  } else if (awaiting_trial) {
    set(trial, CriterionStatus::NotApplicable, "Your Reply still waits for a Trial Commitment.");
  } else {
    set(trial, CriterionStatus::Met, "You checked the concern was resolved after your Reply.");
  }
  result.criteria.push_back(std::move(trial));

  Criterion fits = criterion("commitment-fits", "A commitment method that fits the moment");
  if ((seen & kCommitmentMask) == 0) {
    set(fits, CriterionStatus::NotApplicable, "You did not ask for a commitment.");
  } else if (first_misfit) {
    set(fits, CriterionStatus::Missed, misfit_detail, first_misfit);
  } else {
    set(fits, CriterionStatus::Met, "Each commitment method you used suited the relationship at that point.");
  }
  result.criteria.push_back(std::move(fits));

  Criterion qualify = criterion("qualify-before-pitch", "Questions before presenting");
  if (!first_pitch) {
    set(qualify, CriterionStatus::NotApplicable, "You did not present the solution.");
  } else if (pitch_unqualified) {
    set(qualify, CriterionStatus::Missed,
        "At " + step_name(*first_pitch) + " you presented before asking what the buyer needs.", first_pitch);
  } else {
    set(qualify, CriterionStatus::Met, "You asked about the buyer's needs before presenting.");
  }
  result.criteria.push_back(std::move(qualify));

  Criterion clean = criterion("no-anti-patterns", "No anti-patterns");
  if (anti.empty()) set(clean, CriterionStatus::Met, "You avoided arguing, pressure, premature price talk and pitching.");
  else set(clean, CriterionStatus::Missed, upper_first(join(anti, "; ")) + ".", first_anti);
  result.criteria.push_back(std::move(clean));

  for (const Requirement& r : scenario.required) {
    Criterion c = criterion("required:" + r.name, "Used " + std::string(r.set.label));
    if ((seen & r.set.mask) != 0) set(c, CriterionStatus::Met, "This conversation called for it, and you used it.");
    else if (finished) set(c, CriterionStatus::Missed, "This conversation called for it, and you did not use it.");
    else set(c, CriterionStatus::NotApplicable, "Not used yet.");
    result.criteria.push_back(std::move(c));
  }
  return result;
}

Score score_run(const Scenario& scenario, std::span<const TakenStep> steps, std::optional<std::size_t> ending_node) {
  Score score;
  score.pass_percent = scenario.pass_percent;

  RubricLine moves{"moves", "Right move at each step", 0, kMovesPoints, "", {}};
  std::array<int, 4> by_grade{};
  int percent_sum = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const Choice& choice = scenario.nodes[steps[i].node].choices[steps[i].choice];
    percent_sum += grade_percent(choice.grade);
    ++by_grade[static_cast<std::size_t>(choice.grade)];
    if (choice.blocker) score.blockers.push_back(upper_first(step_name(i)) + ": " + choice.feedback);
  }
  if (!steps.empty()) moves.points = kMovesPoints * percent_sum / (100 * static_cast<int>(steps.size()));
  std::vector<std::string> counts;
  for (Grade g : {Grade::Best, Grade::Good, Grade::Weak, Grade::Poor}) {
    const int n = by_grade[static_cast<std::size_t>(g)];
    if (n > 0) counts.push_back(std::to_string(n) + " " + (g == Grade::Best ? "best" : std::string(grade_name(g))));
  }
  moves.detail = join(counts, ", ") + " of " + text::count_noun(static_cast<std::int64_t>(steps.size()), "move", "moves") + ".";

  RubricLine tactics{"tactics", "Tactics in the right order", 0, kTacticsPoints, "", {}};
  tactics.criteria = evaluate_sequence(scenario, steps, true).criteria;
  int applicable = 0, met = 0;
  for (const Criterion& c : tactics.criteria) {
    if (c.status == CriterionStatus::NotApplicable) continue;
    ++applicable;
    if (c.status == CriterionStatus::Met) ++met;
  }
  tactics.points = applicable == 0 ? kTacticsPoints : kTacticsPoints * met / applicable;
  tactics.detail = std::to_string(met) + " of " + std::to_string(applicable) + " criteria met.";

  RubricLine outcome{"outcome", "Outcome", 0, kOutcomePoints, "", {}};
  const bool ended = ending_node && scenario.nodes[*ending_node].ending;
  const EndingKind reached = ended ? *scenario.nodes[*ending_node].ending : EndingKind::Stalled;
  const EndingKind best = scenario.best_ending();
  const int best_value = ending_value(best);
  outcome.points = best_value == 0 ? kOutcomePoints
                                   : kOutcomePoints * std::min(ending_value(reached), best_value) / best_value;
  outcome.detail = std::string(ending_label(reached)) +
                   (reached == best ? ": the best this conversation allows."
                                    : "; the best this conversation allows is " +
                                          lower(ending_label(best)) + ".");

  score.total = moves.points + tactics.points + outcome.points;
  score.reached = reached;
  score.target = best;
  if (score.total < score.pass_percent) {
    score.failed_gates.push_back("The score is " + std::to_string(score.total) + ", below the pass mark of " +
                                 std::to_string(score.pass_percent) + ".");
  }
  if (ending_value(reached) < best_value) {
    score.failed_gates.push_back("The conversation ended \"" + std::string(ending_label(reached)) +
                                 "\"; a pass needs \"" + std::string(ending_label(best)) +
                                 "\", the ending the best moves reach.");
  }
  if (!score.blockers.empty()) {
    score.failed_gates.push_back(
        text::count_noun(static_cast<std::int64_t>(score.blockers.size()), "move fails", "moves fail") +
        " the run whatever the score: " + join(score.blockers, " "));
  }
  score.passed = score.failed_gates.empty();
  score.rubric = {std::move(moves), std::move(tactics), std::move(outcome)};
  return score;
}

}  // namespace dealdojo::roleplay
