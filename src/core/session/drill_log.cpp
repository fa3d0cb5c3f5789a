#include "core/session/drill_log.hpp"

namespace dealdojo::session {

using content::Need;

void DrillLog::record(deals::DrillRecord record) {
  m_records.push_back(record);
  touch();
}

void DrillLog::write(nlohmann::json& document) const {
  nlohmann::json drills = nlohmann::json::array();
  for (const deals::DrillRecord& rec : m_records) drills.push_back(deals::drill_record_to_json(rec));
  document["drills"] = std::move(drills);
}

void DrillLog::read(content::ObjectReader& document, LoadNotes&) {
  m_records.clear();
  read_object_list(document, "drills", Need::Required, "a list of deal-desk drill answers", "a drill answer",
                   [&](content::ObjectReader& r) {
                     if (auto rec = deals::DrillRecord::read(r)) m_records.push_back(*rec);
                   });
  touch();
}

}  // namespace dealdojo::session
