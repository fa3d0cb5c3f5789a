#include "ui/screens/home/home_figures.hpp"

#include <cmath>
#include <ctime>

#include "core/study/history.hpp"
#include "core/study/review_queue.hpp"
#include "core/util/text.hpp"

namespace dealdojo::ui {
namespace {

constexpr int kDaysCharted = 14;
constexpr std::size_t kRecentMocks = 5;


nlohmann::json attempt_progress(const char* kind, const exam::Attempt& attempt) {
  return {{"kind", kind},
          {"answered", attempt.size() - attempt.unanswered_count()},
          {"total", attempt.size()}};
}

}  // namespace

std::int64_t local_utc_offset_ms(std::int64_t now_ms) {
  // Standard C only: the UTC calendar time read back as local time is off by the
  // offset (tm_gmtoff is an extension).
  const std::time_t seconds = static_cast<std::time_t>(now_ms / 1000);
  const std::tm* utc = std::gmtime(&seconds);
  if (utc == nullptr) return 0;
  std::tm as_local = *utc;
  as_local.tm_isdst = -1;
  const std::time_t shifted = std::mktime(&as_local);
  if (shifted == static_cast<std::time_t>(-1)) return 0;
  return static_cast<std::int64_t>(seconds - shifted) * 1000;
}

FiguresKey figures_key(const session::Session& session, std::int64_t now_ms, std::int64_t utc_offset_ms) {
  const content::Pack* pack = session.packs().active_pack();
  return {pack == nullptr ? std::string() : pack->manifest.id, session.answers().size(), session.history().size(),
          study::local_day(now_ms, utc_offset_ms)};
}

HomeFigures compute_home_figures(const session::Session& session, std::int64_t now_ms,
                                 std::int64_t utc_offset_ms) {
  HomeFigures out;
  out.key = figures_key(session, now_ms, utc_offset_ms);
  out.streak = study::streak_days(session.answers().events(), now_ms, utc_offset_ms);
  const content::Pack* pack = session.packs().active_pack();
  if (pack == nullptr) return out;
  const auto answers = study::events_for_pack(session.answers().events(), pack->manifest.id);
  out.answered = static_cast<int>(answers.size());
  out.readiness = study::compute_readiness(*pack, answers);
  out.due = study::due_count(*pack, answers, now_ms, utc_offset_ms);
  out.daily = study::accuracy_over_time(answers, study::Period::Day, kDaysCharted, now_ms, utc_offset_ms);
  std::vector<study::MockOutcome> mocks;
  const auto& history = session.history().records();
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (it->pack_id != pack->manifest.id || it->mode == exam::Mode::Practice) continue;
    if (out.recent_mocks.size() < kRecentMocks) {
      out.recent_mocks.push_back({it->finished_at_ms, it->right, it->total, it->passed});
    }
    const int answered = study::answers_logged_at(answers, study::AnswerSource::Mock, it->finished_at_ms);
    mocks.push_back({it->finished_at_ms - it->time_used_ms, it->right, it->total, answered});
  }
  if (!mocks.empty()) out.calibration = study::calibrate(*pack, answers, mocks);
  return out;
}

std::string evidence_note(const study::Readiness& r) {
  if (r.enough_evidence()) return "";
  return "Answer " + text::count_noun(r.answers_for_evidence, "question", "questions") +
         " in each domain to see your chance of passing and your weakest domain (done so far: " +
         std::to_string(r.domains_with_evidence()) + " of " + std::to_string(r.domains_on_exam()) + " domains).";
}

std::string calibration_note(const study::Calibration& c) {
  const auto counted = static_cast<std::int64_t>(c.mocks.size());
  std::string out;
  if (counted > 0) {
    out = "Before your past mock exams this estimate was off by " +
          text::count_noun(std::lround(c.mean_absolute_error), "percentage point", "percentage points") +
          " on average.";
  }
  if (c.left_out == 0) return out;
  const bool one = c.left_out == 1;
  const std::string left_out = text::count_noun(c.left_out, "mock exam", "mock exams") +
                               (one ? " with fewer than half its questions answered is not counted."
                                    : " with fewer than half their questions answered are not counted.");
  return (counted > 0 ? out + " " : std::string("No past mock exam checks this estimate yet: ")) + left_out;
}

nlohmann::json describe_continue(const session::Session& session) {
  if (session.mock().running()) return attempt_progress("mock", *session.mock().attempt());
  if (session.practice().running()) return attempt_progress("practice", *session.practice().attempt());
  return nullptr;
}

nlohmann::json describe_figures(const HomeFigures& f) {
  nlohmann::json out = nlohmann::json::object();
  nlohmann::json domains = nlohmann::json::array();
  if (f.readiness) {
    const study::Readiness& r = *f.readiness;
    // The figures are here even while Home holds them back (estimate_shown false).
    out["readiness"] = {{"pass_probability", r.pass_probability}, {"expected_score", r.expected_percent()},
                        {"low", r.low_percent()},                {"high", r.high_percent()},
                        {"expected_right", r.expected_right},    {"total", r.total},
                        {"pass_right", r.pass_right}};
    out["estimate_shown"] = r.enough_evidence();
    for (const auto& d : r.domains) {
      domains.push_back({{"id", d.id}, {"mastery", d.mean}, {"low", d.low}, {"high", d.high},
                         {"alpha", d.alpha}, {"beta", d.beta}, {"answered", d.answered},
                         {"enough_evidence", d.enough_evidence}});
    }
    const auto domain_id = [&](int i) {
      return i < 0 ? nlohmann::json() : nlohmann::json(r.domains[static_cast<std::size_t>(i)].id);
    };
    out["weakest"] = domain_id(r.weakest());
    out["evidence"] = {{"answers_per_domain", r.answers_for_evidence},
                       {"domains_with_evidence", r.domains_with_evidence()},
                       {"domains_on_exam", r.domains_on_exam()},
                       {"next", domain_id(r.next_to_measure())},
                       {"note", evidence_note(r)}};
  } else {
    out["readiness"] = nullptr;
    out["estimate_shown"] = false;
    out["weakest"] = nullptr;
    out["evidence"] = nullptr;
  }
  out["domains"] = domains;
  out["answered"] = f.answered;
  out["due"] = f.due;
  out["streak"] = f.streak;
  nlohmann::json daily = nlohmann::json::array();
  for (const auto& b : f.daily) daily.push_back({{"day", b.first_day}, {"answered", b.answered}, {"correct", b.correct}});
  out["accuracy_by_day"] = daily;
  nlohmann::json mocks = nlohmann::json::array();
  for (const auto& m : f.recent_mocks) {
    mocks.push_back({{"finished_at_ms", m.finished_at_ms}, {"right", m.right}, {"total", m.total}, {"passed", m.passed}});
  }
  out["recent_mocks"] = mocks;
  const bool calibrated = f.calibration && !f.calibration->mocks.empty();
  out["calibration_error"] = calibrated ? nlohmann::json(f.calibration->mean_absolute_error) : nlohmann::json();
  if (f.calibration) {
    out["calibration"] = {{"counted", f.calibration->mocks.size()},
                          {"left_out", f.calibration->left_out},
                          {"note", calibration_note(*f.calibration)}};
  } else {
    out["calibration"] = nullptr;
  }
  return out;
}

}  // namespace dealdojo::ui
