#include "core/session/assessment_ratings.hpp"

namespace dealdojo::session {

std::string AssessmentRatings::key(std::string_view pack_id, std::string_view assessment_id) {
  return std::string(pack_id) + "/" + std::string(assessment_id);
}

const assessment::Ratings& AssessmentRatings::ratings(std::string_view key) const {
  static const assessment::Ratings none;
  const auto it = m_ratings.find(key);
  return it == m_ratings.end() ? none : it->second;
}

bool AssessmentRatings::rate(std::string_view key, std::string_view capability_id, int level) {
  auto& ratings = m_ratings[std::string(key)];
  const auto it = ratings.find(capability_id);
  if (it != ratings.end() && it->second == level) return false;
  ratings[std::string(capability_id)] = level;
  touch();
  return true;
}

bool AssessmentRatings::clear(std::string_view key, std::string_view capability_id) {
  const auto ratings = m_ratings.find(key);
  if (ratings == m_ratings.end()) return false;
  const auto it = ratings->second.find(capability_id);
  if (it == ratings->second.end()) return false;
  ratings->second.erase(it);
  touch();
  return true;
}

void AssessmentRatings::write(nlohmann::json& document) const {
  if (m_ratings.empty()) return;
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, items] : m_ratings) {
    out[key] = nlohmann::json::object();
    for (const auto& [item, value] : items) out[key][item] = value;
  }
  document["assessment_ratings"] = std::move(out);
}

void AssessmentRatings::read(content::ObjectReader& document, LoadNotes&) {
  m_ratings.clear();
  const auto section = document.object("assessment_ratings", content::Need::Optional,
                                       "an object of assessment to ratings");
  if (section) {
    content::ObjectReader assessments(*section, document.pointer("assessment_ratings"), document.context());
    for (content::JsonView entry : section->children()) {
      const std::string key(entry.key());
      const auto items = assessments.object(key, content::Need::Required, "an object of capability to rating");
      if (!items) continue;
      content::ObjectReader levels(*items, assessments.pointer(key), document.context());
      auto& ratings = m_ratings[key];
      for (content::JsonView item : items->children()) {
        const std::string capability(item.key());
        if (auto level = levels.integer(capability, content::Need::Required, -1000, 1000, "a rating")) {
          ratings[capability] = *level;
        }
      }
    }
  }
  touch();
}

}  // namespace dealdojo::session
