#include "ui/shell.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <optional>
#include <string>

#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {
namespace {
ThemeKind theme_kind(session::Theme theme) {
  switch (theme) {
    case session::Theme::Dark: return ThemeKind::Dark;
    case session::Theme::HighContrast: return ThemeKind::HighContrast;
    case session::Theme::Light: break;
  }
  return ThemeKind::Light;
}

// The learner's theme takes effect at the start of the next frame (never between
// a PushStyleColor and its Pop).
void apply_settings(const AppContext& ctx) {
  const ThemeKind wanted = theme_kind(ctx.session.settings().theme());
  if (wanted != current_theme()) apply_theme(wanted);
  // Touch screens: every frame-padded control (buttons, fields, headers) at least
  // 44 points tall, the size a fingertip needs.
  set_touch_mode(ctx.keys.touch);
  constexpr float kTouchTarget = 44.0f;
  constexpr float kMousePadding = 7.0f;
  ImGui::GetStyle().FramePadding.y =
      ctx.keys.touch ? std::max(kMousePadding, (kTouchTarget - ImGui::GetFontSize()) * 0.5f) : kMousePadding;
}

// Render on change: what moves without input keeps frames coming.
void request_timed_frames(const AppContext& ctx) {
  const session::AttemptSlot& mock = ctx.session.mock();
  if (mock.running() && mock->is_timed() && !mock->is_paused()) {
    ctx.request_frame(mock->remaining_ms() % 1000 + 1);  // the clock shows seconds
  }
  if (ctx.session.pipeline().forecast_running()) ctx.request_frame();
}

std::string_view theme_name(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::Dark: return "dark";
    case ThemeKind::HighContrast: return "high-contrast";
    case ThemeKind::Light: break;
  }
  return "light";
}

// Where keyboard navigation's focus is drawn (CSS pixels), while it is shown:
// tests find the focused widget by it and check that focus is visible.
std::optional<nlohmann::json> keyboard_focus_rect() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavWindow == nullptr || g.NavId == 0 || !ImGui::GetIO().NavVisible) return std::nullopt;
  const ImRect r = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[g.NavLayer]);
  return nlohmann::json{{"x", r.Min.x}, {"y", r.Min.y}, {"w", r.GetWidth()}, {"h", r.GetHeight()}};
}
}  // namespace

Shell::Shell() : m_screens(make_screens()) {}

bool Shell::show(std::string_view screen_id) {
  for (std::size_t i = 0; i < m_screens.size(); ++i) {
    if (m_screens[i]->id() == screen_id) {
      m_active = i;
      return true;
    }
  }
  return false;
}

std::string_view Shell::active_id() const { return m_screens[m_active]->id(); }

void Shell::handle_shortcuts() {
  // "[" and "]" step through sections when no text field has the keyboard.
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  const std::size_t count = m_screens.size();
  for (ImWchar ch : io.InputQueueCharacters) {
    if (ch == '[') m_active = (m_active + count - 1) % count;
    if (ch == ']') m_active = (m_active + 1) % count;
  }
}

void Shell::draw_navigation(AppContext& ctx) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted("DealDojo");
  ImGui::PopFont();
  ImGui::SameLine(0, 28);
  for (std::size_t i = 0; i < m_screens.size(); ++i) {
    const Screen& screen = *m_screens[i];
    if (i > 0) ImGui::SameLine();
    const bool selected = i == m_active;
    std::string label = std::string(screen.title()) + "###nav-" + std::string(screen.id());
    if (widgets::NavButton(label.c_str(), selected)) m_active = i;
    ctx.widgets.mark_last_item("nav/" + std::string(screen.id()));
  }
}

void Shell::draw_compact_navigation(AppContext& ctx) {
  // Phones: one row — the title, and the current section as a menu button that
  // lists the others (three rows of buttons took a fifth of the screen).
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("DealDojo");
  ImGui::PopFont();
  const std::string_view current = m_screens[m_active]->title();
  const std::string label = std::string(current) + "  |  Menu###nav-menu";
  const float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  if (ImGui::Button(label.c_str())) ImGui::OpenPopup("nav-menu");
  ctx.widgets.mark_last_item("nav/menu");
  if (!ImGui::BeginPopup("nav-menu")) return;
  const float item_width = std::min(ImGui::GetFontSize() * 14.0f, ImGui::GetMainViewport()->WorkSize.x - 40.0f);
  for (std::size_t i = 0; i < m_screens.size(); ++i) {
    const Screen& screen = *m_screens[i];
    const std::string item = std::string(screen.title()) + "###nav-" + std::string(screen.id());
    const float height = ImGui::GetFrameHeight();  // 44 points on touch screens
    if (ImGui::Selectable(item.c_str(), i == m_active, 0, ImVec2(item_width, height))) {
      m_active = i;
      ImGui::CloseCurrentPopup();
    }
    ctx.widgets.mark_last_item("nav/" + std::string(screen.id()));
  }
  ImGui::EndPopup();
}

