// Guided selling's saved section ("guided_selling"), and checking the runs it
// read against the active pack's playbooks once that pack is known.
//
// [SECTION] keys  [SECTION] writing  [SECTION] reading  [SECTION] resuming
#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "core/session/guided_selling.hpp"

namespace dealdojo::session {

using content::Need;
using content::ObjectReader;

// [SECTION] keys ------------------------------------------------------------------

namespace {

constexpr std::array<std::pair<LeadState, std::string_view>, 5> kStates = {{{LeadState::Open, "open"},
                                                                             {LeadState::Qualified, "qualified"},
                                                                             {LeadState::Retiring, "retiring"},
                                                                             {LeadState::Converted, "converted"},
                                                                             {LeadState::Retired, "retired"}}};
constexpr std::array<std::pair<LeadSource, std::string_view>, 3> kSources = {
    {{LeadSource::Sample, "sample"}, {LeadSource::Prospecting, "prospecting"}, {LeadSource::Inbound, "inbound"}}};

constexpr std::string_view kSection = "guided_selling";
constexpr int kMaxCriterionNumber = 1'000;

}  // namespace

std::string_view lead_state_key(LeadState state) {
  for (const auto& [s, key] : kStates) {
    if (s == state) return key;
  }
  return {};
}

std::optional<LeadState> parse_lead_state(std::string_view key) {
  for (const auto& [s, k] : kStates) {
    if (k == key) return s;
  }
  return std::nullopt;
}

std::string_view lead_source_key(LeadSource source) {
  for (const auto& [s, key] : kSources) {
    if (s == source) return key;
  }
  return {};
}

std::optional<LeadSource> parse_lead_source(std::string_view key) {
  for (const auto& [s, k] : kSources) {
    if (k == key) return s;
  }
  return std::nullopt;
}

// [SECTION] writing ---------------------------------------------------------------

namespace {

nlohmann::json past_to_json(const std::vector<PastStage>& past) {
  nlohmann::json out = nlohmann::json::array();
  for (const PastStage& stage : past) {
    nlohmann::json history = nlohmann::json::array();
    for (const auto& entry : stage.history) history.push_back(guidance::history_entry_to_json(entry));
    out.push_back({{"stage", stage.stage},
                   {"playbook", stage.playbook_id},
                   {"end", guidance::run_end_key(stage.end)},
                   {"met", stage.criteria_met},
                   {"history", std::move(history)}});
  }
  return out;
}

// The run as it stands, or as read and not yet checked, or nothing.
void put_run(nlohmann::json& out, const std::optional<guidance::PlaybookRun>& run, const nlohmann::json* unchecked) {
  if (run) out["run"] = run->to_json();
  else if (unchecked != nullptr && !unchecked->is_null()) out["run"] = *unchecked;
}

}  // namespace

void GuidedSelling::write(nlohmann::json& document) const {
  if (m_day == 0 && m_deals.empty() && m_leads.empty() && m_quarter_leads.empty()) return;
  nlohmann::json deals = nlohmann::json::array();
  for (std::size_t i = 0; i < m_deals.size(); ++i) {
    const DealGuidance& d = m_deals[i];
    nlohmann::json out = {{"deal", d.deal_id}, {"preset", d.preset_id}, {"stage", d.stage_id}, {"past", past_to_json(d.past)}};
    put_run(out, d.run, m_unchecked && i < m_unchecked->deals.size() ? &m_unchecked->deals[i] : nullptr);
    deals.push_back(std::move(out));
  }
  nlohmann::json leads = nlohmann::json::array();
  for (std::size_t i = 0; i < m_leads.size(); ++i) {
    const Lead& l = m_leads[i];
    nlohmann::json out = {{"id", l.id},
                          {"name", l.name},
                          {"company", l.company},
                          {"source", lead_source_key(l.source)},
                          {"state", lead_state_key(l.state)},
                          {"past", past_to_json(l.past)}};
    if (!l.retire_reason.empty()) out["retire_reason"] = l.retire_reason;
    if (!l.deal_id.empty()) out["deal"] = l.deal_id;
    put_run(out, l.run, m_unchecked && i < m_unchecked->leads.size() ? &m_unchecked->leads[i] : nullptr);
    leads.push_back(std::move(out));
  }
  document[std::string(kSection)] = {{"day", m_day},
                                     {"next_lead_number", m_next_lead_number},
                                     {"deals", std::move(deals)},
                                     {"leads", std::move(leads)},
                                     {"quarter_leads", m_quarter_leads}};
}

// [SECTION] reading ---------------------------------------------------------------

namespace {

// Refuses a list longer than `max`; true when it is within bounds (or absent).
bool within(ObjectReader& f, std::string_view key, std::size_t max) {
  const auto list = f.find(key);
  if (!list || !list->is_array() || list->size() <= max) return true;
  f.error(key, "has more than " + std::to_string(max) + " items");
  return false;
}

std::optional<PastStage> read_past_stage(ObjectReader& f) {
  const auto stage = f.text("stage", Need::Required, "the stage (or lead status) it was");
  const auto playbook = f.text("playbook", Need::Required, "the playbook's id");
  const auto end_key = f.text("end", Need::Required, "how the run stood: open, done, retire or lost");
  const auto end = end_key ? guidance::parse_run_end(*end_key) : std::nullopt;
  if (end_key && !end) f.error("end", "must be open, done, retire or lost, not '" + *end_key + "'");
  PastStage past;
  if (const auto met = f.array("met", Need::Optional, "the numbers of the exit criteria met")) {
    std::size_t index = 0;
    for (content::JsonView number : met->children()) {
      if (!number.is_integer() || number.integer() < 1 || number.integer() > kMaxCriterionNumber) {
        f.context().sink.error(f.context().file, f.pointer("met") + "/" + std::to_string(index),
                               "must be an exit criterion's number, from 1");
      } else {
        past.criteria_met.push_back(static_cast<int>(number.integer()));
      }
      ++index;
    }
  }
  if (!within(f, "history", guidance::kMaxHistory)) return std::nullopt;
  read_object_list(f, "history", Need::Optional, "what was done, skipped and fired", "a history entry",
                   [&](ObjectReader& entry) {
                     if (auto read = guidance::read_history_entry(entry)) past.history.push_back(std::move(*read));
                   });
  if (!stage || !playbook || !end) return std::nullopt;
  past.stage = *stage;
  past.playbook_id = *playbook;
  past.end = *end;
  return past;
}

std::vector<PastStage> read_past(ObjectReader& f) {
  std::vector<PastStage> out;
  if (!within(f, "past", kMaxPastStages)) return out;
  read_object_list(f, "past", Need::Optional, "the stages it has left", "a past stage", [&](ObjectReader& stage) {
    if (auto read = read_past_stage(stage)) out.push_back(std::move(*read));
  });
  return out;
}

// The saved run as it is: checked against the playbooks by resume().
nlohmann::json unchecked_run(ObjectReader& f) {
  const auto run = f.object("run", Need::Optional, "the playbook being followed");
  return run ? run->to_nlohmann() : nlohmann::json();
}

}  // namespace

void GuidedSelling::read(ObjectReader& document, LoadNotes& notes) {
  *this = GuidedSelling{};
  const auto section = document.find(kSection);
  if (!section) return;
  const std::string at = "/" + std::string(kSection);
  auto drop = [&](const std::string& pointer, const std::string& problem) {
    *this = GuidedSelling{};
    notes.push_back("The guided selling on the Pipeline board could not be restored (at " + pointer + ": " + problem +
                    "), so its deals and leads start their playbooks again; the rest of your progress is loaded.");
  };
  // Working state: problems become a note, not errors of the whole save.
  content::DiagnosticSink problems;
  content::ReadContext ctx{document.context().file, problems};
  if (!content::expect_object(*section, at, ctx, "the guided selling on the board")) return drop(at, "should be an object");
  ObjectReader r(*section, at, ctx);
  const auto day = r.integer("day", Need::Required, 0, guidance::kMaxRunDay, "the board's day");
  const auto next = r.integer("next_lead_number", Need::Optional, 1, 1'000'000, "the next lead's number");
  const auto keys = r.text_list("quarter_leads", Need::Optional, kMaxQuarterLeadKeys, false, "the quarter's leads already added");
  UncheckedRuns unchecked;
  std::set<std::string, std::less<>> seen;
  if (within(r, "deals", pipeline::kMaxDeals)) {
    read_object_list(r, "deals", Need::Optional, "the deals' playbooks", "a deal's guidance", [&](ObjectReader& f) {
      const auto deal_id = f.text("deal", Need::Required, "the deal's id");
      const auto preset = f.text("preset", Need::Required, "the pipeline preset's id");
      const auto stage = f.text("stage", Need::Required, "the stage's id");
      nlohmann::json run = unchecked_run(f);
      std::vector<PastStage> past = read_past(f);
      if (deal_id && !seen.insert(*deal_id).second) f.error("deal", "deal '" + *deal_id + "' is listed twice");
      if (!deal_id || !preset || !stage) return;
      m_deals.push_back({*deal_id, *preset, *stage, std::nullopt, std::move(past)});
      unchecked.deals.push_back(std::move(run));
    });
  }
  seen.clear();
  if (within(r, "leads", kMaxLeads)) {
    read_object_list(r, "leads", Need::Optional, "the leads", "a lead", [&](ObjectReader& f) {
      const auto id = f.text("id", Need::Required, "the lead's id (\"l-01\")");
      const auto name = f.text("name", Need::Required, "the person's name");
      const auto company = f.text("company", Need::Required, "the company's name");
      const auto source_key = f.text("source", Need::Required, "where the lead came from: sample, prospecting or inbound");
      const auto state_key = f.text("state", Need::Required, "open, qualified, retiring, converted or retired");
      const auto source = source_key ? parse_lead_source(*source_key) : std::nullopt;
      const auto state = state_key ? parse_lead_state(*state_key) : std::nullopt;
      if (source_key && !source) f.error("source", "must be sample, prospecting or inbound, not '" + *source_key + "'");
      if (state_key && !state) {
        f.error("state", "must be open, qualified, retiring, converted or retired, not '" + *state_key + "'");
      }
      if (id && !seen.insert(*id).second) f.error("id", "lead '" + *id + "' is listed twice");
      Lead lead;
      lead.retire_reason = f.optional_text("retire_reason");
      lead.deal_id = f.optional_text("deal");
      nlohmann::json run = unchecked_run(f);
      lead.past = read_past(f);
      if (!id || !name || !company || !source || !state) return;
      lead.id = *id;
      lead.name = *name;
      lead.company = *company;
      lead.source = *source;
      lead.state = *state;
      m_leads.push_back(std::move(lead));
      unchecked.leads.push_back(std::move(run));
    });
  }
  if (problems.has_errors() || !day) {
    const auto found = problems.take();
    return found.empty() ? drop(at, "is not guided selling") : drop(found.front().pointer, found.front().message);
  }
  m_day = *day;
  m_next_lead_number = next.value_or(static_cast<int>(m_leads.size()) + 1);
  if (keys) m_quarter_leads = *keys;
  m_quarter_scanned = {};
  m_unchecked = std::move(unchecked);
}

// [SECTION] resuming --------------------------------------------------------------

namespace {

// The saved run checked against `playbook`, or nullopt with the first problem in `problem`.
std::optional<guidance::PlaybookRun> check_run(const nlohmann::json& saved, const content::Playbook& playbook,
                                               const std::string& pointer, std::string& problem) {
  content::DiagnosticSink sink;
  content::ReadContext ctx{"", sink};
  std::optional<guidance::PlaybookRun> run;
  if (content::expect_object(content::JsonView(saved), pointer, ctx, "a playbook run")) {
    ObjectReader fields(content::JsonView(saved), pointer, ctx);
    run = guidance::PlaybookRun::from_json(fields, playbook);
  }
  if (!run) {
    const auto found = sink.take();
    problem = found.empty() ? pointer : found.front().pointer + ": " + found.front().message;
  }
  return run;
}

}  // namespace

LoadNotes GuidedSelling::resume(const content::Guidance& guidance) {
  LoadNotes notes;
  if (!m_unchecked) return notes;
  const UncheckedRuns unchecked = std::move(*m_unchecked);
  m_unchecked.reset();
  const std::string at = "/" + std::string(kSection);
  for (std::size_t i = 0; i < m_deals.size() && i < unchecked.deals.size(); ++i) {
    if (unchecked.deals[i].is_null()) continue;
    DealGuidance& d = m_deals[i];
    const std::string pointer = at + "/deals/" + std::to_string(i) + "/run";
    std::string problem = pointer + ": this pack has no playbook for stage '" + d.stage_id + "'";
    if (const content::Playbook* playbook = guidance.for_stage(d.preset_id, d.stage_id)) {
      d.run = check_run(unchecked.deals[i], *playbook, pointer, problem);
    }
    if (!d.run) {
      notes.push_back("The playbook of deal " + d.deal_id + " could not be resumed (at " + problem +
                      "), so it starts again from its first step; the rest of your progress is loaded.");
    }
  }
  for (std::size_t i = 0; i < m_leads.size() && i < unchecked.leads.size(); ++i) {
    if (unchecked.leads[i].is_null()) continue;
    Lead& lead = m_leads[i];
    const std::string pointer = at + "/leads/" + std::to_string(i) + "/run";
    const auto goal = lead_goal(lead.state);
    std::string problem = pointer + ": " +
                          (goal ? "this pack has no playbook toward " + std::string(content::lead_status_name(*goal))
                                : "a " + std::string(lead_state_key(lead.state)) + " lead follows no playbook");
    if (const content::Playbook* playbook = goal ? guidance.for_lead(*goal) : nullptr) {
      lead.run = check_run(unchecked.leads[i], *playbook, pointer, problem);
    }
    if (!lead.run) {
      start_goal(guidance, lead);
      notes.push_back("The playbook of lead " + lead.name + " (" + lead.company + ") could not be resumed (at " +
                      problem + "), so it starts again from its first step; the rest of your progress is loaded.");
    }
  }
  return notes;
}

void GuidedSelling::ensure_resumed(const content::Guidance& guidance) {
  if (resumed()) return;
  for (std::string& note : resume(guidance)) m_notes.push_back(std::move(note));
}

LoadNotes GuidedSelling::take_notes() { return std::exchange(m_notes, {}); }

}  // namespace dealdojo::session
