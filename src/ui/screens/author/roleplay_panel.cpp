// The Role-play tab: scripts, the editor with its problems, the map and the preview.
// Wide windows: scripts, editor and problems on the left, the map (or the preview)
// and the selected node on the right. Phones: all of it stacked, the map 300 pt tall.
//
// [SECTION] scripts  [SECTION] editor  [SECTION] problems  [SECTION] map (the preview: roleplay_preview.cpp)
// [SECTION] entry  [SECTION] describe
#include "ui/screens/author/roleplay_panel.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/studio/scenario_map.hpp"
#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

using studio::Json;

constexpr float kMapHeightCompact = 300.0f;
constexpr float kEditorHeightCompact = 320.0f;
constexpr int kFocusFrames = 6;  // frames to wait for the editor to take focus before giving up

std::string script_pointer(std::size_t index, std::string_view field) {
  return "/scripts/" + std::to_string(index) + "/" + std::string(field);
}

unsigned int warning_colour() { return IM_COL32(166, 95, 0, 255); }

// ---------------------------------------------------------------------------------
// [SECTION] scripts

// A scenario that compiles without errors: two decision points, the endings a
// conversation needs, and placeholders that say what each line is for.
std::string script_template(std::string_view id) {
  return "// A role-play script: content/FORMAT.md, section 7.9, describes every line.\n"
         "id: " + std::string(id) + "\n"
         "title: A new conversation\n"
         "kind: objection\n"
         "persona: Alex Morgan, operations manager at a firm of 200 people\n"
         "briefing: What the learner knows before the conversation starts.\n"
         "vars: trust 45, clarity 30, resistance 60\n"
         "\n"
         "=== opening\n"
         "buyer: What the buyer says first.\n"
         "* [clarify best] Ask what the concern really is.\n"
         "  effects: trust +20, clarity +30, resistance -30\n"
         "  feedback: Why this is the right move here.\n"
         "  -> decide\n"
         "* [reply-deny weak] Answer the concern at once, before you know what it is about.\n"
         "  effects: resistance +10\n"
         "  feedback: Why this is a mistake the conversation survives.\n"
         "  -> stalled\n"
         "* [arguing poor] Tell the buyer they have it wrong.\n"
         "  effects: trust -30\n"
         "  feedback: Why this damages the conversation.\n"
         "  -> lost\n"
         "\n"
         "=== decide\n"
         "buyer: The buyer's answer, now that the concern is clear.\n"
         "* [direct-question best] Ask plainly for the decision.\n"
         "  feedback: Why asking now fits the moment.\n"
         "  -> won\n"
         "* [opportunity weak] Say the price goes up at the end of the month, so now is the time.\n"
         "  feedback: Why a deadline does not fit here.\n"
         "  -> stalled\n"
         "* [pressure-too-early poor] Push for a signature on the spot, today.\n"
         "  feedback: Why pressure backfires.\n"
         "  -> lost\n"
         "\n"
         "=== won\n"
         "end: committed\n"
         "buyer: The buyer agrees.\n"
         "debrief: What went right.\n"
         "\n"
         "=== stalled\n"
         "end: stalled\n"
         "buyer: Send me something and I'll think about it.\n"
         "debrief: Why it stalled.\n"
         "\n"
         "=== lost\n"
         "end: lost\n"
         "buyer: I don't think this is for us.\n"
         "debrief: Why it was lost.\n";
}

bool has_file(const Json& scripts, std::string_view file, std::size_t except = kNoScript) {
  for (std::size_t i = 0; i < scripts.size(); ++i) {
    if (i != except && studio::text_of(scripts[i], "file") == file) return true;
  }
  return false;
}

void select_script(RoleplayPanel& panel, std::size_t index) {
  panel.selected_script = index;
  panel.editor = ScriptEditor{};
  panel.map = ScenarioMapView{};
  panel.preview = RoleplayPreview{};
}

