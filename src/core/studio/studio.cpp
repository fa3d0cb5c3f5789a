#include "core/studio/studio.hpp"

#include <utility>

namespace dealdojo::studio {

void Studio::start(Draft draft) {
  bump();
  m_draft = std::move(draft);
}

void Studio::close() {
  bump();
  m_draft.reset();
}

bool Studio::restore(std::string_view text, std::string_view file, std::vector<content::Diagnostic>& problems,
                     const ReadChunk& read_chunk) {
  auto draft = Draft::read_saved(text, file, problems, read_chunk);
  if (!draft) return false;
  start(std::move(*draft));
  return true;
}

}  // namespace dealdojo::studio
