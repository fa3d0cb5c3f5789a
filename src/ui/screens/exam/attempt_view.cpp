#include "ui/screens/exam/attempt_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/exam/paper.hpp"
#include "core/exam/scoring.hpp"
#include "core/session/attempt_slot.hpp"
#include "core/util/format.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/option_row.hpp"
#include "ui/widgets/widgets.hpp"

// [SECTION] picking  [SECTION] keyboard  [SECTION] header  [SECTION] question  [SECTION] footer
// [SECTION] navigator and submit  [SECTION] entry  [SECTION] describe

namespace dealdojo::ui {
namespace {

std::string letter_for(std::size_t position) { return std::string(1, static_cast<char>('A' + position)); }

widgets::OptionVerdict verdict_for(const content::Question& q, const content::Option& option, bool chosen,
                                   bool feedback) {
  using widgets::OptionVerdict;
  if (!feedback) return OptionVerdict::None;
  const bool key = q.is_correct(option.id);
  if (chosen) return key ? OptionVerdict::ChosenRight : OptionVerdict::ChosenWrong;
  return key ? OptionVerdict::MissedKey : OptionVerdict::NotChosen;
}

bool is_chosen(const exam::Response& r, const std::string& option_id) {
  for (const auto& s : r.selected) {
    if (s == option_id) return true;
  }
  return false;
}

// [SECTION] picking
// A pick goes through the attempt's rule; one past "Choose N" is refused there and
// explained here, so the tap does not seem lost.
void pick(session::AttemptSlot& slot, AttemptViewState& view, std::size_t item, const std::string& option_id) {
  if (slot.select(item, option_id)) {
    view.over_limit_item.reset();
  } else if (slot->pick_over_limit(item, option_id)) {
    view.over_limit_item = item;
  }
}

// Why the current answer cannot be checked yet ("Choose 2 (1 chosen)") or why a pick
// was refused; empty when there is nothing to say.
std::string pick_note(const exam::Attempt& attempt, const AttemptViewState& view) {
  const std::size_t i = attempt.current();
  const int choose = attempt.paper().items[i].choose;
  const exam::Response& response = attempt.response(i);
  if (view.over_limit_item == i) return "You can choose " + std::to_string(choose) + ": unselect one first";
  if (choose > 1 && !response.checked && !attempt.is_submitted() && !attempt.is_complete(i)) {
    return "Choose " + std::to_string(choose) + " (" + std::to_string(response.selected.size()) + " chosen)";
  }
  return "";
}

// [SECTION] keyboard
// Enter: check (when feedback applies and not yet checked) or move on. A partial
// answer is not checked; the note under the buttons says what is missing.
void press_enter(session::AttemptSlot& slot, AttemptViewState& view) {
  const exam::Attempt& attempt = *slot.attempt();
  const std::size_t i = attempt.current();
  if (attempt.shows_feedback() && !attempt.response(i).checked) {
    slot.check(i);
    return;
  }
  if (i + 1 < attempt.size()) {
    slot.next();
  } else {
    view.confirm_submit = true;
  }
}

void handle_keys(const AppContext& ctx, session::AttemptSlot& slot, const content::Pack& pack,
                 AttemptViewState& view) {
  const exam::Attempt& attempt = *slot.attempt();
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper || view.confirm_submit) return;
  const std::size_t i = attempt.current();
  const content::Question* q = pack.find_question(attempt.paper().items[i].question_id);
  const auto options = q ? exam::presented_options(*q, attempt.paper().items[i])
                         : std::vector<const content::Option*>{};
  for (ImWchar ch : io.InputQueueCharacters) {
    std::size_t position = options.size();
    if (ch >= '1' && ch <= '8') position = static_cast<std::size_t>(ch - '1');
    const ImWchar upper = (ch >= 'a' && ch <= 'z') ? static_cast<ImWchar>(ch - 'a' + 'A') : ch;
    if (upper == 'F') {
      slot.toggle_flag(i);
      continue;
    }
    if (upper >= 'A' && upper <= 'H') position = static_cast<std::size_t>(upper - 'A');
    if (position < options.size()) pick(slot, view, i, options[position]->id);
  }
  for (Key key : ctx.keys.pressed) {
    if (key == Key::Left) slot.previous();
    if (key == Key::Right) slot.next();
    if (key == Key::Enter) press_enter(slot, view);
    if (key == Key::Escape) view.navigator_open = !view.navigator_open;
  }
}

// [SECTION] header
void draw_header(AppContext& ctx, session::AttemptSlot& slot, const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  const std::size_t i = attempt.current();
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::Text("Question %zu of %zu", i + 1, attempt.size());
  ImGui::PopFont();
  if (attempt.is_timed()) {
    ImGui::SameLine();
    const std::int64_t left = attempt.remaining_ms();
    ImGui::PushStyleColor(ImGuiCol_Text, left < 5 * 60'000 ? colours::bad() : colours::muted_text());
    ImGui::Text("  ·  Time left %s", util::format_duration(left).c_str());
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item(name + "/timer");
  }
  if (attempt.mode() == exam::Mode::Study) {
    ImGui::SameLine();
    if (widgets::CompactButton(attempt.is_paused() ? "Resume" : "Pause")) slot.set_paused(!attempt.is_paused());
    ctx.widgets.mark_last_item(name + "/pause");
  }
  const float done = static_cast<float>(attempt.size() - attempt.unanswered_count()) /
                     static_cast<float>(attempt.size());
  widgets::ProgressBar(done, ImGui::GetContentRegionAvail().x * 0.6f,
                       std::to_string(attempt.size() - attempt.unanswered_count()) + " answered");
}

// [SECTION] question
// The verdict, the explanation and why each option is right or wrong, by its letter.
void draw_feedback(AppContext& ctx, const content::Pack& pack, const content::Question& q,
                   const exam::PaperItem& item, const exam::Response& response) {
  ImGui::Spacing();
  const bool right = exam::is_answer_correct(q, response.selected);
  ImGui::PushStyleColor(ImGuiCol_Text, right ? colours::good() : colours::bad());
  widgets::TextIn(ctx.fonts.heading, right ? "Correct" : "Not quite");
  ImGui::PopStyleColor();
  widgets::TextIn(ctx.fonts.body, q.explanation);
  const auto options = exam::presented_options(q, item);
  for (std::size_t pos = 0; pos < options.size(); ++pos) {
    if (!options[pos]->why.empty()) widgets::MutedText(letter_for(pos) + ". " + options[pos]->why);
  }
  if (!q.source.empty()) widgets::MutedText("Source: " + q.source);
  for (const std::string& id : q.glossary) {
    if (const content::GlossaryTerm* term = pack.find_glossary_term(id)) {
      widgets::TextIn(ctx.fonts.bold, term->term);
      widgets::MutedText(term->definition);
    }
  }
}

void draw_question(AppContext& ctx, session::AttemptSlot& slot, AttemptViewState& view, const content::Question& q,
                   const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  const std::size_t i = attempt.current();
  const exam::PaperItem& item = attempt.paper().items[i];
  const exam::Response& response = attempt.response(i);
  const bool feedback = response.checked || attempt.is_submitted();
  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, q.stem);
  ctx.widgets.mark_last_item(name + "/stem");
  if (item.choose > 1) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::accent());
    widgets::TextIn(ctx.fonts.bold, "Choose " + std::to_string(item.choose) + ".");
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  const auto options = exam::presented_options(q, item);
  const bool can_change = !feedback && !attempt.is_paused();
  for (std::size_t pos = 0; pos < options.size(); ++pos) {
    const content::Option& option = *options[pos];
    const bool chosen = is_chosen(response, option.id);
    if (widgets::OptionRow(option.id.c_str(), letter_for(pos), option.text, chosen, item.choose > 1,
                           verdict_for(q, option, chosen, feedback), can_change)) {
      pick(slot, view, i, option.id);
    }
    ctx.widgets.mark_last_item(name + "/option/" + std::to_string(pos + 1));
  }
}

