// The scenario map of the Role-play tab, drawn with ImGui's draw lists: nodes as
// boxes (id and the buyer's first words, filled by mood or ending kind), edges as
// curves coloured by the choice's grade, the ideal path thick, unreachable nodes
// and dead ends outlined in red. Each node is also an invisible button, so clicks,
// keyboard navigation (arrow keys move between nodes) and the tests' widget
// registry all see it.
//
// Pan is the map child window's own scroll (drag the background, the wheel,
// Shift+wheel, the scrollbars); zoom is a scale on the layout (Ctrl+wheel about
// the pointer, the - / + buttons about the middle, Fit).
//
// [SECTION] geometry  [SECTION] toolbar  [SECTION] edges  [SECTION] nodes
// [SECTION] input  [SECTION] entry  [SECTION] details
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/app_context.hpp"
#include "ui/screens/author/roleplay_panel.hpp"
#include "ui/screens/roleplay/chat_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace rw = roleplay_widgets;
namespace {

// ---------------------------------------------------------------------------------
// [SECTION] geometry (layout units are points at zoom 1)

constexpr float kBoxW = 168.0f;
constexpr float kBoxH = 60.0f;
constexpr float kGapX = 64.0f;
constexpr float kGapY = 24.0f;
constexpr float kMargin = 20.0f;
constexpr float kMinZoom = 0.15f;
constexpr float kFirstZoom = 0.6f;  // a map first shown never smaller than this: legible, and panned
constexpr float kMaxZoom = 2.0f;
constexpr float kZoomStep = 1.2f;

int max_rows(const studio::ScenarioMap& map) {
  int rows = 1;
  for (int size : map.column_sizes) rows = std::max(rows, size);
  return rows;
}

ImVec2 world_size(const studio::ScenarioMap& map) {
  const float columns = static_cast<float>(std::max(map.columns, 1));
  const float rows = static_cast<float>(max_rows(map));
  return {kMargin * 2.0f + columns * kBoxW + (columns - 1.0f) * kGapX,
          kMargin * 2.0f + rows * kBoxH + (rows - 1.0f) * kGapY};
}

// A node's top-left corner; each column is centred on the tallest.
ImVec2 node_corner(const studio::ScenarioMap& map, const studio::MapNode& n) {
  const int size = map.column_sizes[static_cast<std::size_t>(n.column)];
  const float offset = static_cast<float>(max_rows(map) - size) * 0.5f;
  return {kMargin + static_cast<float>(n.column) * (kBoxW + kGapX),
          kMargin + (static_cast<float>(n.row) + offset) * (kBoxH + kGapY)};
}

float clamp_zoom(float zoom) { return std::clamp(zoom, kMinZoom, kMaxZoom); }

// Zooms by `factor` keeping the layout point under `pivot` (in the view) in place.
void zoom_about(ScenarioMapView& view, float factor, ImVec2 pivot, ImVec2 scroll) {
  const float zoom = clamp_zoom(view.zoom * factor);
  const ImVec2 world((scroll.x + pivot.x) / view.zoom, (scroll.y + pivot.y) / view.zoom);
  view.scroll_to = std::make_pair(std::max(0.0f, world.x * zoom - pivot.x), std::max(0.0f, world.y * zoom - pivot.y));
  view.zoom = zoom;
}

// The whole map in view (down to kMinZoom); `legible`: no smaller than kFirstZoom,
// for a map shown the first time (a long scenario then opens at its start).
void fit(const studio::ScenarioMap& map, ScenarioMapView& view, ImVec2 avail, bool legible) {
  const ImVec2 world = world_size(map);
  const float zoom = std::min((avail.x - 4.0f) / world.x, (avail.y - 4.0f) / world.y);
  view.zoom = std::clamp(zoom, legible ? kFirstZoom : kMinZoom, 1.0f);
  view.scroll_to = std::make_pair(0.0f, 0.0f);
  view.fit_pending = false;
}

unsigned int with_alpha(unsigned int colour, float alpha) {
  const auto a = static_cast<unsigned int>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
  return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

unsigned int ideal_colour() { return IM_COL32(230, 170, 20, 255); }

unsigned int node_fill(const studio::MapNode& n) {
  if (n.ending) return with_alpha(rw::ending_colour(*n.ending), 0.35f);
  if (n.mood) return rw::mood_fill(*n.mood);
  return ImGui::GetColorU32(ImGuiCol_FrameBg);
}

// ---------------------------------------------------------------------------------
// [SECTION] toolbar

void legend_item(unsigned int colour, const char* label, bool outline) {
  const float size = ImGui::GetTextLineHeight();
  widgets::SameLineIfFits(size + ImGui::CalcTextSize(label).x + 24.0f);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 a(p.x + 2.0f, p.y + size * 0.3f);
  const ImVec2 b(p.x + size - 2.0f, p.y + size * 0.7f);
  if (outline) {
    draw->AddRect(a, b, colour, 2.0f, 0, 2.5f);
  } else {
    draw->AddRectFilled(a, b, colour, 2.0f);
  }
  ImGui::Dummy(ImVec2(size, size));
  ImGui::SameLine(0.0f, 4.0f);
  ImGui::TextUnformatted(label);
}

void draw_legend(AppContext& ctx) {
  ImGui::BeginGroup();
  widgets::MutedText("Choices:");
  legend_item(rw::grade_colour(roleplay::Grade::Best), "best", false);
  legend_item(rw::grade_colour(roleplay::Grade::Good), "good", false);
  legend_item(rw::grade_colour(roleplay::Grade::Weak), "weak", false);
  legend_item(rw::grade_colour(roleplay::Grade::Poor), "poor", false);
  legend_item(ideal_colour(), "ideal path", false);
  legend_item(colours::bad(), "unreachable or dead end", true);
  ImGui::EndGroup();
  ctx.widgets.mark_last_item("author/roleplay/legend");
}

void draw_toolbar(AppContext& ctx, const studio::ScenarioMap& map, ScenarioMapView& view, ImVec2 view_size,
                  ImVec2 scroll) {
  const ImVec2 middle(view_size.x * 0.5f, view_size.y * 0.5f);
  if (ImGui::Button(" - ##zoom-out")) zoom_about(view, 1.0f / kZoomStep, middle, scroll);
  ctx.widgets.mark_last_item("author/roleplay/zoom-out");
  ImGui::SameLine();
  if (ImGui::Button(" + ##zoom-in")) zoom_about(view, kZoomStep, middle, scroll);
  ctx.widgets.mark_last_item("author/roleplay/zoom-in");
  ImGui::SameLine();
  if (ImGui::Button("Fit")) view.fit_all_pending = true;
  ctx.widgets.mark_last_item("author/roleplay/fit");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d%%", static_cast<int>(std::lround(view.zoom * 100.0f)));
  if (map.unreachable_count + map.dead_end_count > 0) {
    std::string marks;
    if (map.unreachable_count > 0) marks += std::to_string(map.unreachable_count) + " unreachable";
    if (map.dead_end_count > 0) {
      marks += (marks.empty() ? "" : ", ") + std::to_string(map.dead_end_count) + " dead end" +
               (map.dead_end_count == 1 ? "" : "s");
    }
    ImGui::SameLine(0.0f, 16.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    ImGui::TextUnformatted(marks.c_str());
    ImGui::PopStyleColor();
  }
  draw_legend(ctx);
}

// ---------------------------------------------------------------------------------
// [SECTION] edges

struct Canvas {
  ImDrawList* draw;
  ImVec2 origin;  // screen position of layout point (0, 0)
  float zoom;
  ImVec2 at(ImVec2 p) const { return {origin.x + p.x * zoom, origin.y + p.y * zoom}; }
};

void draw_edge(const Canvas& c, const roleplay::Scenario& s, const studio::ScenarioMap& map,
               const studio::MapEdge& e) {
  const ImVec2 from = node_corner(map, map.nodes[e.from]);
  const ImVec2 to = node_corner(map, map.nodes[e.to]);
  // Each choice leaves from its own port down the box's right side.
  const float ports = static_cast<float>(s.nodes[e.from].choices.size() + 1);
  const ImVec2 a = c.at({from.x + kBoxW, from.y + kBoxH * static_cast<float>(e.choice + 1) / ports});
  const ImVec2 b = c.at({to.x, to.y + kBoxH * 0.5f});
  const float bend = std::max(std::fabs(b.x - a.x) * 0.45f, 24.0f * c.zoom);
  const unsigned int colour = e.on_ideal_path ? ideal_colour() : with_alpha(rw::grade_colour(e.grade), 0.8f);
  const float thickness = (e.on_ideal_path ? 4.5f : e.conditional ? 1.2f : 1.8f) * std::max(c.zoom, 0.6f);
  c.draw->AddBezierCubic(a, ImVec2(a.x + bend, a.y), ImVec2(b.x - bend, b.y), b, colour, thickness);
  const float head = 7.0f * std::max(c.zoom, 0.6f);
  c.draw->AddTriangleFilled(b, ImVec2(b.x - head, b.y - head * 0.6f), ImVec2(b.x - head, b.y + head * 0.6f), colour);
  // A conditional branch starts with a hollow ring: "only if ...".
  if (e.conditional) c.draw->AddCircle(a, 3.5f * std::max(c.zoom, 0.6f), colour, 0, 1.5f);
}

// ---------------------------------------------------------------------------------
// [SECTION] nodes

std::string first_words(std::string_view line, std::size_t words) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == ' ' && ++count >= words) return out + "...";
    out.push_back(line[i]);
  }
  return out;
}

