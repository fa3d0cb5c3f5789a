// The Leads tab beside the board: the sample leads and those the quarter found,
// each walked through the lead playbooks (qualify by need, budget, authority and
// timeline; convert to a deal at the first stage; or retire with a reason).
//
// [SECTION] list  [SECTION] the open lead  [SECTION] panel
#include <imgui.h>

#include <string>

#include "ui/app_context.hpp"
#include "ui/screens/pipeline/pipeline_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace pl = pipeline;

std::string state_text(const session::Lead& lead) {
  switch (lead.state) {
    case session::LeadState::Open: return "New: qualifying";
    case session::LeadState::Qualified: return "Qualified: converting";
    case session::LeadState::Retiring: return "Retiring";
    case session::LeadState::Converted: return "Converted to deal " + lead.deal_id;
    case session::LeadState::Retired: return "Retired";
  }
  return {};
}

std::string source_text(session::LeadSource source) {
  switch (source) {
    case session::LeadSource::Sample: return "from the list";
    case session::LeadSource::Prospecting: return "found by prospecting in the quarter";
    case session::LeadSource::Inbound: return "came in during the quarter";
  }
  return {};
}

// [SECTION] list -------------------------------------------------------------------

void draw_lead_list(AppContext& ctx, const session::GuidedSelling& guided, PipelineView& view) {
  for (const session::Lead& lead : guided.leads()) {
    ImGui::PushID(lead.id.c_str());
    const bool selected = view.leads.selected == lead.id;
    // A phone has no room for the state beside the name: it goes on a second line.
    const std::string label = lead.name + ", " + lead.company + (ctx.compact() ? "\n" : "   ") + state_text(lead);
    if (ImGui::Selectable(label.c_str(), selected)) view.leads.open_request = lead.id;
    ctx.widgets.mark_last_item("pipeline/lead/" + lead.id);
    ImGui::PopID();
  }
}

// [SECTION] the open lead ----------------------------------------------------------

void draw_open_lead(AppContext& ctx, PipelineView& view, const content::Pack& pack, const session::Lead& lead) {
  session::GuidedSelling& guided = ctx.session.guided_selling();
  session::PipelineDesk& desk = ctx.session.pipeline();
  widgets::TextIn(ctx.fonts.heading, lead.name + " at " + lead.company);
  widgets::MutedText("Lead " + lead.id + ", " + source_text(lead.source) + ". " + state_text(lead) + ".");
  ctx.widgets.mark_last_item("pipeline/leads/state");
  if (lead.state == session::LeadState::Retired) widgets::TextIn(ctx.fonts.body, "Why: " + lead.retire_reason);
  if (lead.state == session::LeadState::Converted && ImGui::Button("Open the deal on the board")) {
    view.tab = PipelineTab::Board;
    view.open_request = lead.deal_id;
  }
  if (lead.state == session::LeadState::Converted) ctx.widgets.mark_last_item("pipeline/leads/open-deal");
  PlaybookIntent intent;
  const content::Playbook* playbook = lead.run ? pack.guidance.find_playbook(lead.run->playbook_id()) : nullptr;
  if (playbook != nullptr) {
    intent = draw_playbook_step(ctx, *playbook, *lead.run, "pipeline/leads/playbook");
  } else if (session::lead_goal(lead.state)) {
    widgets::MutedText(pack.manifest.title + " has no playbook for this step: mark it done to move the lead on, or "
                       "retire it.");
    if (ImGui::Button("Done")) intent = {PlaybookIntent::Kind::Outcome, "done"};
    ctx.widgets.mark_last_item("pipeline/leads/done");
    ImGui::SameLine();
    if (ImGui::Button("Retire")) intent = {PlaybookIntent::Kind::Outcome, "retire"};
    ctx.widgets.mark_last_item("pipeline/leads/retire");
  }
  draw_guidance_message(view);
  ImGui::AlignTextToFramePadding();
  widgets::TextIn(ctx.fonts.body, "Day " + std::to_string(guided.day()));
  ImGui::SameLine();
  if (ImGui::Button("Let a day pass")) {
    guided.next_day(desk, pack.guidance);
    view.guidance_message.clear();
  }
  ctx.widgets.mark_last_item("pipeline/leads/next-day");
  if (playbook != nullptr) draw_playbook_record(ctx, *playbook, *lead.run, playbook->exit_criteria, "pipeline/leads/playbook");
  const std::string id = lead.id;  // the actions below may move the list
  switch (intent.kind) {
    case PlaybookIntent::Kind::Outcome:
      view.guidance_message = guided.complete_lead_step(desk, pack.guidance, id, intent.outcome);
      break;
    case PlaybookIntent::Kind::Skip: view.guidance_message = guided.skip_lead_step(desk, pack.guidance, id); break;
    case PlaybookIntent::Kind::None: break;
  }
}

}  // namespace

