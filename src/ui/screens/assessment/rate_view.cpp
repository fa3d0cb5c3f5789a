// Rating: the capability list (a side column on wide screens, previous/next on
// phones) and the five level descriptions of the selected capability as choices.
//
// [SECTION] helpers
// [SECTION] capability list
// [SECTION] levels
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/app_context.hpp"
#include "ui/screens/assessment/assessment_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/option_row.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {

namespace as = assessment;

// [SECTION] helpers

std::size_t index_of(const as::Assessment& a, const std::string& id) {
  for (std::size_t i = 0; i < a.capabilities.size(); ++i) {
    if (a.capabilities[i].id == id) return i;
  }
  return 0;
}

void step(AssessmentView& view, int delta) {
  const as::Assessment& a = *view.assessment;
  const auto count = static_cast<int>(a.capabilities.size());
  const int next = std::clamp(static_cast<int>(index_of(a, view.capability_id)) + delta, 0, count - 1);
  view.capability_id = a.capabilities[static_cast<std::size_t>(next)].id;
}

// A rating picked this frame; level 0 clears it.
struct RatingChange {
  std::string capability_id;
  int level = 0;
};

std::optional<int> rating_of(const as::Ratings& ratings, const std::string& id) {
  const auto it = ratings.find(id);
  if (it == ratings.end()) return std::nullopt;
  return it->second;
}

// Digits 1–5 rate the selected capability; Left/Right move between capabilities.
void handle_keys(const AppContext& ctx, AssessmentView& view, std::optional<RatingChange>& change) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  for (ImWchar ch : io.InputQueueCharacters) {
    if (ch >= '1' && ch <= '5') {
      change = RatingChange{view.capability_id, static_cast<int>(ch - '0')};
    }
  }
  for (Key key : ctx.keys.pressed) {
    if (key == Key::Left) step(view, -1);
    if (key == Key::Right) step(view, 1);
  }
}

// [SECTION] capability list

void draw_capability_list(AppContext& ctx, AssessmentView& view, const as::Ratings& ratings) {
  const as::Assessment& a = *view.assessment;
  std::string pick;
  for (const std::string& area : a.areas()) {
    ImGui::PushFont(ctx.fonts.bold);
    ImGui::TextUnformatted(area.c_str());
    ImGui::PopFont();
    for (const as::Capability& c : a.capabilities) {
      if (c.area != area) continue;
      const std::optional<int> rating = rating_of(ratings, c.id);
      const std::string mark = rating ? std::to_string(*rating) : "-";
      ImGui::PushID(c.id.c_str());
      ImGui::PushStyleColor(ImGuiCol_Text, assessment_status_colour(as::status_of(c, rating)));
      ImGui::TextUnformatted(mark.c_str());
      ImGui::PopStyleColor();
      // A fixed column for the mark, so the names line up whatever the digit.
      ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + ImGui::GetTextLineHeight() * 1.2f);
      if (ImGui::Selectable(c.name.c_str(), c.id == view.capability_id)) pick = c.id;
      ctx.widgets.mark_last_item("assessment/capability/" + c.id);
      ImGui::PopID();
    }
    ImGui::Spacing();
  }
  if (!pick.empty()) view.capability_id = pick;
}

void draw_stepper(AppContext& ctx, AssessmentView& view) {
  const as::Assessment& a = *view.assessment;
  const std::size_t i = index_of(a, view.capability_id);
  int move = 0;
  ImGui::BeginDisabled(i == 0);
  if (ImGui::Button("< Previous")) move = -1;
  ImGui::EndDisabled();
  ctx.widgets.mark_last_item("assessment/previous");
  ImGui::SameLine();
  ImGui::BeginDisabled(i + 1 >= a.capabilities.size());
  if (ImGui::Button("Next >")) move = 1;
  ImGui::EndDisabled();
  ctx.widgets.mark_last_item("assessment/next");
  ImGui::SameLine();
  widgets::MutedText("Capability " + std::to_string(i + 1) + " of " + std::to_string(a.capabilities.size()));
  if (move != 0) step(view, move);
}

// [SECTION] levels

std::string level_label(const as::Assessment& a, const as::Capability& c, int level) {
  std::string label(a.level_name(level));
  if (level == c.minimum && level == c.recommended) {
    label += " (minimum and recommended)";
  } else if (level == c.minimum) {
    label += " (minimum)";
  } else if (level == c.recommended) {
    label += " (recommended)";
  }
  return label + ": " + c.level_text(level);
}

void draw_levels(AppContext& ctx, AssessmentView& view, const as::Ratings& ratings,
                 std::optional<RatingChange>& change) {
  const as::Assessment& a = *view.assessment;
  const as::Capability& c = a.capabilities[index_of(a, view.capability_id)];
  widgets::TextIn(ctx.fonts.heading, c.name);
  ctx.widgets.mark_last_item("assessment/current");
  if (!c.description.empty()) widgets::MutedText(c.area + " · " + c.description);
  widgets::TextIn(ctx.fonts.body, "Minimum " + std::to_string(c.minimum) + " " + std::string(a.level_name(c.minimum)) +
                                      " · recommended " + std::to_string(c.recommended) + " " +
                                      std::string(a.level_name(c.recommended)));
  widgets::MutedText("Which describes your business today? Press 1 to 5, or pick one.");
  const std::optional<int> rating = rating_of(ratings, c.id);
  int picked = 0;
  for (int level = as::kMinLevel; level <= as::kMaxLevel; ++level) {
    const std::string id = "level-" + std::to_string(level);
    const bool marked = level == c.minimum || level == c.recommended;
    if (widgets::OptionRow(id.c_str(), std::to_string(level), level_label(a, c, level), rating == level, false,
                           marked ? widgets::OptionVerdict::MissedKey : widgets::OptionVerdict::None, true)) {
      picked = level;
    }
    ctx.widgets.mark_last_item("assessment/level/" + std::to_string(level));
  }
  if (ImGui::Button("Clear rating") && rating) change = RatingChange{c.id, 0};
  ctx.widgets.mark_last_item("assessment/clear");
  if (picked != 0) change = RatingChange{c.id, picked};
}

}  // namespace

void draw_rate_view(AppContext& ctx, AssessmentView& view, const std::string& ratings_key) {
  session::AssessmentRatings& store = ctx.session.assessment_ratings();
  const as::Ratings& ratings = store.ratings(ratings_key);
  std::optional<RatingChange> change;
  handle_keys(ctx, view, change);
  if (ctx.compact()) {
    draw_stepper(ctx, view);
    draw_levels(ctx, view, ratings, change);
  } else {
    const float list_width = std::min(380.0f, ctx.width * 0.32f);
    ImGui::BeginChild("capabilities", ImVec2(list_width, 0), true);
    draw_capability_list(ctx, view, ratings);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("levels", ImVec2(0, 0), false);
    draw_stepper(ctx, view);
    draw_levels(ctx, view, ratings, change);
    ImGui::EndChild();
  }
  // Applied after drawing, which read `ratings` throughout.
  if (change && change->level == 0) store.clear(ratings_key, change->capability_id);
  else if (change) store.rate(ratings_key, change->capability_id, change->level);
}

}  // namespace dealdojo::ui
