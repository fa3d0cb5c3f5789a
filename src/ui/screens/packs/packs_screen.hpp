#pragma once
#include <map>
#include <memory>
#include <string>

#include "core/content/cue_lint.hpp"
#include "core/session/loaded_packs.hpp"
#include "ui/screen.hpp"

namespace dealdojo::ui {

// Packs: every pack loaded or refused, with its problems and its question cue
// check; choose the pack to study; add a pack (file picker or drop on the web, a
// path or drop natively); remove an added one.
class PacksScreen final : public Screen {
 public:
  std::string_view id() const override { return "packs"; }
  std::string_view title() const override { return "Packs"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  void draw_add(AppContext& ctx);
  void draw_record(AppContext& ctx, const session::PackRecord& record, std::size_t index);
  void draw_cue_lint(AppContext& ctx, const std::shared_ptr<const content::Pack>& pack, const std::string& name);
  // The cue lint compares every pair of stems: computed once per loaded pack, not per frame.
  const content::CueLint& cue_lint_of(const std::shared_ptr<const content::Pack>& pack) const;

  struct CachedLint {
    std::weak_ptr<const content::Pack> pack;  // the pack it was computed for; a re-added pack is another
    content::CueLint lint;
  };
  mutable std::map<std::string, CachedLint, std::less<>> m_cue_lints;  // by pack id

  struct View {
    std::string path;           // native: the path typed to add
    std::string progress_path;  // native: the progress file to export to or import
  } m_view;
};

}  // namespace dealdojo::ui
