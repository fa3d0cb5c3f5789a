#include "ui/screens/exam/attempt_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "core/exam/paper.hpp"
#include "core/exam/scoring.hpp"
#include "core/session/attempt_slot.hpp"
#include "core/util/format.hpp"
#include "ui/app_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/option_row.hpp"
#include "ui/widgets/widgets.hpp"

// [SECTION] keyboard  [SECTION] header  [SECTION] question  [SECTION] footer
// [SECTION] navigator and submit  [SECTION] describe

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

// [SECTION] keyboard
// Enter: check (when feedback applies and not yet checked) or move on.
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

void handle_keys(const AppContext& ctx, session::AttemptSlot& slot, const content::Pack& pack, AttemptViewState& view) {
  const exam::Attempt& attempt = *slot.attempt();
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper || view.confirm_submit) return;
  const std::size_t i = attempt.current();
  const content::Question* q = pack.find_question(attempt.paper().items[i].question_id);
  const auto options = q ? exam::presented_options(*q, attempt.paper().items[i])
                         : std::vector<const content::Option*>{};
  for (ImWchar ch : io.InputQueueCharacters) {
    std::size_t pick = options.size();
    if (ch >= '1' && ch <= '8') pick = static_cast<std::size_t>(ch - '1');
    const ImWchar upper = (ch >= 'a' && ch <= 'z') ? static_cast<ImWchar>(ch - 'a' + 'A') : ch;
    if (upper == 'F') {
      slot.toggle_flag(i);
      continue;
    }
    if (upper >= 'A' && upper <= 'H') pick = static_cast<std::size_t>(upper - 'A');
    if (pick < options.size()) slot.select(i, options[pick]->id);
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
    if (ImGui::SmallButton(attempt.is_paused() ? "Resume" : "Pause")) slot.set_paused(!attempt.is_paused());
    ctx.widgets.mark_last_item(name + "/pause");
  }
  const float done = static_cast<float>(attempt.size() - attempt.unanswered_count()) /
                     static_cast<float>(attempt.size());
  widgets::ProgressBar(done, ImGui::GetContentRegionAvail().x * 0.6f,
                       std::to_string(attempt.size() - attempt.unanswered_count()) + " answered");
}

// [SECTION] question
void draw_feedback(AppContext& ctx, const content::Pack& pack, const content::Question& q, bool right) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, right ? colours::good() : colours::bad());
  widgets::TextIn(ctx.fonts.heading, right ? "Correct" : "Not quite");
  ImGui::PopStyleColor();
  widgets::TextIn(ctx.fonts.body, q.explanation);
  if (!q.source.empty()) widgets::MutedText("Source: " + q.source);
  for (const std::string& id : q.glossary) {
    if (const content::GlossaryTerm* term = pack.find_glossary_term(id)) {
      widgets::TextIn(ctx.fonts.bold, term->term);
      widgets::MutedText(term->definition);
    }
  }
}

void draw_question(AppContext& ctx, session::AttemptSlot& slot, const content::Pack& pack, const content::Question& q,
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
      slot.select(i, option.id);
    }
    ctx.widgets.mark_last_item(name + "/option/" + std::to_string(pos + 1));
    if (feedback && !option.why.empty()) widgets::MutedText(option.why);
  }
  if (feedback) draw_feedback(ctx, pack, q, exam::is_answer_correct(q, response.selected));
}

// [SECTION] footer
void draw_footer(AppContext& ctx, session::AttemptSlot& slot, AttemptViewState& view, const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  const std::size_t i = attempt.current();
  ImGui::Spacing();
  ImGui::Separator();
  // Buttons wrap onto a second row on narrow screens.
  auto button = [&](const char* label, bool enabled, const std::string& widget, bool first = false) {
    if (!first) widgets::SameLineIfFits(widgets::ButtonWidth(label));
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    ctx.widgets.mark_last_item(name + "/" + widget);
    return pressed;
  };
  if (button("< Previous", i > 0, "previous", true)) slot.previous();
  if (attempt.shows_feedback() && !attempt.response(i).checked) {
    if (button("Check answer", attempt.is_answered(i), "check")) slot.check(i);
  }
  if (button("Next >", i + 1 < attempt.size(), "next")) slot.next();
  if (button(attempt.response(i).flagged ? "Unflag###flag" : "Flag###flag", true, "flag")) slot.toggle_flag(i);
  if (button(view.navigator_open ? "Hide questions###nav" : "All questions###nav", true, "navigator")) {
    view.navigator_open = !view.navigator_open;
  }
  if (button("Submit", true, "submit")) view.confirm_submit = true;
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

AttemptAction draw_submit_confirmation(AppContext& ctx, session::AttemptSlot& slot, AttemptViewState& view,
                                       const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  AttemptAction action = AttemptAction::None;
  if (view.confirm_submit && !ImGui::IsPopupOpen("Submit?")) ImGui::OpenPopup("Submit?");
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
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ctx.widgets.mark_last_item(name + "/confirm-message");
    if (ImGui::Button("Submit")) {
      action = AttemptAction::Submit;
      view.confirm_submit = false;
      ImGui::CloseCurrentPopup();
    }
    ctx.widgets.mark_last_item(name + "/confirm-submit");
    ImGui::SameLine();
    if (ImGui::Button("Keep working") || ctx.keys.was_pressed(Key::Escape)) {
      view.confirm_submit = false;
      ImGui::CloseCurrentPopup();
    }
    ctx.widgets.mark_last_item(name + "/confirm-cancel");
    ImGui::EndPopup();
  }
  return action;
}

}  // namespace

AttemptAction draw_attempt(AppContext& ctx, session::AttemptSlot& slot, const content::Pack& pack,
                           AttemptViewState& view, const std::string& name) {
  const exam::Attempt& attempt = *slot.attempt();
  if (attempt.size() == 0) return AttemptAction::None;
  handle_keys(ctx, slot, pack, view);
  draw_header(ctx, slot, name);
  const content::Question* q = pack.find_question(attempt.paper().items[attempt.current()].question_id);
  if (attempt.is_paused()) {
    widgets::TextIn(ctx.fonts.heading, "Paused. The clock has stopped; press Resume to go on.");
  } else if (q == nullptr) {
    widgets::TextIn(ctx.fonts.heading, "This question is no longer in the pack; it counts as unanswered.");
  } else {
    draw_question(ctx, slot, pack, *q, name);
  }
  draw_footer(ctx, slot, view, name);
  if (view.navigator_open) draw_navigator(ctx, slot, name);
  return draw_submit_confirmation(ctx, slot, view, name);
}

// [SECTION] describe
nlohmann::json describe_attempt(const exam::Attempt& attempt, const content::Pack& pack) {
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
  nlohmann::json question = {{"id", item.question_id}, {"domain", item.domain}, {"choose", item.choose},
                             {"flagged", response.flagged}, {"checked", response.checked}};
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
