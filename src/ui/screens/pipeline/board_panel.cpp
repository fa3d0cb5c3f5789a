// The board: open deals in a column per stage (a stacked list on phones), closed
// deals below, and the editor for the deal clicked or a new one.
//
// [SECTION] cards  [SECTION] editor  [SECTION] board
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/pipeline/rollup.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/pipeline/pipeline_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace pl = pipeline;
namespace df = session::deal_field;

// [SECTION] cards ------------------------------------------------------------------

ImU32 category_colour(pl::ForecastCategory category) {
  switch (category) {
    case pl::ForecastCategory::Commit: return colours::good();
    case pl::ForecastCategory::BestCase: return IM_COL32(230, 140, 20, 255);
    case pl::ForecastCategory::Closed: return colours::accent();
    case pl::ForecastCategory::Omitted: return colours::muted_text();
    case pl::ForecastCategory::Pipeline: break;
  }
  return IM_COL32(120, 130, 150, 255);
}

std::string card_status(const pl::Pipeline& p, const pl::Deal& d) {
  if (d.status == pl::DealStatus::Won) return "Won " + pl::format_date(d.close_date);
  if (d.status == pl::DealStatus::Lost) return "Lost at " + p.preset.stages[d.stage].name;
  std::string text(pl::category_title(pl::category_of(p, d)));
  text += " · " + std::to_string(pl::probability_of(p, d)) + "%";
  if (pl::is_stalled(p, d)) text += " · stalled";
  if (d.close_date_pushes > 0) text += " · pushed " + std::to_string(d.close_date_pushes) + "×";
  return text;
}

// A clickable card: name, amount and close date, category, and the playbook's
// next step when there is one. True when clicked.
bool deal_card(AppContext& ctx, const pl::Pipeline& p, const pl::Deal& d, float width, bool selected) {
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 pad(10.0f, 6.0f);
  const std::string next = deal_next_step(ctx, p, d);
  const float lines = next.empty() ? 3.0f : 4.0f;
  const ImVec2 size(width, line * lines + pad.y * 2.0f + 4.0f);
  ImGui::PushID(d.id.c_str());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton("##card", size);
  ctx.widgets.mark_last_item("pipeline/deal/" + d.id);
  const bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(at.x + size.x, at.y + size.y);
  draw->AddRectFilled(at, end, colours::card_background(), 6.0f);
  if (selected || hovered) draw->AddRect(at, end, colours::accent(), 6.0f, 0, selected ? 2.0f : 1.0f);
  draw->AddRectFilled(at, ImVec2(at.x + 4.0f, end.y), category_colour(pl::category_of(p, d)), 6.0f,
                      ImDrawFlags_RoundCornersLeft);
  const float text_width = size.x - pad.x * 2.0f;
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + pad.x, at.y + pad.y), text,
                widgets::FitText(pl::display_name(d), text_width).c_str());
  const std::string money = util::format_money(d.amount) + "   " + pl::format_date(d.close_date);
  draw->AddText(ctx.fonts.bold, ImGui::GetFontSize(), ImVec2(at.x + pad.x, at.y + pad.y + line + 2.0f), text,
                widgets::FitText(money, text_width).c_str());
  const std::string status = (d.owner.empty() ? "" : d.owner + " · ") + card_status(p, d);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + pad.x, at.y + pad.y + line * 2.0f + 4.0f),
                colours::muted_text(), widgets::FitText(status, text_width).c_str());
  if (!next.empty()) {
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + pad.x, at.y + pad.y + line * 3.0f + 4.0f),
                  colours::accent(), widgets::FitText(next, text_width).c_str());
  }
  return clicked;
}

bool is_editing(const PipelineView& view, const pl::Deal& d) {
  return view.editor.deal_id && *view.editor.deal_id == d.id;
}

// [SECTION] editor -----------------------------------------------------------------

bool text_field(AppContext& ctx, const char* label, const char* name, std::string& value,
                const util::FieldErrors& errors, std::string_view field, float width) {
  const std::string id = std::string("##") + name;
  return widgets::LabeledInput(label, id.c_str(), value, error_text(errors, field),
                               [&] { ctx.widgets.mark_last_item(name); }, width);
}