void Shell::draw(AppContext& ctx) {
  apply_settings(ctx);
  request_timed_frames(ctx);
  handle_shortcuts();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("DealDojo###shell", nullptr, kFlags);
  ctx.width = ImGui::GetContentRegionAvail().x;
  if (ctx.compact()) {
    draw_compact_navigation(ctx);
  } else {
    draw_navigation(ctx);
  }
  ImGui::Separator();
  Screen& screen = *m_screens[m_active];
  ImGui::PushID(screen.id().data(), screen.id().data() + screen.id().size());
  // Flattened: arrow keys move focus between the navigation bar and the screen.
  ImGui::BeginChild("screen", ImVec2(0, 0), false, ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  // The first frames are drawn before the packs are read (App::load_step).
  if (ctx.loading && !screen.draws_while_loading()) {
    widgets::MutedText("Loading the packs...");
  } else {
    screen.draw(ctx);
  }
  ImGui::EndChild();
  ImGui::PopID();
  ImGui::End();
  draw_notice(ctx);
  if (m_touch_scroll.update(ctx.keys.touch, ImGui::GetIO().DeltaTime)) ctx.request_frame();
}

namespace {

// A notice that stays until dismissed (a damaged save, say): a small window at
// the bottom, so it can hold its Dismiss button.
void draw_sticky_notice(AppContext& ctx) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(600.0f, viewport->WorkSize.x - 24.0f);
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                 viewport->WorkPos.y + viewport->WorkSize.y - 12.0f),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);  // height fits the text
  ImGui::PushStyleColor(ImGuiCol_WindowBg, colours::notice_background(ctx.notice.is_error));
  ImGui::PushStyleColor(ImGuiCol_Border, colours::border());
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings;
  ImGui::Begin("##sticky-notice", nullptr, kFlags);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
  widgets::WrappedText(ctx.notice.text);
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item("notice/text");
  const bool dismissed = ImGui::Button("Dismiss");
  ctx.widgets.mark_last_item("notice/dismiss");
  ImGui::End();
  ImGui::PopStyleColor(2);
  if (dismissed) ctx.notice = Notice{};
}

}  // namespace

void Shell::draw_notice(AppContext& ctx) {
  constexpr std::int64_t kShowMs = 6000;
  if (ctx.notice.sticky && !ctx.notice.text.empty()) {
    draw_sticky_notice(ctx);
    return;
  }
  if (ctx.notice.text.empty() || ctx.now_ms - ctx.notice.shown_at_ms > kShowMs) return;
  ctx.request_frame(ctx.notice.shown_at_ms + kShowMs - ctx.now_ms + 1);  // to hide it
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float wrap = std::min(560.0f, viewport->WorkSize.x - 48.0f);
  const ImVec2 text = ImGui::CalcTextSize(ctx.notice.text.c_str(), nullptr, false, wrap);
  const ImVec2 pad(16, 10);
  const ImVec2 min(viewport->WorkPos.x + (viewport->WorkSize.x - text.x) * 0.5f - pad.x,
                   viewport->WorkPos.y + viewport->WorkSize.y - text.y - pad.y * 2 - 16);
  const ImVec2 max(min.x + text.x + pad.x * 2, min.y + text.y + pad.y * 2);
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  draw->AddRectFilled(min, max, colours::notice_background(ctx.notice.is_error), 8.0f);
  draw->AddRect(min, max, colours::border(), 8.0f);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad.x, min.y + pad.y), IM_COL32_WHITE,
                ctx.notice.text.c_str(), nullptr, wrap);
}

nlohmann::json Shell::describe(const AppContext& ctx) const {
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& screen : m_screens) {
    sections.push_back({{"id", screen->id()}, {"title", screen->title()}});
  }
  nlohmann::json out = {{"screen", active_id()},
                        {"sections", sections},
                        {"screen_state", m_screens[m_active]->describe(ctx)}};
  if (!ctx.notice.text.empty()) out["notice"] = ctx.notice.text;
  if (!ctx.notice.text.empty() && ctx.notice.sticky) out["notice_sticky"] = true;
  out["theme"] = theme_name(current_theme());
  if (auto focus = keyboard_focus_rect()) out["keyboard_focus"] = *focus;
  return out;
}

}  // namespace dealdojo::ui
