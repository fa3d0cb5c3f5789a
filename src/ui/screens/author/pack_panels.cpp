// The Pack, Blueprint, Glossary and Problems tabs of the Author screen.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/studio/draft_start.hpp"
#include "core/util/text.hpp"
#include "ui/app_context.hpp"
#include "ui/screens/author/author_fields.hpp"
#include "ui/screens/author/author_screen.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

namespace {

using studio::Json;

int field_int(const Json& object, const char* key) {
  if (!object.is_object()) return 0;
  const auto found = object.find(key);
  return found != object.end() && found->is_number_integer() ? found->get<int>() : 0;
}

// The ids of the loaded packs a draft's id must not take: every one but the pack
// this draft was studied as (that one is the draft's own and is replaced).
std::vector<std::string> other_pack_ids(const AppContext& ctx, const studio::Draft& draft) {
  const std::string studied = draft.meta("studied_as");
  std::vector<std::string> ids;
  for (const auto& rec : ctx.session.packs().records()) {
    if (rec.usable && !(rec.pack_id == studied && !rec.built_in)) ids.push_back(rec.pack_id);
  }
  return ids;
}

struct DomainRow {
  std::string id;
  std::string name;
  int weight = 0;
  int have = 0;  // questions in the draft for this domain
  int need = 0;  // questions one mock exam draws from it
};

std::vector<DomainRow> domain_rows(const studio::Draft& draft, int* weight_total) {
  const int exam_questions = field_int(draft.at("/pack/blueprint"), "questions");
  std::map<std::string, int> have;
  for (const Json& q : studio::items_at(draft, "/pack/questions")) ++have[studio::text_of(q, "domain")];
  std::vector<DomainRow> rows;
  int total = 0;
  for (const Json& domain : studio::items_at(draft, "/pack/blueprint/domains")) {
    DomainRow row{studio::text_of(domain, "id"), studio::text_of(domain, "name"), field_int(domain, "weight"), 0, 0};
    row.have = have[row.id];
    row.need = static_cast<int>(std::lround(exam_questions * row.weight / 100.0));
    total += row.weight;
    rows.push_back(std::move(row));
  }
  if (weight_total) *weight_total = total;
  return rows;
}

}  // namespace

const std::vector<content::Diagnostic>& fresh_problems(const studio::Draft& draft, const AuthorView& view) {
  static const std::vector<content::Diagnostic> kNone;
  return view.checked_revision == draft.revision() ? view.check.diagnostics : kNone;
}

void draw_pack_details(AppContext& ctx, studio::Draft& draft, AuthorView& view) {
  const auto& problems = fresh_problems(draft, view);
  DraftText(ctx, draft, "/pack/id", "Pack id (lowercase words joined by hyphens; unique among your packs)",
            "author/pack/id", problems);
  const std::string clash = studio::id_clash(studio::draft_pack_id(draft), other_pack_ids(ctx, draft));
  if (!clash.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
    widgets::WrappedText("Error: " + clash);
    ImGui::PopStyleColor();
    ctx.widgets.mark_last_item("author/pack/id-clash");
  }
  DraftText(ctx, draft, "/pack/title", "Title", "author/pack/title", problems);
  DraftText(ctx, draft, "/pack/description", "Description", "author/pack/description", problems, 2, true);
  DraftText(ctx, draft, "/pack/version", "Version (1, 1.2 or 1.2.3)", "author/pack/version", problems);
  DraftText(ctx, draft, "/pack/locale", "Language (e.g. en-GB)", "author/pack/locale", problems);
  DraftList(ctx, draft, "/pack/authors", "Authors (separated by commas)", "author/pack/authors", problems);
  DraftText(ctx, draft, "/pack/licence", "Licence (e.g. CC-BY-4.0)", "author/pack/licence", problems);
  FieldProblems(problems, "/pack");

  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.heading, "Use it");
  widgets::MutedText("Study this pack: it is checked, added to your packs and opened on Home. Export: one .json "
                     "file to hand to your team (they add it under Packs) or to open here again.");
  if (!ctx.can_pick_files) {
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 480.0f));
    ImGui::InputTextWithHint("##author-export-path", "Export to (empty: your Downloads folder)", &view.export_path);
    ctx.widgets.mark_last_item("author/export-path");
  }
  ImGui::Spacing();
  if (!view.confirm_close) {
    if (ImGui::Button("Close this draft")) view.confirm_close = true;
    ctx.widgets.mark_last_item("author/close");
  } else {
    widgets::WrappedText("Close the draft? It is deleted from the studio; export it first to keep a copy.");
    if (ImGui::Button("Delete the draft")) {
      ctx.studio->close();
      view = AuthorView{};
      return;
    }
    ctx.widgets.mark_last_item("author/close-confirm");
    widgets::SameLineIfFits(widgets::ButtonWidth("Keep it"));
    if (ImGui::Button("Keep it")) view.confirm_close = false;
  }
}

