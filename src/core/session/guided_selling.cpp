// Guided selling on the Pipeline board: deals and leads walking their playbooks.
// Saving and loading are in guided_selling_saving.cpp.
//
// [SECTION] helpers  [SECTION] the day  [SECTION] deals  [SECTION] leads
#include "core/session/guided_selling.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/util/random.hpp"

namespace dealdojo::session {

namespace pl = pipeline;
using content::Guidance;
using content::Playbook;
using guidance::PlaybookRun;
using guidance::RunEnd;

// [SECTION] helpers ---------------------------------------------------------------

namespace {

constexpr std::string_view kDone = "done";
constexpr std::string_view kRetire = "retire";

// Invented people and companies for the sample leads and the quarter's new ones.
constexpr std::array<std::string_view, 12> kPeople = {
    "Priya Shah",  "Tomás Ruiz",   "Mei Lin",     "Kwame Mensah", "Elena Novak",   "Owen Price",
    "Aisha Rahman", "Lars Berg",   "Nadia Haddad", "Ben Carter",  "Sofia Marino", "Jonas Weber"};
constexpr std::array<std::string_view, 10> kCompanies = {
    "Harbour Lane Bakeries", "Greyfield Dental",  "Northpeak Outdoor", "Brightwater Clinics", "Copperline Freight",
    "Meadowgate Schools",    "Stonebridge Legal", "Quayside Hotels",   "Redfern Engineering", "Willowmere Foods"};
constexpr std::size_t kSampleLeads = 6;

void push_past(std::vector<PastStage>& past, PastStage stage) {
  if (past.size() >= kMaxPastStages) past.erase(past.begin());
  past.push_back(std::move(stage));
}

util::FieldErrors one_error(std::string_view field, std::string message) {
  util::FieldErrors errors;
  util::add_field_error(errors, field, std::move(message));
  return errors;
}

std::string lead_label(const Lead& lead) { return "“" + lead.name + ", " + lead.company + "”"; }

std::string lead_id(int number) { return (number < 10 ? "l-0" : "l-") + std::to_string(number); }

// FNV-1a: a stable pick of an invented person for a lead the quarter found.
std::uint64_t text_hash(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return hash;
}

// Why a run that ended in "retire" retired the lead: its last step and what happened there.
std::string retire_reason(const Playbook* playbook, const PlaybookRun& run) {
  if (run.history().empty()) return "retired";
  const guidance::HistoryEntry& last = run.history().back();
  const content::GuidanceStep* step = playbook != nullptr ? playbook->find_step(last.step) : nullptr;
  return (step != nullptr ? guidance::step_text(*step) : last.step) + ": " +
         (last.outcome.empty() ? std::string("skipped") : last.outcome);
}

// The deal with `id` on the board, or null.
const pl::Deal* desk_deal(const pl::Pipeline& pipeline, std::string_view id) {
  const auto it = std::find_if(pipeline.deals.begin(), pipeline.deals.end(), [&](const pl::Deal& d) { return d.id == id; });
  return it == pipeline.deals.end() ? nullptr : &*it;
}

}  // namespace

PastStage PastStage::of(std::string stage, const PlaybookRun& run) {
  PastStage past{std::move(stage), run.playbook_id(), run.end(), {}, run.history()};
  for (std::size_t i = 0; i < run.criteria_met().size(); ++i) {
    if (run.criteria_met()[i]) past.criteria_met.push_back(static_cast<int>(i) + 1);
  }
  return past;
}

std::optional<content::LeadStatus> lead_goal(LeadState state) {
  switch (state) {
    case LeadState::Open: return content::LeadStatus::Qualified;
    case LeadState::Qualified: return content::LeadStatus::Converted;
    case LeadState::Retiring: return content::LeadStatus::Retired;
    case LeadState::Converted:
    case LeadState::Retired: return std::nullopt;
  }
  return std::nullopt;
}

// [SECTION] the day ---------------------------------------------------------------

void GuidedSelling::next_day(PipelineDesk& desk, const Guidance& guidance) {
  ensure_resumed(guidance);
  m_day = std::min(m_day + 1, guidance::kMaxRunDay);
  for (DealGuidance& entry : m_deals) {
    if (!entry.run || !entry.run->open()) continue;
    const Playbook* playbook = guidance.find_playbook(entry.run->playbook_id());
    if (playbook == nullptr) continue;  // another pack's: open_deal starts this pack's
    entry.run->advance_to(*playbook, m_day);
    if (entry.run->end() == RunEnd::Lost) settle_deal(desk, entry);
  }
  for (Lead& lead : m_leads) {
    if (lead.run && lead.run->open()) {
      if (const Playbook* playbook = guidance.find_playbook(lead.run->playbook_id())) {
        lead.run->advance_to(*playbook, m_day);
      }
    }
    settle_lead(desk, guidance, lead);  // also retries a conversion the desk refused before
  }
  touch();
}

// [SECTION] deals -----------------------------------------------------------------

const DealGuidance* GuidedSelling::deal(std::string_view deal_id) const {
  const auto it = std::find_if(m_deals.begin(), m_deals.end(), [&](const DealGuidance& d) { return d.deal_id == deal_id; });
  return it == m_deals.end() ? nullptr : &*it;
}

DealGuidance* GuidedSelling::find_deal(std::string_view deal_id) {
  return const_cast<DealGuidance*>(std::as_const(*this).deal(deal_id));
}

const DealGuidance* GuidedSelling::open_deal(const Guidance& guidance, const pl::Pipeline& pipeline,
                                             std::string_view deal_id) {
  ensure_resumed(guidance);
  DealGuidance* entry = find_deal(deal_id);
  const pl::Deal* on_board = desk_deal(pipeline, deal_id);
  if (on_board == nullptr || on_board->stage >= pipeline.preset.stages.size()) return entry;
  const std::string& stage_id = pipeline.preset.stages[on_board->stage].id;
  const Playbook* playbook = guidance.for_stage(pipeline.preset.id, stage_id);
  if (entry != nullptr && entry->preset_id == pipeline.preset.id && entry->stage_id == stage_id) {
    if (entry->run && guidance.find_playbook(entry->run->playbook_id()) != nullptr) return entry;
    if (!entry->run && playbook == nullptr) return entry;
  }
  if (on_board->status == pl::DealStatus::Lost) return entry;  // a lost deal starts nothing new
  if (entry == nullptr && playbook == nullptr) return nullptr;
  if (entry == nullptr) entry = &m_deals.emplace_back(DealGuidance{std::string(deal_id), {}, {}, {}, {}});
  if (entry->run) push_past(entry->past, PastStage::of(entry->stage_id, *entry->run));
  entry->preset_id = pipeline.preset.id;
  entry->stage_id = stage_id;
  entry->run.reset();
  if (playbook != nullptr) entry->run = PlaybookRun::start(*playbook, m_day);
  touch();
  return entry;
}

std::string GuidedSelling::deal_step(PipelineDesk& desk, const Guidance& guidance, std::string_view deal_id,
                                     std::optional<std::string_view> outcome) {
  const pl::Deal* on_board = desk.find_deal(deal_id);
  if (on_board == nullptr) return "no deal '" + std::string(deal_id) + "' on the board";
  if (on_board->status == pl::DealStatus::Lost) return "the deal is lost: its playbook has ended";
  open_deal(guidance, desk.pipeline(), deal_id);  // follows a stage changed in the editor
  DealGuidance* entry = find_deal(deal_id);
  if (entry == nullptr || !entry->run) {
    const content::PipelineStage* stage = on_board->stage < desk.pipeline().preset.stages.size()
                                              ? &desk.pipeline().preset.stages[on_board->stage] : nullptr;
    return "“" + (stage != nullptr ? stage->name : std::string("this stage")) + "” has no playbook in this pack";
  }
  const Playbook* playbook = guidance.find_playbook(entry->run->playbook_id());
  if (playbook == nullptr) return "this pack has no playbook '" + entry->run->playbook_id() + "'";
  std::string refused = outcome ? entry->run->complete(*playbook, *outcome, m_day) : entry->run->skip(*playbook, m_day);
  if (!refused.empty()) return refused;
  touch();
  desk.keep_sample();  // the run names this deal: the pipeline must come back with it
  return entry->run->end() == RunEnd::Lost ? settle_deal(desk, *entry) : "";
}

std::string GuidedSelling::complete_deal_step(PipelineDesk& desk, const Guidance& guidance, std::string_view deal_id,
                                              std::string_view outcome) {
  ensure_resumed(guidance);
  return deal_step(desk, guidance, deal_id, outcome);
}

std::string GuidedSelling::skip_deal_step(PipelineDesk& desk, const Guidance& guidance, std::string_view deal_id) {
  ensure_resumed(guidance);
  return deal_step(desk, guidance, deal_id, std::nullopt);
}

std::string GuidedSelling::settle_deal(PipelineDesk& desk, const DealGuidance& entry) {
  const pl::Deal* on_board = desk.find_deal(entry.deal_id);
  if (on_board == nullptr || on_board->status != pl::DealStatus::Open) return "";
  DealForm form = desk.form_for(entry.deal_id);
  form.status = pl::DealStatus::Lost;
  form.close_date = pl::format_date(desk.pipeline().as_of);  // lost today, at the stage it was at
  const util::FieldErrors errors = desk.update_deal(entry.deal_id, form);
  return errors.empty() ? "" : "the step is recorded, but the deal could not be marked lost: " + errors.front().message;
}

std::string GuidedSelling::restart_deal_playbook(const Guidance& guidance, std::string_view deal_id) {
  ensure_resumed(guidance);
  DealGuidance* entry = find_deal(deal_id);
  if (entry == nullptr || !entry->run) return "this deal has no playbook to start again";
  const Playbook* playbook = guidance.find_playbook(entry->run->playbook_id());
  if (playbook == nullptr) return "this pack has no playbook '" + entry->run->playbook_id() + "'";
  std::string refused = entry->run->restart(*playbook, m_day);
  if (refused.empty()) touch();
  return refused;
}

util::FieldErrors GuidedSelling::unmet_criteria(const Guidance& guidance, const pl::Pipeline& pipeline,
                                                std::string_view deal_id) {
  const DealGuidance* entry = open_deal(guidance, pipeline, deal_id);
  const pl::Deal* on_board = desk_deal(pipeline, deal_id);
  if (entry == nullptr || !entry->run || on_board == nullptr || entry->run->criteria_complete()) return {};
  const std::vector<std::string>& criteria = pipeline.preset.stages[on_board->stage].exit_criteria;
  std::string message = "Not yet met: ";
  for (int number : entry->run->missing_criteria()) {
    if (message.back() != ' ') message += "; ";
    const auto index = static_cast<std::size_t>(number) - 1;
    message += std::to_string(number) + ". " +
               (index < criteria.size() ? criteria[index] : "criterion " + std::to_string(number));
  }
  return one_error(deal_field::kStage, std::move(message));
}

util::FieldErrors GuidedSelling::update_deal(PipelineDesk& desk, const Guidance& guidance, std::string_view deal_id,
                                             const DealForm& form) {
  ensure_resumed(guidance);
  const pl::Deal* on_board = desk.find_deal(deal_id);
  // Only a move forward of an open deal is gated; winning or losing it is the rep's call.
  if (on_board != nullptr && on_board->status == pl::DealStatus::Open && form.status == pl::DealStatus::Open &&
      form.stage > on_board->stage) {
    if (util::FieldErrors missing = unmet_criteria(guidance, desk.pipeline(), deal_id); !missing.empty()) {
      return missing;
    }
  }
  util::FieldErrors errors = desk.update_deal(deal_id, form);
  if (errors.empty()) open_deal(guidance, desk.pipeline(), deal_id);
  return errors;
}

util::FieldErrors GuidedSelling::advance_deal(PipelineDesk& desk, const Guidance& guidance, std::string_view deal_id) {
  ensure_resumed(guidance);
  const pl::Deal* on_board = desk.find_deal(deal_id);
  if (on_board == nullptr) return one_error(deal_field::kDeal, "no deal '" + std::string(deal_id) + "' on the board");
  if (on_board->status == pl::DealStatus::Lost) {
    return one_error(deal_field::kStatus, "the deal is lost: it stays at the stage where it was lost");
  }
  const pl::Pipeline& pipeline = desk.pipeline();
  const std::size_t at = on_board->stage;
  if (at + 1 >= pipeline.preset.stages.size()) {
    return one_error(deal_field::kStage, "“" + pipeline.preset.stages.back().name + "” is the last stage: there is none after it");
  }
  if (util::FieldErrors missing = unmet_criteria(guidance, pipeline, deal_id); !missing.empty()) return missing;
  DealForm form = desk.form_for(deal_id);
  form.stage = at + 1;
  if (form.stage >= pl::won_stage(pipeline.preset) && form.status == pl::DealStatus::Open) {
    form.status = pl::DealStatus::Won;  // moving into the won stage is winning the deal, today
    form.close_date = pl::format_date(pipeline.as_of);
  }
  util::FieldErrors errors = desk.update_deal(deal_id, form);
  if (!errors.empty()) return errors;
  open_deal(guidance, desk.pipeline(), deal_id);  // the next stage's playbook; the old run goes to past
  touch();
  return {};
}

void GuidedSelling::forget_deals() {
  if (m_deals.empty()) return;
  m_deals.clear();
  if (m_unchecked) m_unchecked->deals.clear();
  touch();
}

// [SECTION] leads -----------------------------------------------------------------

const Lead* GuidedSelling::lead(std::string_view lead_id) const {
  const auto it = std::find_if(m_leads.begin(), m_leads.end(), [&](const Lead& l) { return l.id == lead_id; });
  return it == m_leads.end() ? nullptr : &*it;
}

Lead* GuidedSelling::find_lead(std::string_view lead_id) {
  return const_cast<Lead*>(std::as_const(*this).lead(lead_id));
}

void GuidedSelling::start_goal(const Guidance& guidance, Lead& lead) {
  const auto goal = lead_goal(lead.state);
  const Playbook* playbook = goal ? guidance.for_lead(*goal) : nullptr;
  lead.run.reset();
  if (playbook != nullptr) lead.run = PlaybookRun::start(*playbook, m_day);
}

void GuidedSelling::sync_lead(const Guidance& guidance, Lead& lead) {
  const auto goal = lead_goal(lead.state);
  const Playbook* wanted = goal ? guidance.for_lead(*goal) : nullptr;
  if (lead.run ? wanted != nullptr && lead.run->playbook_id() == wanted->id : wanted == nullptr) return;
  if (lead.run && goal) push_past(lead.past, PastStage::of(std::string(content::lead_status_name(*goal)), *lead.run));
  start_goal(guidance, lead);
  touch();
}

Lead& GuidedSelling::add_lead(const Guidance& guidance, std::string name, std::string company, LeadSource source) {
  Lead lead;
  lead.id = lead_id(m_next_lead_number++);
  lead.name = std::move(name);
  lead.company = std::move(company);
  lead.source = source;
  start_goal(guidance, lead);
  touch();
  return m_leads.emplace_back(std::move(lead));
}

void GuidedSelling::reset_leads(const Guidance& guidance, std::uint64_t seed) {
  ensure_resumed(guidance);
  m_leads.clear();
  m_next_lead_number = 1;
  Rng rng(seed);
  std::vector<std::size_t> people(kPeople.size()), companies(kCompanies.size());
  for (std::size_t i = 0; i < people.size(); ++i) people[i] = i;
  for (std::size_t i = 0; i < companies.size(); ++i) companies[i] = i;
  rng.shuffle(people);
  rng.shuffle(companies);
  for (std::size_t i = 0; i < kSampleLeads; ++i) {
    add_lead(guidance, std::string(kPeople[people[i]]), std::string(kCompanies[companies[i]]), LeadSource::Sample);
  }
  touch();
}

void GuidedSelling::add_quarter_leads(const Guidance& guidance, const pl::QuarterSim& quarter) {
  // Called every frame the Leads tab shows: only a week played since last time can add leads.
  const QuarterScan scan{quarter.seed(), quarter.weeks_played()};
  if (m_quarter_scanned == scan) return;
  m_quarter_scanned = scan;
  ensure_resumed(guidance);
  for (const pl::WeekReport& report : quarter.reports()) {
    for (const pl::WeekEvent& event : report.events) {
      if (event.kind != pl::EventKind::NewLead) continue;
      // Quarters with another seed reuse deal ids for other leads, hence the seed in the key.
      std::string key = std::to_string(quarter.seed()) + ":" + event.deal_id;
      if (std::find(m_quarter_leads.begin(), m_quarter_leads.end(), key) != m_quarter_leads.end()) continue;
      if (m_leads.size() >= kMaxLeads) return;
      const auto found = std::find_if(quarter.deals().begin(), quarter.deals().end(),
                                      [&](const pl::SimDeal& d) { return d.id == event.deal_id; });
      if (found == quarter.deals().end()) continue;
      const LeadSource source = found->origin == pl::DealOrigin::Inbound ? LeadSource::Inbound : LeadSource::Prospecting;
      add_lead(guidance, std::string(kPeople[text_hash(key) % kPeople.size()]), found->name, source);
      if (m_quarter_leads.size() >= kMaxQuarterLeadKeys) m_quarter_leads.erase(m_quarter_leads.begin());
      m_quarter_leads.push_back(std::move(key));
    }
  }
}

std::string GuidedSelling::convert(PipelineDesk& desk, const Guidance& guidance, Lead& lead) {
  DealForm form = desk.new_deal_form();
  form.name = lead.company;
  std::string new_id;
  const util::FieldErrors errors = desk.add_deal(form, &new_id);
  if (!errors.empty()) return lead_label(lead) + " is ready to convert, but the board refused its deal: " + errors.front().message;
  if (lead.run) push_past(lead.past, PastStage::of(std::string(content::lead_status_name(content::LeadStatus::Converted)), *lead.run));
  lead.run.reset();
  lead.state = LeadState::Converted;
  lead.deal_id = new_id;
  open_deal(guidance, desk.pipeline(), new_id);  // the first stage's playbook
  return "";
}

std::string GuidedSelling::move_lead_on(PipelineDesk& desk, const Guidance& guidance, Lead& lead, RunEnd end,
                                        std::string reason) {
  if (end == RunEnd::Done && lead.state == LeadState::Qualified) return convert(desk, guidance, lead);
  const auto goal = lead_goal(lead.state);
  if (lead.run && goal) push_past(lead.past, PastStage::of(std::string(content::lead_status_name(*goal)), *lead.run));
  lead.run.reset();
  if (lead.state == LeadState::Retiring) {
    lead.state = LeadState::Retired;  // the retired playbook ended, however it ended
  } else if (end == RunEnd::Done) {
    lead.state = LeadState::Qualified;
    start_goal(guidance, lead);
  } else {
    lead.retire_reason = std::move(reason);
    lead.state = LeadState::Retiring;
    start_goal(guidance, lead);
    if (!lead.run) lead.state = LeadState::Retired;  // no retired playbook: at once
  }
  return "";
}

std::string GuidedSelling::settle_lead(PipelineDesk& desk, const Guidance& guidance, Lead& lead) {
  // A playbook just started may end at once (automated steps only): each pass is one status.
  for (int pass = 0; pass < 4 && lead.run && !lead.run->open(); ++pass) {
    const RunEnd end = lead.run->end();
    std::string reason = end == RunEnd::Done ? "" : retire_reason(guidance.find_playbook(lead.run->playbook_id()), *lead.run);
    if (std::string problem = move_lead_on(desk, guidance, lead, end, std::move(reason)); !problem.empty()) return problem;
  }
  return "";
}

std::string GuidedSelling::lead_step(PipelineDesk& desk, const Guidance& guidance, std::string_view lead_id,
                                     std::optional<std::string_view> outcome) {
  Lead* found = find_lead(lead_id);
  if (found == nullptr) return "no lead '" + std::string(lead_id) + "'";
  if (found->state == LeadState::Converted) return lead_label(*found) + " is converted: its deal is " + found->deal_id;
  if (found->state == LeadState::Retired) return lead_label(*found) + " is retired: nothing is left to do";
  sync_lead(guidance, *found);
  // Worked on a copy: a conversion the desk refuses leaves the lead as it was.
  Lead trial = *found;
  std::string problem;
  if (trial.run) {
    const Playbook* playbook = guidance.find_playbook(trial.run->playbook_id());
    if (playbook == nullptr) return "this pack has no playbook '" + trial.run->playbook_id() + "'";
    problem = outcome ? trial.run->complete(*playbook, *outcome, m_day) : trial.run->skip(*playbook, m_day);
    if (problem.empty()) problem = settle_lead(desk, guidance, trial);
  } else {
    // No playbook for the lead's next status: one mark moves it on.
    const std::string goal(content::lead_status_name(*lead_goal(trial.state)));
    if (!outcome) return lead_label(trial) + " has no playbook toward " + goal + ", so no step to skip: choose done or retire";
    if (*outcome == kDone) {
      problem = move_lead_on(desk, guidance, trial, RunEnd::Done, "");
    } else if (*outcome == kRetire) {
      problem = move_lead_on(desk, guidance, trial, RunEnd::Retire, "retired by the rep");
    } else {
      return "no outcome '" + std::string(*outcome) + "' for " + lead_label(trial) + " (no playbook toward " + goal +
             "): choose done or retire";
    }
    if (problem.empty()) problem = settle_lead(desk, guidance, trial);
  }
  if (!problem.empty()) return problem;
  *find_lead(lead_id) = std::move(trial);  // found again: converting may have added deals, not leads
  touch();
  return "";
}

std::string GuidedSelling::complete_lead_step(PipelineDesk& desk, const Guidance& guidance, std::string_view lead_id,
                                              std::string_view outcome) {
  ensure_resumed(guidance);
  return lead_step(desk, guidance, lead_id, outcome);
}

std::string GuidedSelling::skip_lead_step(PipelineDesk& desk, const Guidance& guidance, std::string_view lead_id) {
  ensure_resumed(guidance);
  return lead_step(desk, guidance, lead_id, std::nullopt);
}

}  // namespace dealdojo::session
