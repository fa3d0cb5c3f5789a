#pragma once
// Author: the trainer studio. Start a pack (from a template, as a copy of a loaded
// pack, or from a file), then write it in tabs — the pack's details, questions (a
// searchable list and a form, with a preview that answers like Practice), the
// blueprint, the glossary and role-play scripts — while the loader's own checks run
// on it (core/studio/draft_checks.hpp). Every edit goes through the draft, so
// Ctrl+Z / Ctrl+Shift+Z undo and redo it, and the app autosaves it.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/content/pack.hpp"
#include "core/session/attempt_slot.hpp"
#include "core/studio/draft_checks.hpp"
#include "ui/screen.hpp"
#include "ui/screens/author/preset_panels.hpp"
#include "ui/screens/author/roleplay_panel.hpp"
#include "ui/screens/exam/attempt_view.hpp"

namespace dealdojo::ui {

enum class AuthorTab { Pack, Questions, Blueprint, Glossary, Presets, Assessments, Roleplay, Problems };

inline constexpr std::uint64_t kNever = std::numeric_limits<std::uint64_t>::max();

struct QuestionFilter {
  std::string search;  // in the id, stem and options
  std::string domain;  // "" = any
  int kind = 0;        // 0 any, 1 single, 2 multiple
  bool problems_only = false;
  bool operator==(const QuestionFilter&) const = default;
};

struct QuestionPreview {
  std::optional<content::Pack> pack;  // the question alone, as the loader read it
  session::AttemptSlot slot{"preview", session::AnswerLogging::OnCheck};  // never the learner's
  AttemptViewState view;
};

struct AuthorView {
  AuthorTab tab = AuthorTab::Questions;
  // The whole-draft check, run once the trainer pauses (kCheckDelayMs after a change);
  // on a draft of over studio::kAutoCheckMaxQuestions questions when asked (Check now).
  studio::DraftCheck check;
  bool check_requested = false;
  bool check_shown_pending = false;  // "Checking..." was drawn; the check runs this frame
  std::uint64_t checked_revision = kNever;
  std::uint64_t seen_revision = kNever;
  std::int64_t changed_at_ms = 0;
  double check_ms = 0;  // how long the last check took
  std::vector<bool> question_has_problem;  // by index, from the last check
  // Questions.
  std::size_t question = 0;
  QuestionFilter filter;
  std::vector<std::size_t> shown;  // indices that pass the filter
  QuestionFilter shown_filter;
  std::uint64_t shown_revision = kNever;
  studio::QuestionCheck question_check;  // the selected question alone, after each change
  std::uint64_t question_checked_revision = kNever;
  std::size_t question_checked_index = 0;
  bool scroll_list_to_selected = false;
  std::optional<QuestionPreview> preview;
  // Glossary.
  std::size_t term = 0;
  // Start, export, close.
  std::string open_path;
  std::string export_path;
  std::string csv_path;  // native: the CSV to import
  bool confirm_close = false;
  PresetsView presets;
  AssessmentsView assessments;
  RoleplayPanel roleplay;
};

class AuthorScreen final : public Screen {
 public:
  std::string_view id() const override { return "author"; }
  std::string_view title() const override { return "Author"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  AuthorView m_view;
};

// The panels (author_start.cpp, question_panel.cpp, pack_panels.cpp).
void draw_start(AppContext& ctx, AuthorView& view);
void draw_questions(AppContext& ctx, studio::Draft& draft, AuthorView& view);
void draw_pack_details(AppContext& ctx, studio::Draft& draft, AuthorView& view);
void draw_blueprint(AppContext& ctx, studio::Draft& draft, AuthorView& view);
void draw_glossary(AppContext& ctx, studio::Draft& draft, AuthorView& view);
void draw_problems(AppContext& ctx, const studio::Draft& draft, AuthorView& view);
nlohmann::json describe_questions(const studio::Draft& draft, const AuthorView& view);
nlohmann::json describe_blueprint(const studio::Draft& draft);

// The whole-draft check's problems while it matches the draft (none while it is stale).
const std::vector<content::Diagnostic>& fresh_problems(const studio::Draft& draft, const AuthorView& view);

// The problems the trainer sees for the question at `index`: its own check while
// typing, and the whole-draft check's once it is up to date.
std::vector<content::Diagnostic> question_problems(const studio::Draft& draft, const AuthorView& view,
                                                   std::size_t index);

}  // namespace dealdojo::ui
