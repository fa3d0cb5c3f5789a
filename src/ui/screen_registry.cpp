// The one list of screens, in navigation order. A feature adds its screen here.
#include "ui/screen.hpp"
#include "ui/screens/home/home_screen.hpp"

namespace dealdojo::ui {

std::vector<std::unique_ptr<Screen>> make_screens() {
  std::vector<std::unique_ptr<Screen>> screens;
  screens.push_back(std::make_unique<HomeScreen>());
  return screens;
}

}  // namespace dealdojo::ui
