#pragma once
// A slice of the learner's saved state (STYLE.md, "Saved learner state"): one
// feature's data, owned by one class that is the only code changing it. Every
// change bumps the slice's revision (the app saves when a revision moves), and
// the slice writes and reads its own sections of the progress document through
// the one JSON field reader, so a damaged value is reported with its JSON Pointer.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/json_reader.hpp"

namespace dealdojo::session {

// What a slice's read() may say besides errors: an optional part it dropped
// ("the role-play you were in could not be resumed ..."), for the learner.
using LoadNotes = std::vector<std::string>;

class SavedSlice {
 public:
  virtual ~SavedSlice() = default;
  std::uint64_t revision() const { return m_revision; }

  // Adds this slice's sections to the progress document (an object).
  virtual void write(nlohmann::json& document) const = 0;
  // Replaces this slice's data with the document's sections. Problems go to the
  // reader's sink with their JSON Pointers; a damaged optional part is dropped
  // with a note instead. On errors the slice's data is unspecified: read into a
  // fresh SavedState and adopt it only when the whole document read cleanly.
  virtual void read(content::ObjectReader& document, LoadNotes& notes) = 0;

 protected:
  SavedSlice() = default;
  SavedSlice(const SavedSlice&) = default;
  SavedSlice& operator=(const SavedSlice&) = default;
  void touch() { ++m_revision; }

 private:
  std::uint64_t m_revision = 0;
};

// Working state in progress lives under the document's "in_progress" object,
// one member per slice ("mock", "practice", "roleplay").
inline constexpr std::string_view kInProgress = "in_progress";
// The slice's part of "in_progress", when there is one (null counts as none).
// SavedState reports an "in_progress" that is not an object, once.
std::optional<content::JsonView> in_progress_part(content::ObjectReader& document, std::string_view name);
void write_in_progress_part(nlohmann::json& document, std::string_view name, nlohmann::json part);

// Reads the list at `key`: each item must be an object (`what` names it in the
// message) and is handed to `read_item` as its own ObjectReader.
template <typename ReadItem>
void read_object_list(content::ObjectReader& document, std::string_view key, content::Need need,
                      std::string_view purpose, std::string_view what, ReadItem read_item) {
  const auto list = document.array(key, need, purpose);
  if (!list) return;
  std::size_t index = 0;
  for (content::JsonView item : list->children()) {
    const std::string pointer = document.pointer(key) + "/" + std::to_string(index++);
    if (!content::expect_object(item, pointer, document.context(), what)) continue;
    content::ObjectReader fields(item, pointer, document.context());
    read_item(fields);
  }
}

}  // namespace dealdojo::session
