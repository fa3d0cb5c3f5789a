#pragma once
// Slice: the learner's self-assessment ratings, per assessment ("pack-id/assessment-id")
// and capability. Section "assessment_ratings".
#include <map>
#include <string>
#include <string_view>

#include "core/assessment/assessment.hpp"
#include "core/session/saved_slice.hpp"

namespace dealdojo::session {

class AssessmentRatings final : public SavedSlice {
 public:
  // "pack-id/assessment-id": the key one assessment's ratings are kept under.
  static std::string key(std::string_view pack_id, std::string_view assessment_id);

  // The ratings of one assessment (empty when none were given).
  const assessment::Ratings& ratings(std::string_view key) const;
  const std::map<std::string, assessment::Ratings, std::less<>>& all() const { return m_ratings; }
  // Sets one capability's rating; returns false when it already had that rating.
  bool rate(std::string_view key, std::string_view capability_id, int level);
  // Removes one rating; returns false when there was none.
  bool clear(std::string_view key, std::string_view capability_id);

  void write(nlohmann::json& document) const override;
  void read(content::ObjectReader& document, LoadNotes& notes) override;

 private:
  std::map<std::string, assessment::Ratings, std::less<>> m_ratings;
};

}  // namespace dealdojo::session
