#include "core/session/saved_slice.hpp"

namespace dealdojo::session {

std::optional<content::JsonView> in_progress_part(content::ObjectReader& document, std::string_view name) {
  const auto in_progress = document.find(kInProgress);
  if (!in_progress || !in_progress->is_object()) return std::nullopt;
  const auto part = in_progress->find(name);
  if (!part || part->is_null()) return std::nullopt;
  return part;
}

void write_in_progress_part(nlohmann::json& document, std::string_view name, nlohmann::json part) {
  document[std::string(kInProgress)][std::string(name)] = std::move(part);
}

}  // namespace dealdojo::session
