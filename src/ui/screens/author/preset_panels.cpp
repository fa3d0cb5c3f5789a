// The Presets and Self-assessment tabs of the Author screen.
//
// [SECTION] reading the draft
// [SECTION] fields author_fields.hpp lacks (a number, lines, a level)
// [SECTION] a list beside (or, on a phone, above) a form
// [SECTION] presets
// [SECTION] self-assessments
// [SECTION] places and describe
#include "ui/screens/author/preset_panels.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>

#include "core/content/assessment_section.hpp"
#include "core/content/pack.hpp"
#include "core/studio/draft_checks.hpp"
#include "core/studio/draft_skeletons.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/author/author_fields.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

using studio::Json;
using Problems = std::vector<content::Diagnostic>;

constexpr const char* kPresets = "/pack/pipeline_presets";
constexpr const char* kAssessments = "/pack/assessments";
constexpr std::size_t kVisibleRows = 8;  // stages or capabilities shown before their list scrolls

// ---------------------------------------------------------------------------------
// [SECTION] reading the draft

const Json& list_of(const studio::Draft& draft, std::string_view pointer) {
  static const Json kNone = Json::array();
  const Json& value = draft.at(pointer);
  return value.is_array() ? value : kNone;
}

std::string field_text(const Json& object, const char* key) {
  if (!object.is_object()) return "";
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::vector<std::string> ids_of(const Json& list) {
  std::vector<std::string> ids;
  for (const Json& item : list) ids.push_back(field_text(item, "id"));
  return ids;
}

std::string item_at(std::string_view list_pointer, std::size_t index) {
  return std::string(list_pointer) + "/" + std::to_string(index);
}

// A selection that still names an item after an undo or a removal.
void clamp(std::size_t& selected, std::size_t count) {
  if (selected >= count) selected = count == 0 ? 0 : count - 1;
}

// Adds `item` after `selected` in the list at `pointer` (creating the list when the
// pack has none) and returns its index.
std::size_t add_after(studio::Draft& draft, const std::string& pointer, std::size_t selected, Json item) {
  const Json& list = draft.at(pointer);
  if (!list.is_array()) {
    draft.set(pointer, Json::array({std::move(item)}));
    return 0;
  }
  const std::size_t at = list.empty() ? 0 : std::min(selected + 1, list.size());
  draft.insert(pointer, at, std::move(item));
  return at;
}

// The list with item `from` moved to `to`: set as one edit, so one undo takes it back.
Json moved(Json list, std::size_t from, std::size_t to) {
  Json item = list[from];
  list.erase(from);
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
  return list;
}

// ---------------------------------------------------------------------------------
// [SECTION] fields author_fields.hpp lacks (a number, lines, a level)

// Wrapped, so a long label stays on a phone's screen.
void field_label(const char* text) { widgets::MutedText(text); }

// After a field: name it for tests, and end its undo step when it loses focus.
void finish_field(AppContext& ctx, studio::Draft& draft, const std::string& name) {
  ctx.widgets.mark_last_item(name);
  if (ImGui::IsItemDeactivated()) draft.seal();
}

// A number with a fraction (a conversion rate, 0–1), kept to 4 decimals.
void DraftNumber(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                 const std::string& name, const Problems& problems) {
  field_label(label);
  const Json& current = draft.at(pointer);
  double value = current.is_number() ? current.get<double>() : 0.0;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 160.0f));
  const bool edited = ImGui::InputDouble(("##" + pointer).c_str(), &value, 0.05, 0.1, "%.2f");
  finish_field(ctx, draft, name);
  if (edited) draft.set(pointer, std::round(value * 10000.0) / 10000.0, pointer);
  FieldProblems(problems, pointer);
}

std::string joined_lines(const Json& list) {
  std::string text;
  if (!list.is_array()) return text;
  for (const Json& item : list) {
    if (!text.empty()) text += '\n';
    text += item.is_string() ? item.get<std::string>() : item.dump();
  }
  return text;
}

