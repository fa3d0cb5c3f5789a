#pragma once
// Guided selling on the Pipeline board: each deal walks the playbook of its
// stage and each lead the playbook of the status it works toward (content/
// guidance_section.hpp), on the board's own simulated day. The board shows the
// step at hand, its outcomes and the exit criteria still open; a deal moves to
// the next stage only once its stage's criteria are met, and a lead that is
// qualified and converted becomes a deal on the desk.
//
// Leads: an open lead runs the "qualified" playbook; when that run is done the
// lead is Qualified and the "converted" playbook starts; when that one is done
// the lead is Converted: a new deal on the desk at the first stage, named after
// the lead's company. A run that ends in "retire" starts the "retired" playbook
// (the lead is Retiring) and its end retires the lead. A pack without lead
// guidance still lets leads move: a lead whose next status has no playbook has
// no run, and marking it "done" takes it to that status at once ("retire"
// retires it); with no "retired" playbook a retire takes effect at once.
//
// Saving: section "guided_selling", optional (a damaged one is dropped with a
// note). The runs name the active pack's playbooks, which a slice cannot see
// while a save is read (the slices are read before anything knows the packs).
// So read() keeps each run's JSON as saved and resume() checks it against the
// pack's playbooks: Session::adopt calls it with the active pack, and every
// operation given the pack's guidance calls it first if that has not happened.
// Until then the deals and leads are there without their runs, and a save
// writes the runs back as they were read. A run whose playbook or step is gone
// is dropped with a note (a lead's starts again from its playbook's first step).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/guidance_section.hpp"
#include "core/guidance/playbook_run.hpp"
#include "core/pipeline/pipeline.hpp"
#include "core/pipeline/quarter.hpp"
#include "core/session/pipeline_desk.hpp"
#include "core/session/saved_slice.hpp"
#include "core/util/field_errors.hpp"

namespace dealdojo::session {

// A stage (or lead status) a deal or lead has left, with what was done there.
struct PastStage {
  std::string stage;  // a stage id; for a lead, the status it worked toward ("qualified")
  std::string playbook_id;
  guidance::RunEnd end = guidance::RunEnd::Open;  // open: it moved on before the playbook's end
  std::vector<int> criteria_met;                  // 1-based numbers
  std::vector<guidance::HistoryEntry> history;

  static PastStage of(std::string stage, const guidance::PlaybookRun& run);
};

struct DealGuidance {
  std::string deal_id;  // a deal of the PipelineDesk
  std::string preset_id;
  std::string stage_id;                       // the stage the run is for
  std::optional<guidance::PlaybookRun> run;  // none when the stage has no playbook
  std::vector<PastStage> past;               // oldest first
};

enum class LeadState { Open, Qualified, Retiring, Converted, Retired };
std::string_view lead_state_key(LeadState state);  // "open", "qualified", "retiring", "converted", "retired"
std::optional<LeadState> parse_lead_state(std::string_view key);
enum class LeadSource { Sample, Prospecting, Inbound };
std::string_view lead_source_key(LeadSource source);  // "sample", "prospecting", "inbound"
std::optional<LeadSource> parse_lead_source(std::string_view key);
// The status a lead in `state` works toward: Open → qualified, Qualified →
// converted, Retiring → retired; none once converted or retired.
std::optional<content::LeadStatus> lead_goal(LeadState state);

struct Lead {
  std::string id;  // "l-01"
  std::string name;  // the person
  std::string company;
  LeadSource source = LeadSource::Sample;
  LeadState state = LeadState::Open;
  std::string retire_reason;  // the step that retired it and its outcome: "Ask what they need: no-need"
  std::string deal_id;        // once converted
  std::optional<guidance::PlaybookRun> run;  // the goal's playbook; none without one
  std::vector<PastStage> past;
};

inline constexpr std::size_t kMaxLeads = 1'000;
inline constexpr std::size_t kMaxPastStages = 100;  // per deal or lead; the oldest go first
// Quarter leads remembered as added (so each is added once); the oldest are forgotten first.
inline constexpr std::size_t kMaxQuarterLeadKeys = 10'000;

class GuidedSelling final : public SavedSlice {
 public:
  int day() const { return m_day; }  // the board's simulated day, from 0
  // A day passes: every run's automated steps due by the new day fire (a deal
  // whose run ends lost is marked lost on the desk; a lead may move on).
  void next_day(PipelineDesk& desk, const content::Guidance& guidance);

