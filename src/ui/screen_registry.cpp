// The one list of screens, in navigation order. A feature adds its screen here.
#include "ui/screen.hpp"
#include "ui/screens/assessment/assessment_screen.hpp"
#include "ui/screens/author/author_screen.hpp"
#include "ui/screens/deals/deal_desk_screen.hpp"
#include "ui/screens/exam/mock_exam_screen.hpp"
#include "ui/screens/home/home_screen.hpp"
#include "ui/screens/packs/packs_screen.hpp"
#include "ui/screens/pipeline/pipeline_screen.hpp"
#include "ui/screens/practice/practice_screen.hpp"
#include "ui/screens/roleplay/roleplay_screen.hpp"
#include "ui/screens/settings/settings_screen.hpp"

namespace dealdojo::ui {

std::vector<std::unique_ptr<Screen>> make_screens() {
  std::vector<std::unique_ptr<Screen>> screens;
  screens.push_back(std::make_unique<HomeScreen>());
  screens.push_back(std::make_unique<PracticeScreen>());
  screens.push_back(std::make_unique<MockExamScreen>());
  screens.push_back(std::make_unique<DealDeskScreen>());
  screens.push_back(std::make_unique<PipelineScreen>());
  screens.push_back(std::make_unique<RoleplayScreen>());
  screens.push_back(std::make_unique<AssessmentScreen>());
  screens.push_back(std::make_unique<PacksScreen>());
  screens.push_back(std::make_unique<AuthorScreen>());
  screens.push_back(std::make_unique<SettingsScreen>());  // keep last
  return screens;
}

}  // namespace dealdojo::ui
