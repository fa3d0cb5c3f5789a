#pragma once
// What is wrong with a draft, found by the very loader that reads packs (`dojo
// validate`, adding a pack): the draft's bundle, with its scripts compiled in, is
// read by content::load_pack_from_text and its diagnostics are pointed back at the
// draft — a pack problem at its place in the document ("/pack/questions/3/stem"), a
// script problem at its script's line. There is no second validator here.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/content/cue_lint.hpp"
#include "core/content/diagnostic.hpp"
#include "core/content/pack.hpp"
#include "core/studio/draft.hpp"

namespace dealdojo::studio {

// The bundled pack as exported: the draft's pack with each script compiled and
// appended to its role-play scenarios (a script with a syntax error is left out and
// its problems are added to `script_problems`, when given).
Json export_bundle(const Draft& draft, std::vector<content::Diagnostic>* script_problems = nullptr);
// export_bundle() as the text of a .json file (2-space indent, final newline).
std::string export_text(const Draft& draft);
// "<pack id>.json", or "pack.json" when the draft has no id yet.
std::string export_file_name(const Draft& draft);

// The cue lint compares every pair of stems (near-duplicates), so on a big pack it
// takes seconds; while typing the studio runs it only up to this many questions.
inline constexpr std::size_t kCueLintMaxQuestions = 2000;
// Above this many questions the whole-draft check (most of a second in the browser at
// 10,000) runs when the trainer asks for it, not after every pause in typing.
inline constexpr std::size_t kAutoCheckMaxQuestions = 2000;

struct DraftCheck {
  // Errors first, then warnings. A pack problem's pointer is its place in the draft
  // document ("/pack/questions/3/stem", "" for the pack as a whole); a script's
  // problem names the script's file and "line N" (as `dojo roleplay check` does).
  std::vector<content::Diagnostic> diagnostics;
  std::optional<content::Pack> pack;  // the pack as the app would load it (no errors)
  content::CueLint cues;              // of `pack`; no findings when it does not load
  bool cues_skipped = false;          // the pack has more than kCueLintMaxQuestions questions
  bool has_errors() const { return content::has_errors(diagnostics); }
};

// The whole draft, as adding the exported file would read it.
DraftCheck check_draft(const Draft& draft);

// The problems of one question (`/pack/questions/<index>`), found by loading a
// pack of the draft's manifest, blueprint and glossary with this question alone: what
// the form shows while the trainer types. Checks across questions (duplicate ids)
// come from check_draft().
struct QuestionCheck {
  std::vector<content::Diagnostic> diagnostics;  // at "/pack/questions/<index>/..."
  // The pack of that one question when it loads: what "Preview" shows, as Practice would.
  std::optional<content::Pack> pack;
};
QuestionCheck check_question(const Draft& draft, std::size_t index);

// The diagnostics whose place is `pointer` or inside it (a field shows its own).
std::vector<const content::Diagnostic*> problems_at(const std::vector<content::Diagnostic>& diagnostics,
                                                    std::string_view pointer);

// Questions from a spreadsheet saved as CSV (the layout of FORMAT.md and `dojo import
// csv`), appended to the draft's questions as one edit (one undo). The CSV is read by
// content::import_csv against the draft's pack when it loads (so domains are checked
// against its blueprint); with any error nothing is added. Returns the diagnostics
// (rows and columns of the CSV) and sets `added`.
std::vector<content::Diagnostic> import_questions_csv(Draft& draft, std::string_view csv_text,
                                                      std::string_view file_name, std::size_t& added);
// The draft's questions as CSV (content::export_csv), or nullopt with the reason in
// `why` when the draft does not load yet (CSV is written from a loaded pack).
std::optional<std::string> questions_csv(const Draft& draft, std::string& why);

}  // namespace dealdojo::studio
