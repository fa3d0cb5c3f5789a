#pragma once
// Form fields bound to a place in the draft: each reads the value at its JSON
// Pointer, writes edits back through Draft::set (so undo and autosave see them),
// and shows the loader's problems for that place under it.
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/studio/draft.hpp"

namespace dealdojo::ui {

struct AppContext;

// The text at `pointer` ("" when absent or not text).
std::string text_at(const studio::Draft& draft, std::string_view pointer);
// The texts of a list at `pointer`, joined by ", ".
std::string list_at(const studio::Draft& draft, std::string_view pointer);

// A labelled text field (multi-line when `lines` > 1) for the text at `pointer`;
// `name` is its widget name for tests. An emptied optional field is removed.
bool DraftText(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
               const std::string& name, const std::vector<content::Diagnostic>& problems, int lines = 1,
               bool optional = false);
// A list of texts typed as "a, b, c".
bool DraftList(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
               const std::string& name, const std::vector<content::Diagnostic>& problems);
// A whole number.
bool DraftInt(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
              const std::string& name, const std::vector<content::Diagnostic>& problems);
// One of `choices` (texts), as a combo.
bool DraftChoice(AppContext& ctx, studio::Draft& draft, const std::string& pointer, const char* label,
                 const std::string& name, const std::vector<std::string>& choices,
                 const std::vector<content::Diagnostic>& problems);

// The problems at exactly `pointer` (and inside it when `inside`), red for errors.
void FieldProblems(const std::vector<content::Diagnostic>& problems, std::string_view pointer, bool inside = false);

}  // namespace dealdojo::ui
