// Playbooks in the quarter simulation (quarter.hpp, the header comment's
// "Playbooks"): which stages have one, walking it in follow weeks, shortcuts, what
// that does to a stage's conversion, and the debrief's points on the steps that
// mattered.
//
// [SECTION] config  [SECTION] a deal at a playbook stage  [SECTION] debrief
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "core/pipeline/pipeline_text.hpp"
#include "core/pipeline/quarter.hpp"
#include "core/util/text.hpp"

namespace dealdojo::pipeline {

using content::GuidanceStep;
using content::Playbook;

// [SECTION] config -------------------------------------------------------------

std::vector<Playbook> stage_playbooks(const content::Guidance& guidance, std::string_view preset_id,
                                      const PipelinePreset& preset) {
  std::vector<Playbook> out;
  const std::size_t open = open_stage_count(preset);
  for (std::size_t i = 0; i < open; ++i) {
    if (const Playbook* playbook = guidance.for_stage(preset_id, preset.stages[i].id)) out.push_back(*playbook);
  }
  return out;
}

util::FieldErrors check_quarter_playbooks(const QuarterConfig& config) {
  util::FieldErrors errors;
  const std::size_t open = open_stage_count(config.preset);
  std::set<std::size_t> taken;
  for (std::size_t i = 0; i < config.playbooks.size(); ++i) {
    const Playbook& playbook = config.playbooks[i];
    const std::string at = util::field_pointer(quarter_field::kPlaybooks.substr(1), i);
    const auto stage = find_stage(config.preset, playbook.stage);
    if (!stage || *stage >= open) {
      util::add_field_error(errors, at, "Playbook '" + playbook.id + "' is for stage '" + playbook.stage +
                                            "', which is not an open stage of the quarter's stages.");
      continue;
    }
    if (!taken.insert(*stage).second) {
      util::add_field_error(errors, at, "Stage '" + playbook.stage + "' already has a playbook; '" + playbook.id +
                                            "' would be a second.");
    }
    if (playbook.steps.empty()) util::add_field_error(errors, at, "Playbook '" + playbook.id + "' has no steps.");
    const std::size_t criteria = config.preset.stages[*stage].exit_criteria.size();
    if (guidance::criteria_count(playbook) > criteria) {
      util::add_field_error(errors, at, "Playbook '" + playbook.id + "' meets exit criterion " +
                                            std::to_string(guidance::criteria_count(playbook)) + ", but stage '" +
                                            playbook.stage + "' has " + std::to_string(criteria) + ".");
    }
  }
  return errors;
}

double playbook_factor(bool followed, std::size_t skipped_required) {
  if (followed) return kFollowFactor;
  return std::max(kMinSkippedFactor, std::pow(kSkippedRequiredFactor, static_cast<double>(skipped_required)));
}

const Playbook* QuarterSim::playbook_at(std::size_t stage) const {
  if (stage >= m_stage_playbook.size() || m_stage_playbook[stage] < 0) return nullptr;
  return &m_config.playbooks[static_cast<std::size_t>(m_stage_playbook[stage])];
}

// [SECTION] a deal at a playbook stage ------------------------------------------

namespace {

std::size_t count_met(const std::vector<bool>& met) {
  return static_cast<std::size_t>(std::count(met.begin(), met.end(), true));
}

void meet_next(SimDeal& d) {
  const auto next = std::find(d.met.begin(), d.met.end(), false);
  if (next != d.met.end()) *next = true;
}

// The run's criteria join what was met otherwise (before the quarter, in shortcut weeks).
void take_run_criteria(SimDeal& d) {
  const std::vector<bool>& by_run = d.run->criteria_met();
  for (std::size_t i = 0; i < by_run.size() && i < d.met.size(); ++i) d.met[i] = d.met[i] || by_run[i];
}

}  // namespace

void QuarterSim::enter_stage(SimDeal& d, int day) {
  d.run.reset();
  d.met.clear();
  d.took_shortcut = false;
  const Playbook* playbook = playbook_at(d.stage);
  if (playbook == nullptr) return;
  d.run = guidance::PlaybookRun::start(*playbook, day);
  d.met.assign(m_config.preset.stages[d.stage].exit_criteria.size(), false);
}

void QuarterSim::walk_playbook(SimDeal& d, const Playbook& playbook, double chance, int week, Rng& rng) {
  guidance::PlaybookRun& run = *d.run;
  const int first_day = kWorkingDaysPerWeek * (week - 1);
  const int last_day = first_day + kWorkingDaysPerWeek - 1;
  for (int day = first_day; day <= last_day && count_met(d.met) < d.met.size(); ++day) {
    run.advance_to(playbook, day);
    if (!run.open()) {  // the playbook ended with criteria still open: the rest one a day
      if (!rng.chance(chance)) break;
      meet_next(d);
      continue;
    }
    if (run.waiting_until()) continue;  // the buyer has time to answer
    const GuidanceStep* step = playbook.find_step(run.current_step());
    if (step == nullptr || step->outcomes.empty()) break;
    std::string refused;
    if (rng.chance(chance)) {
      refused = run.complete(playbook, step->outcomes.front().name, day);
    } else if (step->outcomes.size() > 1 && playbook.find_step(step->outcomes[1].next) != nullptr) {
      refused = run.complete(playbook, step->outcomes[1].name, day);  // the remedial branch
    }  // else not done today: tomorrow it is tried again
    if (!refused.empty()) break;
    take_run_criteria(d);
  }
  run.advance_to(playbook, last_day);
  d.criteria_met = count_met(d.met);
}

void QuarterSim::take_shortcut(SimDeal& d, const Playbook& playbook, double chance, int week, Rng& rng) {
  d.took_shortcut = true;
  for (int t = 0; t < kMaxCriteriaPerWeek && count_met(d.met) < d.met.size() && rng.chance(chance); ++t) meet_next(d);
  d.run->advance_to(playbook, kWorkingDaysPerWeek * week - 1);
  d.criteria_met = count_met(d.met);
}

std::vector<std::string> QuarterSim::skipped_required(const SimDeal& d, const Playbook& playbook) const {
  std::vector<std::string> skipped;
  if (!d.took_shortcut || !d.run) return skipped;
  for (const GuidanceStep& step : playbook.steps) {
    if (!step.required) continue;
    const auto& history = d.run->history();
    const bool done = std::any_of(history.begin(), history.end(), [&](const guidance::HistoryEntry& e) {
      return e.step == step.id && e.action == guidance::StepAction::Done;
    });
    if (!done) skipped.push_back(step.id);
  }
  return skipped;
}

void QuarterSim::record_guided(const SimDeal& d, StageResult result, int week, double factor, double chance) {
  const Playbook* playbook = playbook_at(d.stage);
  if (playbook == nullptr || !d.run) return;
  m_guided.push_back({d.id, d.stage, week, result, *d.run, !d.took_shortcut, skipped_required(d, *playbook), factor,
                      chance});
}

// [SECTION] debrief ------------------------------------------------------------

namespace {

// "no_answer" -> "no answer".
std::string outcome_words(std::string name) {
  std::replace(name.begin(), name.end(), '_', ' ');
  std::replace(name.begin(), name.end(), '-', ' ');
  return name;
}

std::string quoted(const GuidanceStep* step, std::string_view id) {
  return "“" + (step != nullptr ? guidance::step_text(*step) : std::string(id)) + "”";
}

std::string deals_text(int n) { return text::count_noun(n, "deal", "deals"); }

// "“Confirm the budget”", "steps “A”, “B” and “C”", "steps “A”, “B”, “C” and 2 more", in playbook order.
std::string steps_list(const Playbook& playbook, const std::set<std::string>& ids) {
  constexpr std::size_t kNamed = 3;
  std::vector<std::string> names;
  for (const GuidanceStep& step : playbook.steps) {
    if (ids.count(step.id) != 0) names.push_back(quoted(&step, step.id));
  }
  if (names.size() == 1) return "step " + names.front();
  std::string out = "steps ";
  const std::size_t shown = std::min(names.size(), kNamed);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += i + 1 == shown && names.size() == shown ? " and " : ", ";
    out += names[i];
  }
  if (names.size() > shown) out += " and " + std::to_string(names.size() - shown) + " more";
  return out;
}

struct StepTally {
  int deals = 0;
  int advanced = 0;
  int declined = 0;
  Money value;  // of the deals advanced (remedial steps) or lost (skipped steps)
};

// A remedial branch taken: the stage, the remedial step, the step that failed and how.
using RemedyKey = std::tuple<std::size_t, std::string, std::string, std::string>;

struct PlaybookTally {
  int followed = 0, followed_no = 0, shortcut = 0, shortcut_no = 0;
  double shortcut_factors = 0;
  std::map<RemedyKey, StepTally> remedies;
  std::map<std::size_t, StepTally> skipped;      // by stage: deals that skipped required steps
  std::map<std::size_t, StepTally> followed_at;  // by stage: deals that followed, to compare with
  std::map<std::size_t, std::set<std::string>> skipped_steps;
};

Money plus(Money a, Money b) { return Money::from_cents(a.cents() + b.cents()); }

// A remedial step is the next step done after one that failed (done with an
// outcome other than its first); each counts once per walk.
void tally_remedies(const GuidedStage& g, const Playbook& playbook, Money amount, PlaybookTally& tally) {
  std::set<RemedyKey> seen;
  const guidance::HistoryEntry* failed = nullptr;
  for (const guidance::HistoryEntry& e : g.run.history()) {
    if (e.action != guidance::StepAction::Done) continue;
    if (failed != nullptr && seen.insert({g.stage, e.step, failed->step, failed->outcome}).second) {
      StepTally& t = tally.remedies[{g.stage, e.step, failed->step, failed->outcome}];
      ++t.deals;
      if (g.result == StageResult::Declined) {
        ++t.declined;
      } else {
        ++t.advanced;
        t.value = plus(t.value, amount);
      }
    }
    const GuidanceStep* step = playbook.find_step(e.step);
    failed = step != nullptr && !step->outcomes.empty() && e.outcome != step->outcomes.front().name ? &e : nullptr;
  }
}

PlaybookTally tally_walks(const QuarterSim& sim) {
  std::map<std::string, Money> amount_of;
  for (const SimDeal& d : sim.deals()) amount_of[d.id] = d.amount;
  PlaybookTally tally;
  for (const GuidedStage& g : sim.guided_stages()) {
    if (g.result == StageResult::WentCold) continue;  // never reached the exit
    const int no = g.result == StageResult::Declined ? 1 : 0;
    if (g.followed) {
      ++tally.followed;
      tally.followed_no += no;
      ++tally.followed_at[g.stage].deals;
      tally.followed_at[g.stage].declined += no;
    } else {
      ++tally.shortcut;
      tally.shortcut_no += no;
      tally.shortcut_factors += g.factor;
    }
    if (!g.skipped_required.empty()) {
      StepTally& t = tally.skipped[g.stage];
      ++t.deals;
      t.declined += no;
      if (no != 0) t.value = plus(t.value, amount_of[g.deal_id]);
      tally.skipped_steps[g.stage].insert(g.skipped_required.begin(), g.skipped_required.end());
    }
    tally_remedies(g, *sim.playbook_at(g.stage), amount_of[g.deal_id], tally);
  }
  return tally;
}

std::string summary_text(const PlaybookTally& t) {
  std::string out = "At stages with a playbook, ";
  if (t.followed > 0) {
    out += deals_text(t.followed) + " followed it to the exit (conversion ×" + format_decimal(kFollowFactor, 2) +
           ") and " + std::to_string(t.followed_no) + " said no";
  }
  if (t.shortcut > 0) {
    out += std::string(t.followed > 0 ? "; " : "") + deals_text(t.shortcut) + " took shortcuts (conversion ×" +
           format_decimal(t.shortcut_factors / t.shortcut, 2) + " on average) and " + std::to_string(t.shortcut_no) +
           " said no";
  }
  return out + ".";
}

// "“Make the follow-up call” after “Call the contact” came back no answer (Prospecting): 5 deals went on to advance."
std::string remedy_text(const QuarterSim& sim, const RemedyKey& key, const StepTally& t) {
  const auto& [stage, remedy, failed_step, outcome] = key;
  const Playbook& playbook = *sim.playbook_at(stage);
  const std::string what = remedy == failed_step
                               ? quoted(playbook.find_step(remedy), remedy) + " tried again after it came back "
                               : quoted(playbook.find_step(remedy), remedy) + " after " +
                                     quoted(playbook.find_step(failed_step), failed_step) + " came back ";
  return what + outcome_words(outcome) + " (" + sim.config().preset.stages[stage].name + "): " +
         deals_text(t.advanced) + " went on to advance" +
         (t.declined > 0 ? ", " + std::to_string(t.declined) + " said no" : "") + ".";
}

// "Skipped required steps “A” and “B” at Proposal on 4 deals: 3 were lost there (75%, against 40% of those that followed it)."
std::string skipped_text(const QuarterSim& sim, std::size_t stage, const PlaybookTally& tally) {
  const StepTally& t = tally.skipped.at(stage);
  const auto followed = tally.followed_at.find(stage);
  const std::string compared =
      followed == tally.followed_at.end()
          ? ""
          : ", against " + format_share(static_cast<double>(followed->second.declined) / followed->second.deals) +
                " of those that followed it";
  return "Skipped required " + steps_list(*sim.playbook_at(stage), tally.skipped_steps.at(stage)) + " at " +
         sim.config().preset.stages[stage].name + " on " + deals_text(t.deals) + ": " + std::to_string(t.declined) +
         (t.declined == 1 ? " was" : " were") + " lost there (" +
         format_share(static_cast<double>(t.declined) / t.deals) + compared + ").";
}

}  // namespace

