#include "core/util/format.hpp"

#include <cmath>
#include <cstdio>

namespace dealdojo::util {

std::string format_duration(std::int64_t ms) {
  const std::int64_t total_seconds = (ms + 999) / 1000;
  const std::int64_t h = total_seconds / 3600, m = (total_seconds / 60) % 60, s = total_seconds % 60;
  char buffer[32];
  if (h > 0) {
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", static_cast<long long>(h),
                  static_cast<long long>(m), static_cast<long long>(s));
  } else {
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", static_cast<long long>(m), static_cast<long long>(s));
  }
  return buffer;
}

std::string format_fraction_percent(double fraction) {
  return std::to_string(static_cast<int>(fraction * 100.0 + 0.5)) + "%";
}

std::string format_points_percent(double points) { return std::to_string(static_cast<int>(points + 0.5)) + "%"; }

std::string format_one_decimal(double value) {
  const auto tenths = static_cast<long long>(std::llround(value * 10.0));
  const long long magnitude = tenths < 0 ? -tenths : tenths;
  return std::string(tenths < 0 ? "-" : "") + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

}  // namespace dealdojo::util
