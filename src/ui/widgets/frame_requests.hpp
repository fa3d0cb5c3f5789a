#pragma once
// Render on change: the platform draws a frame only after input, for a few
// frames after it (ImGui settles over 2-3 frames), and when something asked for
// one here. A screen whose content moves on its own (an animation, work run in
// slices, a clock) asks each frame it draws; see AppContext::request_frame.
#include <cstdint>

namespace dealdojo::ui::frame_requests {

// Asks for a frame within `ms` milliseconds (0: the next frame). The earliest
// request of a frame wins.
void request_within(std::int64_t ms);

// For the platform, after drawing a frame: milliseconds until a requested frame
// is due (0: draw the next one too; -1: nothing asked). Clears the requests.
std::int64_t take_wait_ms();

}  // namespace dealdojo::ui::frame_requests
