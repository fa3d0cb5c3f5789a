#pragma once
// How an exported report leaves the app on a platform that offers downloads (the
// web). The platform registers a handler once at start-up; natively there is none
// and the screen writes the file to a path the learner types instead. A plain
// function pointer keeps platform code out of src/ui.
namespace dealdojo::ui {

using DownloadHandler = void (*)(const char* file_name, const char* mime_type, const char* text);

void set_download_handler(DownloadHandler handler);
DownloadHandler download_handler();  // nullptr when the platform has no downloads

}  // namespace dealdojo::ui
