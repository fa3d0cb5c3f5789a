#pragma once

namespace dealdojo {
class App;
}

namespace dealdojo::platform {

// Makes `app` reachable from the JavaScript exports in web_bridge.cpp.
void attach_web_bridge(App& app);

}  // namespace dealdojo::platform
