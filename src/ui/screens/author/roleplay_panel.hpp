#pragma once
// The Role-play tab of the Author screen (the trainer studio): the draft's
// scripts, a text editor with line numbers whose problems are listed under it
// (a click puts the cursor on the line), the scenario map of the last good
// compile (scenario_map_view.cpp), and "Play from here", a preview conversation
// drawn by the learner's own conversation and debrief views. Nothing here is
// saved: the scripts live in the draft, the rest is view state.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/roleplay/debrief.hpp"
#include "core/roleplay/run.hpp"
#include "core/studio/draft.hpp"
#include "core/studio/script_workbench.hpp"
#include "ui/screens/roleplay/roleplay_screen.hpp"

namespace dealdojo::ui {

struct AppContext;

inline constexpr std::size_t kNoScript = std::numeric_limits<std::size_t>::max();

// Pan and zoom are the map's own scroll position and scale (pan = scroll, so
// ImGui's wheel and scrollbars pan it too).
struct ScenarioMapView {
  float zoom = 1.0f;
  bool fit_pending = true;       // first shown: fit it, at a legible size, on the next frame
  bool fit_all_pending = false;  // "Fit": the whole map in view, however small
  std::optional<std::pair<float, float>> scroll_to;  // applied on the next frame (zoom about a point)
  float scroll_x = 0.0f, scroll_y = 0.0f;  // the map's scroll and visible size in the last frame
  float view_w = 0.0f, view_h = 0.0f;
  std::string selected;     // node id, "" when none
  std::string focus_node;   // give this node keyboard focus on the next frame
  std::size_t script = kNoScript;  // the script and compile the view was fitted to
  std::uint64_t generation = 0;
};

// A conversation started by "Play from here". It holds its compile, so a new
// compile while it runs does not pull the scenario from under it; it is never
// recorded in the learner's history.
struct RoleplayPreview {
  std::shared_ptr<const studio::GoodCompile> compile;
  std::optional<roleplay::Run> run;
  std::optional<roleplay::Debrief> debrief;
  RoleplayView view;
  std::string from_node;
  bool scroll_into_view = false;  // its first frame brings it into view (phones scroll the page)
  std::string refused;       // why the last "Play from here" could not start ("" when it did)
  std::string refused_node;  // the node it was asked for (the message shows while it is selected)
  bool running() const { return run.has_value(); }
};

struct ScriptEditor {
  std::string text;              // the buffer the text field edits
  std::size_t script = kNoScript;  // the script the buffer holds
  bool was_active = false;
  int goto_line = 0;             // pending: put the cursor on this line (1-based)...
  int goto_column = 0;           // ...at this column (1-based; 0: the line's start)
  int focus_frames = 0;          // frames left to wait for the field to take focus
  float scroll_y = 0.0f;         // the field's own scroll, for the line-number gutter
  std::string rename;            // the file name being typed
  bool renaming = false;
};

struct RoleplayPanel {
  studio::ScriptWorkbench workbench;
  std::size_t selected_script = 0;
  ScriptEditor editor;
  ScenarioMapView map;
  RoleplayPreview preview;
};

void draw_roleplay_panel(AppContext& ctx, studio::Draft& draft, RoleplayPanel& panel);
// For the test bridge: scripts, the selected one, its problems, its map and the preview.
nlohmann::json describe_roleplay_panel(const studio::Draft& draft, const RoleplayPanel& panel);

// roleplay_preview.cpp: "Play from here" from the map's selected node (or the reason
// it cannot be, in panel.preview.refused), the preview drawn, and its state for tests.
void start_preview(RoleplayPanel& panel, const std::shared_ptr<const studio::GoodCompile>& compile);
void draw_preview(AppContext& ctx, RoleplayPanel& panel);
nlohmann::json describe_preview(const RoleplayPreview& preview);

// scenario_map_view.cpp. Draws the map `height` points tall; returns true when
// the trainer asked to play from the selected node (Enter, or the button below).
bool draw_scenario_map(AppContext& ctx, const studio::GoodCompile& compile, ScenarioMapView& view, float height);
// The selected node's buyer line and choices, with "Play from here"; true when pressed.
bool draw_node_details(AppContext& ctx, const studio::GoodCompile& compile, const ScenarioMapView& view);

}  // namespace dealdojo::ui