void add_script(studio::Draft& draft, RoleplayPanel& panel) {
  const Json& scripts = draft.scripts();
  std::string id = "new-scenario";
  for (int n = 2; has_file(scripts, id + ".txt"); ++n) id = "new-scenario-" + std::to_string(n);
  const std::size_t at = scripts.size();
  if (draft.insert("/scripts", at, Json{{"file", id + ".txt"}, {"text", script_template(id)}})) {
    select_script(panel, at);
  }
}

// "" when `name` will do as the script's file name.
std::string file_name_problem(const Json& scripts, const std::string& name, std::size_t index) {
  if (name.empty()) return "Give the script a file name, such as price-too-high.txt.";
  if (name.find_first_of("/\\") != std::string::npos) return "A file name cannot contain / or \\.";
  if (!name.ends_with(".txt")) return "A script's file name ends with .txt.";
  if (has_file(scripts, name, index)) return "Another script is called " + name + ".";
  return "";
}

void draw_rename(AppContext& ctx, studio::Draft& draft, RoleplayPanel& panel) {
  ScriptEditor& editor = panel.editor;
  const std::string problem = file_name_problem(draft.scripts(), editor.rename, panel.selected_script);
  widgets::LabeledInput("File name", "##rename", editor.rename, problem.empty() ? nullptr : &problem,
                        [&] { ctx.widgets.mark_last_item("author/roleplay/rename-field"); });
  ImGui::BeginDisabled(!problem.empty());
  if (ImGui::Button("Save name")) {
    draft.set(script_pointer(panel.selected_script, "file"), editor.rename);
    draft.seal();
    editor.renaming = false;
  }
  ImGui::EndDisabled();
  ctx.widgets.mark_last_item("author/roleplay/rename-save");
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) editor.renaming = false;
  ctx.widgets.mark_last_item("author/roleplay/rename-cancel");
}

std::string script_label(const Json& script, const studio::ScriptCompileState* state) {
  std::string label = studio::text_of(script, "file");
  if (label.empty()) label = "(no file name)";
  if (!state || !state->compiled) return label;
  if (state->errors > 0) return label + "  ·  " + std::to_string(state->errors) + (state->errors == 1 ? " error" : " errors");
  if (state->warnings > 0) {
    return label + "  ·  " + std::to_string(state->warnings) + (state->warnings == 1 ? " warning" : " warnings");
  }
  return label + "  ·  no problems";
}

void draw_script_list(AppContext& ctx, studio::Draft& draft, RoleplayPanel& panel) {
  const Json& scripts = draft.scripts();
  std::optional<std::size_t> picked;
  // A few rows tall, scrolling beyond, so a pack of twenty scripts leaves room for the editor.
  constexpr std::size_t kRowsShown = 5;
  const float row = ImGui::GetTextLineHeightWithSpacing();
  const std::size_t rows = std::clamp<std::size_t>(scripts.size(), 1, kRowsShown);
  ImGui::BeginChild("script-list", ImVec2(0.0f, row * static_cast<float>(rows) + 4.0f), false);
  for (std::size_t i = 0; i < scripts.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));  // scripts are never filtered: the index is their place
    const studio::ScriptCompileState* state = panel.workbench.script(i);
    const unsigned int colour = state && state->errors > 0 ? colours::bad() : ImGui::GetColorU32(ImGuiCol_Text);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const bool selected = panel.selected_script == i;
    if (ImGui::Selectable(script_label(scripts[i], state).c_str(), selected)) picked = i;
    if (selected && panel.editor.script == kNoScript) ImGui::SetScrollHereY();  // newly selected: keep it in view
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item("author/roleplay/script/" + std::to_string(i));
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (picked && *picked != panel.selected_script) select_script(panel, *picked);
  if (ImGui::Button("New script")) add_script(draft, panel);
  ctx.widgets.mark_last_item("author/roleplay/new-script");
  if (panel.selected_script >= scripts.size()) return;
  ImGui::SameLine();
  if (ImGui::Button("Rename")) {
    panel.editor.renaming = true;
    panel.editor.rename = studio::text_of(scripts[panel.selected_script], "file");
  }
  ctx.widgets.mark_last_item("author/roleplay/rename");
  ImGui::SameLine();
  if (ImGui::Button("Remove")) {
    const std::size_t removed = panel.selected_script;
    if (draft.remove("/scripts/" + std::to_string(removed))) select_script(panel, removed > 0 ? removed - 1 : 0);
    return;
  }
  ctx.widgets.mark_last_item("author/roleplay/remove");
  if (panel.editor.renaming) draw_rename(ctx, draft, panel);
}