void draw_blueprint(AppContext& ctx, studio::Draft& draft, AuthorView& view) {
  const auto& problems = fresh_problems(draft, view);
  if (!draft.at("/pack/blueprint").is_object()) {
    widgets::WrappedText("This pack has no exam blueprint: it can hold role-plays, a glossary and presets, but "
                         "questions need a blueprint to say which domains an exam covers.");
    if (ImGui::Button("Add a blueprint")) {
      draft.set("/pack/blueprint", Json{{"questions", 10}, {"minutes", 15}, {"pass_percent", 70},
                                        {"domains", Json::array({Json{{"id", "general"}, {"name", "General"}, {"weight", 100}}})}});
    }
    ctx.widgets.mark_last_item("author/bp/add");
    FieldProblems(problems, "/pack/blueprint", true);
    return;
  }
  DraftInt(ctx, draft, "/pack/blueprint/questions", "Questions in one mock exam", "author/bp/questions", problems);
  DraftInt(ctx, draft, "/pack/blueprint/minutes", "Minutes allowed", "author/bp/minutes", problems);
  DraftInt(ctx, draft, "/pack/blueprint/pass_percent", "Score to pass (%)", "author/bp/pass", problems);
  FieldProblems(problems, "/pack/blueprint");

  ImGui::Spacing();
  widgets::TextIn(ctx.fonts.bold, "Domains: what one mock exam draws from each, against the questions written");
  int total = 0;
  const std::vector<DomainRow> rows = domain_rows(draft, &total);
  const int columns = ctx.compact() ? 4 : 6;
  if (ImGui::BeginTable("author-bp-domains", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Id");
    if (!ctx.compact()) ImGui::TableSetupColumn("Name");
    ImGui::TableSetupColumn("Weight %");
    ImGui::TableSetupColumn("Written");
    ImGui::TableSetupColumn("A mock needs");
    if (!ctx.compact()) ImGui::TableSetupColumn("");
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const DomainRow& row = rows[i];
      const std::string base = "/pack/blueprint/domains/" + std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      std::string id = row.id;
      ImGui::SetNextItemWidth(-1.0f);
      if (ImGui::InputText("##id", &id, ImGuiInputTextFlags_NoUndoRedo)) draft.set(base + "/id", id, base + "/id");
      ctx.widgets.mark_last_item("author/bp/domain/" + std::to_string(i) + "/id");
      if (!ctx.compact()) {
        ImGui::TableNextColumn();
        std::string name = row.name;
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::InputText("##name", &name, ImGuiInputTextFlags_NoUndoRedo)) draft.set(base + "/name", name, base + "/name");
        ctx.widgets.mark_last_item("author/bp/domain/" + std::to_string(i) + "/name");
      }
      ImGui::TableNextColumn();
      int weight = row.weight;
      ImGui::SetNextItemWidth(-1.0f);
      if (ImGui::InputInt("##weight", &weight, 0)) draft.set(base + "/weight", weight, base + "/weight");
      ctx.widgets.mark_last_item("author/bp/domain/" + std::to_string(i) + "/weight");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::to_string(row.have).c_str());
      ImGui::TableNextColumn();
      const int missing = row.need - row.have;
      if (missing > 0) ImGui::PushStyleColor(ImGuiCol_Text, colours::bad());
      ImGui::TextUnformatted((std::to_string(row.need) + (missing > 0 ? " (" + std::to_string(missing) + " to write)" : "")).c_str());
      if (missing > 0) ImGui::PopStyleColor();
      if (!ctx.compact()) {
        ImGui::TableNextColumn();
        if (widgets::CompactButton("Remove")) {
          draft.remove(base);
          ImGui::PopID();
          break;
        }
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, total == 100 ? colours::muted_text() : colours::bad());
  widgets::WrappedText("Weights add up to " + std::to_string(total) + "%" + (total == 100 ? "." : ": they must add up to 100%."));
  ImGui::PopStyleColor();
  FieldProblems(problems, "/pack/blueprint/domains", true);
  if (ImGui::Button("Add a domain")) {
    std::vector<std::string> ids;
    for (const auto& row : rows) ids.push_back(row.id);
    draft.insert("/pack/blueprint/domains", rows.size(),
                 Json{{"id", studio::unused_id("new-domain", ids)}, {"name", "New domain"}, {"weight", 0}});
  }
  ctx.widgets.mark_last_item("author/bp/add-domain");
}