Json split_lines(const std::string& text) {
  Json items = Json::array();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string::npos) items.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
    start = end + 1;
  }
  return items;
}

// A list of texts, one a line (texts such as exit criteria hold commas). An emptied
// optional list is removed; a required one is left empty for the check to flag.
void DraftLines(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                const std::string& name, const Problems& problems, LinesTyping& typing, bool optional) {
  field_label(label);
  std::string value = typing.pointer == pointer ? typing.text : joined_lines(draft.at(pointer));
  const auto lines = std::clamp<std::ptrdiff_t>(std::count(value.begin(), value.end(), '\n') + 2, 3, 10);
  const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + ImGui::GetStyle().FramePadding.y * 2;
  const bool edited = ImGui::InputTextMultiline(("##" + pointer).c_str(), &value, ImVec2(-1.0f, height),
                                                ImGuiInputTextFlags_NoUndoRedo);
  const bool active = ImGui::IsItemActive();
  finish_field(ctx, draft, name);
  if (active) typing = {pointer, value};
  else if (typing.pointer == pointer) typing = {};
  if (edited) {
    Json items = split_lines(value);
    if (items.empty() && optional) draft.remove(pointer);
    else draft.set(pointer, std::move(items), pointer);
  }
  FieldProblems(problems, pointer, /*inside=*/true);
}

// A level of the scale, 1–5, shown with the assessment's name for it ("3 · Practicing").
void LevelChoice(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                 const std::string& name, const Json& scale, const Problems& problems) {
  const auto level_label = [&](int level) {
    std::string text = std::to_string(level);
    if (scale.is_array() && level - 1 < static_cast<int>(scale.size())) {
      const std::string level_name = field_text(scale[static_cast<std::size_t>(level - 1)], "name");
      if (!level_name.empty()) text += " · " + level_name;
    }
    return text;
  };
  field_label(label);
  const Json& current = draft.at(pointer);
  const int value = current.is_number_integer() ? current.get<int>() : 0;
  const std::string shown = content::is_level(value) ? level_label(value) : "(none)";
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 320.0f));
  if (ImGui::BeginCombo(("##" + pointer).c_str(), shown.c_str())) {
    for (int level = content::kMinLevel; level <= content::kMaxLevel; ++level) {
      if (ImGui::Selectable(level_label(level).c_str(), level == value) && level != value) draft.set(pointer, level);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.mark_last_item(name);
  FieldProblems(problems, pointer);
}

// ---------------------------------------------------------------------------------
// [SECTION] a list beside (or, on a phone, above) a form

// Selectable rows, "! " before one with a problem inside it; true when one was clicked.
// With `max_rows`, the rows scroll in a box that tall (a long list leaves room for its form).
bool item_rows(AppContext& ctx, const std::vector<std::string>& labels, const std::string& list_pointer,
               std::size_t& selected, const Problems& problems, const std::string& name, std::size_t max_rows = 0) {
  const bool boxed = max_rows > 0 && labels.size() > max_rows;
  if (boxed) {
    const float rows = static_cast<float>(max_rows) + 0.5f;  // half a row shows there is more
    ImGui::BeginChild((name + "box").c_str(), ImVec2(0, rows * ImGui::GetTextLineHeightWithSpacing()), true);
  }
  bool clicked = false;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const bool flagged = !studio::problems_at(problems, item_at(list_pointer, i)).empty();
    const std::string text = widgets::FitText((flagged ? "! " : "") + labels[i], ImGui::GetContentRegionAvail().x);
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(text.c_str(), selected == i)) {
      selected = i;
      clicked = true;
    }
    ImGui::PopID();
    ctx.widgets.mark_last_item(name + std::to_string(i));
  }
  if (boxed) ImGui::EndChild();
  return clicked;
}

