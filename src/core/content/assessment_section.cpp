#include "core/content/assessment_section.hpp"

#include <algorithm>

namespace dealdojo::content {

bool is_level(int level) { return level >= kMinLevel && level <= kMaxLevel; }

const std::string& Capability::level_text(int level) const {
  static const std::string empty;
  if (!is_level(level)) return empty;
  return levels[static_cast<std::size_t>(level - kMinLevel)];
}

const Capability* Assessment::find_capability(std::string_view capability_id) const {
  const auto it = std::find_if(capabilities.begin(), capabilities.end(),
                               [&](const Capability& c) { return c.id == capability_id; });
  return it == capabilities.end() ? nullptr : &*it;
}

std::string_view Assessment::level_name(int level) const {
  for (const ScaleLevel& s : scale) {
    if (s.level == level) return s.name;
  }
  return {};
}

std::vector<std::string> Assessment::areas() const {
  std::vector<std::string> out;
  for (const Capability& c : capabilities) {
    if (std::find(out.begin(), out.end(), c.area) == out.end()) out.push_back(c.area);
  }
  return out;
}

}  // namespace dealdojo::content
