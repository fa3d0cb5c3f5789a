#include <doctest/doctest.h>

#include "core/util/format.hpp"

using namespace dealdojo;

TEST_CASE("format_duration: minutes and seconds, hours when there are any") {
  CHECK(util::format_duration(0) == "0:00");
  CHECK(util::format_duration(1) == "0:01");  // whole seconds rounded up: a countdown shows 0:00 only at the end
  CHECK(util::format_duration(1'000) == "0:01");
  CHECK(util::format_duration(1'001) == "0:02");
  CHECK(util::format_duration(245'000) == "4:05");
  CHECK(util::format_duration(3'599'000) == "59:59");
  CHECK(util::format_duration(3'600'000) == "1:00:00");
  CHECK(util::format_duration(6'299'000) == "1:44:59");
  CHECK(util::format_duration(36'000'000) == "10:00:00");
}

TEST_CASE("format_fraction_percent: a fraction as a whole percentage, half up") {
  CHECK(util::format_fraction_percent(0.0) == "0%");
  CHECK(util::format_fraction_percent(0.734) == "73%");
  CHECK(util::format_fraction_percent(0.125) == "13%");  // 12.5 rounds up
  CHECK(util::format_fraction_percent(0.996) == "100%");
  CHECK(util::format_fraction_percent(1.0) == "100%");
}

TEST_CASE("format_points_percent: percentage points as a whole percentage, half up") {
  CHECK(util::format_points_percent(0.0) == "0%");
  CHECK(util::format_points_percent(73.4) == "73%");
  CHECK(util::format_points_percent(73.5) == "74%");
  CHECK(util::format_points_percent(100.0) == "100%");
}
