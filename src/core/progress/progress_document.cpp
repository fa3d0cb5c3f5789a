// [SECTION] capture and restore  [SECTION] writing  [SECTION] reading
#include "core/progress/progress_document.hpp"

#include <utility>

#include "core/pipeline/pipeline_file.hpp"

namespace dealdojo::progress {
namespace {

std::string_view source_name(study::AnswerSource source) {
  switch (source) {
    case study::AnswerSource::Practice: return "practice";
    case study::AnswerSource::Mock: return "mock";
    case study::AnswerSource::Review: return "review";
  }
  return "practice";
}

std::optional<study::AnswerSource> parse_source(std::string_view name) {
  if (name == "practice") return study::AnswerSource::Practice;
  if (name == "mock") return study::AnswerSource::Mock;
  if (name == "review") return study::AnswerSource::Review;
  return std::nullopt;
}

// Collects the first problem found while checking a document.
class Checker {
 public:
  bool ok() const { return !m_error; }
  std::optional<ReadError> take() { return std::move(m_error); }
  void fail(std::string pointer, std::string message) {
    if (!m_error) m_error = ReadError{ReadError::Kind::Damaged, std::move(pointer), std::move(message)};
  }
  // The member `key` of `obj` when it has the wanted type; records a problem otherwise.
  const nlohmann::json* need(const nlohmann::json& obj, const std::string& at, const char* key,
                             nlohmann::json::value_t type, const char* what) {
    auto it = obj.find(key);
    const std::string where = at + "/" + key;
    if (it == obj.end()) return fail(where, std::string("is missing (it should be ") + what + ")"), nullptr;
    const bool right = type == nlohmann::json::value_t::number_integer ? it->is_number_integer()
                                                                        : it->type() == type;
    if (!right) return fail(where, std::string("should be ") + what), nullptr;
    return &*it;
  }

