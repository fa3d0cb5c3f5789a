#include "ui/screens/assessment/report_download.hpp"

namespace dealdojo::ui {
namespace {

// Set once by the platform before the first frame; constant-initialised, so a
// registration from another file's static initialiser is never lost.
DownloadHandler g_download_handler = nullptr;

}  // namespace

void set_download_handler(DownloadHandler handler) { g_download_handler = handler; }
DownloadHandler download_handler() { return g_download_handler; }

}  // namespace dealdojo::ui
