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
struct ExportProgress { std::string path; };          // native: where to write; web: "" (a download)
struct ImportProgressFromPath { std::string path; };  // native: a progress file typed by the learner
struct ShowScreen { std::string screen_id; };         // open another section (e.g. Home -> Practice)

using Intent = std::variant<AddPackFromPath, PickPackFile, RemovePack, UsePack, ExportProgress, ImportProgressFromPath,
                            ShowScreen>;
using Intents = std::vector<Intent>;

}  // namespace dealdojo::ui