template <typename List, typename Form>
void list_and_form(AppContext& ctx, const char* id, List&& draw_list, Form&& draw_form) {
  if (ctx.compact()) {
    ImGui::BeginChild((std::string(id) + "-list").c_str(), ImVec2(0, 150.0f), true);
    draw_list();
    ImGui::EndChild();
    draw_form();
    return;
  }
  const float list_width = std::max(240.0f, ImGui::GetContentRegionAvail().x * 0.28f);
  ImGui::BeginChild((std::string(id) + "-list").c_str(), ImVec2(list_width, 0), true);
  draw_list();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild((std::string(id) + "-form").c_str(), ImVec2(0, 0));
  draw_form();
  ImGui::EndChild();
}

// "Add", "Move up", "Move down", "Remove" for the selected item of an ordered list,
// wrapping on narrow screens. Returns which was pressed.
enum class RowAction { None, Add, Up, Down, Remove };
RowAction row_buttons(AppContext& ctx, const std::string& name, const char* add, const char* remove,
                      std::size_t selected, std::size_t count) {
  RowAction action = RowAction::None;
  if (ImGui::Button(add)) action = RowAction::Add;
  ctx.widgets.mark_last_item(name + "add");
  const auto button = [&](const char* label, bool enabled, RowAction pressed, const char* widget) {
    widgets::SameLineIfFits(widgets::ButtonWidth(label));
    ImGui::BeginDisabled(!enabled);
    if (ImGui::Button(label)) action = pressed;
    ImGui::EndDisabled();
    ctx.widgets.mark_last_item(name + widget);
  };
  button("Move up", count > 0 && selected > 0, RowAction::Up, "up");
  button("Move down", selected + 1 < count, RowAction::Down, "down");
  button(remove, count > 0, RowAction::Remove, "remove");
  return action;
}

// ---------------------------------------------------------------------------------
// [SECTION] presets

std::vector<std::string> forecast_categories() {
  std::vector<std::string> names;
  for (auto category : {content::ForecastCategory::Pipeline, content::ForecastCategory::BestCase,
                        content::ForecastCategory::Commit, content::ForecastCategory::Closed,
                        content::ForecastCategory::Omitted}) {
    names.emplace_back(content::forecast_category_name(category));
  }
  return names;
}

std::string stage_summary(const Json& stage, std::size_t index, bool last) {
  std::string text = std::to_string(index + 1) + ". " + field_text(stage, "name") + " (" + field_text(stage, "id") + ")";
  if (stage.is_object() && stage.contains("probability")) text += " · " + stage["probability"].dump() + "%";
  if (!last && stage.is_object() && stage.contains("conversion") && stage["conversion"].is_number()) {
    char rate[32];
    std::snprintf(rate, sizeof rate, " · %.2f advance", stage["conversion"].get<double>());
    text += rate;
  }
  const std::string category = field_text(stage, "forecast_category");
  if (!category.empty()) text += " · " + category;
  return text;
}

void draw_stage_form(AppContext& ctx, studio::Draft& draft, PresetsView& view, const std::string& stages,
                     std::size_t count, const Problems& problems) {
  const std::string base = item_at(stages, view.stage);
  const std::string name = "author/presets/stage-field/";
  widgets::TextIn(ctx.fonts.bold, "Stage " + std::to_string(view.stage + 1));
  DraftText(ctx, draft, base + "/id", "Id (unique in this preset)", name + "id", problems);
  DraftText(ctx, draft, base + "/name", "Name", name + "name", problems);
  DraftInt(ctx, draft, base + "/probability", "Win probability at this stage (%, 0–100)", name + "probability", problems);
  if (view.stage + 1 < count) {
    DraftNumber(ctx, draft, base + "/conversion", "Conversion: share of deals that reach the next stage (0–1)",
                name + "conversion", problems);
  } else {
    widgets::MutedText("Conversion: none, as the last stage has no next stage.");
    FieldProblems(problems, base + "/conversion");
  }
  DraftChoice(ctx, draft, base + "/forecast_category", "Forecast category", name + "forecast_category",
              forecast_categories(), problems);
  DraftLines(ctx, draft, base + "/exit_criteria",
             "Exit criteria, one a line (up to 20): what the buyer has done before a deal moves on",
             name + "exit_criteria", problems, view.typing, /*optional=*/true);
  FieldProblems(problems, base);
}