// [SECTION] footer
void draw_pick_note(AppContext& ctx, const exam::Attempt& attempt, const AttemptViewState& view,
                    const std::string& name) {
  const std::string note = pick_note(attempt, view);
  if (note.empty()) return;
  const bool refused = view.over_limit_item == attempt.current();
  ImGui::PushStyleColor(ImGuiCol_Text, refused ? colours::bad() : colours::accent());
  widgets::TextIn(ctx.fonts.body, note);
  ImGui::PopStyleColor();
  ctx.widgets.mark_last_item(name + "/pick-note");
}

void draw_footer(AppContext& ctx, session::AttemptSlot& slot, AttemptViewState& view, const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  const std::size_t i = attempt.current();
  ImGui::Spacing();
  ImGui::Separator();
  // Buttons wrap onto a second row on narrow screens.
  auto button = [&](const char* label, bool enabled, const std::string& widget, float width = 0.0f,
                    bool first = false) {
    if (!first) widgets::SameLineIfFits(width > 0.0f ? width : widgets::ButtonWidth(label));
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label, ImVec2(width, 0.0f));
    ImGui::EndDisabled();
    ctx.widgets.mark_last_item(name + "/" + widget);
    return pressed;
  };
  if (button("< Previous", i > 0, "previous", 0.0f, true)) slot.previous();
  // Check, then Next, in one place of one width (and one ID, so the keyboard focus
  // stays on it): the hand that checked need not move to go on.
  const bool to_check = attempt.shows_feedback() && !attempt.response(i).checked;
  const float primary_width = std::max(widgets::ButtonWidth("Check answer"), widgets::ButtonWidth("Next >"));
  if (to_check) {
    if (button("Check answer###primary", attempt.is_complete(i), "check", primary_width)) slot.check(i);
  } else if (button("Next >###primary", i + 1 < attempt.size(), "next", primary_width)) {
    slot.next();
  }
  if (button(attempt.response(i).flagged ? "Unflag###flag" : "Flag###flag", true, "flag")) slot.toggle_flag(i);
  if (button(view.navigator_open ? "Hide questions###nav" : "All questions###nav", true, "navigator")) {
    view.navigator_open = !view.navigator_open;
  }
  if (button("Submit", true, "submit")) view.confirm_submit = true;
  // Going on without checking: last in the row, so nothing moves when it goes.
  if (to_check && button("Skip >", i + 1 < attempt.size(), "skip")) slot.next();
  draw_pick_note(ctx, attempt, view, name);
}

