#pragma once
// A pack being written in the app's Author section (the trainer studio). The draft
// is kept in the pack's own bundled form (content/FORMAT.md) plus the role-play
// scripts it compiles, so it can hold anything a trainer has typed, valid or not:
// problems are found by the loader itself (draft_checks.hpp) and its JSON Pointers
// name places in this very document. Every change goes through edit(), which
// records it for undo and redo.
//
// The document:
//   {"studio_draft": 1,
//    "pack": { ...the bundled pack: manifest fields, "blueprint", "questions", ... },
//    "scripts": [{"file": "price-too-high.txt", "text": "id: price-too-high\n..."}],
//    "origin": "new" | "copy of sales-rep" | "opened catalogue.json",
//    "studied_as": "team-pack"}  (optional)
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"

namespace dealdojo::studio {

using Json = nlohmann::ordered_json;

inline constexpr int kDraftFormat = 1;
inline constexpr std::size_t kMaxUndo = 500;  // edits kept for undo (older ones are forgotten)
// A draft of more questions than this is saved as draft.json plus its questions in
// files of kQuestionsPerChunk, and a save writes only the files whose questions
// changed: typing into one question of 10,000 rewrites 500, not all of them.
inline constexpr std::size_t kChunkedSaveFromQuestions = 2000;
inline constexpr std::size_t kQuestionsPerChunk = 500;

// The files of one save (see Draft::save_files).
struct DraftSave {
  std::string main_text;                                         // draft.json
  std::vector<std::pair<std::string, std::string>> chunk_files;  // (name, text): to write, before draft.json
  std::vector<std::string> chunk_names;                          // every question file draft.json names, in order
};

// Reads a question file a saved draft names; nullopt when it is missing or unreadable.
using ReadChunk = std::function<std::optional<std::string>(const std::string& name)>;

// One change: the value at `pointer` goes from `before` to `after` (nullopt: absent,
// i.e. the change added or removed it). Inserting into a list is an edit whose
// pointer is the new item's place and whose `before` is nullopt.
struct Edit {
  std::string pointer;
  std::optional<Json> before;
  std::optional<Json> after;
  std::string merge_key;  // consecutive edits with the same non-empty key undo as one
};

class Draft {
 public:
  Draft();  // an empty pack (use new_pack / copy_of_pack for a real start)
  explicit Draft(Json pack, std::string origin = "new", Json scripts = Json::array());

  const Json& document() const { return m_document; }
  const Json& pack() const { return m_document["pack"]; }
  const Json& scripts() const { return m_document["scripts"]; }
  std::string origin() const { return meta("origin"); }
  // Notes about the draft that are not part of the pack and not undone: "origin",
  // "studied_as" (the pack id it was last studied under). Kept in the saved draft.
  std::string meta(std::string_view key) const;
  void set_meta(std::string_view key, std::string value);
  // The value at a JSON Pointer of the document ("/pack/questions/3/stem"), or null.
  const Json& at(std::string_view pointer) const;

  // Sets (or adds) the value at `pointer`; a list item's place may be one past the
  // end to append. Typing into one field passes the same `merge_key` each keystroke
  // so that undo takes the whole word back, not a letter. Returns false (and changes
  // nothing) when the place does not exist or the value is unchanged.
  bool set(std::string_view pointer, Json value, std::string_view merge_key = "");
  // Inserts into the list at `list_pointer` before `index` (index == size appends).
  bool insert(std::string_view list_pointer, std::size_t index, Json value);
  // Removes the item or member at `pointer`.
  bool remove(std::string_view pointer);
  // Ends the current merge: the next keystroke starts a new undo step (a field lost focus).
  void seal() { m_sealed = true; }

  bool can_undo() const { return m_undo_at > 0; }
  bool can_redo() const { return m_undo_at < m_edits.size(); }
  bool undo();
  bool redo();
  // The pointer the last undo or redo changed (the UI brings that place into view).
  const std::string& last_changed() const { return m_last_changed; }

  // Moves on every change (edits, undo, redo); the app autosaves when it moves.
  std::uint64_t revision() const { return m_revision; }

  // The whole draft as one file (2-space indent): the document with its notes. Undo
  // history is not saved.
  std::string save_text() const;
  // The draft as the app saves it: one file, or for a big draft draft.json naming
  // its question files ("question_files" in place of "questions"), with only the
  // files changed since the last saved() to write. `stamp` makes new names unique
  // ("questions-<stamp>-<k>.json"): write the chunk files, then draft.json.
  DraftSave save_files(std::uint64_t stamp) const;
  // The files of `save` are written: later saves write only what changes after it.
  void saved(const DraftSave& save);

  // Reads a saved draft (one file, or draft.json and the question files it names,
  // through `read_chunk`). Damage is reported with its JSON Pointer in `file`; the
  // pack itself may hold anything (its problems are the checks' business).
  static std::optional<Draft> read_saved(std::string_view text, std::string_view file,
                                         std::vector<content::Diagnostic>& problems, const ReadChunk& read_chunk = {});

 private:
  bool apply(Edit edit);
  void put(const std::string& pointer, const std::optional<Json>& from, const std::optional<Json>& to);
  // Notes which question files a change at `pointer` makes stale (`moves`: a question
  // was inserted or removed, so every file from its place on holds other questions).
  void mark_unsaved(const std::string& pointer, bool moves);

  Json m_document;
  std::vector<Edit> m_edits;
  std::size_t m_undo_at = 0;  // edits before this index are applied
  bool m_sealed = true;
  std::string m_last_changed;
  std::uint64_t m_revision = 0;
  // The question files of the last save, and which of them changes have made stale.
  std::vector<std::string> m_chunk_names;
  std::set<std::size_t> m_stale_chunks;
  std::size_t m_stale_from = SIZE_MAX;  // every chunk from this one on
  bool m_all_stale = true;
};

// Reading what a draft holds, which may be anything the trainer typed: the text at
// `key` of an object ("" when absent or not text), and the list at a pointer (an
// empty one when absent or not a list).
std::string text_of(const Json& object, std::string_view key);
const Json& items_at(const Draft& draft, std::string_view pointer);

// Whether `name` is a question file name a save makes ("questions-<n>-<k>.json").
bool is_chunk_name(std::string_view name);

// The pack id of a draft ("" when it has none yet).
std::string draft_pack_id(const Draft& draft);

}  // namespace dealdojo::studio