void stage_and_status(AppContext& ctx, const pl::Pipeline& p, session::DealForm& form, const util::FieldErrors& errors,
                      float width) {
  ImGui::TextUnformatted("Stage");
  ImGui::SetNextItemWidth(width);
  const std::string& current = p.preset.stages[std::min(form.stage, p.preset.stages.size() - 1)].name;
  if (ImGui::BeginCombo("##stage", current.c_str())) {
    for (std::size_t i = 0; i < p.preset.stages.size(); ++i) {
      if (ImGui::Selectable(p.preset.stages[i].name.c_str(), form.stage == i)) form.stage = i;
      ctx.widgets.mark_last_item("pipeline/edit/stage/" + p.preset.stages[i].id);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.mark_last_item("pipeline/edit/stage");
  draw_field_error(errors, df::kStage);
  for (auto status : {pl::DealStatus::Open, pl::DealStatus::Won, pl::DealStatus::Lost}) {
    const std::string key(pl::deal_status_name(status));
    if (status != pl::DealStatus::Open) ImGui::SameLine();
    if (ImGui::RadioButton((key + "##status").c_str(), form.status == status)) form.status = status;
    ctx.widgets.mark_last_item("pipeline/edit/status/" + key);
  }
  draw_field_error(errors, df::kStatus);
}

void category_choice(AppContext& ctx, const pl::Pipeline& p, session::DealForm& form, const util::FieldErrors& errors,
                     float width) {
  ImGui::TextUnformatted("Forecast category");
  ImGui::SetNextItemWidth(width);
  const std::size_t stage = std::min(form.stage, p.preset.stages.size() - 1);
  const std::string stage_default =
      "Stage's (" + std::string(pl::category_title(p.preset.stages[stage].forecast_category)) + ")";
  const std::string current = form.category ? std::string(pl::category_title(*form.category)) : stage_default;
  if (ImGui::BeginCombo("##category", current.c_str())) {
    if (ImGui::Selectable(stage_default.c_str(), !form.category)) form.category.reset();
    for (auto c : {pl::ForecastCategory::Pipeline, pl::ForecastCategory::BestCase, pl::ForecastCategory::Commit,
                   pl::ForecastCategory::Omitted}) {
      if (ImGui::Selectable(std::string(pl::category_title(c)).c_str(), form.category == c)) form.category = c;
      ctx.widgets.mark_last_item("pipeline/edit/category/" + std::string(content::forecast_category_name(c)));
    }
    ImGui::EndCombo();
  }
  ctx.widgets.mark_last_item("pipeline/edit/category");
  draw_field_error(errors, df::kCategory);
}

// Save, Cancel and Remove; true when the editor should close.
bool editor_actions(AppContext& ctx, session::PipelineDesk& desk, PipelineView& view) {
  auto& ed = view.editor;
  bool close = false;
  if (ImGui::Button(ed.adding ? "Add deal" : "Save")) {
    const content::Pack* pack = ctx.session.packs().active_pack();
    // An existing deal moves stage only once its playbook's exit criteria are met.
    ed.errors = ed.adding ? desk.add_deal(ed.form)
                : pack  ? ctx.session.guided_selling().update_deal(desk, pack->guidance, *ed.deal_id, ed.form)
                        : desk.update_deal(*ed.deal_id, ed.form);
    close = ed.errors.empty();
  }
  ctx.widgets.mark_last_item("pipeline/edit/save");
  widgets::SameLineIfFits(widgets::ButtonWidth("Cancel"));
  if (ImGui::Button("Cancel")) close = true;
  ctx.widgets.mark_last_item("pipeline/edit/cancel");
  if (!ed.adding) {
    widgets::SameLineIfFits(widgets::ButtonWidth("Remove deal"));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    const bool remove = ImGui::Button("Remove deal");
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item("pipeline/edit/remove");
    if (remove) close = desk.remove_deal(*ed.deal_id);  // the board then offers Undo
  }
  return close;
}

// After a removal, the deal's name and Undo, until the pipeline changes again.
void draw_undo_remove(AppContext& ctx, session::PipelineDesk& desk) {
  const pl::Deal* removed = desk.removed_deal();
  if (removed == nullptr) return;
  ImGui::AlignTextToFramePadding();
  widgets::TextIn(ctx.fonts.body, "Removed " + pl::display_name(*removed) + ".");
  ctx.widgets.mark_last_item("pipeline/removed");
  widgets::SameLineIfFits(widgets::ButtonWidth("Undo"));
  if (ImGui::Button("Undo")) desk.undo_remove();
  ctx.widgets.mark_last_item("pipeline/undo-remove");
  ImGui::Spacing();
}

// [SECTION] playbook ---------------------------------------------------------------

// The deal's stage playbook under its editor: the step at hand, the exit criteria,
// the board's day, and Advance (refused, with what is missing, until the buyer
// has done what the stage needs).
void draw_deal_playbook(AppContext& ctx, session::PipelineDesk& desk, PipelineView& view, const std::string& deal_id) {
  const content::Pack* pack = ctx.session.packs().active_pack();
  const pl::Deal* deal = desk.find_deal(deal_id);
  if (pack == nullptr || deal == nullptr) return;
  session::GuidedSelling& guided = ctx.session.guided_selling();
  const session::DealGuidance* entry = guided.open_deal(pack->guidance, desk.pipeline(), deal_id);
  ImGui::Spacing();
  if (entry == nullptr || !entry->run) {
    widgets::MutedText(deal->status == pl::DealStatus::Open ? "No playbook for this stage in " + pack->manifest.title + "."
                                                            : "This deal is closed.");
    return;
  }
  const content::Playbook* playbook = pack->guidance.find_playbook(entry->run->playbook_id());
  if (playbook == nullptr) return;
  const pl::PipelineStage& stage = desk.pipeline().preset.stages[deal->stage];
  const PlaybookIntent intent = draw_playbook_step(ctx, *playbook, *entry->run, "pipeline/playbook");
  draw_guidance_message(view);  // a refusal right under the buttons that caused it
  if (entry->run->end() == guidance::RunEnd::Done && !entry->run->criteria_complete()) {
    widgets::MutedText("The steps are done but the buyer has not yet done all the stage asks.");
    if (ImGui::Button("Work the playbook again")) view.guidance_message = guided.restart_deal_playbook(pack->guidance, deal_id);
    ctx.widgets.mark_last_item("pipeline/playbook/restart");
  }
  ImGui::AlignTextToFramePadding();
  widgets::TextIn(ctx.fonts.body, "Day " + std::to_string(guided.day()));
  ctx.widgets.mark_last_item("pipeline/playbook/day");
  ImGui::SameLine();
  if (ImGui::Button("Let a day pass")) {
    guided.next_day(desk, pack->guidance);
    view.guidance_message.clear();
  }
  ctx.widgets.mark_last_item("pipeline/playbook/next-day");
  const std::size_t next = deal->stage + 1;
  if (deal->status == pl::DealStatus::Open && next < desk.pipeline().preset.stages.size()) {
    const std::string advance = "Advance to " + desk.pipeline().preset.stages[next].name;
    widgets::SameLineIfFits(widgets::ButtonWidth(advance.c_str()));
    if (ImGui::Button(advance.c_str())) {
      const util::FieldErrors errors = guided.advance_deal(desk, pack->guidance, deal_id);
      view.guidance_message = errors.empty() ? std::string() : errors.front().message;
      if (errors.empty()) view.editor.form = desk.form_for(deal_id);
    }
    ctx.widgets.mark_last_item("pipeline/playbook/advance");
  }
  draw_playbook_record(ctx, *playbook, *entry->run, stage.exit_criteria, "pipeline/playbook");
  switch (intent.kind) {
    case PlaybookIntent::Kind::Outcome:
      view.guidance_message = guided.complete_deal_step(desk, pack->guidance, deal_id, intent.outcome);
      view.editor.form = desk.form_for(deal_id);  // a lost ending changes the deal
      break;
    case PlaybookIntent::Kind::Skip:
      view.guidance_message = guided.skip_deal_step(desk, pack->guidance, deal_id);
      view.editor.form = desk.form_for(deal_id);
      break;
    case PlaybookIntent::Kind::None: break;
  }
}

// Fields in three columns on wide screens, one below the other on phones, where
// the buttons come first so they are in view without scrolling.
void draw_editor(AppContext& ctx, session::PipelineDesk& desk, PipelineView& view) {
  auto& ed = view.editor;
  const pl::Pipeline& p = desk.pipeline();
  widgets::TextIn(ctx.fonts.heading, ed.adding ? "New deal" : "Edit deal " + ed.deal_id.value_or(""));
  bool close = ctx.compact() && editor_actions(ctx, desk, view);
  draw_field_error(ed.errors, df::kDeal);
  const bool columns = !ctx.compact() && ImGui::BeginTable("editor", 3, ImGuiTableFlags_SizingStretchSame);
  if (columns) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
  }
  const float width = std::min(360.0f, ImGui::GetContentRegionAvail().x);
  text_field(ctx, "Name", "pipeline/edit/name", ed.form.name, ed.errors, df::kName, width);
  text_field(ctx, "Owner", "pipeline/edit/owner", ed.form.owner, ed.errors, df::kOwner, width);
  if (columns) ImGui::TableNextColumn();
  stage_and_status(ctx, p, ed.form, ed.errors, width);
  text_field(ctx, "Amount", "pipeline/edit/amount", ed.form.amount, ed.errors, df::kAmount, width);
  if (columns) ImGui::TableNextColumn();
  text_field(ctx, "Close date (YYYY-MM-DD)", "pipeline/edit/close", ed.form.close_date, ed.errors, df::kCloseDate, width);
  category_choice(ctx, p, ed.form, ed.errors, width);
  const int stage_probability = p.preset.stages[std::min(ed.form.stage, p.preset.stages.size() - 1)].probability;
  // A short label (field labels do not wrap: on a phone a long one is cut off) and the hint under the field.
  text_field(ctx, "Win probability %", "pipeline/edit/probability", ed.form.probability, ed.errors, df::kProbability,
             width);
  widgets::MutedText("Empty: the stage's " + std::to_string(stage_probability) + "%.");
  if (columns) ImGui::EndTable();
  if (!ctx.compact()) close = editor_actions(ctx, desk, view);
  if (!close && !ed.adding && ed.deal_id) draw_deal_playbook(ctx, desk, view, *ed.deal_id);
  if (close) {
    ed.deal_id.reset();
    ed.adding = false;
    ed.errors.clear();
    view.guidance_message.clear();
  }
  ImGui::Separator();
}

// [SECTION] board ------------------------------------------------------------------

std::string column_title(const pl::Pipeline& p, const pl::StageFunnel& f) {
  return p.preset.stages[f.stage].name + " (" + std::to_string(f.open_deals) + ")";
}

void draw_stage_cards(AppContext& ctx, const pl::Pipeline& p, PipelineView& view, std::size_t stage, float width) {
  for (const pl::Deal& d : p.deals) {
    if (d.status != pl::DealStatus::Open || d.stage != stage) continue;
    if (deal_card(ctx, p, d, width, is_editing(view, d))) view.open_request = d.id;
  }
}

void draw_columns(AppContext& ctx, const session::PipelineDesk& desk, PipelineView& view) {
  const pl::Pipeline& p = desk.pipeline();
  const auto& funnel = desk.metrics().funnel;
  const int columns = static_cast<int>(funnel.size());
  if (columns == 0 || !ImGui::BeginTable("board", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) return;
  for (const auto& f : funnel) ImGui::TableSetupColumn(p.preset.stages[f.stage].name.c_str());
  ImGui::TableNextRow();
  for (const auto& f : funnel) {
    ImGui::TableNextColumn();
    widgets::TextIn(ctx.fonts.bold, column_title(p, f));
    widgets::MutedText(util::format_money(f.open_value));
    draw_stage_cards(ctx, p, view, f.stage, ImGui::GetContentRegionAvail().x);
  }
  ImGui::EndTable();
}

void draw_stacked(AppContext& ctx, const session::PipelineDesk& desk, PipelineView& view) {
  const pl::Pipeline& p = desk.pipeline();
  for (const auto& f : desk.metrics().funnel) {
    ImGui::Spacing();
    widgets::TextIn(ctx.fonts.bold, column_title(p, f) + "  " + util::format_money(f.open_value));
    draw_stage_cards(ctx, p, view, f.stage, ImGui::GetContentRegionAvail().x);
  }
}

void draw_closed(AppContext& ctx, const session::PipelineDesk& desk, PipelineView& view) {
  const pl::Pipeline& p = desk.pipeline();
  const auto& m = desk.metrics();
  const std::string title = "Closed deals: " + std::to_string(m.won_deals) + " won, " + std::to_string(m.lost_deals) +
                            " lost###closed";
  const bool open = ImGui::CollapsingHeader(title.c_str());
  ctx.widgets.mark_last_item("pipeline/closed");
  if (!open) return;
  const float width = ctx.compact() ? ImGui::GetContentRegionAvail().x : 300.0f;
  for (const pl::Deal& d : p.deals) {
    if (d.status == pl::DealStatus::Open) continue;
    widgets::SameLineIfFits(width);
    if (deal_card(ctx, p, d, width, is_editing(view, d))) view.open_request = d.id;
  }
}

}  // namespace

std::string deal_next_step(const AppContext& ctx, const pl::Pipeline& p, const pl::Deal& d) {
  const content::Pack* pack = ctx.session.packs().active_pack();
  if (pack == nullptr || d.status != pl::DealStatus::Open || d.stage >= p.preset.stages.size()) return {};
  const std::string& stage_id = p.preset.stages[d.stage].id;
  const session::DealGuidance* entry = ctx.session.guided_selling().deal(d.id);
  if (entry != nullptr && entry->run && entry->stage_id == stage_id) {
    const guidance::PlaybookRun& run = *entry->run;
    if (!run.open()) return run.criteria_complete() ? "Ready to advance" : "Steps done: waiting on the buyer";
    const content::Playbook* playbook = pack->guidance.find_playbook(run.playbook_id());
    const content::GuidanceStep* step = playbook ? playbook->find_step(run.current_step()) : nullptr;
    if (step == nullptr) return {};
    return (run.criteria_complete() ? "Ready to advance; next: " : "Next: ") + step_title(*step);
  }
  // Not opened yet: where its stage's playbook starts.
  const content::Playbook* playbook = pack->guidance.for_stage(p.preset.id, stage_id);
  return playbook && !playbook->steps.empty() ? "Next: " + step_title(playbook->steps.front()) : std::string();
}

void draw_board_panel(AppContext& ctx, PipelineView& view) {
  session::PipelineDesk& desk = ctx.session.pipeline();
  const auto& m = desk.metrics();
  widgets::TextIn(ctx.fonts.bold, std::to_string(m.open_deals) + " open deals worth " +
                                      util::format_money(m.pipeline_value) + ", weighted " +
                                      util::format_money(m.weighted_pipeline));
  ctx.widgets.mark_last_item("pipeline/board/summary");
  widgets::MutedText("Click a deal to edit it and work its playbook. Bar colour: grey pipeline, orange best case, green commit.");
  if (ImGui::Button("Add deal")) {
    view.editor = {std::nullopt, true, desk.new_deal_form(), {}};
  }
  ctx.widgets.mark_last_item("pipeline/add");
  ImGui::Spacing();
  draw_undo_remove(ctx, desk);
  if (view.editor.deal_id || view.editor.adding) draw_editor(ctx, desk, view);
  if (ctx.compact()) draw_stacked(ctx, desk, view);
  else draw_columns(ctx, desk, view);
  ImGui::Spacing();
  draw_closed(ctx, desk, view);
  // Opened after the loops that drew the cards.
  if (view.open_request) {
    view.editor = {*view.open_request, false, desk.form_for(*view.open_request), {}};
    view.guidance_message.clear();
    view.open_request.reset();
    ImGui::SetScrollY(0.0f);  // the editor is at the top
  }
}

}  // namespace dealdojo::ui
