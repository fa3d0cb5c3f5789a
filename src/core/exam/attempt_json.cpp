// Saving and restoring attempts. Restoring treats the data as untrusted: a save
// file may be old, edited or damaged, so every field is checked.
#include "core/exam/attempt.hpp"

#include <algorithm>

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

using content::Need;
using content::ObjectReader;

std::optional<PaperItem> read_item(ObjectReader& r) {
  PaperItem item;
  const auto question = r.text("question", Need::Required, "the question id");
  const auto domain = r.text("domain", Need::Required, "the domain id");
  const auto choose = r.integer("choose", Need::Required, 1, 8, "how many options to pick");
  const auto order = r.array("option_order", Need::Required, "the order the options are shown in");
  if (!question || !domain || !choose || !order) return std::nullopt;
  if (order->size() > 8) return r.error("option_order", "has more than 8 options"), std::nullopt;
  std::size_t i = 0;
  for (content::JsonView v : order->children()) {
    if (!v.is_unsigned() || v.unsigned_integer() >= order->size()) {
      r.context().sink.error(r.context().file, r.pointer("option_order") + "/" + std::to_string(i),
                             "must be an option's position, from 0 to " + std::to_string(order->size() - 1));
      return std::nullopt;
    }
    item.option_order.push_back(static_cast<std::size_t>(v.unsigned_integer()));
    ++i;
  }
  item.question_id = *question;
  item.domain = *domain;
  item.choose = *choose;
  return item;
}

std::optional<Response> read_response(ObjectReader& r) {
  Response response;
  const auto selected = r.text_list("selected", Need::Required, 8, /*ids=*/false, "the options picked");
  const auto flagged = r.boolean("flagged", Need::Required, "true or false");
  const auto checked = r.boolean("checked", Need::Required, "true or false");
  // Optional: saves from before per-question times were kept have none.
  const auto time_ms = r.whole_number("time_ms", Need::Optional, 0, INT64_MAX, "a duration in milliseconds");
  if (!selected || !flagged || !checked) return std::nullopt;
  response.selected = *selected;
  response.flagged = *flagged;
  response.checked = *checked;
  response.time_ms = time_ms.value_or(0);
  return response;
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
    nlohmann::json response = {{"selected", r.selected}, {"flagged", r.flagged}, {"checked", r.checked}};
    if (r.time_ms > 0) response["time_ms"] = r.time_ms;  // optional: older saves have none
    responses.push_back(std::move(response));
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

std::optional<Attempt> Attempt::read(ObjectReader& r) {
  const std::size_t errors_before = r.context().sink.error_count();
  Attempt a;
  const auto pack = r.text("pack", Need::Required, "the pack id");
  const auto seed = r.unsigned64("seed", Need::Required, "the paper's seed");
  const auto minutes = r.integer("minutes", Need::Required, 0, 10'000, "the time limit in minutes");
  const auto pass = r.integer("pass_percent", Need::Required, 0, 100, "the pass mark in percent");
  const auto mode = r.text("mode", Need::Required, "\"exam\", \"study\" or \"practice\"");
  const auto current = r.whole_number("current", Need::Required, 0, 1000, "the question on screen");
  const auto started = r.whole_number("started_at_ms", Need::Required, INT64_MIN, INT64_MAX, "a time in milliseconds");
  const auto elapsed = r.whole_number("elapsed_ms", Need::Required, 0, INT64_MAX, "a duration in milliseconds");
  const auto parsed_mode = mode ? parse_mode(*mode) : std::nullopt;
  if (mode && !parsed_mode) r.error("mode", "must be \"exam\", \"study\" or \"practice\"");
  // "" while the attempt runs, so it cannot be read as ordinary (non-empty) text.
  const auto submitted = r.find("submitted");
  if (!submitted) r.error("submitted", "'submitted' is missing: add \"\", \"learner\" or \"time_up\"");
  else if (!submitted->is_string()) r.error("submitted", "must be \"\", \"learner\" or \"time_up\"");
  else if (submitted->string() == "learner") a.m_submit_reason = SubmitReason::Learner;
  else if (submitted->string() == "time_up") a.m_submit_reason = SubmitReason::TimeUp;
  else if (!submitted->string().empty()) r.error("submitted", "must be \"\", \"learner\" or \"time_up\"");
  const auto paused = r.boolean("paused", Need::Optional, "true or false");

  const auto items = r.array("items", Need::Required, "the paper's questions");
  const auto responses = r.array("responses", Need::Required, "the answers, one per question");
  if (items && responses && (items->size() != responses->size() || items->size() > 1000)) {
    r.error("responses", "must have one answer per question (" + std::to_string(items->size()) + ")");
  } else if (items && responses) {
    std::size_t i = 0;
    for (content::JsonView item : items->children()) {
      const std::string at = r.pointer("items") + "/" + std::to_string(i);
      if (!content::expect_object(item, at, r.context(), "a question of the paper")) break;
      ObjectReader fields(item, at, r.context());
      if (auto read = read_item(fields)) a.m_paper.items.push_back(std::move(*read));
      ++i;
    }
    i = 0;
    for (content::JsonView response : responses->children()) {
      const std::string at = r.pointer("responses") + "/" + std::to_string(i);
      if (!content::expect_object(response, at, r.context(), "an answer")) break;
      ObjectReader fields(response, at, r.context());
      if (auto read = read_response(fields)) a.m_responses.push_back(std::move(*read));
      ++i;
    }
  }
  if (r.context().sink.error_count() != errors_before || !pack || !seed || !minutes || !pass || !parsed_mode ||
      !current || !started || !elapsed || !items || !responses) {
    return std::nullopt;
  }
  if (static_cast<std::size_t>(*current) > a.m_paper.items.size()) {
    r.error("current", "must be a question of the paper (0 to " + std::to_string(a.m_paper.items.size()) + ")");
    return std::nullopt;
  }
  a.m_paper.pack_id = *pack;
  a.m_paper.seed = *seed;
  a.m_paper.minutes = *minutes;
  a.m_paper.pass_percent = *pass;
  a.m_mode = *parsed_mode;
  a.m_started_at_ms = *started;
  a.m_elapsed_ms = *elapsed;
  a.m_paused = paused.value_or(false);
  a.m_current = a.m_paper.items.empty() ? 0 : std::min(static_cast<std::size_t>(*current), a.m_paper.items.size() - 1);
  return a;
}

util::Result<Attempt> Attempt::from_json(const nlohmann::json& data, std::string_view file) {
  return content::read_object<Attempt>(data, file, "a saved attempt");
}

}  // namespace dealdojo::exam
