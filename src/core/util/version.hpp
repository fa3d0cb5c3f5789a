#pragma once
#include <string_view>

namespace dealdojo {

// The app's version, shown in the UI and printed by the CLI.
inline constexpr std::string_view kVersion = "0.1.0";

}  // namespace dealdojo
