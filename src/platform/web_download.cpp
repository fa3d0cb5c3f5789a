// Web: exported files (the self-assessment report) leave the app as browser
// downloads, through window.dealdojo.download in web/dealdojo_page.js.
#include <emscripten.h>

#include "ui/screens/assessment/report_download.hpp"

namespace dealdojo::platform {
namespace {

EM_JS(void, offer_download, (const char* file_name, const char* mime_type, const char* text), {
  window.dealdojo.download(UTF8ToString(file_name), UTF8ToString(mime_type), UTF8ToString(text));
});

// Registered before main() runs, so the first frame already offers downloads.
[[maybe_unused]] const bool g_registered = (ui::set_download_handler(&offer_download), true);

}  // namespace
}  // namespace dealdojo::platform