// [SECTION] navigator and submit
void draw_navigator(AppContext& ctx, session::AttemptSlot& slot, const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  ImGui::Spacing();
  widgets::MutedText("Filled: answered · orange edge: flagged · blank: unanswered");
  const float cell = ImGui::GetFrameHeight() * 1.5f;
  const float avail = ImGui::GetContentRegionAvail().x;
  const int per_row = std::max(1, static_cast<int>(avail / (cell + ImGui::GetStyle().ItemSpacing.x)));
  std::optional<std::size_t> go_to;  // applied after the loop, whose styling reads the current item
  for (std::size_t k = 0; k < attempt.size(); ++k) {
    if (k % static_cast<std::size_t>(per_row) != 0) ImGui::SameLine();
    const bool answered = attempt.is_answered(k);
    const bool flagged = attempt.response(k).flagged;
    const bool current = k == attempt.current();
    ImGui::PushID(static_cast<int>(k));
    int colours_pushed = 0;
    if (answered) {
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_Header, 3.0f));
      ++colours_pushed;
    }
    if (flagged) {
      ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(230, 140, 20, 255));
      ++colours_pushed;
    }
    if (current) {
      ImGui::PushStyleColor(ImGuiCol_Text, colours::accent());
      ++colours_pushed;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, flagged ? 2.5f : 0.0f);
    if (ImGui::Button(std::to_string(k + 1).c_str(), ImVec2(cell, 0))) go_to = k;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(colours_pushed);
    ctx.widgets.mark_last_item(name + "/goto/" + std::to_string(k + 1));
    ImGui::PopID();
  }
  if (go_to) slot.go_to(*go_to);
}

