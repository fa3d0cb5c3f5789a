// [SECTION] writing  [SECTION] reading
// The document's header (format, version, saved_at) is read and written here;
// everything else belongs to the slices (core/session/saved_state.hpp).
#include "core/progress/progress_document.hpp"

#include <utility>

#include "core/content/json_reader.hpp"

namespace dealdojo::progress {

// [SECTION] writing
nlohmann::json to_json(const session::SavedState& state, std::int64_t saved_at_ms) {
  nlohmann::json doc = {{"format", kFormatName}, {"version", kCurrentVersion}, {"saved_at", iso_utc(saved_at_ms)}};
  state.write(doc);
  return doc;
}

// [SECTION] reading
std::string ReadError::to_string() const { return pointer.empty() ? message : "at " + pointer + ": " + message; }

bool looks_like_progress(std::string_view text) {
  const auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (!doc.is_object()) return false;
  auto format = doc.find("format");
  return format != doc.end() && format->is_string() && format->get<std::string>() == kFormatName;
}

ReadResult read_progress(std::string_view text) {
  ReadResult result;
  auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    result.error = ReadError{ReadError::Kind::NotJson, "", "the file is not valid JSON (it may be cut short)"};
    return result;
  }
  if (!doc.is_object()) {
    result.error = ReadError{ReadError::Kind::NotProgress, "", "the file is not a DealDojo progress file"};
    return result;
  }
  auto format = doc.find("format");
  if (format == doc.end() || !format->is_string() || format->get<std::string>() != kFormatName) {
    result.error = ReadError{ReadError::Kind::NotProgress, "/format",
                             "should be \"" + std::string(kFormatName) + "\": this is not a DealDojo progress file"};
    return result;
  }
  if (auto error = migrate(doc, result.version_read, result.notes)) {
    result.error = std::move(error);
    return result;
  }
  content::DiagnosticSink sink;
  content::ReadContext ctx{kSaveFile, sink};
  content::ObjectReader document(content::JsonView(doc), "", ctx);
  document.text("saved_at", content::Need::Required, "the time of saving");
  session::SavedState state;
  state.read(document, result.notes);
  const std::vector<content::Diagnostic> problems = sink.take();
  for (const content::Diagnostic& d : problems) {
    if (!d.is_error()) continue;  // unknown fields are warnings: a save keeps what it knows
    result.error = ReadError{ReadError::Kind::Damaged, d.pointer, d.message};
    return result;
  }
  result.state = std::move(state);
  return result;
}

}  // namespace dealdojo::progress