void draw_stages(AppContext& ctx, studio::Draft& draft, PresetsView& view, const std::string& preset,
                 const Problems& problems) {
  const std::string stages = preset + "/stages";
  const Json& list = list_of(draft, stages);
  clamp(view.stage, list.size());
  widgets::TextIn(ctx.fonts.bold, "Stages, in pipeline order (2 to 32)");
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < list.size(); ++i) labels.push_back(stage_summary(list[i], i, i + 1 == list.size()));
  item_rows(ctx, labels, stages, view.stage, problems, "author/presets/stage/", kVisibleRows);
  FieldProblems(problems, stages);
  const RowAction action = row_buttons(ctx, "author/presets/stage-", "Add a stage after it", "Remove stage",
                                       view.stage, list.size());
  if (action != RowAction::None) {
    Json next = list;  // copied: the edit replaces the list
    std::size_t selected = view.stage;
    if (action == RowAction::Add) {
      const Json& from = list.empty() ? Json() : list[view.stage];
      const int probability = from.is_object() && from.value("probability", Json()).is_number_integer()
                                  ? from["probability"].get<int>() : 0;
      selected = list.empty() ? 0 : view.stage + 1;
      next.insert(next.begin() + static_cast<std::ptrdiff_t>(selected), studio::new_stage(ids_of(list), probability));
    } else if (action == RowAction::Up) {
      next = moved(std::move(next), view.stage, --selected);
    } else if (action == RowAction::Down) {
      next = moved(std::move(next), view.stage, ++selected);
    } else {
      next.erase(view.stage);
    }
    draft.set(stages, studio::fit_conversions(std::move(next)));
    view.stage = selected;
    return;  // the form shows the new list next frame
  }
  if (view.stage < list.size()) {
    ImGui::Separator();
    draw_stage_form(ctx, draft, view, stages, list.size(), problems);
  }
}

void draw_preset_form(AppContext& ctx, studio::Draft& draft, PresetsView& view, const Problems& problems) {
  const std::string base = item_at(kPresets, view.preset);
  DraftText(ctx, draft, base + "/id", "Id (unique in the pack)", "author/presets/field/id", problems);
  DraftText(ctx, draft, base + "/name", "Name", "author/presets/field/name", problems);
  FieldProblems(problems, base);
  ImGui::Spacing();
  draw_stages(ctx, draft, view, base, problems);
  ImGui::Spacing();
  ImGui::Separator();
  if (ImGui::Button("Delete preset")) {
    draft.remove(base);
    if (view.preset > 0) --view.preset;
    view.stage = 0;
  }
  ctx.widgets.mark_last_item("author/presets/delete");
}

// ---------------------------------------------------------------------------------
// [SECTION] self-assessments

void draw_scale(AppContext& ctx, studio::Draft& draft, const std::string& assessment, const Problems& problems) {
  const std::string scale = assessment + "/scale";
  const Json& levels = list_of(draft, scale);
  std::string names;
  for (const Json& level : levels) names += (names.empty() ? "" : " · ") + field_text(level, "name");
  const bool flagged = !studio::problems_at(problems, scale).empty();
  const std::string header = std::string(flagged ? "! " : "") + "Scale: " + names + "###scale";
  const bool open = ImGui::CollapsingHeader(header.c_str());
  ctx.widgets.mark_last_item("author/assess/scale");
  FieldProblems(problems, scale);
  bool standard = levels.size() == content::kLevelCount;
  for (std::size_t i = 0; standard && i < levels.size(); ++i) {
    standard = levels[i].is_object() && levels[i].value("level", Json()) == static_cast<int>(i) + content::kMinLevel;
  }
  if (!standard) {
    widgets::WrappedText("The scale must list the levels 1 to 5, once each, in order.");
    if (ImGui::Button("Use the standard five levels")) draft.set(scale, studio::new_assessment({})["scale"]);
    ctx.widgets.mark_last_item("author/assess/scale-reset");
  }
  if (!open) return;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const std::string base = item_at(scale, i);
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(static_cast<int>(i));
    widgets::TextIn(ctx.fonts.bold, "Level " + n);
    FieldProblems(problems, base + "/level");
    DraftText(ctx, draft, base + "/name", "Name", "author/assess/scale/" + n + "/name", problems);
    DraftText(ctx, draft, base + "/meaning", "What the level means in general", "author/assess/scale/" + n + "/meaning",
              problems, 2);
    FieldProblems(problems, base);
    ImGui::PopID();
  }
}