void draw_node_box(AppContext& ctx, const Canvas& c, const roleplay::Scenario& s, const studio::MapNode& n,
                   ImVec2 a, ImVec2 b, bool selected) {
  const float round = 6.0f * c.zoom;
  c.draw->AddRectFilled(a, b, node_fill(n), round);
  c.draw->AddRect(a, b, colours::border(), round, 0, 1.0f);
  if (n.on_ideal_path) c.draw->AddRect(a, b, ideal_colour(), round, 0, 3.0f * std::max(c.zoom, 0.6f));
  if (n.unreachable || n.dead_end) {
    const ImVec2 pad(3.0f, 3.0f);
    c.draw->AddRect(ImVec2(a.x - pad.x, a.y - pad.y), ImVec2(b.x + pad.x, b.y + pad.y), colours::bad(), round, 0, 3.0f);
  }
  if (selected) {
    const ImVec2 pad(6.0f, 6.0f);
    c.draw->AddRect(ImVec2(a.x - pad.x, a.y - pad.y), ImVec2(b.x + pad.x, b.y + pad.y), colours::accent(), round, 0,
                    2.0f);
  }
  const roleplay::Node& node = s.nodes[n.node];
  const float pad = 6.0f * c.zoom;
  const ImVec4 clip(a.x + pad, a.y, b.x - pad, b.y);
  const float size = ImGui::GetFontSize() * std::clamp(c.zoom, 0.5f, 1.3f);
  std::string title = node.id;
  if (n.node == s.start) title = "start: " + title;
  if (n.ending) title += "  (" + std::string(roleplay::ending_label(*n.ending)) + ")";
  const unsigned int text = ImGui::GetColorU32(ImGuiCol_Text);
  c.draw->AddText(ctx.fonts.bold, size, ImVec2(a.x + pad, a.y + pad * 0.6f), text, title.c_str(), nullptr, 0.0f, &clip);
  if (c.zoom >= 0.45f) {
    const std::string words = first_words(node.line, 8);
    c.draw->AddText(ctx.fonts.body, size * 0.92f, ImVec2(a.x + pad, a.y + pad * 0.6f + size * 1.15f),
                    with_alpha(text, 0.8f), words.c_str(), nullptr, b.x - a.x - pad * 2.0f, &clip);
  }
}