// [SECTION] panel ------------------------------------------------------------------

void draw_guidance_message(const PipelineView& view) {
  if (view.guidance_message.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
  widgets::WrappedText(view.guidance_message);
  ImGui::PopStyleColor();
}

void draw_leads_panel(AppContext& ctx, PipelineView& view) {
  const content::Pack* pack = ctx.session.packs().active_pack();
  if (pack == nullptr) return;
  session::GuidedSelling& guided = ctx.session.guided_selling();
  if (guided.leads().empty()) guided.reset_leads(pack->guidance, 1);
  if (const auto& quarter = ctx.session.pipeline().quarter()) guided.add_quarter_leads(pack->guidance, *quarter);
  widgets::MutedText("Qualify each lead (need, budget, authority, timeline), then convert it to a deal at the first "
                     "stage, or retire it with the reason. The quarter's new leads join the list.");
  if (ctx.compact()) {
    draw_lead_list(ctx, guided, view);
    ImGui::Separator();
    if (const session::Lead* lead = guided.lead(view.leads.selected)) draw_open_lead(ctx, view, *pack, *lead);
  } else if (ImGui::BeginTable("leads", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupColumn("list", ImGuiTableColumnFlags_WidthStretch, 0.4f);
    ImGui::TableSetupColumn("lead", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_lead_list(ctx, guided, view);
    ImGui::TableNextColumn();
    if (const session::Lead* lead = guided.lead(view.leads.selected)) draw_open_lead(ctx, view, *pack, *lead);
    else widgets::MutedText("Pick a lead to work its playbook.");
    ImGui::EndTable();
  }
  if (view.leads.open_request) {
    view.leads.selected = *view.leads.open_request;
    view.leads.open_request.reset();
    view.guidance_message.clear();
  }
}

nlohmann::json describe_guidance(const AppContext& ctx, const PipelineView& view) {
  const session::GuidedSelling& guided = ctx.session.guided_selling();
  const content::Pack* pack = ctx.session.packs().active_pack();
  // A run as its playbook describes it; just the id when the pack lacks the playbook.
  const auto run_json = [&](const std::optional<guidance::PlaybookRun>& run) -> nlohmann::json {
    if (!run) return nullptr;
    const content::Playbook* playbook = pack ? pack->guidance.find_playbook(run->playbook_id()) : nullptr;
    return playbook ? describe_run(*playbook, *run) : nlohmann::json{{"playbook", run->playbook_id()}};
  };
  nlohmann::json leads = nlohmann::json::array();
  for (const session::Lead& lead : guided.leads()) {
    leads.push_back({{"id", lead.id},
                     {"name", lead.name},
                     {"state", session::lead_state_key(lead.state)},
                     {"source", session::lead_source_key(lead.source)},
                     {"deal", lead.deal_id},
                     {"retire_reason", lead.retire_reason},
                     {"run", run_json(lead.run)}});
  }
  nlohmann::json deals = nlohmann::json::array();
  for (const session::DealGuidance& d : guided.deals()) {
    deals.push_back({{"deal", d.deal_id}, {"stage", d.stage_id}, {"run", run_json(d.run)}, {"past", d.past.size()}});
  }
  return {{"day", guided.day()}, {"message", view.guidance_message}, {"selected_lead", view.leads.selected},
          {"leads", leads}, {"deals", deals}};
}

}  // namespace dealdojo::ui
