// Gap analysis of a self-assessment, and its text and JSON forms.
//
// [SECTION] statuses and the report
// [SECTION] text
// [SECTION] JSON
#include "core/assessment/assessment_report.hpp"

#include <algorithm>

namespace dealdojo::assessment {
namespace {

using ojson = nlohmann::ordered_json;

int rank(Status status) {
  switch (status) {
    case Status::BelowMinimum: return 0;
    case Status::AtMinimum: return 1;
    case Status::Unrated: return 2;
    case Status::AtRecommended: return 3;
  }
  return 3;
}

void count(StatusCounts& counts, const CapabilityResult& r) {
  ++counts.capabilities;
  if (r.rating) ++counts.rated;
  switch (r.status) {
    case Status::BelowMinimum: ++counts.below_minimum; break;
    case Status::AtMinimum: ++counts.at_minimum; break;
    case Status::AtRecommended: ++counts.at_recommended; break;
    case Status::Unrated: ++counts.unrated; break;
  }
  counts.gap_to_minimum += r.gap_to_minimum;
  counts.gap_to_recommended += r.gap_to_recommended;
}

ojson counts_to_json(const StatusCounts& c) {
  return {{"capabilities", c.capabilities}, {"rated", c.rated},
          {"below_minimum", c.below_minimum}, {"at_minimum", c.at_minimum},
          {"at_recommended", c.at_recommended}, {"unrated", c.unrated},
          {"gap_to_minimum", c.gap_to_minimum}, {"gap_to_recommended", c.gap_to_recommended}};
}

std::string level_label(const Assessment& a, int level) {
  const std::string_view name = a.level_name(level);
  return std::to_string(level) + (name.empty() ? std::string() : " (" + std::string(name) + ")");
}

std::string plural(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] statuses and the report

std::string_view status_name(Status status) {
  switch (status) {
    case Status::BelowMinimum: return "below_minimum";
    case Status::AtMinimum: return "at_minimum";
    case Status::AtRecommended: return "at_recommended";
    case Status::Unrated: return "unrated";
  }
  return "unrated";
}

std::string_view status_label(Status status) {
  switch (status) {
    case Status::BelowMinimum: return "Below minimum";
    case Status::AtMinimum: return "At minimum";
    case Status::AtRecommended: return "At or above recommended";
    case Status::Unrated: return "Not rated";
  }
  return "Not rated";
}

Status status_of(const Capability& capability, std::optional<int> rating) {
  if (!rating || !is_level(*rating)) return Status::Unrated;
  if (*rating < capability.minimum) return Status::BelowMinimum;
  if (*rating < capability.recommended) return Status::AtMinimum;
  return Status::AtRecommended;
}

const CapabilityResult* Report::find(std::string_view capability_id) const {
  const auto it = std::find_if(items.begin(), items.end(),
                               [&](const CapabilityResult& r) { return r.capability->id == capability_id; });
  return it == items.end() ? nullptr : &*it;
}

Report build_report(const Assessment& assessment, const Ratings& ratings) {
  Report report;
  report.assessment = &assessment;
  for (const Capability& c : assessment.capabilities) {
    CapabilityResult r;
    r.capability = &c;
    if (const auto it = ratings.find(c.id); it != ratings.end() && is_level(it->second)) r.rating = it->second;
    r.status = status_of(c, r.rating);
    if (r.rating) {
      r.gap_to_minimum = std::max(0, c.minimum - *r.rating);
      r.gap_to_recommended = std::max(0, c.recommended - *r.rating);
    }
    if (r.gap_to_recommended > 0) r.practices = c.best_practices;
    report.items.push_back(std::move(r));
  }
  std::stable_sort(report.items.begin(), report.items.end(), [](const CapabilityResult& a, const CapabilityResult& b) {
    if (rank(a.status) != rank(b.status)) return rank(a.status) < rank(b.status);
    if (a.gap_to_minimum != b.gap_to_minimum) return a.gap_to_minimum > b.gap_to_minimum;
    return a.gap_to_recommended > b.gap_to_recommended;
  });
  for (const std::string& area : assessment.areas()) report.areas.push_back({area, {}});
  for (const CapabilityResult& r : report.items) {
    count(report.totals, r);
    for (AreaSummary& s : report.areas) {
      if (s.area == r.capability->area) count(s.counts, r);
    }
  }
  return report;
}

// ---------------------------------------------------------------------------------
// [SECTION] text

std::string report_to_text(const Report& report) {
  const Assessment& a = *report.assessment;
  const StatusCounts& t = report.totals;
  std::string out = a.title + "\n\n";
  out += "Rated " + std::to_string(t.rated) + " of " + std::to_string(t.capabilities) + ": " +
         std::to_string(t.below_minimum) + " below minimum, " + std::to_string(t.at_minimum) + " at minimum, " +
         std::to_string(t.at_recommended) + " at or above recommended";
  out += t.unrated > 0 ? ", " + std::to_string(t.unrated) + " not rated.\n" : ".\n";
  out += "\nBy area\n";
  for (const AreaSummary& s : report.areas) {
    out += "  " + s.area + ": " + std::to_string(s.counts.below_minimum) + " below minimum, " +
           std::to_string(s.counts.at_minimum) + " at minimum, " + std::to_string(s.counts.at_recommended) +
           " at recommended, " + std::to_string(s.counts.unrated) + " not rated; " +
           plural(s.counts.gap_to_recommended, "level", "levels") + " to recommended\n";
  }
  out += "\nIn order of priority\n";
  int n = 0;
  for (const CapabilityResult& r : report.items) {
    const Capability& c = *r.capability;
    out += "\n" + std::to_string(++n) + ". " + c.name + " (" + c.area + ") - " + std::string(status_label(r.status)) + "\n";
    out += "   Rated " + (r.rating ? level_label(a, *r.rating) : std::string("-")) + "; minimum " +
           level_label(a, c.minimum) + "; recommended " + level_label(a, c.recommended) + "\n";
    if (r.rating && r.gap_to_recommended > 0) {
      out += "   Gap: " + plural(r.gap_to_minimum, "level", "levels") + " to minimum, " +
             plural(r.gap_to_recommended, "level", "levels") + " to recommended\n";
    }
    if (!r.practices.empty()) {
      out += "   To close the gap:\n";
      for (const std::string& p : r.practices) out += "   - " + p + "\n";
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------
// [SECTION] JSON

ojson report_to_json(const Report& report) {
  const Assessment& a = *report.assessment;
  ojson items = ojson::array();
  for (const CapabilityResult& r : report.items) {
    const Capability& c = *r.capability;
    items.push_back({{"id", c.id}, {"name", c.name}, {"area", c.area},
                     {"rating", r.rating ? ojson(*r.rating) : ojson(nullptr)},
                     {"minimum", c.minimum}, {"recommended", c.recommended},
                     {"status", status_name(r.status)},
                     {"gap_to_minimum", r.gap_to_minimum}, {"gap_to_recommended", r.gap_to_recommended},
                     {"practices", r.practices}});
  }
  ojson areas = ojson::array();
  for (const AreaSummary& s : report.areas) {
    ojson area = counts_to_json(s.counts);
    area["area"] = s.area;
    areas.push_back(std::move(area));
  }
  return {{"assessment", a.id}, {"title", a.title}, {"summary", counts_to_json(report.totals)},
          {"areas", std::move(areas)}, {"capabilities", std::move(items)}};
}

ojson ratings_to_json(const Assessment& assessment, const Ratings& ratings) {
  ojson values = ojson::object();
  for (const Capability& c : assessment.capabilities) {
    if (const auto it = ratings.find(c.id); it != ratings.end() && is_level(it->second)) values[c.id] = it->second;
  }
  return {{"assessment", assessment.id}, {"ratings", std::move(values)}};
}

}  // namespace dealdojo::assessment