// ---------------------------------------------------------------------------------
// [SECTION] editor
// ImGui's multi-line field, with a gutter of line numbers drawn beside it at the
// field's own scroll, and a callback that moves the cursor to a problem's line.

std::size_t offset_of(std::string_view text, int line, int column) {
  std::size_t at = 0;
  for (int l = 1; l < line; ++l) {
    const std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) return text.size();
    at = end + 1;
  }
  for (int c = 1; c < column && at < text.size() && text[at] != '\n'; ++c) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;  // whole UTF-8 characters
  }
  return at;
}

int editor_callback(ImGuiInputTextCallbackData* data) {
  auto* editor = static_cast<ScriptEditor*>(data->UserData);
  if (editor->goto_line > 0) {
    const auto at = offset_of(std::string_view(data->Buf, static_cast<std::size_t>(data->BufTextLen)),
                              editor->goto_line, editor->goto_column);
    data->CursorPos = data->SelectionStart = data->SelectionEnd = static_cast<int>(at);  // the field scrolls to it
    editor->goto_line = 0;
  }
  return 0;
}

void draw_gutter(ImVec2 pos, ImVec2 size, const std::string& text, float scroll_y,
                 const studio::ScriptCompileState* state) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_ChildBg));
  draw->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
  const float line_height = ImGui::GetFontSize();  // the field's line height
  const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  const int first = std::max(0, static_cast<int>(scroll_y / line_height) - 1);
  const int last = std::min(lines, first + static_cast<int>(size.y / line_height) + 3);
  const float top = pos.y + ImGui::GetStyle().FramePadding.y - scroll_y;
  for (int l = first; l < last; ++l) {
    unsigned int colour = colours::muted_text();
    if (state) {
      for (const studio::ScriptProblem& p : state->problems) {
        if (p.line != l + 1) continue;
        colour = p.is_error() ? colours::bad() : warning_colour();
        if (p.is_error()) break;
      }
    }
    const std::string number = std::to_string(l + 1);
    const float width = ImGui::CalcTextSize(number.c_str()).x;
    draw->AddText(ImVec2(pos.x + size.x - width - 6.0f, top + static_cast<float>(l) * line_height), colour,
                  number.c_str());
  }
  draw->PopClipRect();
}

void draw_editor(AppContext& ctx, studio::Draft& draft, RoleplayPanel& panel, float height) {
  ScriptEditor& editor = panel.editor;
  const std::size_t index = panel.selected_script;
  // While the field is being typed in, ImGui owns its text; otherwise it shows the
  // draft's (an undo, a new script).
  if (!editor.was_active || editor.script != index) {
    editor.text = studio::text_of(draft.scripts()[index], "text");
    editor.script = index;
  }
  const float gutter = ImGui::CalcTextSize("00000").x;
  const ImVec2 gutter_pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(gutter, height));
  ImGui::SameLine(0.0f, 0.0f);
  if (editor.goto_line > 0) {
    if (!editor.was_active) ImGui::SetKeyboardFocusHere();
    if (--editor.focus_frames <= 0) editor.goto_line = 0;  // the field never took focus: give up
    ctx.request_frame();
  }
  const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
  // Undo is the draft's (Ctrl+Z on the Author screen), over every edit, not the field's own.
  const ImGuiInputTextFlags flags =
      ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_NoUndoRedo;
  const bool changed = ImGui::InputTextMultiline("##script", &editor.text, size, flags, editor_callback, &editor);
  ctx.widgets.mark_last_item("author/roleplay/editor");
  const bool active = ImGui::IsItemActive();
  // The field scrolls in a child window of its own, the last one begun here.
  if (ImGuiWindow* self = ImGui::GetCurrentWindow(); !self->DC.ChildWindows.empty()) {
    editor.scroll_y = self->DC.ChildWindows.back()->Scroll.y;
  }
  if (changed) draft.set(script_pointer(index, "text"), editor.text, "script-" + std::to_string(index));
  if (editor.was_active && !active) draft.seal();  // the next typing is a new undo step
  editor.was_active = active;
  draw_gutter(gutter_pos, ImVec2(gutter, height), editor.text, editor.scroll_y, panel.workbench.script(index));
}

