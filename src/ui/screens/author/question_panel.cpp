// The Questions tab: a filtered list (virtualised: only the rows in view are drawn,
// so a 10,000-question pack scrolls like a small one) beside a form for every
// field of a question, with the loader's problems under each field, the cue lint's
// findings, and a preview that answers the question as Practice does.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/exam/attempt.hpp"
#include "core/exam/paper.hpp"
#include "core/studio/draft_start.hpp"
#include "core/util/random.hpp"
#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/author/author_fields.hpp"
#include "ui/screens/author/author_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

using studio::Json;

const Json& questions_of(const studio::Draft& draft) { return studio::items_at(draft, "/pack/questions"); }

std::vector<std::string> domain_ids(const studio::Draft& draft) {
  std::vector<std::string> ids;
  const Json& domains = draft.at("/pack/blueprint/domains");
  if (!domains.is_array()) return ids;
  for (const Json& domain : domains) {
    if (const std::string id = studio::text_of(domain, "id"); !id.empty()) ids.push_back(id);
  }
  return ids;
}

std::string lowered(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

bool contains_text(const Json& question, const std::string& wanted) {
  if (wanted.empty()) return true;
  const auto has = [&](const std::string& text) { return lowered(text).find(wanted) != std::string::npos; };
  if (has(studio::text_of(question, "id")) || has(studio::text_of(question, "stem"))) return true;
  const auto options = question.is_object() ? question.find("options") : question.end();
  if (question.is_object() && options != question.end() && options->is_array()) {
    for (const Json& option : *options) {
      if (has(studio::text_of(option, "text"))) return true;
    }
  }
  return false;
}

void refresh_shown(const studio::Draft& draft, AuthorView& view) {
  if (view.shown_revision == draft.revision() && view.shown_filter == view.filter) return;
  const Json& questions = questions_of(draft);
  const std::string wanted = lowered(view.filter.search);
  view.shown.clear();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const Json& q = questions[i];
    if (!view.filter.domain.empty() && studio::text_of(q, "domain") != view.filter.domain) continue;
    if (view.filter.kind == 1 && studio::text_of(q, "kind") != "single") continue;
    if (view.filter.kind == 2 && studio::text_of(q, "kind") != "multiple") continue;
    if (view.filter.problems_only &&
        !(i < view.question_has_problem.size() && view.question_has_problem[i])) {
      continue;
    }
    if (!contains_text(q, wanted)) continue;
    view.shown.push_back(i);
  }
  view.shown_revision = draft.revision();
  view.shown_filter = view.filter;
}

Json new_question(const studio::Draft& draft) {
  std::vector<std::string> ids;
  for (const Json& q : questions_of(draft)) ids.push_back(studio::text_of(q, "id"));
  const std::vector<std::string> domains = domain_ids(draft);
  Json options = Json::array();
  for (const char* letter : {"a", "b", "c", "d"}) options.push_back({{"id", letter}, {"text", ""}, {"why", ""}});
  return {{"id", studio::unused_id("new-question", ids)},
          {"domain", domains.empty() ? std::string() : domains.front()},
          {"subtopic", "general"},
          {"kind", "single"},
          {"choose", 1},
          {"stem", ""},
          {"options", std::move(options)},
          {"correct", Json::array({"a"})},
          {"explanation", ""},
          {"source", ""},
          {"difficulty", "medium"}};
}

// The question with option `removed` taken out, the rest relettered a, b, c... and
// the keys following their options: one edit, so one undo.
Json without_option(Json question, std::size_t removed) {
  Json& options = question["options"];
  std::vector<std::string> old_ids;
  for (const Json& option : options) old_ids.push_back(studio::text_of(option, "id"));
  options.erase(removed);
  Json correct = Json::array();
  const Json old_correct = question.contains("correct") ? question["correct"] : Json::array();
  for (std::size_t i = 0; i < options.size(); ++i) {
    const std::size_t was = i < removed ? i : i + 1;
    const std::string letter(1, static_cast<char>('a' + i));
    options[i]["id"] = letter;
    for (const Json& key : old_correct) {
      if (key.is_string() && key.get<std::string>() == old_ids[was]) correct.push_back(letter);
    }
  }
  question["correct"] = std::move(correct);
  return question;
}

