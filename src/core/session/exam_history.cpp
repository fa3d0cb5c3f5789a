#include "core/session/exam_history.hpp"

namespace dealdojo::session {

using content::Need;

nlohmann::json AttemptRecord::to_json() const {
  nlohmann::json domain_list = nlohmann::json::array();
  for (const auto& d : domains) {
    domain_list.push_back({{"id", d.id}, {"name", d.name}, {"right", d.right}, {"total", d.total}});
  }
  return {{"pack", pack_id},       {"mode", exam::mode_name(mode)}, {"finished_at_ms", finished_at_ms},
          {"right", right},        {"total", total},                {"pass_percent", pass_percent},
          {"passed", passed},      {"time_used_ms", time_used_ms},  {"domains", domain_list}};
}

std::optional<AttemptRecord> AttemptRecord::read(content::ObjectReader& r) {
  const std::size_t errors_before = r.context().sink.error_count();
  AttemptRecord rec;
  const auto pack = r.text("pack", Need::Required, "the pack id");
  const auto mode = r.text("mode", Need::Required, "\"exam\", \"study\" or \"practice\"");
  const auto finished = r.whole_number("finished_at_ms", Need::Required, INT64_MIN, INT64_MAX, "a time in milliseconds");
  const auto total = r.integer("total", Need::Required, 0, 1'000'000, "the number of questions");
  const auto right = r.integer("right", Need::Required, 0, total.value_or(1'000'000), "the number answered right");
  const auto pass = r.integer("pass_percent", Need::Required, 0, 100, "the pass mark in percent");
  const auto passed = r.boolean("passed", Need::Required, "true or false");
  const auto used = r.whole_number("time_used_ms", Need::Required, 0, INT64_MAX, "a duration in milliseconds");
  const auto parsed_mode = mode ? exam::parse_mode(*mode) : std::nullopt;
  if (mode && !parsed_mode) r.error("mode", "must be \"exam\", \"study\" or \"practice\"");
  read_object_list(r, "domains", Need::Required, "the score per domain", "a domain's score",
                   [&](content::ObjectReader& d) {
                     const auto id = d.text("id", Need::Required, "the domain id");
                     const auto name = d.text("name", Need::Required, "the domain name");
                     const auto d_total = d.integer("total", Need::Required, 0, 1'000'000, "the domain's questions");
                     const auto d_right = d.integer("right", Need::Required, 0, d_total.value_or(1'000'000),
                                                    "the domain's right answers");
                     if (id && name && d_total && d_right) rec.domains.push_back({*id, *name, *d_right, *d_total});
                   });
  if (r.context().sink.error_count() != errors_before || !pack || !parsed_mode || !finished || !total || !right ||
      !pass || !passed || !used) {
    return std::nullopt;
  }
  rec.pack_id = *pack;
  rec.mode = *parsed_mode;
  rec.finished_at_ms = *finished;
  rec.right = *right;
  rec.total = *total;
  rec.pass_percent = *pass;
  rec.passed = *passed;
  rec.time_used_ms = *used;
  return rec;
}

void ExamHistory::record(AttemptRecord record) {
  m_records.push_back(std::move(record));
  touch();
}

void ExamHistory::write(nlohmann::json& document) const {
  nlohmann::json history = nlohmann::json::array();
  for (const AttemptRecord& rec : m_records) history.push_back(rec.to_json());
  document["history"] = std::move(history);
}

void ExamHistory::read(content::ObjectReader& document, LoadNotes&) {
  m_records.clear();
  read_object_list(document, "history", Need::Required, "a list of finished attempts", "a finished attempt",
                   [&](content::ObjectReader& r) {
                     if (auto rec = AttemptRecord::read(r)) m_records.push_back(std::move(*rec));
                   });
  touch();
}

}  // namespace dealdojo::session
