#pragma once
// Whether the built-in packs are in AppConfig::content_dir yet. Natively they are
// files beside the app; the web page downloads them while the first frames are
// drawn (web/dealdojo_page.js), so the app waits for them before reading packs.
#include <string>

namespace dealdojo {

enum class ContentState { Loading, Ready, Failed };

// `problem` says why, when Failed.
ContentState built_in_content_state(std::string& problem);

}  // namespace dealdojo