void draw_capability_form(AppContext& ctx, studio::Draft& draft, AssessmentsView& view, const std::string& assessment,
                          const Problems& problems) {
  const std::string base = item_at(assessment + "/capabilities", view.capability);
  const std::string name = "author/assess/cap-field/";
  const Json& scale = draft.at(assessment + "/scale");
  DraftText(ctx, draft, base + "/id", "Id (unique in this assessment)", name + "id", problems);
  DraftText(ctx, draft, base + "/name", "Name", name + "name", problems);
  DraftText(ctx, draft, base + "/area", "Area (the report sums up each area)", name + "area", problems);
  DraftText(ctx, draft, base + "/description", "Description: what the capability covers", name + "description",
            problems, 2, /*optional=*/true);
  for (int level = content::kMinLevel; level <= content::kMaxLevel; ++level) {
    const std::string n = std::to_string(level);
    const std::string level_name = scale.is_array() && static_cast<std::size_t>(level) <= scale.size()
                                       ? field_text(scale[static_cast<std::size_t>(level - 1)], "name") : "";
    const std::string label = "Level " + n + (level_name.empty() ? "" : " (" + level_name + ")") + " for this capability";
    DraftText(ctx, draft, base + "/levels/" + n, label.c_str(), name + "level/" + n, problems, 2);
  }
  FieldProblems(problems, base + "/levels");
  LevelChoice(ctx, draft, base + "/minimum", "Minimum level: the most basic viable", name + "minimum", scale, problems);
  LevelChoice(ctx, draft, base + "/recommended", "Recommended level: at least the minimum", name + "recommended", scale,
              problems);
  DraftLines(ctx, draft, base + "/best_practices", "Best practices, one a line (1 to 30): how a business moves up",
             name + "best_practices", problems, view.typing, /*optional=*/false);
  DraftText(ctx, draft, base + "/source", "Source: where the levels come from", name + "source", problems, 1,
            /*optional=*/true);
  FieldProblems(problems, base);
}

void draw_capabilities(AppContext& ctx, studio::Draft& draft, AssessmentsView& view, const std::string& assessment,
                       const Problems& problems) {
  const std::string capabilities = assessment + "/capabilities";
  const Json& list = list_of(draft, capabilities);
  clamp(view.capability, list.size());
  widgets::TextIn(ctx.fonts.bold, "Capabilities, in the order the learner rates them");
  std::vector<std::string> labels;
  for (const Json& c : list) labels.push_back(field_text(c, "area") + " · " + field_text(c, "name"));
  item_rows(ctx, labels, capabilities, view.capability, problems, "author/assess/cap/", kVisibleRows);
  FieldProblems(problems, capabilities);
  const RowAction action = row_buttons(ctx, "author/assess/cap-", "Add a capability after it", "Remove capability",
                                       view.capability, list.size());
  if (action == RowAction::Add) {
    const std::string area = list.empty() ? "" : field_text(list[view.capability], "area");
    view.capability = add_after(draft, capabilities, view.capability, studio::new_capability(ids_of(list), area));
    return;
  }
  if (action == RowAction::Up || action == RowAction::Down) {
    const std::size_t to = action == RowAction::Up ? view.capability - 1 : view.capability + 1;
    draft.set(capabilities, moved(list, view.capability, to));
    view.capability = to;
    return;
  }
  if (action == RowAction::Remove) {
    draft.remove(item_at(capabilities, view.capability));
    return;  // clamped next frame
  }
  if (view.capability < list.size()) {
    ImGui::Separator();
    draw_capability_form(ctx, draft, view, assessment, problems);
  }
}

