#pragma once
// The trainer's studio: the one draft being written (or none), which the app
// autosaves to the user's storage whenever revision() moves. The draft's "studied_as"
// note is the pack id it was last studied under: "Study this pack" replaces that
// learner-added pack, and no other.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/studio/draft.hpp"

namespace dealdojo::studio {

inline constexpr std::string_view kDraftFileName = "draft.json";  // in the storage's "studio" folder

class Studio {
 public:
  bool has_draft() const { return m_draft.has_value(); }
  Draft& draft() { return *m_draft; }
  const Draft& draft() const { return *m_draft; }

  // Replaces the draft (the screen asks before throwing work away).
  void start(Draft draft);
  void close();


  // What the last CSV import refused, by row and column (shown until dismissed; not saved).
  const std::vector<content::Diagnostic>& import_problems() const { return m_import_problems; }
  void set_import_problems(std::vector<content::Diagnostic> problems) { m_import_problems = std::move(problems); }
  void dismiss_import_problems() { m_import_problems.clear(); }

  // Moves on every change: a start, a close, each edit, undo or redo.
  std::uint64_t revision() const { return m_offset + (m_draft ? m_draft->revision() : 0); }

  // Reads an autosave (Draft::save_files; problems named in `file` with their JSON Pointers).
  bool restore(std::string_view text, std::string_view file, std::vector<content::Diagnostic>& problems,
               const ReadChunk& read_chunk = {});

 private:
  void bump() { m_offset += (m_draft ? m_draft->revision() : 0) + 1; }

  std::optional<Draft> m_draft;
  std::vector<content::Diagnostic> m_import_problems;
  std::uint64_t m_offset = 0;
};

}  // namespace dealdojo::studio
