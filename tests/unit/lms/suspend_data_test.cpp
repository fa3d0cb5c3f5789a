// The learner's progress as an LMS's suspend data (core/lms/suspend_data.hpp):
// whole when it fits, packed and cut to the newest answers when it does not, and
// readiness and the review queue rebuilt from what came back.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/content/pack_loader.hpp"
#include "core/lms/suspend_data.hpp"
#include "core/progress/progress_document.hpp"
#include "core/study/readiness.hpp"
#include "core/study/review_queue.hpp"

using namespace dealdojo;

namespace {

constexpr std::int64_t kStart = 1'764'900'000'000;  // 2025-12-05 02:00 UTC

const content::Pack& sales_rep() {
  static const content::Pack pack = *content::load_pack(std::filesystem::path(DEALDOJO_SOURCE_DIR) / "content/sales-rep").pack;
  return pack;
}

// `count` answers over the pack's questions, one every 97 minutes, mostly right.
session::SavedState with_answers(std::size_t count) {
  session::SavedState state;
  const auto& questions = sales_rep().questions;
  for (std::size_t i = 0; i < count; ++i) {
    const content::Question& q = questions[(i * 7) % questions.size()];
    study::AnswerEvent e;
    e.pack_id = "sales-rep";
    e.question_id = q.id;
    e.domain = q.domain;
    e.correct = (i % 4) != 0;
    e.at_ms = kStart + static_cast<std::int64_t>(i) * 97 * 60'000 + 123;  // the milliseconds are not kept
    e.time_taken_ms = 9000;
    e.source = i % 3 == 0 ? study::AnswerSource::Mock : study::AnswerSource::Practice;
    state.answers.record(e);
  }
  return state;
}

std::int64_t last_answer_ms(std::size_t count) { return kStart + static_cast<std::int64_t>(count - 1) * 97 * 60'000; }

}  // namespace

TEST_CASE("a small record goes in whole and comes back unchanged") {
  session::SavedState state = with_answers(5);
  state.settings.set_theme(session::Theme::Dark);
  const auto data = lms::encode_suspend_data(state, sales_rep(), 4096, kStart);
  CHECK(data.left_out.empty());
  CHECK(data.text.rfind("DD1{", 0) == 0);
  const auto back = lms::decode_suspend_data(data.text, sales_rep());
  REQUIRE_MESSAGE(back.state, back.problem);
  CHECK(back.notes.empty());
  CHECK(progress::to_json(*back.state, kStart) == progress::to_json(state, kStart));
}

TEST_CASE("2004's 64,000 characters hold 2,000 answers packed: readiness and the review queue come back the same") {
  const session::SavedState state = with_answers(2000);
  const auto data = lms::encode_suspend_data(state, sales_rep(), 64'000, kStart);
  CHECK(data.text.size() <= 64'000);
  CHECK(data.left_out.empty());
  const auto back = lms::decode_suspend_data(data.text, sales_rep());
  REQUIRE_MESSAGE(back.state, back.problem);
  const auto& before = state.answers.events();
  const auto& after = back.state->answers.events();
  REQUIRE(after.size() == before.size());
  for (std::size_t i = 0; i < before.size(); i += 199) {
    CAPTURE(i);
    CHECK(after[i].question_id == before[i].question_id);
    CHECK(after[i].domain == before[i].domain);
    CHECK(after[i].correct == before[i].correct);
    CHECK(after[i].source == before[i].source);
    CHECK(after[i].at_ms == before[i].at_ms - 123);
  }
  const std::int64_t now = last_answer_ms(2000) + 86'400'000;
  CHECK(study::due_count(sales_rep(), after, now, 0) == study::due_count(sales_rep(), before, now, 0));
  for (const auto& domain : sales_rep().blueprint->domains) {
    CHECK(study::domain_mastery(domain.id, after).mean == doctest::Approx(study::domain_mastery(domain.id, before).mean));
  }
}

TEST_CASE("1.2's 4,096 characters keep the newest answers, say how many were left out, and readiness barely moves") {
  session::SavedState state = with_answers(1500);
  state.settings.set_theme(session::Theme::Dark);
  const auto data = lms::encode_suspend_data(state, sales_rep(), 4096, kStart);
  CHECK(data.text.size() <= 4096);
  CHECK(data.text.size() > 3900);  // as much as fits is kept
  REQUIRE_FALSE(data.left_out.empty());
  CHECK(data.left_out.back().find("oldest answers") != std::string::npos);
  const auto back = lms::decode_suspend_data(data.text, sales_rep());
  REQUIRE_MESSAGE(back.state, back.problem);
  REQUIRE(back.notes.size() == 1);
  CHECK(back.notes[0].find("oldest answers") != std::string::npos);
  CHECK(back.state->settings.theme() == session::Theme::Dark);
  const auto& after = back.state->answers.events();
  CHECK(after.size() > 300);
  CHECK(after.size() < 1500);
  // The kept answers are the newest, in order.
  CHECK(after.back().at_ms == last_answer_ms(1500));
  CHECK(after.back().question_id == state.answers.events().back().question_id);
  // Readiness weighs recent answers: an answer 100 answers back in its domain weighs 3%.
  for (const auto& domain : sales_rep().blueprint->domains) {
    CHECK(study::domain_mastery(domain.id, after).mean ==
          doctest::Approx(study::domain_mastery(domain.id, state.answers.events()).mean).epsilon(0.02));
  }
}

TEST_CASE("working state is left out before any answer") {
  session::SavedState state = with_answers(150);
  state.drills.record({deals::DrillKind::Acv, true, 17, util::Money::from_cents(500), util::Money::from_cents(500)});
  const auto data = lms::encode_suspend_data(state, sales_rep(), 4096, kStart);
  REQUIRE(data.text.size() <= 4096);
  const auto back = lms::decode_suspend_data(data.text, sales_rep());
  REQUIRE_MESSAGE(back.state, back.problem);
  CHECK(back.state->answers.size() == 150);
}

TEST_CASE("damaged suspend data is refused with the reason, and empty data is a fresh start") {
  CHECK(lms::decode_suspend_data("", sales_rep()).state.has_value());
  CHECK(lms::decode_suspend_data("lesson=3", sales_rep()).problem.find("not written by DealDojo") != std::string::npos);
  CHECK(lms::decode_suspend_data("DD1{\"format\":", sales_rep()).problem.find("damaged") != std::string::npos);
  const auto bad_events = lms::decode_suspend_data(
      R"(DD1{"format":"dealdojo-progress","version":2,"saved_at":"2026-01-01T00:00:00Z","packed_answers":{"questions":[["planning","x"]],"events":"9Ab"}})",
      sales_rep());
  CHECK_FALSE(bad_events.state);
  CHECK(bad_events.problem.find("/packed_answers") != std::string::npos);
  const auto bad_field = lms::decode_suspend_data(
      R"(DD1{"format":"dealdojo-progress","version":2,"saved_at":"2026-01-01T00:00:00Z","answers":[{"pack":"sales-rep"}]})",
      sales_rep());
  CHECK_FALSE(bad_field.state);
  CHECK(bad_field.problem.find("/answers/0") != std::string::npos);
}
