#pragma once
// Role-play: pick an objection or commitment scenario, hold the conversation
// with a simulated buyer (choices by click or digit keys 1-9), then read the
// debrief and replay from any step. The conversation itself is the core's
// session::RoleplayPractice; this screen keeps only view state.
#include <cstddef>
#include <limits>
#include <optional>
#include <string>

#include "core/session/roleplay_practice.hpp"
#include "ui/screen.hpp"

namespace dealdojo::ui {

// What a click or key asked for, applied after drawing so nothing the frame
// iterates over changes under it.
struct RoleplayAction {
  enum class Kind { None, Start, Choose, Replay, Leave };
  Kind kind = Kind::None;
  std::string scenario_id;  // Start
  std::size_t index = 0;    // Choose: display index; Replay: 0-based step

  void set(Kind k, std::size_t i = 0, std::string id = {}) {
    if (kind != Kind::None) return;  // the first request of a frame wins
    kind = k;
    index = i;
    scenario_id = std::move(id);
  }
};

struct RoleplayView {
  bool show_back = true;  // "< All scenarios" (the studio's preview has its own way back)
  bool briefing_open = true;
  // The briefing folds away once, after the first choice, to make room.
  bool briefing_folded = false;
  // The transcript length last scrolled to: a change (a new line, or a replay
  // that removed lines) scrolls the newest line into view, for a few frames,
  // because ImGui clamps a scroll to the previous frame's content height.
  std::size_t scrolled_entries = std::numeric_limits<std::size_t>::max();
  int scroll_frames_left = 0;
};

class RoleplayScreen final : public Screen {
 public:
  std::string_view id() const override { return "roleplay"; }
  std::string_view title() const override { return "Role-play"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  void apply(AppContext& ctx, const RoleplayAction& action);

  RoleplayView m_view;
};

// The three views (scenario_list.cpp, conversation_view.cpp, debrief_view.cpp).
void draw_scenario_list(AppContext& ctx, const session::RoleplayPractice& practice, RoleplayAction& action);
void draw_conversation(AppContext& ctx, const roleplay::Run& run, RoleplayView& view, RoleplayAction& action);
// `replayed`: "Replay from here" was used in this conversation (shown as practice).
// `leave_label` names the way out (the studio's preview goes back to its map).
void draw_debrief(AppContext& ctx, const roleplay::Run& run, const roleplay::Debrief& debrief, bool replayed,
                  RoleplayAction& action, const char* leave_label = "Try another scenario");

// The width of the centred reading column and its left offset, for wide windows.
float roleplay_column_width(const AppContext& ctx);
// "Scenarios about objections" etc.
std::string_view scenario_kind_heading(roleplay::ScenarioKind kind);

}  // namespace dealdojo::ui