void QuarterSim::add_playbook_points(QuarterDebrief& q) const {
  if (m_config.playbooks.empty()) return;
  constexpr std::size_t kMostPoints = 3;  // of each kind
  const PlaybookTally tally = tally_walks(*this);
  if (tally.followed + tally.shortcut == 0) {
    q.drivers.push_back({DriverKind::PlaybookSteps, "No deal left a stage with a playbook this quarter.", {}});
    return;
  }
  q.drivers.push_back({DriverKind::PlaybookSteps, summary_text(tally), {}});

  std::vector<std::pair<RemedyKey, StepTally>> best(tally.remedies.begin(), tally.remedies.end());
  std::stable_sort(best.begin(), best.end(), [](const auto& a, const auto& b) { return a.second.advanced > b.second.advanced; });
  for (std::size_t i = 0; i < best.size() && i < kMostPoints && best[i].second.advanced > 0; ++i) {
    q.drivers.push_back({DriverKind::PlaybookSteps, remedy_text(*this, best[i].first, best[i].second), best[i].second.value});
  }
  std::vector<std::pair<std::size_t, StepTally>> worst(tally.skipped.begin(), tally.skipped.end());
  std::stable_sort(worst.begin(), worst.end(), [](const auto& a, const auto& b) { return a.second.deals > b.second.deals; });
  for (std::size_t i = 0; i < worst.size() && i < kMostPoints; ++i) {
    q.drivers.push_back({DriverKind::PlaybookSteps, skipped_text(*this, worst[i].first, tally), worst[i].second.value});
  }
}

}  // namespace dealdojo::pipeline
