// Saving and restoring attempts. Restoring treats the data as untrusted: a save
// file may be old, edited or damaged, so every field is checked.
#include "core/exam/attempt.hpp"

namespace dealdojo::exam {
namespace {

std::string_view reason_name(SubmitReason reason) {
  switch (reason) {
    case SubmitReason::NotSubmitted: return "";
    case SubmitReason::Learner: return "learner";
    case SubmitReason::TimeUp: return "time_up";
  }
  return "";
}

bool read_string(const nlohmann::json& obj, const char* key, std::string& out) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return false;
  out = it->get<std::string>();
  return true;
}

bool read_int64(const nlohmann::json& obj, const char* key, std::int64_t& out) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_number_integer()) return false;
  out = it->get<std::int64_t>();
  return true;
}

std::optional<PaperItem> read_item(const nlohmann::json& j) {
  PaperItem item;
  std::int64_t choose = 0;
  if (!j.is_object() || !read_string(j, "question", item.question_id) ||
      !read_string(j, "domain", item.domain) || !read_int64(j, "choose", choose) || choose < 1 ||
      choose > 8) {
    return std::nullopt;
  }
  item.choose = static_cast<int>(choose);
  auto order = j.find("option_order");
  if (order == j.end() || !order->is_array() || order->size() > 8) return std::nullopt;
  for (const auto& v : *order) {
    if (!v.is_number_unsigned() || v.get<std::uint64_t>() >= order->size()) return std::nullopt;
    item.option_order.push_back(static_cast<std::size_t>(v.get<std::uint64_t>()));
  }
  return item;
}

std::optional<Response> read_response(const nlohmann::json& j) {
  Response r;
  if (!j.is_object()) return std::nullopt;
  auto selected = j.find("selected");
  if (selected == j.end() || !selected->is_array() || selected->size() > 8) return std::nullopt;
  for (const auto& v : *selected) {
    if (!v.is_string()) return std::nullopt;
    r.selected.push_back(v.get<std::string>());
  }
  auto flagged = j.find("flagged");
  auto checked = j.find("checked");
  if (flagged == j.end() || !flagged->is_boolean() || checked == j.end() || !checked->is_boolean()) {
    return std::nullopt;
  }
  r.flagged = flagged->get<bool>();
  r.checked = checked->get<bool>();
  return r;
}

}  // namespace

nlohmann::json Attempt::to_json() const {
  nlohmann::json items = nlohmann::json::array();
  for (const PaperItem& item : m_paper.items) {
    items.push_back({{"question", item.question_id},
                     {"domain", item.domain},
                     {"choose", item.choose},
                     {"option_order", item.option_order}});
  }
  nlohmann::json responses = nlohmann::json::array();
  for (const Response& r : m_responses) {
    responses.push_back({{"selected", r.selected}, {"flagged", r.flagged}, {"checked", r.checked}});
  }
  return {{"pack", m_paper.pack_id},
          {"seed", m_paper.seed},
          {"minutes", m_paper.minutes},
          {"pass_percent", m_paper.pass_percent},
          {"mode", mode_name(m_mode)},
          {"items", items},
          {"responses", responses},
          {"current", m_current},
          {"started_at_ms", m_started_at_ms},
          {"elapsed_ms", m_elapsed_ms},
          {"paused", m_paused},
          {"submitted", reason_name(m_submit_reason)}};
}

std::optional<Attempt> Attempt::from_json(const nlohmann::json& data, std::string& error) {
  error = "this is not a saved attempt (";
  if (!data.is_object()) return error += "not a JSON object)", std::nullopt;
  Attempt a;
  std::string mode, submitted;
  std::int64_t minutes = 0, pass = 0, current = 0;
  auto seed = data.find("seed");
  if (!read_string(data, "pack", a.m_paper.pack_id) || seed == data.end() ||
      !seed->is_number_unsigned() || !read_int64(data, "minutes", minutes) ||
      !read_int64(data, "pass_percent", pass) || !read_string(data, "mode", mode) ||
      !read_int64(data, "current", current) || !read_int64(data, "started_at_ms", a.m_started_at_ms) ||
      !read_int64(data, "elapsed_ms", a.m_elapsed_ms) || !read_string(data, "submitted", submitted)) {
    return error += "a field is missing or has the wrong type)", std::nullopt;
  }
  a.m_paper.seed = seed->get<std::uint64_t>();
  auto parsed_mode = parse_mode(mode);
  if (!parsed_mode || minutes < 0 || minutes > 10'000 || pass < 0 || pass > 100 || a.m_elapsed_ms < 0) {
    return error += "a value is out of range)", std::nullopt;
  }
  a.m_mode = *parsed_mode;
  a.m_paper.minutes = static_cast<int>(minutes);
  a.m_paper.pass_percent = static_cast<int>(pass);
  auto items = data.find("items");
  auto responses = data.find("responses");
  if (items == data.end() || !items->is_array() || responses == data.end() ||
      !responses->is_array() || items->size() != responses->size() || items->size() > 1000) {
    return error += "the questions and answers do not match)", std::nullopt;
  }
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto item = read_item((*items)[i]);
    auto response = read_response((*responses)[i]);
    if (!item || !response) return error += "question " + std::to_string(i + 1) + " is damaged)", std::nullopt;
    a.m_paper.items.push_back(std::move(*item));
    a.m_responses.push_back(std::move(*response));
  }
  if (current < 0 || static_cast<std::size_t>(current) > a.m_paper.items.size()) {
    return error += "the current question is out of range)", std::nullopt;
  }
  a.m_current = a.m_paper.items.empty() ? 0 : std::min(static_cast<std::size_t>(current), a.m_paper.items.size() - 1);
  auto paused = data.find("paused");
  a.m_paused = paused != data.end() && paused->is_boolean() && paused->get<bool>();
  if (submitted == "learner") a.m_submit_reason = SubmitReason::Learner;
  else if (submitted == "time_up") a.m_submit_reason = SubmitReason::TimeUp;
  else if (!submitted.empty()) return error += "unknown submission state)", std::nullopt;
  error.clear();
  return a;
}

}  // namespace dealdojo::exam
