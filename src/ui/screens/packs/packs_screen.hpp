#pragma once
#include <string>

#include "core/session/loaded_packs.hpp"
#include "ui/screen.hpp"

namespace dealdojo::ui {

// Packs: every pack loaded or refused, with its problems; choose the pack to
// study; add a pack (file picker or drop on the web, a path or drop natively);
// remove an added one.
class PacksScreen final : public Screen {
 public:
  std::string_view id() const override { return "packs"; }
  std::string_view title() const override { return "Packs"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  void draw_add(AppContext& ctx);
  void draw_record(AppContext& ctx, const session::PackRecord& record, std::size_t index);

  struct View {
    std::string path;           // native: the path typed to add
    std::string progress_path;  // native: the progress file to export to or import
  } m_view;
};

}  // namespace dealdojo::ui