void start_preview(AppContext& ctx, const studio::Draft& draft, AuthorView& view) {
  studio::QuestionCheck alone = studio::check_question(draft, view.question);
  if (!alone.pack) {
    ctx.notice = {"Fix this question's errors first: the preview shows it as the app would load it.", true, ctx.now_ms};
    return;
  }
  view.preview.emplace();
  view.preview->pack = std::move(alone.pack);
  const content::Pack& pack = *view.preview->pack;
  Rng rng(static_cast<std::uint64_t>(ctx.now_ms));
  exam::Paper paper{pack.manifest.id, static_cast<std::uint64_t>(ctx.now_ms), 0, 0,
                    {exam::make_item(pack.questions.front(), rng)}};
  view.preview->slot.start(exam::Attempt(std::move(paper), exam::Mode::Practice, ctx.now_ms),
                           study::AnswerSource::Practice);
}

// Questions in and out as a spreadsheet (CSV), the layout `dojo import csv` reads.
void draw_csv_row(AppContext& ctx, AuthorView& view) {
  if (ctx.can_pick_files) {
    widgets::SameLineIfFits(widgets::ButtonWidth("Import CSV..."));
    if (ImGui::Button("Import CSV...")) ctx.intents.push_back(PickDraftFile{/*csv=*/true});
  } else {
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 320.0f));
    ImGui::InputTextWithHint("##author-csv-path", "Path to a .csv of questions", &view.csv_path);
    ctx.widgets.mark_last_item("author/q/csv-path");
    widgets::SameLineIfFits(widgets::ButtonWidth("Import CSV"));
    if (ImGui::Button("Import CSV") && !view.csv_path.empty()) ctx.intents.push_back(ImportDraftCsvFromPath{view.csv_path});
  }
  ctx.widgets.mark_last_item("author/q/import-csv");
  widgets::SameLineIfFits(widgets::ButtonWidth("Export CSV"));
  if (ImGui::Button("Export CSV")) ctx.intents.push_back(ExportDraftCsv{ctx.can_pick_files ? std::string() : view.export_path});
  ctx.widgets.mark_last_item("author/q/export-csv");
  const auto& problems = ctx.studio->import_problems();
  if (problems.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
  widgets::WrappedText("The CSV was not imported (nothing was added):");
  for (std::size_t i = 0; i < problems.size() && i < 20; ++i) widgets::WrappedText(problems[i].to_string());
  if (problems.size() > 20) widgets::WrappedText("... and " + std::to_string(problems.size() - 20) + " more");
  ImGui::PopStyleColor();
  if (widgets::CompactButton("Dismiss")) ctx.studio->dismiss_import_problems();
  ctx.widgets.mark_last_item("author/q/import-dismiss");
}

void draw_filters(AppContext& ctx, studio::Draft& draft, AuthorView& view) {
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 260.0f));
  ImGui::InputTextWithHint("##author-q-search", "Search ids, stems and options", &view.filter.search);
  ctx.widgets.mark_last_item("author/q/search");
  const std::vector<std::string> domains = domain_ids(draft);
  widgets::SameLineIfFits(170.0f);
  ImGui::SetNextItemWidth(170.0f);
  if (ImGui::BeginCombo("##author-q-domain", view.filter.domain.empty() ? "Any domain" : view.filter.domain.c_str())) {
    if (ImGui::Selectable("Any domain", view.filter.domain.empty())) view.filter.domain.clear();
    for (const auto& id : domains) {
      if (ImGui::Selectable(id.c_str(), id == view.filter.domain)) view.filter.domain = id;
    }
    ImGui::EndCombo();
  }
  ctx.widgets.mark_last_item("author/q/domain-filter");
  widgets::SameLineIfFits(130.0f);
  ImGui::SetNextItemWidth(130.0f);
  const char* kinds[] = {"Any kind", "Single", "Multiple"};
  ImGui::Combo("##author-q-kind", &view.filter.kind, kinds, 3);
  ctx.widgets.mark_last_item("author/q/kind-filter");
  widgets::SameLineIfFits(widgets::ButtonWidth("Has problems") + 30.0f);
  ImGui::Checkbox("Has problems", &view.filter.problems_only);
  ctx.widgets.mark_last_item("author/q/problems-filter");
  widgets::SameLineIfFits(widgets::ButtonWidth("New question"));
  if (ImGui::Button("New question")) {
    const std::size_t index = questions_of(draft).size();
    if (!draft.pack().contains("questions")) draft.set("/pack/questions", Json::array({new_question(draft)}));
    else draft.insert("/pack/questions", index, new_question(draft));
    view.question = index;
    view.filter = QuestionFilter{};
    view.preview.reset();
    view.scroll_list_to_selected = true;
  }
  ctx.widgets.mark_last_item("author/q/add");
  draw_csv_row(ctx, view);
}

