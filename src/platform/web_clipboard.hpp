#pragma once
// Copy and paste between ImGui's text fields and the system on the web. SDL 2.26
// has no clipboard for Emscripten, and browsers only hand out clipboard text
// inside a paste event, so: copies go to navigator.clipboard, and the text of the
// page's last paste event is what Ctrl+V inserts (the event fires before the app
// sees the key in its next frame).
namespace dealdojo::platform {

// Call once after the ImGui context and its SDL backend exist.
void install_web_clipboard();

}  // namespace dealdojo::platform
