// The Presets and Self-assessment tabs of the Author screen.
//
// [SECTION] a level of the scale (the other form parts: author_forms.hpp)
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
#include "ui/screens/author/author_forms.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

using namespace forms;

constexpr const char* kPresets = "/pack/pipeline_presets";
constexpr const char* kAssessments = "/pack/assessments";
constexpr std::size_t kVisibleRows = 8;  // stages or capabilities shown before their list scrolls

// ---------------------------------------------------------------------------------
// [SECTION] a level of the scale

// A level of the scale, 1–5, shown with the assessment's name for it ("3 · Practicing").
void LevelChoice(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                 const std::string& name, const Json& scale, const Problems& problems) {
  const auto level_label = [&](int level) {
    std::string text = std::to_string(level);
    if (scale.is_array() && level - 1 < static_cast<int>(scale.size())) {
      const std::string level_name = studio::text_of(scale[static_cast<std::size_t>(level - 1)], "name");
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
  std::string text = std::to_string(index + 1) + ". " + studio::text_of(stage, "name") + " (" + studio::text_of(stage, "id") + ")";
  if (stage.is_object() && stage.contains("probability")) text += " · " + stage["probability"].dump() + "%";
  if (!last && stage.is_object() && stage.contains("conversion") && stage["conversion"].is_number()) {
    char rate[32];
    std::snprintf(rate, sizeof rate, " · %.2f advance", stage["conversion"].get<double>());
    text += rate;
  }
  const std::string category = studio::text_of(stage, "forecast_category");
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
  const Json& list = studio::items_at(draft, stages);
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
  const Json& levels = studio::items_at(draft, scale);
  std::string names;
  for (const Json& level : levels) names += (names.empty() ? "" : " · ") + studio::text_of(level, "name");
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
                                       ? studio::text_of(scale[static_cast<std::size_t>(level - 1)], "name") : "";
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
  const Json& list = studio::items_at(draft, capabilities);
  clamp(view.capability, list.size());
  widgets::TextIn(ctx.fonts.bold, "Capabilities, in the order the learner rates them");
  std::vector<std::string> labels;
  for (const Json& c : list) labels.push_back(studio::text_of(c, "area") + " · " + studio::text_of(c, "name"));
  item_rows(ctx, labels, capabilities, view.capability, problems, "author/assess/cap/", kVisibleRows);
  FieldProblems(problems, capabilities);
  const RowAction action = row_buttons(ctx, "author/assess/cap-", "Add a capability after it", "Remove capability",
                                       view.capability, list.size());
  if (action == RowAction::Add) {
    const std::string area = list.empty() ? "" : studio::text_of(list[view.capability], "area");
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
  const Json& presets = studio::items_at(draft, kPresets);
  clamp(view.preset, presets.size());
  widgets::MutedText("A preset is a sales pipeline the pipeline simulator can start from: its stages in order, each "
                     "with a win probability, the share of deals that move on, and a forecast category.");
  if (ImGui::Button("New preset")) {
    view.preset = add_after(draft, kPresets, view.preset, studio::new_preset(ids_of(presets)));
    view.stage = 0;
  }
  ctx.widgets.mark_last_item("author/presets/add");
  FieldProblems(problems, kPresets);
  const Json& now = studio::items_at(draft, kPresets);
  list_and_form(
      ctx, "author-presets",
      [&] {
        std::vector<std::string> labels;
        for (const Json& p : now) labels.push_back(studio::text_of(p, "id") + " — " + studio::text_of(p, "name"));
        if (item_rows(ctx, labels, kPresets, view.preset, problems, "author/presets/item/")) view.stage = 0;
        if (now.empty()) widgets::MutedText("No presets yet.");
      },
      [&] {
        if (view.preset < now.size()) draw_preset_form(ctx, draft, view, problems);
      });
}

void draw_assessments(AppContext& ctx, studio::Draft& draft, AssessmentsView& view, const Problems& problems) {
  const Json& assessments = studio::items_at(draft, kAssessments);
  clamp(view.assessment, assessments.size());
  widgets::MutedText("A self-assessment lets a learner rate their business on capabilities described at five levels, "
                     "and shows the gap to each one's minimum and recommended level.");
  if (ImGui::Button("New self-assessment")) {
    view.assessment = add_after(draft, kAssessments, view.assessment, studio::new_assessment(ids_of(assessments)));
    view.capability = 0;
  }
  ctx.widgets.mark_last_item("author/assess/add");
  FieldProblems(problems, kAssessments);
  const Json& now = studio::items_at(draft, kAssessments);
  list_and_form(
      ctx, "author-assess",
      [&] {
        std::vector<std::string> labels;
        for (const Json& a : now) labels.push_back(studio::text_of(a, "id") + " — " + studio::text_of(a, "title"));
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
  const Json& presets = studio::items_at(draft, kPresets);
  nlohmann::json out = {{"count", presets.size()}, {"ids", ids_of(presets)}, {"selected", view.preset},
                        {"selected_stage", view.stage}};
  if (view.preset < presets.size()) {
    const Json& preset = presets[view.preset];
    nlohmann::json stages = nlohmann::json::array();
    for (const Json& s : studio::items_at(draft, item_at(kPresets, view.preset) + "/stages")) {
      stages.push_back({{"id", studio::text_of(s, "id")},
                        {"name", studio::text_of(s, "name")},
                        {"probability", number_or_null(s, "probability")},
                        {"conversion", number_or_null(s, "conversion")},
                        {"forecast_category", studio::text_of(s, "forecast_category")},
                        {"exit_criteria", s.is_object() && s.contains("exit_criteria") ? s["exit_criteria"].size() : 0}});
    }
    out["selected_id"] = studio::text_of(preset, "id");
    out["stages"] = std::move(stages);
  }
  return out;
}

nlohmann::json describe_assessments(const studio::Draft& draft, const AssessmentsView& view) {
  const Json& assessments = studio::items_at(draft, kAssessments);
  nlohmann::json out = {{"count", assessments.size()}, {"ids", ids_of(assessments)}, {"selected", view.assessment},
                        {"selected_capability", view.capability}};
  if (view.assessment < assessments.size()) {
    const std::string base = item_at(kAssessments, view.assessment);
    nlohmann::json scale = nlohmann::json::array();
    for (const Json& level : studio::items_at(draft, base + "/scale")) scale.push_back(studio::text_of(level, "name"));
    nlohmann::json capabilities = nlohmann::json::array();
    for (const Json& c : studio::items_at(draft, base + "/capabilities")) {
      capabilities.push_back({{"id", studio::text_of(c, "id")}, {"area", studio::text_of(c, "area")}});
    }
    out["selected_id"] = studio::text_of(assessments[view.assessment], "id");
    out["scale"] = std::move(scale);
    out["capabilities"] = std::move(capabilities);
  }
  return out;
}

}  // namespace dealdojo::ui