void draw_list(AppContext& ctx, const studio::Draft& draft, AuthorView& view, float height) {
  const Json& questions = questions_of(draft);
  ImGui::BeginChild("author-q-list", ImVec2(0, height), true);
  const float row = ImGui::GetTextLineHeightWithSpacing();
  if (view.scroll_list_to_selected) {
    const auto at = std::find(view.shown.begin(), view.shown.end(), view.question);
    if (at != view.shown.end()) ImGui::SetScrollY(static_cast<float>(at - view.shown.begin()) * row);
    view.scroll_list_to_selected = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(view.shown.size()), row);
  const float width = ImGui::GetContentRegionAvail().x;
  while (clipper.Step()) {
    for (int n = clipper.DisplayStart; n < clipper.DisplayEnd; ++n) {
      const std::size_t index = view.shown[static_cast<std::size_t>(n)];
      const Json& q = questions[index];
      const bool flagged = index < view.question_has_problem.size() && view.question_has_problem[index];
      std::string label = (flagged ? "! " : "") + studio::text_of(q, "id") + " — " + studio::text_of(q, "stem");
      label = widgets::FitText(label, width - 8.0f) + "##q" + std::to_string(index);
      if (flagged) ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
      if (ImGui::Selectable(label.c_str(), index == view.question)) {
        if (view.question != index) view.preview.reset();
        view.question = index;
      }
      if (flagged) ImGui::PopStyleColor();
      ctx.widgets.mark_last_item("author/q/item/" + std::to_string(index));
    }
  }
  if (view.shown.empty()) widgets::MutedText(questions.empty() ? "No questions yet." : "No question matches.");
  ImGui::EndChild();
}

void draw_cues(const studio::Draft& draft, const AuthorView& view, const std::string& id) {
  if (view.checked_revision != draft.revision()) return;
  if (view.check.cues_skipped) {
    widgets::MutedText("The cue check is not run while you type on packs of over " +
                       std::to_string(studio::kCueLintMaxQuestions) + " questions; `dojo stats` runs it.");
  }
  for (const auto& finding : view.check.cues.findings) {
    const bool flagged = std::any_of(finding.question_ids.begin(), finding.question_ids.end(), [&](const std::string& q) {
      return q == id || q.rfind(id + " ~ ", 0) == 0 || (q.size() > id.size() + 3 && q.compare(q.size() - id.size(), id.size(), id) == 0 &&
                                                       q.compare(q.size() - id.size() - 3, 3, " ~ ") == 0);
    });
    if (!flagged) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, finding.fails ? colours::bad() : colours::muted_text());
    widgets::WrappedText("Cue check: " + finding.title + " (" + finding.figure + ")" +
                         (finding.fails ? ". " + finding.advice : std::string()));
    ImGui::PopStyleColor();
  }
}

