#include "ui/screens/author/author_screen.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: an undone edit must reach the field being typed in

#include <chrono>

#include "core/studio/draft_start.hpp"
#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

constexpr std::int64_t kCheckDelayMs = 500;

struct TabInfo {
  AuthorTab tab;
  const char* label;
  const char* name;
};
constexpr TabInfo kTabs[] = {{AuthorTab::Pack, "Pack", "pack"},
                             {AuthorTab::Questions, "Questions", "questions"},
                             {AuthorTab::Blueprint, "Blueprint", "blueprint"},
                             {AuthorTab::Glossary, "Glossary", "glossary"},
                             {AuthorTab::Presets, "Presets", "presets"},
                             {AuthorTab::Assessments, "Self-assessment", "assessments"},
                             {AuthorTab::Roleplay, "Role-play", "roleplay"},
                             {AuthorTab::Problems, "Problems", "problems"}};

const char* tab_name(AuthorTab tab) {
  for (const auto& info : kTabs) {
    if (info.tab == tab) return info.name;
  }
  return "";
}

double now_ms_precise() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::size_t question_count(const studio::Draft& draft) { return studio::items_at(draft, "/pack/questions").size(); }

void run_check(const studio::Draft& draft, AuthorView& view) {
  const double started = now_ms_precise();
  view.check = studio::check_draft(draft);
  view.check_ms = now_ms_precise() - started;
  view.checked_revision = draft.revision();
  view.check_requested = false;
  view.question_has_problem.assign(question_count(draft), false);
  const std::string prefix = "/pack/questions/";
  for (const auto& d : view.check.diagnostics) {
    if (d.pointer.compare(0, prefix.size(), prefix) != 0) continue;
    const std::size_t index = std::strtoul(d.pointer.c_str() + prefix.size(), nullptr, 10);
    if (index < view.question_has_problem.size()) view.question_has_problem[index] = true;
  }
  view.shown_revision = kNever;  // the "has problems" filter may change
}

// The whole-draft check, once the trainer has paused; on a big draft when asked
// ("Check now": drawn saying "Checking..." first, then run on the next frame).
void run_check_when_due(AppContext& ctx, const studio::Draft& draft, AuthorView& view) {
  if (draft.revision() != view.seen_revision) {
    view.seen_revision = draft.revision();
    view.changed_at_ms = ctx.now_ms;
  }
  if (view.checked_revision == draft.revision()) return;
  if (view.check_requested) {
    if (view.check_shown_pending) {
      run_check(draft, view);
      view.check_shown_pending = false;
    } else {
      view.check_shown_pending = true;  // this frame says "Checking...", the next one checks
      ctx.request_frame();
    }
    return;
  }
  if (question_count(draft) > studio::kAutoCheckMaxQuestions) return;
  if (view.checked_revision != kNever && ctx.now_ms - view.changed_at_ms < kCheckDelayMs) {
    ctx.request_frame(kCheckDelayMs);
    return;
  }
  run_check(draft, view);
}

void handle_undo_keys(AppContext& ctx, studio::Draft& draft) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl && !io.KeySuper) return;
  const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
  const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
  bool changed = false;
  if (z && !io.KeyShift) changed = draft.undo();
  else if ((z && io.KeyShift) || y) changed = draft.redo();
  if (changed) {
    ImGui::ClearActiveID();  // the field shows the undone value, not its own buffer
    ctx.request_frame();
  }
}