  // ---- Deals (ids of the desk's deals) ----
  const std::vector<DealGuidance>& deals() const { return m_deals; }
  const DealGuidance* deal(std::string_view deal_id) const;
  // Starts the deal's current stage's playbook when the stage has one and no run
  // exists for that stage yet; a deal whose stage changed elsewhere keeps its old
  // run in `past`. A lost deal starts nothing. Null when the deal has no guidance.
  const DealGuidance* open_deal(const content::Guidance& guidance, const pipeline::Pipeline& pipeline,
                                std::string_view deal_id);
  // The deal's current step done with `outcome` (or skipped): "" or why not. A
  // run that ends "lost" marks the deal lost on the desk.
  std::string complete_deal_step(PipelineDesk& desk, const content::Guidance& guidance, std::string_view deal_id,
                                 std::string_view outcome);
  std::string skip_deal_step(PipelineDesk& desk, const content::Guidance& guidance, std::string_view deal_id);
  // Starts the deal's playbook again from its first step when it reached its end
  // with exit criteria still open (the buyer has not yet acted): "" or why not.
  std::string restart_deal_playbook(const content::Guidance& guidance, std::string_view deal_id);
  // Moves the deal one stage on, on the desk, only when its stage's exit criteria
  // are all met; else an error on deal_field::kStage naming every one still open
  // ("Not yet met: 2. Budget ...; 3. ..."). Then the next stage's playbook starts.
  util::FieldErrors advance_deal(PipelineDesk& desk, const content::Guidance& guidance, std::string_view deal_id);
  // The editor's save: like desk.update_deal, but a move to a later stage of an
  // open deal is refused, as advance_deal() refuses it, while the stage's exit
  // criteria are not all met.
  util::FieldErrors update_deal(PipelineDesk& desk, const content::Guidance& guidance, std::string_view deal_id,
                                const DealForm& form);
  // The desk started again from a sample: its deal ids now name other deals.
  void forget_deals();

  // ---- Leads ----
  const std::vector<Lead>& leads() const { return m_leads; }
  const Lead* lead(std::string_view lead_id) const;
  // Six sample leads (invented people and companies, picked by `seed`), each at
  // the start of the "qualified" playbook.
  void reset_leads(const content::Guidance& guidance, std::uint64_t seed);
  // A lead for each new lead the quarter found by prospecting or inbound; each
  // is added once however often this is called.
  void add_quarter_leads(const content::Guidance& guidance, const pipeline::QuarterSim& quarter);
  std::string complete_lead_step(PipelineDesk& desk, const content::Guidance& guidance, std::string_view lead_id,
                                 std::string_view outcome);
  std::string skip_lead_step(PipelineDesk& desk, const content::Guidance& guidance, std::string_view lead_id);

  // ---- Loading ----
  // Checks the runs read from a save against `guidance` (once); what was dropped.
  LoadNotes resume(const content::Guidance& guidance);
  bool resumed() const { return !m_unchecked.has_value(); }
  // Notes from a resume() an operation did by itself (no pack when the save was adopted).
  LoadNotes take_notes();

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  struct UncheckedRuns {  // as read, parallel to m_deals and m_leads (null: none saved)
    std::vector<nlohmann::json> deals;
    std::vector<nlohmann::json> leads;
  };

  void ensure_resumed(const content::Guidance& guidance);
  DealGuidance* find_deal(std::string_view deal_id);
  // An error on deal_field::kStage naming every exit criterion of the deal's stage
  // not yet met; none when all are, or the stage has no playbook.
  util::FieldErrors unmet_criteria(const content::Guidance& guidance, const pipeline::Pipeline& pipeline,
                                   std::string_view deal_id);
  Lead* find_lead(std::string_view lead_id);
  // Marks the deal's current step done with `outcome`, or skips it (nullopt).
  std::string deal_step(PipelineDesk& desk, const content::Guidance& guidance, std::string_view deal_id,
                        std::optional<std::string_view> outcome);
  // A run that ended "lost" marks the deal lost on the desk: "" or why it could not.
  std::string settle_deal(PipelineDesk& desk, const DealGuidance& entry);
  std::string lead_step(PipelineDesk& desk, const content::Guidance& guidance, std::string_view lead_id,
                        std::optional<std::string_view> outcome);
  // Moves a lead whose run ended on to its next status; "" or why the desk
  // refused the converted lead's deal (the lead then waits, converted next time).
  std::string settle_lead(PipelineDesk& desk, const content::Guidance& guidance, Lead& lead);
  // The lead's work toward its goal ended with `end`: the next status (and its playbook).
  std::string move_lead_on(PipelineDesk& desk, const content::Guidance& guidance, Lead& lead, guidance::RunEnd end,
                           std::string reason);
  std::string convert(PipelineDesk& desk, const content::Guidance& guidance, Lead& lead);
  void start_goal(const content::Guidance& guidance, Lead& lead);
  // A lead's run on a playbook the guidance no longer has starts the goal's again.
  void sync_lead(const content::Guidance& guidance, Lead& lead);
  Lead& add_lead(const content::Guidance& guidance, std::string name, std::string company, LeadSource source);

  int m_day = 0;
  std::vector<DealGuidance> m_deals;
  std::vector<Lead> m_leads;
  int m_next_lead_number = 1;
  std::vector<std::string> m_quarter_leads;  // "<quarter seed>:<deal id>" already added
  struct QuarterScan {
    std::uint64_t seed = 0;
    int weeks_played = -1;
    bool operator==(const QuarterScan&) const = default;
  };
  QuarterScan m_quarter_scanned;  // the quarter last looked at (not saved: a restart looks once more)
  std::optional<UncheckedRuns> m_unchecked;
  LoadNotes m_notes;
};

}  // namespace dealdojo::session
