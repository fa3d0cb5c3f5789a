#include "core/studio/draft.hpp"

#include <utility>

namespace dealdojo::studio {

namespace {

const Json& null_json() {
  static const Json kNull;
  return kNull;
}

// Parses a pointer, or nullopt when it is not one ("stem", "/a/~2"). Checked here
// because the JSON library is built without exceptions and would abort.
std::optional<Json::json_pointer> parse_pointer(std::string_view pointer) {
  if (!pointer.empty() && pointer[0] != '/') return std::nullopt;
  for (std::size_t i = 0; i < pointer.size(); ++i) {
    if (pointer[i] == '~' && (i + 1 == pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))) {
      return std::nullopt;
    }
  }
  return Json::json_pointer(std::string(pointer));
}

// The list index a pointer's last token names in `parent`, or nullopt.
std::optional<std::size_t> list_index(const Json& parent, const std::string& token, bool allow_end) {
  if (token.empty() || token.size() > 9) return std::nullopt;
  std::size_t index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return std::nullopt;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  if (token.size() > 1 && token[0] == '0') return std::nullopt;
  const std::size_t limit = parent.size() + (allow_end ? 1 : 0);
  if (index >= limit) return std::nullopt;
  return index;
}

}  // namespace

Draft::Draft() : Draft(Json::object()) {}

Draft::Draft(Json pack, std::string origin, Json scripts) {
  if (!pack.is_object()) pack = Json::object();
  m_document = Json::object();
  m_document["studio_draft"] = kDraftFormat;
  m_document["pack"] = std::move(pack);
  m_document["scripts"] = scripts.is_array() ? std::move(scripts) : Json::array();
  m_document["origin"] = std::move(origin);
}

std::string Draft::meta(std::string_view key) const {
  const auto found = m_document.find(std::string(key));
  return found != m_document.end() && found->is_string() ? found->get<std::string>() : std::string();
}

void Draft::set_meta(std::string_view key, std::string value) {
  if (meta(key) == value) return;
  m_document[std::string(key)] = std::move(value);
  ++m_revision;
}

const Json& Draft::at(std::string_view pointer) const {
  const auto parsed = parse_pointer(pointer);
  if (!parsed || !m_document.contains(*parsed)) return null_json();
  return m_document.at(*parsed);
}

bool Draft::set(std::string_view pointer, Json value, std::string_view merge_key) {
  const auto parsed = parse_pointer(pointer);
  if (!parsed || parsed->empty()) return false;
  const Json::json_pointer parent_pointer = parsed->parent_pointer();
  if (!m_document.contains(parent_pointer)) return false;
  const Json& parent = m_document.at(parent_pointer);
  std::optional<Json> before;
  if (parent.is_array()) {
    const auto index = list_index(parent, parsed->back(), true);
    if (!index) return false;
    if (*index < parent.size()) before = parent[*index];
  } else if (parent.is_object()) {
    const auto found = parent.find(parsed->back());
    if (found != parent.end()) before = *found;
  } else {
    return false;
  }
  if (before && *before == value) return false;
  return apply({std::string(pointer), std::move(before), std::move(value), std::string(merge_key)});
}

bool Draft::insert(std::string_view list_pointer, std::size_t index, Json value) {
  const Json& list = at(list_pointer);
  if (!list.is_array() || index > list.size()) return false;
  return apply({std::string(list_pointer) + "/" + std::to_string(index), std::nullopt, std::move(value), ""});
}

bool Draft::remove(std::string_view pointer) {
  const auto parsed = parse_pointer(pointer);
  if (!parsed || parsed->empty() || !m_document.contains(*parsed)) return false;
  return apply({std::string(pointer), m_document.at(*parsed), std::nullopt, ""});
}

bool Draft::apply(Edit edit) {
  put(edit.pointer, edit.before, edit.after);
  m_edits.resize(m_undo_at);  // a new edit forgets what could be redone
  const bool merges = !m_sealed && !edit.merge_key.empty() && !m_edits.empty() &&
                      m_edits.back().merge_key == edit.merge_key && m_edits.back().pointer == edit.pointer;
  if (merges) {
    m_edits.back().after = std::move(edit.after);
  } else {
    m_edits.push_back(std::move(edit));
    if (m_edits.size() > kMaxUndo) m_edits.erase(m_edits.begin());
  }
  m_undo_at = m_edits.size();
  m_sealed = m_edits.back().merge_key.empty();
  ++m_revision;
  return true;
}