// ---------------------------------------------------------------------------------
// [SECTION] problems

void draw_problem(AppContext& ctx, const studio::ScriptProblem& problem, std::size_t i, ScriptEditor& editor) {
  const std::string text = problem.to_string();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y;
  ImGui::PushID(static_cast<int>(i));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  if (ImGui::Selectable("##problem", false, ImGuiSelectableFlags_None, ImVec2(width, height))) {
    editor.goto_line = problem.line;
    editor.goto_column = problem.column;
    editor.focus_frames = kFocusFrames;
  }
  ctx.widgets.mark_last_item("author/roleplay/problem/" + std::to_string(i));
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos,
                                      problem.is_error() ? colours::bad() : warning_colour(), text.c_str(),
                                      nullptr, width);
  ImGui::PopID();
}

void draw_script_problems(AppContext& ctx, const studio::ScriptCompileState* state, ScriptEditor& editor) {
  if (!state || !state->compiled) {
    widgets::MutedText("Compiling...");
    return;
  }
  std::string heading = state->errors == 0 && state->warnings == 0
                            ? std::string("No problems")
                            : text::count_noun(static_cast<std::int64_t>(state->errors), "error", "errors") + ", " +
                                  text::count_noun(static_cast<std::int64_t>(state->warnings), "warning", "warnings");
  if (state->pending) heading += "  (checking...)";
  widgets::MutedText(heading);
  ctx.widgets.mark_last_item("author/roleplay/problems");
  if (state->good && !state->good_is_current) {
    widgets::MutedText("The map and the preview show the last version without errors.");
  }
  for (std::size_t i = 0; i < state->problems.size(); ++i) draw_problem(ctx, state->problems[i], i, editor);
}

// ---------------------------------------------------------------------------------
// [SECTION] map and preview

void draw_map_pane(AppContext& ctx, RoleplayPanel& panel, const studio::ScriptCompileState* state, float height) {
  if (!state || !state->good) {
    widgets::MutedText(state && state->compiled ? "The map appears once the script compiles without errors."
                                                : "Compiling...");
    return;
  }
  ScenarioMapView& view = panel.map;
  if (view.script != panel.selected_script) {
    view = ScenarioMapView{};
    view.script = panel.selected_script;
  }
  if (view.generation != state->generation) {
    view.generation = state->generation;
    if (!state->good->scenario.node_index(view.selected)) view.selected.clear();
  }
  const bool compact = ctx.compact();
  // The toolbar and legend sit above the map's own area (two or three rows).
  const float toolbar = ImGui::GetFrameHeightWithSpacing() * 2.6f;
  const float map_height = compact ? kMapHeightCompact + toolbar : std::max(260.0f, height * 0.62f);
  bool play = draw_scenario_map(ctx, *state->good, view, map_height);
  if (!panel.preview.refused.empty() && panel.preview.refused_node == view.selected) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::WrappedText(panel.preview.refused);
    ImGui::PopStyleColor();
  }
  if (!compact) ImGui::BeginChild("node-details", ImVec2(0.0f, 0.0f), false);
  play = draw_node_details(ctx, *state->good, view) || play;
  if (!compact) ImGui::EndChild();
  if (play) {
    panel.preview.refused.clear();
    start_preview(panel, state->good);
  }
}

void draw_right(AppContext& ctx, RoleplayPanel& panel, float height) {
  if (panel.preview.running()) {
    draw_preview(ctx, panel);
  } else {
    draw_map_pane(ctx, panel, panel.workbench.script(panel.selected_script), height);
  }
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] entry

