#pragma once
// Requests screens make of the app. Screens push them while drawing; the app
// carries them out after the frame's UI is built, so nothing a screen iterates
// over changes under it.
#include <string>
#include <variant>
#include <vector>

namespace dealdojo::ui {

struct AddPackFromPath { std::string path; };  // a file or folder on this machine
struct PickPackFile {};                        // open the platform's file picker
struct RemovePack { std::string pack_id; };
struct UsePack { std::string pack_id; };

using Intent = std::variant<AddPackFromPath, PickPackFile, RemovePack, UsePack>;
using Intents = std::vector<Intent>;

}  // namespace dealdojo::ui
