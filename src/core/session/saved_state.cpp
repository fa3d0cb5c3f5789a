#include "core/session/saved_state.hpp"

namespace dealdojo::session {

std::uint64_t SavedState::revision() const {
  std::uint64_t sum = 0;
  for_each_slice([&sum](const SavedSlice& slice) { sum += slice.revision(); });
  return sum;
}

void SavedState::write(nlohmann::json& document) const {
  for_each_slice([&document](const SavedSlice& slice) { slice.write(document); });
}

void SavedState::read(content::ObjectReader& document, LoadNotes& notes) {
  // Shared by three slices, so checked here, once.
  document.object(kInProgress, content::Need::Optional, "an object with \"mock\", \"practice\" and/or \"roleplay\"");
  for_each_slice([&](SavedSlice& slice) { slice.read(document, notes); });
}

}  // namespace dealdojo::session