 private:
  std::optional<ReadError> m_error;
};

using Type = nlohmann::json::value_t;

// A key as one JSON Pointer step ("~" -> "~0", "/" -> "~1").
std::string pointer_step(std::string_view key) {
  std::string out;
  for (char ch : key) {
    if (ch == '~') out += "~0";
    else if (ch == '/') out += "~1";
    else out += ch;
  }
  return out;
}

std::optional<study::AnswerEvent> read_answer(Checker& c, const nlohmann::json& j, const std::string& at) {
  if (!j.is_object()) return c.fail(at, "should be an answer (an object)"), std::nullopt;
  const auto* pack = c.need(j, at, "pack", Type::string, "a pack id");
  const auto* question = c.need(j, at, "question", Type::string, "a question id");
  const auto* domain = c.need(j, at, "domain", Type::string, "a domain id");
  const auto* correct = c.need(j, at, "correct", Type::boolean, "true or false");
  const auto* at_ms = c.need(j, at, "at_ms", Type::number_integer, "a time in milliseconds");
  const auto* taken = c.need(j, at, "time_taken_ms", Type::number_integer, "a duration in milliseconds");
  const auto* source = c.need(j, at, "source", Type::string, "\"practice\", \"mock\" or \"review\"");
  if (!c.ok()) return std::nullopt;
  study::AnswerEvent e;
  e.pack_id = pack->get<std::string>();
  e.question_id = question->get<std::string>();
  e.domain = domain->get<std::string>();
  e.correct = correct->get<bool>();
  e.at_ms = at_ms->get<std::int64_t>();
  e.time_taken_ms = taken->get<std::int64_t>();
  auto parsed = parse_source(source->get<std::string>());
  if (e.pack_id.empty()) c.fail(at + "/pack", "is empty");
  if (e.question_id.empty()) c.fail(at + "/question", "is empty");
  if (e.time_taken_ms < 0) c.fail(at + "/time_taken_ms", "is negative");
  if (!parsed) c.fail(at + "/source", "should be \"practice\", \"mock\" or \"review\"");
  if (!c.ok()) return std::nullopt;
  e.source = *parsed;
  return e;
}

void read_attempt(Checker& c, const nlohmann::json& in_progress, const char* key,
                  std::optional<exam::Attempt>& out) {
  auto it = in_progress.find(key);
  if (it == in_progress.end() || it->is_null()) return;
  std::string error;
  out = exam::Attempt::from_json(*it, error);
  if (!out) c.fail(std::string("/in_progress/") + key, error);
}

// Working state is optional: a damaged or unfitting section is dropped with a
// note naming its place, and the rest of the save still loads (docs/PROGRESS.md).
void read_roleplay_in_progress(const nlohmann::json& in_progress, ProgressSnapshot& s,
                               std::vector<std::string>& notes) {
  auto it = in_progress.find("roleplay");
  if (it == in_progress.end() || it->is_null()) return;
  std::string error;
  s.roleplay_in_progress = session::RoleplayInProgress::from_json(*it, error);
  if (!s.roleplay_in_progress) {
    notes.push_back("The role-play you were in could not be resumed (at /in_progress/roleplay: " + error +
                    "), so it was left out; the rest of your progress is loaded.");
  }
}

void read_pipeline_desk(const nlohmann::json& desk, ProgressSnapshot& s, std::vector<std::string>& notes) {
  auto drop = [&notes](const std::string& pointer, const std::string& problem) {
    notes.push_back("The pipeline you were editing could not be restored (at " + pointer + ": " + problem +
                    "), so the Pipeline board starts again from the sample; the rest of your progress is loaded.");
  };
  if (!desk.is_object()) return drop("/pipeline_desk", "should be an object");
  auto it = desk.find("pipeline");
  if (it == desk.end() || !it->is_object()) return drop("/pipeline_desk/pipeline", "should be a pipeline (an object)");
  pipeline::PipelineLoad load = pipeline::read_pipeline(it->dump(), "progress.json");
  if (!load.ok()) {
    for (const content::Diagnostic& d : load.diagnostics) {
      if (d.is_error()) return drop("/pipeline_desk/pipeline" + d.pointer, d.message);
    }
    return drop("/pipeline_desk/pipeline", "is not a pipeline");
  }
  PipelineDeskSave save;
  save.next_deal_number = static_cast<int>(load.pipeline->deals.size()) + 1;
  save.pipeline = std::move(*load.pipeline);
  if (auto n = desk.find("next_deal_number"); n != desk.end()) {
    if (!n->is_number_integer() || n->get<std::int64_t>() < 1 ||
        n->get<std::int64_t>() > static_cast<std::int64_t>(pipeline::kMaxDeals) * 100) {
      return drop("/pipeline_desk/next_deal_number", "should be a whole number, 1 or more");
    }
    save.next_deal_number = n->get<int>();
  }
  s.pipeline_desk = std::move(save);
}

// Checks a current-version document and builds the snapshot.
std::optional<ProgressSnapshot> read_current(Checker& c, const nlohmann::json& doc, std::vector<std::string>& notes) {
  ProgressSnapshot s;
  c.need(doc, "", "saved_at", Type::string, "the time of saving");
  const auto* answers = c.need(doc, "", "answers", Type::array, "a list of answers");
  const auto* history = c.need(doc, "", "history", Type::array, "a list of finished attempts");
  const auto* drills = c.need(doc, "", "drills", Type::array, "a list of deal-desk drill answers");
  if (!c.ok()) return std::nullopt;
  for (std::size_t i = 0; i < answers->size() && c.ok(); ++i) {
    if (auto e = read_answer(c, (*answers)[i], "/answers/" + std::to_string(i))) s.answers.push_back(std::move(*e));
  }
  for (std::size_t i = 0; i < history->size() && c.ok(); ++i) {
    auto rec = session::AttemptRecord::from_json((*history)[i]);
    if (!rec) c.fail("/history/" + std::to_string(i), "is not a finished attempt (a field is missing or wrong)");
    else s.history.push_back(std::move(*rec));
  }
  for (std::size_t i = 0; i < drills->size() && c.ok(); ++i) {
    auto rec = deals::drill_record_from_json((*drills)[i]);
    if (!rec) c.fail("/drills/" + std::to_string(i), "is not a drill answer (a field is missing or wrong)");
    else s.drills.push_back(*rec);
  }
  if (auto it = doc.find("seen_baseline"); it != doc.end() && c.ok()) {
    if (!it->is_object()) c.fail("/seen_baseline", "should be an object of question id to count");
    for (auto entry = it->begin(); c.ok() && entry != it->end(); ++entry) {
      if (!entry->is_number_integer() || entry->get<std::int64_t>() < 0 || entry->get<std::int64_t>() > 1'000'000) {
        c.fail("/seen_baseline/" + pointer_step(entry.key()), "should be a count (a whole number, 0 or more)");
      } else {
        s.seen_baseline[entry.key()] = entry->get<int>();
      }
    }
  }
  if (auto it = doc.find("in_progress"); it != doc.end() && c.ok()) {
    if (!it->is_object()) {
      c.fail("/in_progress", "should be an object with \"mock\", \"practice\" and/or \"roleplay\"");
    } else {
      read_attempt(c, *it, "mock", s.mock);
      read_attempt(c, *it, "practice", s.practice);
      read_roleplay_in_progress(*it, s, notes);
    }
  }
  if (auto it = doc.find("pipeline_desk"); it != doc.end() && c.ok()) read_pipeline_desk(*it, s, notes);
  if (auto it = doc.find("roleplay"); it != doc.end() && c.ok()) {
    if (!it->is_array()) c.fail("/roleplay", "should be a list of finished role-plays");
    for (std::size_t i = 0; c.ok() && i < it->size(); ++i) {
      auto rec = session::RoleplayRecord::from_json((*it)[i]);
      if (!rec) c.fail("/roleplay/" + std::to_string(i), "is not a finished role-play (a field is missing or wrong)");
      else s.roleplay.push_back(std::move(*rec));
    }
  }
  if (auto it = doc.find("assessment_ratings"); it != doc.end() && c.ok()) {
    if (!it->is_object()) c.fail("/assessment_ratings", "should be an object of assessment to ratings");
    for (auto a = it->begin(); c.ok() && a != it->end(); ++a) {
      const std::string at = "/assessment_ratings/" + pointer_step(a.key());
      if (!a->is_object()) c.fail(at, "should be an object of item to rating");
      for (auto r = a->begin(); c.ok() && r != a->end(); ++r) {
        if (!r->is_number_integer() || r->get<std::int64_t>() < -1000 || r->get<std::int64_t>() > 1000) {
          c.fail(at + "/" + pointer_step(r.key()), "should be a rating (a whole number)");
        } else {
          s.assessment_ratings[a.key()][r.key()] = r->get<int>();
        }
      }
    }
  }
  // Settings are preferences: a damaged value falls back to its default.
  if (auto it = doc.find("settings"); it != doc.end() && c.ok()) {
    if (!it->is_object()) c.fail("/settings", "should be an object");
    else s.settings = session::Settings::from_json(*it);
  }
  if (!c.ok()) return std::nullopt;
  return s;
}

}  // namespace

// [SECTION] capture and restore
ProgressSnapshot capture(const session::Session& session) {
  ProgressSnapshot s;
  s.answers = session.answers;
  s.history = session.history;
  s.drills = session.drills;
  s.seen_baseline = session.seen_baseline;
  s.mock = session.mock;
  s.practice = session.practice;
  s.roleplay = session.roleplay.history;
  s.settings = session.settings;
  s.assessment_ratings = session.assessment_ratings;
  s.roleplay_in_progress = session.roleplay.in_progress();
  if (session.pipeline.edited()) s.pipeline_desk = PipelineDeskSave{session.pipeline.pipeline(), session.pipeline.next_deal_number()};
  return s;
}

std::vector<std::string> restore(session::Session& session, ProgressSnapshot snapshot) {
  std::vector<std::string> notes;
  session.answers = std::move(snapshot.answers);
  session.history = std::move(snapshot.history);
  session.drills = std::move(snapshot.drills);
  session.seen_baseline = std::move(snapshot.seen_baseline);
  session.mock = std::move(snapshot.mock);
  session.practice = std::move(snapshot.practice);
  session.roleplay.history = std::move(snapshot.roleplay);
  session.settings = snapshot.settings;
  session.assessment_ratings = std::move(snapshot.assessment_ratings);
  session.roleplay.sync(session.packs);
  session.roleplay.leave();
  if (snapshot.roleplay_in_progress) {
    std::string dropped = session.roleplay.restore_in_progress(*snapshot.roleplay_in_progress);
    if (!dropped.empty()) notes.push_back(std::move(dropped));
  }
  if (snapshot.pipeline_desk) {
    session.pipeline.restore(std::move(snapshot.pipeline_desk->pipeline), snapshot.pipeline_desk->next_deal_number);
  } else {
    session.pipeline = session::PipelineDesk{};  // the screen starts it from the sample
  }
  session.adopt_restored_progress();
  return notes;
}

// [SECTION] writing
nlohmann::json to_json(const ProgressSnapshot& s, std::int64_t saved_at_ms) {
  nlohmann::json answers = nlohmann::json::array();
  for (const auto& e : s.answers) {
    answers.push_back({{"pack", e.pack_id}, {"question", e.question_id}, {"domain", e.domain},
                       {"correct", e.correct}, {"at_ms", e.at_ms}, {"time_taken_ms", e.time_taken_ms},
                       {"source", source_name(e.source)}});
  }
  nlohmann::json history = nlohmann::json::array();
  for (const auto& rec : s.history) history.push_back(rec.to_json());
  nlohmann::json drills = nlohmann::json::array();
  for (const auto& rec : s.drills) drills.push_back(deals::drill_record_to_json(rec));
  nlohmann::json roleplay = nlohmann::json::array();
  for (const auto& rec : s.roleplay) roleplay.push_back(rec.to_json());
  nlohmann::json doc = {{"format", kFormatName}, {"version", kCurrentVersion}, {"saved_at", iso_utc(saved_at_ms)},
                        {"answers", answers},     {"history", history},        {"drills", drills},
                        {"roleplay", roleplay},   {"settings", s.settings.to_json()}};
  if (!s.seen_baseline.empty()) doc["seen_baseline"] = s.seen_baseline;
  if (!s.assessment_ratings.empty()) {
    nlohmann::json ratings = nlohmann::json::object();
    for (const auto& [key, items] : s.assessment_ratings) {
      ratings[key] = nlohmann::json::object();
      for (const auto& [item, value] : items) ratings[key][item] = value;
    }
    doc["assessment_ratings"] = ratings;
  }
  if (s.mock || s.practice || s.roleplay_in_progress) {
    doc["in_progress"] = nlohmann::json::object();
    if (s.mock) doc["in_progress"]["mock"] = s.mock->to_json();
    if (s.practice) doc["in_progress"]["practice"] = s.practice->to_json();
    if (s.roleplay_in_progress) doc["in_progress"]["roleplay"] = s.roleplay_in_progress->to_json();
  }
  if (s.pipeline_desk) {
    const std::string text = pipeline::write_pipeline(s.pipeline_desk->pipeline);
    doc["pipeline_desk"] = {{"pipeline", nlohmann::json::parse(text, nullptr, false)},
                            {"next_deal_number", s.pipeline_desk->next_deal_number}};
  }
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
  Checker checker;
  result.snapshot = read_current(checker, doc, result.notes);
  if (!result.snapshot) result.error = checker.take();
  return result;
}

}  // namespace dealdojo::progress
