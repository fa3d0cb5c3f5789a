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
// The trainer studio (Author): its draft is in AppContext::studio.
struct StudyDraft {};                                 // load the draft as a pack and study it
struct ExportDraft { std::string path; };             // native: where to write ("" = Downloads); web: a download
struct OpenDraftFromPath { std::string path; };       // native: a pack file typed by the trainer
// web: the file picker; the file opens as the draft, or (csv) its questions join the draft
struct PickDraftFile { bool csv = false; };
struct ImportDraftCsvFromPath { std::string path; };  // native: a CSV of questions typed by the trainer
struct ExportDraftCsv { std::string path; };          // native: where to write ("" = Downloads); web: a download

using Intent = std::variant<AddPackFromPath, PickPackFile, RemovePack, UsePack, ExportProgress, ImportProgressFromPath,
                            ShowScreen, StudyDraft, ExportDraft, OpenDraftFromPath, PickDraftFile,
                            ImportDraftCsvFromPath, ExportDraftCsv>;
using Intents = std::vector<Intent>;

}  // namespace dealdojo::ui
