#pragma once
// Everything of the learner's that is saved: one object per slice. This is the
// one list of slices — the progress document is their sections side by side,
// the session's revision is the sum of theirs, and a round-trip test walks it.
// A new saved feature adds its slice here (and to for_each_slice) and nowhere else.
#include <cstdint>

#include "core/session/answer_log.hpp"
#include "core/session/assessment_ratings.hpp"
#include "core/session/attempt_slot.hpp"
#include "core/session/drill_log.hpp"
#include "core/session/exam_history.hpp"
#include "core/session/guided_selling.hpp"
#include "core/session/pipeline_desk.hpp"
#include "core/session/roleplay_practice.hpp"
#include "core/session/settings.hpp"

namespace dealdojo::session {

struct SavedState {
  AnswerLog answers;
  ExamHistory history;
  AttemptSlot mock{"mock", AnswerLogging::OnSubmit};
  AttemptSlot practice{"practice", AnswerLogging::OnCheck};
  DrillLog drills;
  RoleplayPractice roleplay;
  PipelineDesk pipeline;
  GuidedSelling guided_selling;
  Preferences settings;
  AssessmentRatings assessment_ratings;

  // Calls `visit(slice)` for every slice, in the order of the members above.
  template <typename Visit>
  void for_each_slice(Visit&& visit) { visit_all(*this, visit); }
  template <typename Visit>
  void for_each_slice(Visit&& visit) const { visit_all(*this, visit); }

  // The sum of the slices' revisions: it moves whenever any slice changes.
  std::uint64_t revision() const;
  // Every slice's sections, side by side, into `document`.
  void write(nlohmann::json& document) const;
  // Every slice reads its sections (see SavedSlice::read).
  void read(content::ObjectReader& document, LoadNotes& notes);

 private:
  template <typename Self, typename Visit>
  static void visit_all(Self& self, Visit& visit) {
    visit(self.answers), visit(self.history), visit(self.mock), visit(self.practice), visit(self.drills),
        visit(self.roleplay), visit(self.pipeline), visit(self.guided_selling), visit(self.settings),
        visit(self.assessment_ratings);
  }
};

}  // namespace dealdojo::session
