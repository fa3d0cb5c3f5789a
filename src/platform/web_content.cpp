// The web side of built_in_content_state: what the page's loader of
// dealdojo_content.data reports (web/dealdojo_page.js, loadContent).
#include <emscripten.h>

#include "app/built_in_content.hpp"

namespace dealdojo {
namespace {

// 0 loading (or not asked for: a course package has no built-in packs), 1 ready, -1 failed.
EM_JS(int, content_state, (), {
  if (Module.dealdojoContent === undefined) return 1;
  return Module.dealdojoContent;
});
EM_JS(int, content_error_size, (), { return lengthBytesUTF8(Module.dealdojoContentError || "") + 1; });
EM_JS(void, content_error_copy, (char* out, int size), { stringToUTF8(Module.dealdojoContentError || "", out, size); });

}  // namespace

ContentState built_in_content_state(std::string& problem) {
  const int state = content_state();
  if (state > 0) return ContentState::Ready;
  if (state == 0) return ContentState::Loading;
  const int size = content_error_size();
  problem.assign(static_cast<std::size_t>(size), '\0');
  content_error_copy(problem.data(), size);
  problem.resize(static_cast<std::size_t>(size - 1));
  return ContentState::Failed;
}

}  // namespace dealdojo
