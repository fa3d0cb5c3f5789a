#pragma once
// The "Your progress" part of the Packs screen: how much is saved, and export
// and import of the save (web: a download and the file picker; native: a path).
#include <string>

#include "ui/app_context.hpp"

namespace dealdojo::ui {

// `path` is the screen's view state: the path typed natively.
void draw_progress_panel(AppContext& ctx, std::string& path);

}  // namespace dealdojo::ui
