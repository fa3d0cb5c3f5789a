#pragma once
// A small valid self-assessment to mutate in the assessment tests.
#include <string>

#include <nlohmann/json.hpp>

#include "unit/content/content_test_support.hpp"

namespace assessment_test {

inline nlohmann::json capability(const std::string& id, const std::string& area, int minimum, int recommended) {
  nlohmann::json levels = nlohmann::json::object();
  for (int level = 1; level <= 5; ++level) {
    levels[std::to_string(level)] = id + " at level " + std::to_string(level);
  }
  return {{"id", id},
          {"name", "Name of " + id},
          {"area", area},
          {"levels", levels},
          {"minimum", minimum},
          {"recommended", recommended},
          {"best_practices", {"First practice for " + id, "Second practice for " + id}},
          {"source", "Tests"}};
}

inline nlohmann::json scale() {
  nlohmann::json out = nlohmann::json::array();
  const char* names[] = {"Minimal", "Emerging", "Practicing", "Optimized", "Leading"};
  for (int level = 1; level <= 5; ++level) {
    out.push_back({{"level", level}, {"name", names[level - 1]}, {"meaning", std::string("Meaning of ") + names[level - 1]}});
  }
  return out;
}

// Three capabilities in two areas: forecasting (Sales, 3/4), cpq (Sales, 4/5),
// journeys (Marketing, 2/4).
inline nlohmann::json valid_assessment() {
  return {{"id", "maturity"},
          {"title", "Capability maturity"},
          {"scale", scale()},
          {"capabilities",
           {capability("forecasting", "Sales", 3, 4), capability("cpq", "Sales", 4, 5),
            capability("journeys", "Marketing", 2, 4)}}};
}

inline nlohmann::json bundle_with(const nlohmann::json& assessment) {
  nlohmann::json pack = content_test::valid_bundle();
  pack["assessments"] = nlohmann::json::array({assessment});
  return pack;
}

}  // namespace assessment_test