void draw_header(AppContext& ctx, studio::Draft& draft, AuthorView& view) {
  const std::string title = studio::text_of(draft.pack(), "title");
  widgets::TextIn(ctx.fonts.heading, title.empty() ? "Untitled pack" : title);
  widgets::MutedText(studio::draft_pack_id(draft) + " · " + draft.origin() + " · saved in this browser or on this computer as you type");

  ImGui::BeginDisabled(!draft.can_undo());
  if (ImGui::Button("Undo")) {
    draft.undo();
  }
  ImGui::EndDisabled();
  ctx.widgets.mark_last_item("author/undo");
  widgets::SameLineIfFits(widgets::ButtonWidth("Redo"));
  ImGui::BeginDisabled(!draft.can_redo());
  if (ImGui::Button("Redo")) draft.redo();
  ImGui::EndDisabled();
  ctx.widgets.mark_last_item("author/redo");
  widgets::SameLineIfFits(widgets::ButtonWidth("Study this pack"));
  if (ImGui::Button("Study this pack")) ctx.intents.push_back(StudyDraft{});
  ctx.widgets.mark_last_item("author/study");
  widgets::SameLineIfFits(widgets::ButtonWidth("Export"));
  if (ImGui::Button("Export")) ctx.intents.push_back(ExportDraft{view.export_path});
  ctx.widgets.mark_last_item("author/export");

  // The check's verdict, always in view.
  std::string status;
  const bool on_demand = question_count(draft) > studio::kAutoCheckMaxQuestions;
  if (view.checked_revision != draft.revision()) {
    status = view.check_requested ? "Checking..." : on_demand ? "Not checked since the last change" : "Checking after you pause...";
  } else {
    const std::size_t errors = content::count_errors(view.check.diagnostics);
    const std::size_t warnings = view.check.diagnostics.size() - errors;
    status = errors == 0 ? "Loads cleanly" : text::count_noun(static_cast<std::int64_t>(errors), "error", "errors");
    if (warnings > 0) status += " · " + text::count_noun(static_cast<std::int64_t>(warnings), "warning", "warnings");
  }
  widgets::SameLineIfFits(ImGui::CalcTextSize(status.c_str()).x + 8.0f);
  const bool bad = view.checked_revision == draft.revision() && view.check.has_errors();
  ImGui::PushStyleColor(ImGuiCol_Text, bad ? colours::bad() : colours::muted_text());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(status.c_str());
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("author/status");
  if (on_demand && view.checked_revision != draft.revision() && !view.check_requested) {
    widgets::SameLineIfFits(widgets::ButtonWidth("Check now"));
    if (ImGui::Button("Check now")) {
      view.check_requested = true;
      ctx.request_frame();
    }
    ctx.widgets.mark_last_item("author/check-now");
  }

  for (const auto& info : kTabs) {
    if (&info != &kTabs[0]) widgets::SameLineIfFits(widgets::ButtonWidth(info.label));
    if (widgets::NavButton(info.label, view.tab == info.tab)) view.tab = info.tab;
    ctx.widgets.mark_last_item(std::string("author/tab/") + info.name);
  }
  ImGui::Separator();
}

}  // namespace

void AuthorScreen::draw(AppContext& ctx) {
  if (ctx.studio == nullptr) {  // the app reads the saved draft on the next frame
    widgets::MutedText("Reading your draft...");
    ctx.request_frame();
    return;
  }
  studio::Studio& studio = *ctx.studio;
  if (!studio.has_draft()) {
    draw_start(ctx, m_view);
    return;
  }
  studio::Draft& draft = studio.draft();
  handle_undo_keys(ctx, draft);
  run_check_when_due(ctx, draft, m_view);
  draw_header(ctx, draft, m_view);
  switch (m_view.tab) {
    case AuthorTab::Pack: draw_pack_details(ctx, draft, m_view); break;
    case AuthorTab::Questions: draw_questions(ctx, draft, m_view); break;
    case AuthorTab::Blueprint: draw_blueprint(ctx, draft, m_view); break;
    case AuthorTab::Glossary: draw_glossary(ctx, draft, m_view); break;
    case AuthorTab::Presets: draw_presets(ctx, draft, m_view.presets, fresh_problems(draft, m_view)); break;
    case AuthorTab::Assessments: draw_assessments(ctx, draft, m_view.assessments, fresh_problems(draft, m_view)); break;
    case AuthorTab::Roleplay: draw_roleplay_panel(ctx, draft, m_view.roleplay); break;
    case AuthorTab::Problems: draw_problems(ctx, draft, m_view); break;
  }
}

nlohmann::json AuthorScreen::describe(const AppContext& ctx) const {
  nlohmann::json out = {{"has_draft", ctx.studio != nullptr && ctx.studio->has_draft()}};
  if (!out["has_draft"].get<bool>()) return out;
  const studio::Draft& draft = ctx.studio->draft();
  out["tab"] = tab_name(m_view.tab);
  out["pack_id"] = studio::draft_pack_id(draft);
  out["title"] = studio::text_of(draft.pack(), "title");
  out["origin"] = draft.origin();
  out["studied_as"] = draft.meta("studied_as");
  out["can_undo"] = draft.can_undo();
  out["can_redo"] = draft.can_redo();
  out["revision"] = draft.revision();
  const bool fresh = m_view.checked_revision == draft.revision();
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& d : m_view.check.diagnostics) {
    if (problems.size() >= 100) break;
    problems.push_back({{"severity", content::severity_name(d.severity)}, {"file", d.file}, {"pointer", d.pointer},
                        {"message", d.message}});
  }
  out["check"] = {{"fresh", fresh},
                  {"on_demand", question_count(draft) > studio::kAutoCheckMaxQuestions},
                  {"errors", content::count_errors(m_view.check.diagnostics)},
                  {"diagnostics", std::move(problems)},
                  {"loads", m_view.check.pack.has_value()},
                  {"ms", m_view.check_ms}};
  out["questions"] = describe_questions(draft, m_view);
  out["blueprint"] = describe_blueprint(draft);
  out["glossary"] = {{"count", studio::items_at(draft, "/pack/glossary").size()}, {"selected", m_view.term}};
  out["presets"] = describe_presets(draft, m_view.presets);
  out["assessments"] = describe_assessments(draft, m_view.assessments);
  out["roleplay"] = describe_roleplay_panel(draft, m_view.roleplay);
  return out;
}

}  // namespace dealdojo::ui