void draw_options(AppContext& ctx, studio::Draft& draft, const std::string& base, const Json& question,
                  const std::vector<content::Diagnostic>& problems) {
  widgets::TextIn(ctx.fonts.bold, "Options (2 to 8) and why each is right or wrong");
  FieldProblems(problems, base + "/options");
  FieldProblems(problems, base + "/correct", /*inside=*/true);
  const Json& options = question.contains("options") && question["options"].is_array() ? question["options"] : Json::array();
  const Json& correct = question.contains("correct") && question["correct"].is_array() ? question["correct"] : Json::array();
  const bool multiple = studio::text_of(question, "kind") == "multiple";
  for (std::size_t i = 0; i < options.size(); ++i) {
    const std::string place = base + "/options/" + std::to_string(i);
    const std::string name = "author/q/option/" + std::to_string(i);
    const std::string id = studio::text_of(options[i], "id");
    ImGui::PushID(static_cast<int>(i));
    bool is_key = std::find(correct.begin(), correct.end(), Json(id)) != correct.end();
    const std::string key_label = "Correct (" + id + ")";
    if (ImGui::Checkbox(key_label.c_str(), &is_key)) {
      Json keys = Json::array();
      for (const Json& option : options) {
        const std::string other = studio::text_of(option, "id");
        const bool was = std::find(correct.begin(), correct.end(), Json(other)) != correct.end();
        if (other == id ? is_key : (multiple && was)) keys.push_back(other);
      }
      draft.set(base + "/correct", keys);
    }
    ctx.widgets.mark_last_item(name + "/correct");
    widgets::SameLineIfFits(widgets::ButtonWidth("Remove option"));
    ImGui::BeginDisabled(options.size() <= content::kMinOptions);
    if (widgets::CompactButton("Remove option")) {
      draft.set(base, without_option(question, i));
      ImGui::EndDisabled();
      ImGui::PopID();
      return;  // the list changed under us
    }
    ImGui::EndDisabled();
    ctx.widgets.mark_last_item(name + "/remove");
    DraftText(ctx, draft, place + "/text", "Option text", name + "/text", problems);
    DraftText(ctx, draft, place + "/why", "Why it is right or wrong", name + "/why", problems, 2);
    FieldProblems(problems, place);
    FieldProblems(problems, place + "/id");
    ImGui::PopID();
    ImGui::Spacing();
  }
  ImGui::BeginDisabled(options.size() >= content::kMaxOptions);
  if (ImGui::Button("Add option")) {
    const std::string letter(1, static_cast<char>('a' + options.size()));
    draft.insert(base + "/options", options.size(), Json{{"id", letter}, {"text", ""}, {"why", ""}});
  }
  ImGui::EndDisabled();
  ctx.widgets.mark_last_item("author/q/add-option");
}

void draw_form(AppContext& ctx, studio::Draft& draft, AuthorView& view) {
  const Json& questions = questions_of(draft);
  if (view.question >= questions.size()) {
    widgets::MutedText(questions.empty() ? "Add a question to start." : "Pick a question from the list.");
    return;
  }
  const std::size_t index = view.question;
  const std::string base = "/pack/questions/" + std::to_string(index);
  if (view.question_checked_revision != draft.revision() || view.question_checked_index != index) {
    view.question_check = studio::check_question(draft, index);
    view.question_checked_revision = draft.revision();
    view.question_checked_index = index;
  }
  const std::vector<content::Diagnostic> problems = question_problems(draft, view, index);
  const Json question = questions[index];  // a copy: edits below change the draft

  if (view.preview) {
    if (ImGui::Button("Back to the form")) view.preview.reset();
    ctx.widgets.mark_last_item("author/q/preview-back");
    if (view.preview) {
      widgets::MutedText("Preview: the question as Practice shows it. Answers here are not recorded.");
      draw_attempt(ctx, view.preview->slot, *view.preview->pack, view.preview->view, "author/preview");
    }
    return;
  }
  if (ImGui::Button("Preview")) start_preview(ctx, draft, view);
  ctx.widgets.mark_last_item("author/q/preview");
  widgets::SameLineIfFits(widgets::ButtonWidth("Delete question"));
  if (ImGui::Button("Delete question")) {
    draft.remove(base);
    if (view.question > 0 && view.question >= questions_of(draft).size()) --view.question;
    return;
  }
  ctx.widgets.mark_last_item("author/q/delete");
  const std::string id = studio::text_of(question, "id");
  draw_cues(draft, view, id);
  FieldProblems(problems, base);

  DraftText(ctx, draft, base + "/id", "Id (lowercase words joined by hyphens)", "author/q/field/id", problems);
  DraftText(ctx, draft, base + "/stem", "Question", "author/q/field/stem", problems, 3);
  DraftChoice(ctx, draft, base + "/kind", "Kind", "author/q/field/kind", {"single", "multiple"}, problems);
  if (studio::text_of(question, "kind") == "multiple") {
    DraftInt(ctx, draft, base + "/choose", "Options to choose", "author/q/field/choose", problems);
  } else {
    FieldProblems(problems, base + "/choose");
  }
  draw_options(ctx, draft, base, question, problems);
  DraftText(ctx, draft, base + "/explanation", "Explanation (shown after answering)", "author/q/field/explanation",
            problems, 3);
  DraftChoice(ctx, draft, base + "/domain", "Domain (from the blueprint)", "author/q/field/domain", domain_ids(draft),
              problems);
  DraftText(ctx, draft, base + "/subtopic", "Subtopic", "author/q/field/subtopic", problems);
  DraftChoice(ctx, draft, base + "/difficulty", "Difficulty", "author/q/field/difficulty", {"easy", "medium", "hard"},
              problems);
  DraftText(ctx, draft, base + "/source", "Source (where the fact comes from)", "author/q/field/source", problems);
  DraftList(ctx, draft, base + "/tags", "Tags (separated by commas)", "author/q/field/tags", problems);
  DraftList(ctx, draft, base + "/glossary", "Glossary terms (their ids, separated by commas)", "author/q/field/glossary",
            problems);
  // Anything else the loader found on this question, e.g. an unknown field.
  for (const auto& problem : problems) {
    const std::string rest = problem.pointer.substr(std::min(problem.pointer.size(), base.size()));
    static const char* const kShown[] = {"/id", "/stem", "/kind", "/choose", "/options", "/correct", "/explanation",
                                         "/domain", "/subtopic", "/difficulty", "/source", "/tags", "/glossary"};
    const bool shown = rest.empty() || std::any_of(std::begin(kShown), std::end(kShown), [&](const char* field) {
                         return rest.rfind(field, 0) == 0;
                       });
    if (!shown) FieldProblems({problem}, problem.pointer);
  }
}

}  // namespace

