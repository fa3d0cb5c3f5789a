#include "core/content/pack_library.hpp"

#include <algorithm>

namespace dealdojo::content {

std::string QuestionRef::global_id() const {
  return global_question_id(pack->manifest.id, question->id);
}

std::optional<Diagnostic> PackLibrary::add(Pack pack, std::string_view source) {
  if (const auto existing = find_pack(pack.manifest.id)) {
    return Diagnostic{Diagnostic::Severity::Error, std::string(source), "/id",
                      "a pack with the id '" + pack.manifest.id + "' is already loaded ('" + existing->manifest.title +
                          "', version " + existing->manifest.version +
                          "); remove it first, or give this pack a different id"};
  }
  auto shared = std::make_shared<const Pack>(std::move(pack));
  for (const Question& q : shared->questions) {
    m_index.emplace(global_question_id(shared->manifest.id, q.id), QuestionRef{shared.get(), &q});
  }
  m_packs.push_back(std::move(shared));
  return std::nullopt;
}

bool PackLibrary::remove(std::string_view pack_id) {
  const auto it = std::find_if(m_packs.begin(), m_packs.end(),
                               [&](const auto& p) { return p->manifest.id == pack_id; });
  if (it == m_packs.end()) return false;
  m_packs.erase(it);
  rebuild_index();
  return true;
}

std::shared_ptr<const Pack> PackLibrary::find_pack(std::string_view pack_id) const {
  for (const auto& p : m_packs) {
    if (p->manifest.id == pack_id) return p;
  }
  return nullptr;
}

std::optional<QuestionRef> PackLibrary::find_question(std::string_view global_id) const {
  const auto it = m_index.find(std::string(global_id));
  if (it == m_index.end()) return std::nullopt;
  return it->second;
}

std::vector<QuestionRef> PackLibrary::all_questions() const {
  std::vector<QuestionRef> out;
  out.reserve(question_count());
  for (const auto& p : m_packs) {
    for (const Question& q : p->questions) out.push_back({p.get(), &q});
  }
  return out;
}

std::size_t PackLibrary::question_count() const {
  std::size_t n = 0;
  for (const auto& p : m_packs) n += p->questions.size();
  return n;
}

void PackLibrary::rebuild_index() {
  m_index.clear();
  for (const auto& p : m_packs) {
    for (const Question& q : p->questions) {
      m_index.emplace(global_question_id(p->manifest.id, q.id), QuestionRef{p.get(), &q});
    }
  }
}

}  // namespace dealdojo::content