void draw_roleplay_panel(AppContext& ctx, studio::Draft& draft, RoleplayPanel& panel) {
  panel.workbench.update(draft, ctx.now_ms);
  if (const auto due = panel.workbench.next_compile_ms()) ctx.request_frame(std::max<std::int64_t>(0, *due - ctx.now_ms));
  const std::size_t count = draft.scripts().size();
  if (panel.selected_script >= count && count > 0) select_script(panel, count - 1);
  if (count == 0) {
    widgets::WrappedText("No role-play yet. A role-play is a script: the buyer's lines, the learner's choices "
                         "and where each leads. Start from a small example and change it.");
    draw_script_list(ctx, draft, panel);
    return;
  }
  if (ctx.compact()) {
    draw_script_list(ctx, draft, panel);
    if (panel.selected_script >= draft.scripts().size()) return;  // just removed the last one
    draw_editor(ctx, draft, panel, kEditorHeightCompact);
    draw_script_problems(ctx, panel.workbench.script(panel.selected_script), panel.editor);
    ImGui::Spacing();
    draw_right(ctx, panel, kMapHeightCompact);
    return;
  }
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float height = std::max(480.0f, avail.y);
  const float left = std::floor(avail.x * 0.46f);
  ImGui::BeginChild("scripts-pane", ImVec2(left, height), false);
  draw_script_list(ctx, draft, panel);
  if (panel.selected_script < draft.scripts().size()) {
    const float problems = std::clamp(ImGui::GetContentRegionAvail().y * 0.3f, 120.0f, 220.0f);
    draw_editor(ctx, draft, panel, std::max(200.0f, ImGui::GetContentRegionAvail().y - problems));
    ImGui::BeginChild("problems", ImVec2(0.0f, 0.0f), false);
    draw_script_problems(ctx, panel.workbench.script(panel.selected_script), panel.editor);
    ImGui::EndChild();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("map-pane", ImVec2(0.0f, height), false);
  draw_right(ctx, panel, height);
  ImGui::EndChild();
}

// ---------------------------------------------------------------------------------
// [SECTION] describe

namespace {

nlohmann::json describe_map(const studio::GoodCompile& good) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const studio::MapNode& n : good.map.nodes) {
    nodes.push_back({{"id", good.scenario.nodes[n.node].id},
                     {"column", n.column},
                     {"row", n.row},
                     {"ending", n.ending ? nlohmann::json(roleplay::ending_name(*n.ending)) : nlohmann::json()},
                     {"unreachable", n.unreachable},
                     {"dead_end", n.dead_end},
                     {"on_ideal_path", n.on_ideal_path}});
  }
  return {{"scenario", good.scenario.id},
          {"nodes", nodes},
          {"edges", good.map.edges.size()},
          {"ideal_steps", good.map.ideal_steps.size()}};
}

}  // namespace

nlohmann::json describe_roleplay_panel(const studio::Draft& draft, const RoleplayPanel& panel) {
  nlohmann::json scripts = nlohmann::json::array();
  const Json& list = draft.scripts();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const studio::ScriptCompileState* state = panel.workbench.script(i);
    scripts.push_back({{"file", studio::text_of(list[i], "file")},
                       {"errors", state ? state->errors : 0},
                       {"warnings", state ? state->warnings : 0},
                       {"compiled", state && state->compiled && !state->pending}});
  }
  nlohmann::json out = {{"scripts", scripts},
                        {"selected", panel.selected_script < list.size() ? nlohmann::json(panel.selected_script)
                                                                          : nlohmann::json()},
                        {"problems", nlohmann::json::array()},
                        {"map", nullptr},
                        {"selected_node", panel.map.selected},
                        {"preview", describe_preview(panel.preview)}};
  const studio::ScriptCompileState* state = panel.workbench.script(panel.selected_script);
  if (!state) return out;
  for (const studio::ScriptProblem& p : state->problems) {
    out["problems"].push_back({{"line", p.line},
                               {"column", p.column},
                               {"message", p.message},
                               {"severity", content::severity_name(p.severity)}});
  }
  out["showing_last_good"] = state->good && !state->good_is_current;
  if (state->good) out["map"] = describe_map(*state->good);
  return out;
}

}  // namespace dealdojo::ui