std::vector<content::Diagnostic> question_problems(const studio::Draft& draft, const AuthorView& view,
                                                   std::size_t index) {
  std::vector<content::Diagnostic> problems;
  if (view.question_checked_revision == draft.revision() && view.question_checked_index == index) {
    problems = view.question_check.diagnostics;
  }
  if (view.checked_revision == draft.revision()) {
    const std::string place = "/pack/questions/" + std::to_string(index);
    for (const content::Diagnostic* d : studio::problems_at(view.check.diagnostics, place)) {
      const bool known = std::any_of(problems.begin(), problems.end(), [&](const content::Diagnostic& p) {
        return p.pointer == d->pointer && p.message == d->message;
      });
      if (!known) problems.push_back(*d);
    }
  }
  return problems;
}

void draw_questions(AppContext& ctx, studio::Draft& draft, AuthorView& view) {
  draw_filters(ctx, draft, view);
  refresh_shown(draft, view);
  const std::size_t total = questions_of(draft).size();
  widgets::MutedText(std::to_string(view.shown.size()) + " of " + text::count_noun(static_cast<std::int64_t>(total), "question", "questions"));
  if (ctx.compact()) {
    draw_list(ctx, draft, view, 200.0f);
    draw_form(ctx, draft, view);
    return;
  }
  const float list_width = std::max(260.0f, ImGui::GetContentRegionAvail().x * 0.34f);
  ImGui::BeginChild("author-q-left", ImVec2(list_width, 0));
  draw_list(ctx, draft, view, ImGui::GetContentRegionAvail().y);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("author-q-form", ImVec2(0, 0));
  draw_form(ctx, draft, view);
  ImGui::EndChild();
}

nlohmann::json describe_questions(const studio::Draft& draft, const AuthorView& view) {
  const Json& questions = questions_of(draft);
  nlohmann::json shown = nlohmann::json::array();
  for (std::size_t n = 0; n < view.shown.size() && n < 50; ++n) shown.push_back(studio::text_of(questions[view.shown[n]], "id"));
  nlohmann::json out = {{"count", questions.size()}, {"shown_count", view.shown.size()}, {"shown", std::move(shown)},
                        {"selected", view.question}, {"preview", view.preview.has_value()}};
  if (view.question < questions.size()) {
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& d : question_problems(draft, view, view.question)) {
      problems.push_back({{"severity", content::severity_name(d.severity)}, {"pointer", d.pointer}, {"message", d.message}});
    }
    out["selected_id"] = studio::text_of(questions[view.question], "id");
    out["problems"] = std::move(problems);
  }
  if (view.preview && view.preview->slot) {
    out["preview_attempt"] = describe_attempt(*view.preview->slot.attempt(), *view.preview->pack, view.preview->view);
  }
  return out;
}

}  // namespace dealdojo::ui
