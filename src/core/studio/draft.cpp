#include "core/studio/draft.hpp"

#include <algorithm>
#include <cstdlib>
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

bool is_chunk_name(std::string_view name) {
  // questions-<digits>-<digits>.json: a plain name in the studio folder, never a path.
  constexpr std::string_view kPrefix = "questions-";
  constexpr std::string_view kSuffix = ".json";
  if (name.size() <= kPrefix.size() + kSuffix.size() || name.substr(0, kPrefix.size()) != kPrefix ||
      name.substr(name.size() - kSuffix.size()) != kSuffix) {
    return false;
  }
  const std::string_view middle = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
  const auto dash = middle.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == middle.size()) return false;
  for (std::size_t i = 0; i < middle.size(); ++i) {
    if (i != dash && (middle[i] < '0' || middle[i] > '9')) return false;
  }
  return true;
}

Draft::Draft() : Draft(Json::object()) {}

Draft::Draft(Json pack, std::string origin, Json scripts) {
  if (!pack.is_object()) pack = Json::object();
  m_document = Json::object();
  m_document["studio_draft"] = kDraftFormat;
  m_document["pack"] = std::move(pack);
  m_document["scripts"] = scripts.is_array() ? std::move(scripts) : Json::array();
  m_document["origin"] = std::move(origin);
}

std::string Draft::meta(std::string_view key) const { return text_of(m_document, key); }

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
  mark_unsaved(pointer, parent.is_array() && from.has_value() != to.has_value());
}

void Draft::mark_unsaved(const std::string& pointer, bool moves) {
  static const std::string kQuestions = "/pack/questions";
  if (kQuestions.compare(0, pointer.size(), pointer) == 0) {  // the questions, or what holds them
    m_all_stale = true;
    return;
  }
  if (pointer.compare(0, kQuestions.size() + 1, kQuestions + "/") != 0) return;
  const std::size_t start = kQuestions.size() + 1;
  const std::size_t end = pointer.find('/', start);
  const std::size_t index = std::strtoul(pointer.c_str() + start, nullptr, 10);
  const std::size_t chunk = index / kQuestionsPerChunk;
  if (moves && end == std::string::npos) m_stale_from = std::min(m_stale_from, chunk);
  else m_stale_chunks.insert(chunk);
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

std::string Draft::save_text() const { return m_document.dump(2) + "\n"; }

DraftSave Draft::save_files(std::uint64_t stamp) const {
  DraftSave save;
  const Json& questions = at("/pack/questions");
  if (!questions.is_array() || questions.size() <= kChunkedSaveFromQuestions) {
    save.main_text = save_text();
    return save;
  }
  const std::size_t chunks = (questions.size() + kQuestionsPerChunk - 1) / kQuestionsPerChunk;
  for (std::size_t k = 0; k < chunks; ++k) {
    const bool stale = m_all_stale || k >= m_stale_from || m_stale_chunks.count(k) > 0 || k >= m_chunk_names.size();
    if (!stale) {
      save.chunk_names.push_back(m_chunk_names[k]);
      continue;
    }
    const std::size_t first = k * kQuestionsPerChunk;
    const std::size_t last = std::min(questions.size(), first + kQuestionsPerChunk);
    Json slice = Json::array();
    for (std::size_t i = first; i < last; ++i) slice.push_back(questions[i]);
    std::string name = "questions-" + std::to_string(stamp) + "-" + std::to_string(k) + ".json";
    save.chunk_names.push_back(name);
    save.chunk_files.emplace_back(std::move(name), slice.dump() + "\n");
  }
  // draft.json: everything but the questions, which it names.
  Json main = Json::object();
  for (auto it = m_document.begin(); it != m_document.end(); ++it) {
    if (it.key() != "pack") {
      main[it.key()] = it.value();
      continue;
    }
    Json pack = Json::object();
    for (auto field = it.value().begin(); field != it.value().end(); ++field) {
      if (field.key() == "questions") pack["question_files"] = save.chunk_names;
      else pack[field.key()] = field.value();
    }
    main["pack"] = std::move(pack);
  }
  save.main_text = main.dump(2) + "\n";
  return save;
}

void Draft::saved(const DraftSave& save) {
  m_chunk_names = save.chunk_names;
  m_stale_chunks.clear();
  m_stale_from = SIZE_MAX;
  m_all_stale = false;
}

std::optional<Draft> Draft::read_saved(std::string_view text, std::string_view file,
                                       std::vector<content::Diagnostic>& problems, const ReadChunk& read_chunk) {
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
  // A big draft's questions are in the files it names.
  std::vector<std::string> chunk_names;
  if (const auto files = pack->find("question_files"); files != pack->end()) {
    if (!files->is_array()) return problem("/pack/question_files", "must be a list of file names");
    Json questions = Json::array();
    for (std::size_t k = 0; k < files->size(); ++k) {
      const Json& name = (*files)[k];
      const std::string place = "/pack/question_files/" + std::to_string(k);
      if (!name.is_string() || !is_chunk_name(name.get<std::string>())) {
        return problem(place, "must be the name of a question file (questions-<number>-<number>.json)");
      }
      const auto chunk_text = read_chunk ? read_chunk(name.get<std::string>()) : std::nullopt;
      if (!chunk_text) return problem(place, "the question file '" + name.get<std::string>() + "' is missing or unreadable");
      Json chunk = Json::parse(*chunk_text, nullptr, false);
      if (!chunk.is_array()) return problem(place, "the question file '" + name.get<std::string>() + "' is damaged");
      for (Json& question : chunk) questions.push_back(std::move(question));
      chunk_names.push_back(name.get<std::string>());
    }
    pack->erase("question_files");
    (*pack)["questions"] = std::move(questions);
  }
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
  const std::string origin_text = text_of(document, "origin");
  Draft draft(*pack, origin_text.empty() ? "new" : origin_text, *scripts);
  if (const auto studied = document.find("studied_as"); studied != document.end() && studied->is_string()) {
    draft.m_document["studied_as"] = *studied;
  }
  if (!chunk_names.empty()) {  // the files are on disk as read
    draft.m_chunk_names = std::move(chunk_names);
    draft.m_all_stale = false;
  }
  return draft;
}

std::string text_of(const Json& object, std::string_view key) {
  if (!object.is_object()) return "";
  const auto found = object.find(std::string(key));
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

const Json& items_at(const Draft& draft, std::string_view pointer) {
  static const Json kNone = Json::array();
  const Json& value = draft.at(pointer);
  return value.is_array() ? value : kNone;
}

std::string draft_pack_id(const Draft& draft) { return text_of(draft.pack(), "id"); }

}  // namespace dealdojo::studio