void draw_assessment_form(AppContext& ctx, studio::Draft& draft, AssessmentsView& view, const Problems& problems) {
  const std::string base = item_at(kAssessments, view.assessment);
  DraftText(ctx, draft, base + "/id", "Id (unique in the pack; ratings are kept by it)",
            "author/assess/field/id", problems);
  DraftText(ctx, draft, base + "/title", "Title", "author/assess/field/title", problems);
  DraftText(ctx, draft, base + "/description", "Description: what the assessment is for", "author/assess/field/description",
            problems, 2, /*optional=*/true);
  FieldProblems(problems, base);
  ImGui::Spacing();
  draw_scale(ctx, draft, base, problems);
  ImGui::Spacing();
  draw_capabilities(ctx, draft, view, base, problems);
  ImGui::Spacing();
  ImGui::Separator();
  if (ImGui::Button("Delete self-assessment")) {
    draft.remove(base);
    if (view.assessment > 0) --view.assessment;
    view.capability = 0;
  }
  ctx.widgets.mark_last_item("author/assess/delete");
}

}  // namespace

void draw_presets(AppContext& ctx, studio::Draft& draft, PresetsView& view, const Problems& problems) {
  const Json& presets = list_of(draft, kPresets);
  clamp(view.preset, presets.size());
  widgets::MutedText("A preset is a sales pipeline the pipeline simulator can start from: its stages in order, each "
                     "with a win probability, the share of deals that move on, and a forecast category.");
  if (ImGui::Button("New preset")) {
    view.preset = add_after(draft, kPresets, view.preset, studio::new_preset(ids_of(presets)));
    view.stage = 0;
  }
  ctx.widgets.mark_last_item("author/presets/add");
  FieldProblems(problems, kPresets);
  const Json& now = list_of(draft, kPresets);
  list_and_form(
      ctx, "author-presets",
      [&] {
        std::vector<std::string> labels;
        for (const Json& p : now) labels.push_back(field_text(p, "id") + " — " + field_text(p, "name"));
        if (item_rows(ctx, labels, kPresets, view.preset, problems, "author/presets/item/")) view.stage = 0;
        if (now.empty()) widgets::MutedText("No presets yet.");
      },
      [&] {
        if (view.preset < now.size()) draw_preset_form(ctx, draft, view, problems);
      });
}

void draw_assessments(AppContext& ctx, studio::Draft& draft, AssessmentsView& view, const Problems& problems) {
  const Json& assessments = list_of(draft, kAssessments);
  clamp(view.assessment, assessments.size());
  widgets::MutedText("A self-assessment lets a learner rate their business on capabilities described at five levels, "
                     "and shows the gap to each one's minimum and recommended level.");
  if (ImGui::Button("New self-assessment")) {
    view.assessment = add_after(draft, kAssessments, view.assessment, studio::new_assessment(ids_of(assessments)));
    view.capability = 0;
  }
  ctx.widgets.mark_last_item("author/assess/add");
  FieldProblems(problems, kAssessments);
  const Json& now = list_of(draft, kAssessments);
  list_and_form(
      ctx, "author-assess",
      [&] {
        std::vector<std::string> labels;
        for (const Json& a : now) labels.push_back(field_text(a, "id") + " — " + field_text(a, "title"));
        if (item_rows(ctx, labels, kAssessments, view.assessment, problems, "author/assess/item/")) view.capability = 0;
        if (now.empty()) widgets::MutedText("No self-assessments yet.");
      },
      [&] {
        if (view.assessment < now.size()) draw_assessment_form(ctx, draft, view, problems);
      });
}

// ---------------------------------------------------------------------------------
// [SECTION] places and describe