void node_tooltip(const roleplay::Node& node, const studio::MapNode& n) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
  ImGui::TextUnformatted(node.id.c_str());
  ImGui::TextUnformatted(node.line.c_str());
  if (!n.problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    ImGui::TextUnformatted(n.problem.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void draw_nodes(AppContext& ctx, const Canvas& c, const roleplay::Scenario& s, const studio::ScenarioMap& map,
                ScenarioMapView& view) {
  for (const studio::MapNode& n : map.nodes) {
    const roleplay::Node& node = s.nodes[n.node];
    const ImVec2 a = c.at(node_corner(map, n));
    const ImVec2 b(a.x + kBoxW * c.zoom, a.y + kBoxH * c.zoom);
    ImGui::PushID(node.id.c_str());
    ImGui::SetCursorScreenPos(a);
    if (ImGui::InvisibleButton("##node", ImVec2(b.x - a.x, b.y - a.y))) view.selected = node.id;
    ctx.widgets.mark_last_item("author/roleplay/node/" + node.id);
    // Keyboard navigation moves the focus between nodes: the focused node is the selected one.
    if (ImGui::IsItemFocused() && !GImGui->NavDisableHighlight) view.selected = node.id;
    if (view.focus_node == node.id) {
      ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
      ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(), ImRect(a, b));
      view.focus_node.clear();
    }
    if (ImGui::IsItemHovered()) node_tooltip(node, n);
    draw_node_box(ctx, c, s, n, a, b, view.selected == node.id);
    ImGui::PopID();
  }
}

// ---------------------------------------------------------------------------------
// [SECTION] input

// After the nodes, so that a node takes the click where both lie.
void handle_background(const ImVec2 view_origin, const ImVec2 view_size, ScenarioMapView& view) {
  ImGui::SetCursorScreenPos(view_origin);
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);  // arrow keys move between nodes, never to the background
  ImGui::InvisibleButton("##background", view_size);
  ImGui::PopItemFlag();
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    ImGui::SetScrollX(ImGui::GetScrollX() - io.MouseDelta.x);
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  }
  if (ImGui::IsWindowHovered() && io.KeyCtrl && io.MouseWheel != 0.0f) {
    const ImVec2 pivot(io.MousePos.x - view_origin.x, io.MousePos.y - view_origin.y);
    zoom_about(view, std::pow(kZoomStep, io.MouseWheel), pivot, ImVec2(ImGui::GetScrollX(), ImGui::GetScrollY()));
  }
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] entry