// Tab moves between the two buttons (ImGui 1.86 tabs only through text fields) and
// Enter presses the focused one: Submit, unless Tab moved to "Keep working". Keys
// pressed in the frame that opened the dialog belong to what opened it (Enter on the
// last question).
AttemptAction draw_submit_confirmation(AppContext& ctx, session::AttemptSlot& slot, AttemptViewState& view,
                                       const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  AttemptAction action = AttemptAction::None;
  const bool was_open = ImGui::IsPopupOpen("Submit?");
  if (view.confirm_submit && !was_open) ImGui::OpenPopup("Submit?");
  ImGui::SetNextWindowSize(ImVec2(std::min(480.0f, ctx.width), 0));
  if (ImGui::BeginPopupModal("Submit?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
    const std::size_t unanswered = attempt.unanswered_count();
    const std::size_t flagged = attempt.flagged_count();
    std::string message = "Submit now? ";
    if (unanswered == 0 && flagged == 0) {
      message += "Every question is answered and none is flagged.";
    } else {
      message += std::to_string(unanswered) + (unanswered == 1 ? " question is" : " questions are") +
                 " unanswered and " + std::to_string(flagged) + (flagged == 1 ? " is" : " are") + " flagged.";
    }
    widgets::WrappedText(message);
    ctx.widgets.mark_last_item(name + "/confirm-message");
    const bool tab = was_open && ctx.keys.was_pressed(Key::Tab);
    const bool enter = was_open && ctx.keys.was_pressed(Key::Enter);
    if (tab && view.confirm_focus_cancel) ImGui::SetKeyboardFocusHere();
    bool submit = ImGui::Button("Submit");
    if (ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
    ctx.widgets.mark_last_item(name + "/confirm-submit");
    ImGui::SameLine();
    if (tab && !view.confirm_focus_cancel) ImGui::SetKeyboardFocusHere();
    bool cancel = ImGui::Button("Keep working") || ctx.keys.was_pressed(Key::Escape);
    const bool cancel_focused = ImGui::IsItemFocused();
    ctx.widgets.mark_last_item(name + "/confirm-cancel");
    if (enter && view.confirm_focus_cancel) cancel = true;
    if (enter && !view.confirm_focus_cancel) submit = true;
    view.confirm_focus_cancel = cancel_focused;
    if (submit || cancel) {
      if (submit) action = AttemptAction::Submit;
      view.confirm_submit = false;
      view.confirm_focus_cancel = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  return action;
}

// A new question opens at its stem: the page would keep its scroll, and on a phone
// the next question's stem would be above the screen.
void scroll_to_top_on_new_question(const AppContext& ctx, const exam::Attempt& attempt, AttemptViewState& view) {
  if (view.shown_item == attempt.current()) return;
  view.shown_item = attempt.current();
  view.over_limit_item.reset();
  ImGui::SetScrollY(0.0f);
  ctx.request_frame();  // the window takes the new scroll when it begins next frame
}

}  // namespace

// [SECTION] entry
AttemptAction draw_attempt(AppContext& ctx, session::AttemptSlot& slot, const content::Pack& pack,
                           AttemptViewState& view, const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  if (attempt.size() == 0) return AttemptAction::None;
  handle_keys(ctx, slot, pack, view);
  scroll_to_top_on_new_question(ctx, attempt, view);
  draw_header(ctx, slot, name);
  const std::size_t i = attempt.current();
  const content::Question* q = pack.find_question(attempt.paper().items[i].question_id);
  if (attempt.is_paused()) {
    widgets::TextIn(ctx.fonts.heading, "Paused. The clock has stopped; press Resume to go on.");
  } else if (q == nullptr) {
    widgets::TextIn(ctx.fonts.heading, "This question is no longer in the pack; it counts as unanswered.");
  } else {
    draw_question(ctx, slot, view, *q, name);
  }
  // On a wide screen the buttons follow the options, so Check and then Next stay in one
  // place while the feedback appears below them; on a phone the feedback comes first, in
  // reading order, and the page scrolls on to the buttons.
  const exam::Response& response = attempt.response(i);
  const bool feedback = q != nullptr && !attempt.is_paused() && (response.checked || attempt.is_submitted());
  if (feedback && ctx.compact()) draw_feedback(ctx, pack, *q, attempt.paper().items[i], response);
  draw_footer(ctx, slot, view, name);
  if (feedback && !ctx.compact()) draw_feedback(ctx, pack, *q, attempt.paper().items[i], response);
  if (view.navigator_open) draw_navigator(ctx, slot, name);
  if (view.shown_item != attempt.current()) ctx.request_frame();  // a button moved on: scroll up next frame
  return draw_submit_confirmation(ctx, slot, view, name);
}

void begin_reading_column(const AppContext& ctx) {
  if (ctx.compact()) return;
  constexpr float kReadingWidth = 880.0f;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, kReadingWidth);
  const float spare = avail - width;
  if (spare > 0.0f) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + spare * 0.5f);
  // Flattened, so the arrow keys still move the focus between the navigation bar and the screen.
  ImGui::BeginChild("reading-column", ImVec2(width, 0.0f), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
}

void end_reading_column(const AppContext& ctx) {
  if (!ctx.compact()) ImGui::EndChild();
}

// [SECTION] describe
nlohmann::json describe_attempt(const exam::Attempt& attempt, const content::Pack& pack,
                                const AttemptViewState& view) {
  nlohmann::json out = {{"mode", exam::mode_name(attempt.mode())},
                        {"current", attempt.current() + 1},
                        {"total", attempt.size()},
                        {"answered", attempt.size() - attempt.unanswered_count()},
                        {"flagged", attempt.flagged_count()},
                        {"remaining_ms", attempt.remaining_ms()},
                        {"paused", attempt.is_paused()},
                        {"submitted", attempt.is_submitted()}};
  if (attempt.size() == 0) return out;
  const exam::PaperItem& item = attempt.paper().items[attempt.current()];
  const exam::Response& response = attempt.response(attempt.current());
  const bool can_check = attempt.shows_feedback() && !response.checked && !attempt.is_submitted() &&
                         attempt.is_complete(attempt.current());
  nlohmann::json question = {{"id", item.question_id}, {"domain", item.domain}, {"choose", item.choose},
                             {"flagged", response.flagged}, {"checked", response.checked},
                             {"can_check", can_check}};
  out["pick_note"] = pick_note(attempt, view);
  if (const content::Question* q = pack.find_question(item.question_id)) {
    question["stem"] = q->stem;
    nlohmann::json options = nlohmann::json::array();
    const auto shown = exam::presented_options(*q, item);
    for (std::size_t pos = 0; pos < shown.size(); ++pos) {
      nlohmann::json option = {{"position", pos + 1}, {"id", shown[pos]->id}, {"text", shown[pos]->text},
                                {"selected", is_chosen(response, shown[pos]->id)}};
      // The key is revealed only once the learner has seen the feedback.
      if (response.checked || attempt.is_submitted()) option["correct"] = q->is_correct(shown[pos]->id);
      options.push_back(option);
    }
    question["options"] = options;
    if (response.checked) {
      question["explanation"] = q->explanation;
      question["glossary"] = q->glossary;
      question["right"] = exam::is_answer_correct(*q, response.selected);
    }
  }
  out["question"] = question;
  return out;
}

}  // namespace dealdojo::ui
