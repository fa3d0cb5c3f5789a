#pragma once
// The Presets and Self-assessment tabs of the Author screen (the trainer studio):
// a list of the draft's pipeline presets (FORMAT.md section 6) or self-assessments
// (section 16) beside a form for the selected one, its stages or capabilities
// listed in order under it with a form for the selected one. Fields write through
// the draft (undo, autosave) and show the whole-draft check's problems for their
// place; new items start as skeletons that load (core/studio/draft_skeletons.hpp).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"
#include "core/studio/draft.hpp"

namespace dealdojo::ui {

struct AppContext;

// A list of texts edited one a line: the text as typed is kept while its field is
// active, so a new empty line is not tidied away under the cursor.
struct LinesTyping {
  std::string pointer;  // the field being typed in ("" when none)
  std::string text;
};

struct PresetsView {
  std::size_t preset = 0;  // index in /pack/pipeline_presets
  std::size_t stage = 0;   // index in the preset's stages
  LinesTyping typing;      // exit criteria
};

struct AssessmentsView {
  std::size_t assessment = 0;  // index in /pack/assessments
  std::size_t capability = 0;  // index in the assessment's capabilities
  LinesTyping typing;          // best practices
};

// `problems`: the whole-draft check's diagnostics ("/pack/pipeline_presets/0/stages/2/probability"),
// empty while the check is out of date.
void draw_presets(AppContext& ctx, studio::Draft& draft, PresetsView& view,
                  const std::vector<content::Diagnostic>& problems);
void draw_assessments(AppContext& ctx, studio::Draft& draft, AssessmentsView& view,
                      const std::vector<content::Diagnostic>& problems);

// Selects the preset and stage (or assessment and capability) a problem's pointer
// names, for a click in the Problems tab; false when the pointer is not in that section.
bool select_place(PresetsView& view, std::string_view pointer);
bool select_place(AssessmentsView& view, std::string_view pointer);

// For tests (the screen's describe()): what the tabs show and which item is selected.
nlohmann::json describe_presets(const studio::Draft& draft, const PresetsView& view);
nlohmann::json describe_assessments(const studio::Draft& draft, const AssessmentsView& view);

}  // namespace dealdojo::ui