bool draw_scenario_map(AppContext& ctx, const studio::GoodCompile& compile, ScenarioMapView& view, float height) {
  const roleplay::Scenario& s = compile.scenario;
  const studio::ScenarioMap& map = compile.map;
  if (map.nodes.empty()) return false;
  const float width = ImGui::GetContentRegionAvail().x;
  const float top = ImGui::GetCursorPosY();
  draw_toolbar(ctx, map, view, ImVec2(view.view_w, view.view_h), ImVec2(view.scroll_x, view.scroll_y));
  const float map_height = std::max(120.0f, height - (ImGui::GetCursorPosY() - top));
  if (view.fit_pending || view.fit_all_pending) fit(map, view, ImVec2(width, map_height), !view.fit_all_pending);
  view.fit_all_pending = false;
  const ImVec2 world = world_size(map);
  ImGui::SetNextWindowContentSize(ImVec2(world.x * view.zoom, world.y * view.zoom));
  if (view.scroll_to) {
    ImGui::SetNextWindowScroll(ImVec2(view.scroll_to->first, view.scroll_to->second));
    view.scroll_to.reset();
  }
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
  ImGui::BeginChild("map", ImVec2(width, map_height), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PopStyleVar();
  const ImRect inner = ImGui::GetCurrentWindow()->InnerRect;  // the visible part, less the scrollbars
  view.scroll_x = ImGui::GetScrollX();
  view.scroll_y = ImGui::GetScrollY();
  view.view_w = inner.GetWidth();
  view.view_h = inner.GetHeight();
  const Canvas canvas{ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), view.zoom};
  for (const studio::MapEdge& e : map.edges) {
    if (!e.on_ideal_path) draw_edge(canvas, s, map, e);
  }
  for (const studio::MapEdge& e : map.edges) {
    if (e.on_ideal_path) draw_edge(canvas, s, map, e);  // on top
  }
  draw_nodes(ctx, canvas, s, map, view);
  handle_background(inner.Min, inner.GetSize(), view);
  const bool play = !view.selected.empty() && ImGui::IsWindowFocused() && !ImGui::GetIO().WantTextInput &&
                    ctx.keys.was_pressed(Key::Enter);
  ImGui::EndChild();
  ctx.widgets.mark_last_item("author/roleplay/map");
  return play;
}

// ---------------------------------------------------------------------------------
// [SECTION] details

bool draw_node_details(AppContext& ctx, const studio::GoodCompile& compile, const ScenarioMapView& view) {
  const roleplay::Scenario& s = compile.scenario;
  const auto index = s.node_index(view.selected);
  if (!index) {
    widgets::MutedText("Click a node to see its line and choices, then play the conversation from there.");
    return false;
  }
  const roleplay::Node& node = s.nodes[*index];
  const studio::MapNode& n = compile.map.nodes[*index];
  bool play = false;
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::TextUnformatted(node.id.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  if (ImGui::Button("Play from here")) play = true;
  ctx.widgets.mark_last_item("author/roleplay/play");
  if (!n.problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::WrappedText(n.problem);
    ImGui::PopStyleColor();
  }
  std::string about = node.ending ? "Ending: " + std::string(roleplay::ending_label(*node.ending))
                      : node.mood ? "Mood: " + std::string(roleplay::mood_label(*node.mood))
                                  : std::string("Mood: follows trust and resistance");
  if (!node.stage.empty()) about += "  ·  Stage: " + node.stage;
  widgets::MutedText(about);
  widgets::WrappedText("Buyer: " + node.line);
  if (node.ending && !node.debrief.empty()) widgets::MutedText("Debrief: " + node.debrief);
  for (std::size_t i = 0; i < node.choices.size(); ++i) {
    const roleplay::Choice& c = node.choices[i];
    std::string targets;
    for (const roleplay::Branch& b : c.next) {
      targets += (targets.empty() ? "" : " / ") + s.nodes[b.target].id + (b.condition ? " (if ...)" : "");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, rw::grade_colour(c.grade));
    const std::string label = std::to_string(i + 1) + ". " + std::string(roleplay::technique_label(c.technique)) +
                              ", " + std::string(roleplay::grade_name(c.grade));
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
    ImGui::Indent();
    widgets::WrappedText(c.say + "  ->  " + targets);
    ImGui::Unindent();
  }
  return play;
}

}  // namespace dealdojo::ui
