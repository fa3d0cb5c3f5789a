// A course package launched from an LMS (docs/LMS.md): the learner's progress is
// resumed from the LMS's suspend data and written back to it; completion, success,
// the best mock's score and one interaction per answered mock question are reported.
// What is sent comes from core/lms; this file decides when. Values go out at most
// once a second while things change; a commit follows each submitted mock, else at
// most every 10 seconds, and a failed commit is tried again on the next change.
#include <cstdlib>

#include "app/app.hpp"
#include "app/clocks.hpp"
#include "core/lms/scorm_report.hpp"
#include "core/lms/suspend_data.hpp"
#include "core/progress/progress_document.hpp"
#include "core/util/atomic_file.hpp"
#include "ui/widgets/frame_requests.hpp"

namespace dealdojo {
namespace {

constexpr std::int64_t kSendEveryMs = 1000;
constexpr std::int64_t kCommitEveryMs = 10'000;

}  // namespace

void App::start_lms_session() {
  const content::Pack* pack = m_session.packs().active_pack();
  const lms::DataModelNames& names = lms::names(m_lms->version());
  m_lms_state.started = true;
  m_lms_state.started_ms = steady_clock_ms();
  m_lms_state.learner_name = lms::display_name(m_lms->get(names.learner_name));
  const std::string data = pack ? m_lms->get(names.suspend_data) : std::string();
  lms::Resumed resumed = pack ? lms::decode_suspend_data(data, *pack) : lms::Resumed{};
  if (resumed.state) {
    std::vector<std::string> notes = std::move(resumed.notes);
    for (std::string& note : m_session.adopt(std::move(*resumed.state))) notes.push_back(std::move(note));
    if (!data.empty()) m_progress_status = progress::LoadOutcome::Status::Loaded;
    std::string text;
    for (const std::string& note : notes) text += (text.empty() ? "" : " ") + note;
    if (!text.empty()) notify(text, false, /*sticky=*/true);
  } else if (pack) {
    // Never overwritten unseen: the unreadable data is kept in this browser first.
    const auto kept = m_storage->dir() / ("lms-data-unreadable-" + progress::compact_utc(wall_clock_ms()) + ".txt");
    const bool saved = util::write_file_atomically(kept, data).ok();
    if (saved) m_storage->persist();
    notify("Your LMS's saved progress for this course could not be read, so you start fresh" +
               (saved ? "; a copy is kept in this browser as " + kept.filename().string() : std::string()) +
               ". The problem: " + resumed.problem + ".",
           true, /*sticky=*/true);
  }
  m_lms_state.interactions = static_cast<std::size_t>(std::max(0L, std::strtol(m_lms->get(names.interactions_count).c_str(), nullptr, 10)));
  if (pack) m_lms_state.mocks_reported = lms::course_status(m_session.history(), *pack).mocks_submitted;
  const std::string location = m_lms->get(names.location);
  if (!location.empty()) m_shell.show(location);
  m_session.observe(wall_clock_ms());
  m_lms_state.sent_revision = m_session.revision() - 1;  // the first report goes out at once
  m_saved_revision = m_session.revision();
}

void App::report_to_lms(bool commit_now) {
  const content::Pack* pack = m_session.packs().active_pack();
  if (!m_lms || !m_lms_state.started || pack == nullptr) return;
  const lms::ScormVersion version = m_lms->version();
  const lms::DataModelNames& names = lms::names(version);
  const std::int64_t now = steady_clock_ms();
  // Called every frame: nothing more than these comparisons unless something moved.
  // (A submitted mock moves the revision too.)
  const auto sent_location = m_lms_state.sent.find(names.location);
  const bool changed = m_session.revision() != m_lms_state.sent_revision ||
                       sent_location == m_lms_state.sent.end() || sent_location->second != m_shell.active_id();
  if (!changed && !commit_now && !m_lms_state.commit_pending) return;
  const lms::CourseStatus status = lms::course_status(m_session.history(), *pack);
  const bool new_mock = status.mocks_submitted > m_lms_state.mocks_reported;
  if (changed && !new_mock && !commit_now && m_lms_state.last_send_ms >= 0 &&
      now - m_lms_state.last_send_ms < kSendEveryMs) {
    ui::frame_requests::request_within(kSendEveryMs - (now - m_lms_state.last_send_ms));
    return;
  }
  if (changed || new_mock || commit_now) {
    lms::DataValues values = lms::status_values(version, status);
    values.emplace_back(names.location, std::string(m_shell.active_id()));
    lms::SuspendData data = lms::encode_suspend_data(m_session.saved(), *pack, lms::suspend_data_limit(version), wall_clock_ms());
    m_lms_state.left_out = std::move(data.left_out);
    values.emplace_back(names.suspend_data, std::move(data.text));
    values.emplace_back(names.exit, "suspend");  // the LMS keeps the data for the next launch
    const exam::Attempt* mock = m_session.mock().attempt() ? &*m_session.mock().attempt() : nullptr;
    if (new_mock && mock != nullptr && mock->is_submitted() && mock->mode() == exam::Mode::ExamConditions) {
      for (const lms::Interaction& interaction : lms::mock_interactions(*mock, *pack, status.mocks_submitted)) {
        // Interactions are written once, each at the next index: never re-sent.
        for (auto& value : lms::interaction_values(version, m_lms_state.interactions, interaction)) values.push_back(value);
        ++m_lms_state.interactions;
      }
    }
    m_lms_state.mocks_reported = status.mocks_submitted;
    for (const auto& [element, value] : values) {
      const bool interaction = element.rfind("cmi.interactions.", 0) == 0;
      if (!interaction && m_lms_state.sent.count(element) && m_lms_state.sent[element] == value) continue;
      if (m_lms->set(element, value)) {
        if (!interaction) m_lms_state.sent[element] = value;
        m_lms_state.commit_pending = true;
      }
    }
    m_lms_state.sent_revision = m_session.revision();
    m_lms_state.last_send_ms = now;
    commit_now = commit_now || new_mock;
  }
  if (!m_lms_state.commit_pending) return;
  // A failed commit is tried again with the next change, not every frame.
  const bool retry = m_lms_state.commit_failed && (changed || new_mock);
  if (m_lms_state.commit_failed && !retry && !commit_now) return;
  if (!commit_now && !retry && m_lms_state.last_commit_ms >= 0 && now - m_lms_state.last_commit_ms < kCommitEveryMs) {
    ui::frame_requests::request_within(kCommitEveryMs - (now - m_lms_state.last_commit_ms));
    return;
  }
  m_lms->set(names.session_time, lms::timespan(version, now - m_lms_state.started_ms));
  m_lms_state.commit_failed = !m_lms->commit();
  if (!m_lms_state.commit_failed) {
    m_lms_state.commit_pending = false;
    m_lms_state.last_commit_ms = now;
    ++m_lms_state.commits;
  }
}

void App::end_session() {
  flush_progress();
  if (!m_lms || !m_lms_state.started) return;
  report_to_lms(/*commit_now=*/true);
  m_lms->terminate();
  m_lms.reset();
}

nlohmann::json App::describe_lms() const {
  nlohmann::json out = {{"connected", m_lms != nullptr}, {"course", !m_config.course_pack.empty()}};
  if (!m_lms) return out;
  out["version"] = lms::scorm_version_name(m_lms->version());
  out["started"] = m_lms_state.started;  // the learner's data was read (once storage is ready)
  out["learner"] = m_lms_state.learner_name;
  out["interactions"] = m_lms_state.interactions;
  out["commits"] = m_lms_state.commits;
  out["commit_pending"] = m_lms_state.commit_pending;
  out["commit_failed"] = m_lms_state.commit_failed;
  out["left_out"] = m_lms_state.left_out;
  return out;
}

}  // namespace dealdojo
