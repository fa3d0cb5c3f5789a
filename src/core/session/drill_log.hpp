#pragma once
// Slice: the deal-desk drill problems answered, oldest first. Section "drills".
#include <vector>

#include "core/deals/drill.hpp"
#include "core/session/saved_slice.hpp"

namespace dealdojo::session {

class DrillLog final : public SavedSlice {
 public:
  const std::vector<deals::DrillRecord>& records() const { return m_records; }
  std::size_t size() const { return m_records.size(); }
  void record(deals::DrillRecord record);

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  std::vector<deals::DrillRecord> m_records;
};

}  // namespace dealdojo::session