void draw_glossary(AppContext& ctx, studio::Draft& draft, AuthorView& view) {
  const auto& problems = fresh_problems(draft, view);
  const Json& terms = studio::items_at(draft, "/pack/glossary");
  if (ImGui::Button("New term")) {
    std::vector<std::string> ids;
    for (const Json& term : terms) ids.push_back(studio::text_of(term, "id"));
    Json term{{"id", studio::unused_id("new-term", ids)}, {"term", ""}, {"definition", ""}};
    if (!draft.at("/pack/glossary").is_array()) draft.set("/pack/glossary", Json::array({term}));
    else draft.insert("/pack/glossary", terms.size(), term);
    view.term = studio::items_at(draft, "/pack/glossary").size() - 1;
  }
  ctx.widgets.mark_last_item("author/g/add");
  const Json& now = studio::items_at(draft, "/pack/glossary");
  const float list_height = ctx.compact() ? 160.0f : std::min(260.0f, ImGui::GetContentRegionAvail().y * 0.4f);
  ImGui::BeginChild("author-g-list", ImVec2(0, list_height), true);
  for (std::size_t i = 0; i < now.size(); ++i) {
    const bool flagged = !studio::problems_at(problems, "/pack/glossary/" + std::to_string(i)).empty();
    const std::string label = (flagged ? "! " : "") + studio::text_of(now[i], "id") + " — " + studio::text_of(now[i], "term") +
                              "##term" + std::to_string(i);
    if (ImGui::Selectable(label.c_str(), view.term == i)) view.term = i;
    ctx.widgets.mark_last_item("author/g/item/" + std::to_string(i));
  }
  if (now.empty()) widgets::MutedText("No terms yet.");
  ImGui::EndChild();
  if (view.term >= now.size()) return;
  const std::string base = "/pack/glossary/" + std::to_string(view.term);
  DraftText(ctx, draft, base + "/id", "Id (questions link to it)", "author/g/field/id", problems);
  DraftText(ctx, draft, base + "/term", "Term", "author/g/field/term", problems);
  DraftText(ctx, draft, base + "/definition", "Definition", "author/g/field/definition", problems, 3);
  DraftText(ctx, draft, base + "/source", "Source", "author/g/field/source", problems, 1, true);
  FieldProblems(problems, base);
  if (ImGui::Button("Delete term")) {
    draft.remove(base);
    if (view.term > 0) --view.term;
  }
  ctx.widgets.mark_last_item("author/g/delete");
}

void draw_problems(AppContext& ctx, const studio::Draft& draft, AuthorView& view) {
  if (view.checked_revision != draft.revision()) {
    widgets::MutedText("The check runs when you pause typing (on packs of over " +
                       std::to_string(studio::kAutoCheckMaxQuestions) + " questions, when you press Check now above).");
    return;
  }
  const auto& diagnostics = view.check.diagnostics;
  if (diagnostics.empty()) {
    widgets::WrappedText("No problems: the pack loads cleanly.");
  }
  widgets::MutedText("Click a problem to go to its place. The same checks run when a learner adds the pack.");
  const std::string questions = "/pack/questions/";
  const std::string glossary = "/pack/glossary/";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const auto& d = diagnostics[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, d.is_error() ? colours::bad() : colours::muted_text());
    const std::string place = d.pointer.rfind("/pack", 0) == 0 ? d.pointer.substr(5) : d.file + ": " + d.pointer;
    const std::string label = std::string(d.is_error() ? "Error" : "Warning") + " at " + (place.empty() ? "the pack" : place) +
                              ": " + d.message;
    const bool clicked = ImGui::Selectable(widgets::FitText(label, ImGui::GetContentRegionAvail().x).c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
    ctx.widgets.mark_last_item("author/problem/" + std::to_string(i));
    ImGui::PopID();
    if (!clicked) continue;
    if (d.pointer.rfind(questions, 0) == 0) {
      view.tab = AuthorTab::Questions;
      view.question = std::strtoul(d.pointer.c_str() + questions.size(), nullptr, 10);
      view.filter = QuestionFilter{};
      view.preview.reset();
      view.scroll_list_to_selected = true;
    } else if (d.pointer.rfind(glossary, 0) == 0) {
      view.tab = AuthorTab::Glossary;
      view.term = std::strtoul(d.pointer.c_str() + glossary.size(), nullptr, 10);
    } else if (d.pointer.rfind("/pack/blueprint", 0) == 0) {
      view.tab = AuthorTab::Blueprint;
    } else if (select_place(view.presets, d.pointer)) {
      view.tab = AuthorTab::Presets;
    } else if (select_place(view.assessments, d.pointer)) {
      view.tab = AuthorTab::Assessments;
    } else if (d.pointer.rfind("line ", 0) == 0 || d.pointer.rfind("/pack/roleplay", 0) == 0) {
      view.tab = AuthorTab::Roleplay;
    } else {
      view.tab = AuthorTab::Pack;
    }
  }
}

nlohmann::json describe_blueprint(const studio::Draft& draft) {
  int total = 0;
  nlohmann::json domains = nlohmann::json::array();
  for (const auto& row : domain_rows(draft, &total)) {
    domains.push_back({{"id", row.id}, {"weight", row.weight}, {"written", row.have}, {"needed", row.need},
                       {"missing", std::max(0, row.need - row.have)}});
  }
  return {{"present", draft.at("/pack/blueprint").is_object()}, {"weight_total", total}, {"domains", std::move(domains)}};
}

}  // namespace dealdojo::ui
