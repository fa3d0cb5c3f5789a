#include "core/studio/draft_skeletons.hpp"

#include "core/content/assessment_section.hpp"
#include "core/studio/draft_start.hpp"

namespace dealdojo::studio {

namespace {

Json stage(std::string id, std::string name, int probability, std::string category) {
  return Json{{"id", std::move(id)},
              {"name", std::move(name)},
              {"probability", probability},
              {"forecast_category", std::move(category)}};
}

// The level names of the Customer 360 guide, as the manufacturing pack uses them.
Json standard_scale() {
  static constexpr const char* kLevels[][2] = {
      {"Minimal", "Little or no defined process: work is ad hoc and depends on individuals."},
      {"Emerging", "A process exists in places, but it is not followed consistently or improved."},
      {"Practicing", "A defined process is followed across the team and basic measures are in place."},
      {"Optimized", "The process is measured, integrated across teams and systems, and improved with data."},
      {"Leading", "Analytics and AI drive continuous improvement and the business learns from its data."}};
  Json scale = Json::array();
  int level = content::kMinLevel;
  for (const auto& [name, meaning] : kLevels) scale.push_back(Json{{"level", level++}, {"name", name}, {"meaning", meaning}});
  return scale;
}

}  // namespace

Json new_preset(std::span<const std::string> taken_ids) {
  Json open = stage("first-stage", "First stage", 10, "pipeline");
  open["conversion"] = kDefaultConversion;
  return Json{{"id", unused_id("new-pipeline", taken_ids)},
              {"name", "New pipeline"},
              {"stages", Json::array({std::move(open), stage("won", "Won", 100, "closed")})}};
}

Json new_stage(std::span<const std::string> taken_ids, int probability) {
  Json s = stage(unused_id("new-stage", taken_ids), "New stage", probability, "pipeline");
  s["conversion"] = kDefaultConversion;
  return s;
}

Json fit_conversions(Json stages) {
  if (!stages.is_array()) return stages;
  for (std::size_t i = 0; i < stages.size(); ++i) {
    Json& s = stages[i];
    if (!s.is_object()) continue;
    const bool last = i + 1 == stages.size();
    if (last) s.erase("conversion");
    else if (!s.contains("conversion")) s["conversion"] = kDefaultConversion;
  }
  return stages;
}

Json new_assessment(std::span<const std::string> taken_ids) {
  return Json{{"id", unused_id("new-assessment", taken_ids)},
              {"title", "New self-assessment"},
              {"description", "What the learner rates, and why."},
              {"scale", standard_scale()},
              {"capabilities", Json::array({new_capability({}, "General")})}};
}

Json new_capability(std::span<const std::string> taken_ids, std::string_view area) {
  Json levels = Json::object();
  for (int level = content::kMinLevel; level <= content::kMaxLevel; ++level) {
    levels[std::to_string(level)] = "What level " + std::to_string(level) + " looks like for this capability.";
  }
  return Json{{"id", unused_id("new-capability", taken_ids)},
              {"name", "New capability"},
              {"area", area.empty() ? std::string("General") : std::string(area)},
              {"levels", std::move(levels)},
              {"minimum", 3},
              {"recommended", 4},
              {"best_practices", Json::array({"A practice that moves a business up a level."})}};
}

}  // namespace dealdojo::studio
