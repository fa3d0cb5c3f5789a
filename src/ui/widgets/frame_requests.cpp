#include "ui/widgets/frame_requests.hpp"

#include <algorithm>

namespace dealdojo::ui::frame_requests {
namespace {
// One UI per process, like ImGui's own context: screens write, the platform reads.
std::int64_t g_wait_ms = -1;
}  // namespace

void request_within(std::int64_t ms) {
  ms = std::max<std::int64_t>(ms, 0);
  g_wait_ms = g_wait_ms < 0 ? ms : std::min(g_wait_ms, ms);
}

std::int64_t take_wait_ms() {
  const std::int64_t wait = g_wait_ms;
  g_wait_ms = -1;
  return wait;
}

}  // namespace dealdojo::ui::frame_requests
