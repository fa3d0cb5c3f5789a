#include "ui/screens/home/home_screen.hpp"

#include <imgui.h>

#include "ui/app_context.hpp"
#include "ui/widgets/widgets.hpp"

namespace dealdojo::ui {

void HomeScreen::draw(AppContext& ctx) {
  widgets::TextIn(ctx.fonts.title, "Welcome to DealDojo");
  widgets::MutedText("Practise for the Sales Representative exam.");
}

nlohmann::json HomeScreen::describe(const AppContext&) const { return nlohmann::json::object(); }

}  // namespace dealdojo::ui
