#include "core/lms/suspend_data.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/progress/progress_document.hpp"

namespace dealdojo::lms {
namespace {

using nlohmann::json;

// Marks DealDojo's suspend data (and its layout's version) among whatever else an LMS holds.
constexpr std::string_view kPrefix = "DD1";

// Working state left out first when the data does not fit, least needed first:
// document path, and what the learner is told is missing.
struct Optional {
  const char* section;
  const char* in_progress;  // a member of "in_progress" instead, when set
  const char* told;
};
constexpr std::array<Optional, 8> kLeftOutFirst{{
    {"pipeline_desk", nullptr, "your changes to the Pipeline board"},
    {nullptr, "roleplay", "the role-play conversation you were in"},
    {"roleplay", nullptr, "your finished role-plays"},
    {"drills", nullptr, "your deal-desk drill answers"},
    {"assessment_ratings", nullptr, "your self-assessment ratings"},
    {"seen_baseline", nullptr, "the counts of questions seen before answers were kept"},
    {nullptr, "practice", "the practice run you were in"},
    {nullptr, "mock", "the mock exam you were in"},
}};

std::string base36(std::int64_t value) {
  const bool negative = value < 0;
  std::uint64_t v = negative ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
  std::string digits;
  do {
    digits.insert(digits.begin(), "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36]);
    v /= 36;
  } while (v != 0);
  return negative ? "-" + digits : digits;
}

// Source and correctness in one capital letter, which also ends the question index.
char flag_letter(const std::string& source, bool correct) {
  const int s = source == "mock" ? 1 : source == "review" ? 2 : 0;
  return static_cast<char>('A' + s * 2 + (correct ? 1 : 0));
}

// The answers as {"questions": [[domain, id, ...], ...], "events": "<index><flag><seconds since previous>,..."}:
// each question listed once under its domain, numbered through the groups in order.
json pack_answers(const json& answers) {
  auto key = [](const json& a) { return a.value("domain", "") + "\n" + a.value("question", ""); };
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  std::map<std::string, std::size_t> index_of;  // "domain\nid" -> index, once numbered
  for (const json& a : answers) {
    if (!index_of.emplace(key(a), 0).second) continue;
    const std::string domain = a.value("domain", "");
    auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == domain; });
    if (group == groups.end()) group = groups.insert(groups.end(), {domain, {}});
    group->second.push_back(a.value("question", ""));
  }
  std::size_t next = 0;
  json questions = json::array();
  for (const auto& [domain, ids] : groups) {
    json group = json::array({domain});
    for (const std::string& id : ids) {
      index_of[domain + "\n" + id] = next++;
      group.push_back(id);
    }
    questions.push_back(std::move(group));
  }
  std::string events;
  std::int64_t previous_s = 0;
  for (const json& a : answers) {
    const std::int64_t at_s = a.value("at_ms", std::int64_t{0}) / 1000;
    if (!events.empty()) events += ',';
    events += base36(static_cast<std::int64_t>(index_of[key(a)]));
    events += flag_letter(a.value("source", "practice"), a.value("correct", false));
    events += base36(at_s - previous_s);
    previous_s = at_s;
  }
  return {{"questions", std::move(questions)}, {"events", std::move(events)}};
}

std::optional<std::int64_t> parse_base36(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const bool negative = text.front() == '-';
  if (negative) text.remove_prefix(1);
  if (text.empty() || text.size() > 12) return std::nullopt;
  std::int64_t value = 0;
  for (char c : text) {
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    value = value * 36 + digit;
  }
  return negative ? -value : value;
}

// The packed answers back as the progress document's list; nullopt when damaged.
std::optional<json> unpack_answers(const json& packed, const std::string& pack_id) {
  if (!packed.is_object() || !packed.contains("questions") || !packed["questions"].is_array() ||
      !packed.contains("events") || !packed["events"].is_string()) {
    return std::nullopt;
  }
  std::vector<std::pair<std::string, std::string>> questions;  // (domain, id) by index
  for (const json& group : packed["questions"]) {
    if (!group.is_array() || group.empty()) return std::nullopt;
    for (std::size_t k = 0; k < group.size(); ++k) {
      if (!group[k].is_string()) return std::nullopt;
      if (k > 0) questions.emplace_back(group[0].get<std::string>(), group[k].get<std::string>());
    }
  }
  json answers = json::array();
  const std::string& events = packed["events"].get_ref<const std::string&>();
  std::int64_t at_s = 0;
  std::size_t start = 0;
  while (start < events.size()) {
    std::size_t end = events.find(',', start);
    if (end == std::string::npos) end = events.size();
    const std::string_view event(events.data() + start, end - start);
    const std::size_t flag = event.find_first_of("ABCDEF");
    if (flag == std::string_view::npos) return std::nullopt;
    const auto index = parse_base36(event.substr(0, flag));
    const auto delta = parse_base36(event.substr(flag + 1));
    if (!index || !delta || *index < 0 || static_cast<std::size_t>(*index) >= questions.size()) return std::nullopt;
    at_s += *delta;
    const int code = event[flag] - 'A';
    static constexpr std::array<const char*, 3> kSources{"practice", "mock", "review"};
    answers.push_back({{"pack", pack_id},
                       {"question", questions[static_cast<std::size_t>(*index)].second},
                       {"domain", questions[static_cast<std::size_t>(*index)].first},
                       {"correct", code % 2 == 1},
                       {"at_ms", at_s * 1000},
                       {"time_taken_ms", 0},
                       {"source", kSources[static_cast<std::size_t>(code / 2)]}});
    start = end + 1;
  }
  return answers;
}

// Finished attempts as rows: [mode, finished s, right, total, pass %, passed, used s, [[domain, right, total]...]].
json pack_history(const json& history) {
  json rows = json::array();
  for (const json& h : history) {
    json domains = json::array();
    for (const json& d : h.value("domains", json::array())) {
      domains.push_back({d.value("id", ""), d.value("right", 0), d.value("total", 0)});
    }
    rows.push_back({h.value("mode", ""), h.value("finished_at_ms", std::int64_t{0}) / 1000, h.value("right", 0),
                    h.value("total", 0), h.value("pass_percent", 0), h.value("passed", false) ? 1 : 0,
                    h.value("time_used_ms", std::int64_t{0}) / 1000, std::move(domains)});
  }
  return rows;
}

std::optional<json> unpack_history(const json& rows, const content::Pack& pack) {
  if (!rows.is_array()) return std::nullopt;
  json history = json::array();
  for (const json& row : rows) {
    if (!row.is_array() || row.size() != 8 || !row[7].is_array()) return std::nullopt;
    try {
      json domains = json::array();
      for (const json& d : row[7]) {
        const std::string id = d.at(0).get<std::string>();
        const content::BlueprintDomain* known = pack.blueprint ? pack.blueprint->find_domain(id) : nullptr;
        domains.push_back({{"id", id}, {"name", known ? known->name : id}, {"right", d.at(1)}, {"total", d.at(2)}});
      }
      history.push_back({{"pack", pack.manifest.id},
                         {"mode", row[0]},
                         {"finished_at_ms", row[1].get<std::int64_t>() * 1000},
                         {"right", row[2]},
                         {"total", row[3]},
                         {"pass_percent", row[4]},
                         {"passed", row[5].get<int>() != 0},
                         {"time_used_ms", row[6].get<std::int64_t>() * 1000},
                         {"domains", std::move(domains)}});
    } catch (const json::exception&) {
      return std::nullopt;
    }
  }
  return history;
}

std::string with_prefix(const json& document) {
  return std::string(kPrefix) + document.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

SuspendData encode_suspend_data(const session::SavedState& state, const content::Pack& pack, std::size_t limit,
                                std::int64_t now_ms) {
  json document = progress::to_json(state, now_ms);
  SuspendData out;
  // Only the course pack's record belongs to the course.
  auto on_pack = [&](const json& item) { return item.value("pack", "") == pack.manifest.id; };
  json answers = json::array(), history = json::array();
  for (const json& a : document["answers"]) if (on_pack(a)) answers.push_back(a);
  for (const json& h : document["history"]) if (on_pack(h)) history.push_back(h);
  if (answers.size() < document["answers"].size() || history.size() < document["history"].size()) {
    out.left_out.push_back("answers and attempts on other packs");
  }
  document["answers"] = answers;
  document["history"] = history;
  out.text = with_prefix(document);
  if (out.text.size() <= limit) return out;

  document.erase("answers");
  document.erase("history");
  document["packed_history"] = pack_history(history);
  document["packed_answers"] = pack_answers(answers);
  auto fits = [&] {
    document["left_out"] = out.left_out;
    out.text = with_prefix(document);
    return out.text.size() <= limit;
  };
  for (const Optional& part : kLeftOutFirst) {
    if (fits()) return out;
    json* holder = part.in_progress ? (document.contains("in_progress") ? &document["in_progress"] : nullptr) : &document;
    const char* key = part.in_progress ? part.in_progress : part.section;
    if (holder != nullptr && holder->is_object() && holder->contains(key) && !(*holder)[key].empty()) {
      // Record lists are required sections: they stay, empty.
      if ((*holder)[key].is_array()) (*holder)[key] = json::array();
      else holder->erase(key);
      out.left_out.push_back(part.told);
    }
  }
  if (fits()) return out;

  // Then the oldest practice runs, then the oldest answers: keep the most that fit.
  json kept_history = json::array();
  std::size_t dropped_runs = 0;
  for (const json& h : history) {
    if (h.value("mode", "") == "exam") kept_history.push_back(h);
    else ++dropped_runs;
  }
  if (dropped_runs > 0) {
    document["packed_history"] = pack_history(kept_history);
    out.left_out.push_back("your finished practice runs and study-mode mocks");
    if (fits()) return out;
  }
  std::size_t low = 0, high = answers.size();  // the most newest answers that fit lies in [low, high]
  out.left_out.push_back("");  // the answers' note, written once the count is known
  while (low < high) {
    const std::size_t keep = (low + high + 1) / 2;
    document["packed_answers"] = pack_answers(json(std::vector<json>(answers.end() - static_cast<std::ptrdiff_t>(keep), answers.end())));
    out.left_out.back() = "your " + std::to_string(answers.size() - keep) + " oldest answers";
    if (fits()) low = keep;
    else high = keep - 1;
  }
  document["packed_answers"] = pack_answers(json(std::vector<json>(answers.end() - static_cast<std::ptrdiff_t>(low), answers.end())));
  out.left_out.back() = "your " + std::to_string(answers.size() - low) + " oldest answers";
  fits();  // with no answers at all it may still not fit: the LMS then refuses it, and says so
  return out;
}

Resumed decode_suspend_data(std::string_view text, const content::Pack& pack) {
  Resumed out;
  if (text.empty()) {
    out.state.emplace();
    return out;
  }
  if (text.substr(0, kPrefix.size()) != kPrefix) {
    out.problem = "the LMS's saved data for this course was not written by DealDojo";
    return out;
  }
  json document = json::parse(text.substr(kPrefix.size()), nullptr, /*allow_exceptions=*/false);
  if (!document.is_object()) {
    out.problem = "the LMS's saved data for this course is damaged (not a JSON object)";
    return out;
  }
  if (document.contains("packed_answers")) {
    auto answers = unpack_answers(document["packed_answers"], pack.manifest.id);
    if (!answers) {
      out.problem = "the LMS's saved data for this course is damaged (at /packed_answers)";
      return out;
    }
    document["answers"] = std::move(*answers);
    document.erase("packed_answers");
  }
  if (document.contains("packed_history")) {
    auto history = unpack_history(document["packed_history"], pack);
    if (!history) {
      out.problem = "the LMS's saved data for this course is damaged (at /packed_history)";
      return out;
    }
    document["history"] = std::move(*history);
    document.erase("packed_history");
  }
  if (document.contains("left_out") && document["left_out"].is_array()) {
    std::string list;
    for (const json& item : document["left_out"]) {
      if (item.is_string() && !item.get_ref<const std::string&>().empty()) {
        list += (list.empty() ? "" : ", ") + item.get<std::string>();
      }
    }
    if (!list.empty()) out.notes.push_back("Your LMS keeps little data for a course, so this left out: " + list + ".");
  }
  progress::ReadResult read = progress::read_progress(document.dump());
  if (!read.state) {
    out.problem = "the LMS's saved data for this course could not be read: " +
                  (read.error ? read.error->to_string() : std::string("unknown problem"));
    return out;
  }
  out.state = std::move(read.state);
  for (std::string& note : read.notes) out.notes.push_back(std::move(note));
  return out;
}

}  // namespace dealdojo::lms
