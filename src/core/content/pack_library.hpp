#pragma once
// The packs loaded together. Pack ids are unique among them, so a question's global
// id "<pack-id>/<question-id>" names one question whatever else is loaded.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/content/pack.hpp"

namespace dealdojo::content {

struct QuestionRef {
  const Pack* pack = nullptr;
  const Question* question = nullptr;
  std::string global_id() const;
};

class PackLibrary {
 public:
  // Adds a validated pack. Refuses (and says why) one whose id is already loaded;
  // `source` names where it came from for the message ("content/extra.json").
  std::optional<Diagnostic> add(Pack pack, std::string_view source = "");
  bool remove(std::string_view pack_id);

  // In the order added. Shared so that a view holding a pack keeps it alive.
  const std::vector<std::shared_ptr<const Pack>>& packs() const { return m_packs; }
  std::shared_ptr<const Pack> find_pack(std::string_view pack_id) const;
  // "sales-rep/close-plan-basics" -> the question, or nullopt.
  std::optional<QuestionRef> find_question(std::string_view global_id) const;
  // Every question of every pack, packs in order added.
  std::vector<QuestionRef> all_questions() const;
  std::size_t question_count() const;

 private:
  void rebuild_index();

  std::vector<std::shared_ptr<const Pack>> m_packs;
  std::unordered_map<std::string, QuestionRef> m_index;  // global id -> question
};

}  // namespace dealdojo::content
