#include "platform/web_clipboard.hpp"

#include <emscripten.h>
#include <imgui.h>

#include <string>

namespace dealdojo::platform {
namespace {

std::string g_clipboard;  // what ImGui last read; it must outlive the call

EM_JS(void, listen_for_paste, (), {
  Module.dealdojoClipboard = "";
  document.addEventListener('paste', function(event) {
    if (event.clipboardData) Module.dealdojoClipboard = event.clipboardData.getData("text/plain") || "";
  }, true);
});

EM_JS(int, pasted_text_size, (), { return lengthBytesUTF8(Module.dealdojoClipboard || "") + 1; });
EM_JS(void, copy_pasted_text, (char* out, int size), { stringToUTF8(Module.dealdojoClipboard || "", out, size); });

EM_JS(void, write_system_clipboard, (const char* text), {
  var value = UTF8ToString(text);
  Module.dealdojoClipboard = value;  // a paste in the app works even if the browser refuses the copy
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(function() {});
});

const char* get_clipboard(void*) {
  const int size = pasted_text_size();
  g_clipboard.assign(static_cast<std::size_t>(size), '\0');
  copy_pasted_text(g_clipboard.data(), size);
  g_clipboard.resize(static_cast<std::size_t>(size - 1));
  return g_clipboard.c_str();
}

void set_clipboard(void*, const char* text) { write_system_clipboard(text); }

}  // namespace

void install_web_clipboard() {
  listen_for_paste();
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  io.ClipboardUserData = nullptr;
}

}  // namespace dealdojo::platform