// Changes the value at `pointer` from `from` to `to`: in a list an absent `from`
// inserts the item and an absent `to` removes it (the items after it move).
void Draft::put(const std::string& pointer, const std::optional<Json>& from, const std::optional<Json>& to) {
  const Json::json_pointer parsed(pointer);
  Json& parent = m_document.at(parsed.parent_pointer());
  const std::string& token = parsed.back();
  if (parent.is_array()) {
    const auto index = static_cast<std::ptrdiff_t>(std::stoul(token));
    if (!from && to) {
      parent.insert(parent.begin() + index, *to);
    } else if (from && !to) {
      parent.erase(static_cast<std::size_t>(index));
    } else if (to) {
      parent[static_cast<std::size_t>(index)] = *to;
    }
  } else if (!to) {
    parent.erase(token);
  } else {
    parent[token] = *to;
  }
  m_last_changed = pointer;
}

bool Draft::undo() {
  if (!can_undo()) return false;
  const Edit& edit = m_edits[--m_undo_at];
  put(edit.pointer, edit.after, edit.before);
  m_sealed = true;
  ++m_revision;
  return true;
}

bool Draft::redo() {
  if (!can_redo()) return false;
  const Edit& edit = m_edits[m_undo_at++];
  put(edit.pointer, edit.before, edit.after);
  m_sealed = true;
  ++m_revision;
  return true;
}

std::string Draft::save_text() const {
  // A big draft is written without indentation: it is read by the app, and each save counts.
  const Json& questions = at("/pack/questions");
  const bool big = questions.is_array() && questions.size() > kCompactSaveFromQuestions;
  return m_document.dump(big ? -1 : 2) + "\n";
}

std::optional<Draft> Draft::read_saved(std::string_view text, std::string_view file,
                                       std::vector<content::Diagnostic>& problems) {
  const auto problem = [&](std::string pointer, std::string message) {
    problems.push_back({content::Diagnostic::Severity::Error, std::string(file), std::move(pointer),
                        std::move(message)});
    return std::nullopt;
  };
  Json document = Json::parse(text, nullptr, false);
  if (document.is_discarded()) return problem("", "is not JSON (the file is damaged)");
  if (!document.is_object()) return problem("", "must be an object with \"studio_draft\", \"pack\" and \"scripts\"");
  const auto format = document.find("studio_draft");
  if (format == document.end() || !format->is_number_integer() || *format != kDraftFormat) {
    return problem("/studio_draft", "must be " + std::to_string(kDraftFormat) +
                                        " (a draft written by a newer DealDojo, or not a draft)");
  }
  const auto pack = document.find("pack");
  if (pack == document.end() || !pack->is_object()) return problem("/pack", "must be an object (the pack)");
  const auto scripts = document.find("scripts");
  if (scripts == document.end() || !scripts->is_array()) return problem("/scripts", "must be a list");
  for (std::size_t i = 0; i < scripts->size(); ++i) {
    const Json& script = (*scripts)[i];
    const std::string place = "/scripts/" + std::to_string(i);
    if (!script.is_object() || !script.contains("file") || !script["file"].is_string() ||
        !script.contains("text") || !script["text"].is_string()) {
      return problem(place, "must be an object with \"file\" and \"text\" (texts)");
    }
  }
  const auto origin = document.find("origin");
  Draft draft(*pack, origin != document.end() && origin->is_string() ? origin->get<std::string>() : "new", *scripts);
  if (const auto studied = document.find("studied_as"); studied != document.end() && studied->is_string()) {
    draft.m_document["studied_as"] = *studied;
  }
  return draft;
}

std::string draft_pack_id(const Draft& draft) {
  const Json& id = draft.pack().contains("id") ? draft.pack()["id"] : null_json();
  return id.is_string() ? id.get<std::string>() : std::string();
}

}  // namespace dealdojo::studio