namespace {

// The index after `prefix` + "/" in `pointer` ("/pack/assessments/2/..." -> 2), or nullopt.
std::optional<std::size_t> index_after(std::string_view pointer, std::string_view prefix) {
  if (pointer.size() <= prefix.size() + 1 || pointer.substr(0, prefix.size()) != prefix || pointer[prefix.size()] != '/') {
    return std::nullopt;
  }
  std::size_t index = 0;
  std::size_t i = prefix.size() + 1;
  if (i >= pointer.size() || pointer[i] < '0' || pointer[i] > '9') return std::nullopt;
  for (; i < pointer.size() && pointer[i] >= '0' && pointer[i] <= '9'; ++i) {
    index = index * 10 + static_cast<std::size_t>(pointer[i] - '0');
  }
  return index;
}

nlohmann::json number_or_null(const Json& object, const char* key) {
  if (!object.is_object() || !object.contains(key)) return nullptr;
  const Json& value = object[key];
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number()) return value.get<double>();
  return nullptr;
}

}  // namespace

bool select_place(PresetsView& view, std::string_view pointer) {
  const auto preset = index_after(pointer, kPresets);
  if (!preset) return pointer == kPresets;
  if (*preset != view.preset) view.stage = 0;
  view.preset = *preset;
  if (const auto stage = index_after(pointer, item_at(kPresets, *preset) + "/stages")) view.stage = *stage;
  return true;
}

bool select_place(AssessmentsView& view, std::string_view pointer) {
  const auto assessment = index_after(pointer, kAssessments);
  if (!assessment) return pointer == kAssessments;
  if (*assessment != view.assessment) view.capability = 0;
  view.assessment = *assessment;
  if (const auto capability = index_after(pointer, item_at(kAssessments, *assessment) + "/capabilities")) {
    view.capability = *capability;
  }
  return true;
}

nlohmann::json describe_presets(const studio::Draft& draft, const PresetsView& view) {
  const Json& presets = list_of(draft, kPresets);
  nlohmann::json out = {{"count", presets.size()}, {"ids", ids_of(presets)}, {"selected", view.preset},
                        {"selected_stage", view.stage}};
  if (view.preset < presets.size()) {
    const Json& preset = presets[view.preset];
    nlohmann::json stages = nlohmann::json::array();
    for (const Json& s : list_of(draft, item_at(kPresets, view.preset) + "/stages")) {
      stages.push_back({{"id", field_text(s, "id")},
                        {"name", field_text(s, "name")},
                        {"probability", number_or_null(s, "probability")},
                        {"conversion", number_or_null(s, "conversion")},
                        {"forecast_category", field_text(s, "forecast_category")},
                        {"exit_criteria", s.is_object() && s.contains("exit_criteria") ? s["exit_criteria"].size() : 0}});
    }
    out["selected_id"] = field_text(preset, "id");
    out["stages"] = std::move(stages);
  }
  return out;
}

nlohmann::json describe_assessments(const studio::Draft& draft, const AssessmentsView& view) {
  const Json& assessments = list_of(draft, kAssessments);
  nlohmann::json out = {{"count", assessments.size()}, {"ids", ids_of(assessments)}, {"selected", view.assessment},
                        {"selected_capability", view.capability}};
  if (view.assessment < assessments.size()) {
    const std::string base = item_at(kAssessments, view.assessment);
    nlohmann::json scale = nlohmann::json::array();
    for (const Json& level : list_of(draft, base + "/scale")) scale.push_back(field_text(level, "name"));
    nlohmann::json capabilities = nlohmann::json::array();
    for (const Json& c : list_of(draft, base + "/capabilities")) {
      capabilities.push_back({{"id", field_text(c, "id")}, {"area", field_text(c, "area")}});
    }
    out["selected_id"] = field_text(assessments[view.assessment], "id");
    out["scale"] = std::move(scale);
    out["capabilities"] = std::move(capabilities);
  }
  return out;
}

}  // namespace dealdojo::ui
