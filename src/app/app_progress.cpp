// The learner's progress: loaded once storage is ready, saved after every change
// (debounced, never dropping the last one), exported and imported. The save
// format and its versions: docs/PROGRESS.md.
#include <cstdlib>

#include "app/app.hpp"
#include "app/clocks.hpp"
#include "core/util/atomic_file.hpp"
#include "core/util/text.hpp"
#include "ui/widgets/frame_requests.hpp"

namespace dealdojo {
namespace {

constexpr std::int64_t kSaveEveryMs = 300;  // at most about three saves a second


std::string_view status_name(progress::LoadOutcome::Status status) {
  switch (status) {
    case progress::LoadOutcome::Status::Fresh: return "fresh";
    case progress::LoadOutcome::Status::Loaded: return "loaded";
    case progress::LoadOutcome::Status::MovedAside: return "moved_aside";
    case progress::LoadOutcome::Status::TooNew: return "too_new";
  }
  return "fresh";
}

// Natively, an export with no path goes to ~/Downloads (or home).
std::filesystem::path default_export_folder() {
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    std::error_code ec;
    dir = std::filesystem::is_directory(std::filesystem::path(home) / "Downloads", ec)
              ? std::filesystem::path(home) / "Downloads"
              : std::filesystem::path(home);
  }
  return dir;
}

// Every note about what a load or import could not carry over, in one message.
std::string join_notes(const std::vector<std::string>& notes) {
  std::string out;
  for (const std::string& note : notes) out += (out.empty() ? "" : " ") + note;
  return out;
}

}  // namespace

void App::load_progress() {
  m_progress.emplace(m_storage->dir());
  progress::LoadOutcome outcome = m_progress->load(wall_clock_ms());
  m_progress_status = outcome.status;
  using Status = progress::LoadOutcome::Status;
  if (outcome.status == Status::Loaded) {
    std::vector<std::string> notes = std::move(outcome.notes);
    for (std::string& note : m_session.adopt(std::move(*outcome.state))) notes.push_back(std::move(note));
    if (!notes.empty()) notify(join_notes(notes), false, /*sticky=*/true);
  } else if (outcome.status == Status::MovedAside && !outcome.moved_to.empty()) {
    m_progress_moved_to = outcome.moved_to.filename().string();
    notify("Your saved progress could not be read, so DealDojo started fresh. The old file is kept as " +
               m_progress_moved_to + " in DealDojo's data folder. The problem: " + outcome.problem + ".",
           true, true);
  } else if (outcome.status == Status::MovedAside) {
    notify("Your saved progress could not be read and could not be moved aside, so it is left untouched and "
           "what you do now will not be saved. The problem: " + outcome.problem + ".", true, true);
  } else if (outcome.status == Status::TooNew) {
    notify("Your progress was saved by a newer version of DealDojo. This version leaves it untouched, so what "
           "you do now will not be saved. Update DealDojo to carry on where you left off.", true, true);
  }
  if (outcome.stale_temp_files > 0) m_storage->persist();
  m_session.observe(wall_clock_ms());
  m_saved_revision = m_session.revision();
}

void App::save_progress_if_changed(bool debounce) {
  if (!m_progress || !m_progress->can_write()) return;
  if (m_session.revision() == m_saved_revision) return;
  const std::int64_t now = steady_clock_ms();
  if (debounce && m_last_save_ms >= 0 && now - m_last_save_ms < kSaveEveryMs) {
    // Come back when the wait is over, even if nothing else asks for a frame.
    ui::frame_requests::request_within(kSaveEveryMs - (now - m_last_save_ms));
    return;
  }
  m_last_save_ms = now;
  util::AtomicWriteHooks hooks;
  hooks.sync = [this](const std::filesystem::path& path) { m_storage->sync_file(path); };
  const std::string error = m_progress->save(m_session.saved(), wall_clock_ms(), hooks);
  if (!error.empty()) {
    // Said once per kind of failure; the next change tries again.
    if (error != m_save_error) notify("Your progress could not be saved: " + error, true);
    m_save_error = error;
    return;
  }
  m_save_error.clear();
  m_saved_revision = m_session.revision();
  ++m_save_count;
  m_storage->persist();
}

void App::flush_progress() {
  m_session.keep_running_clock();  // a running exam clock moves without changing the revision
  save_progress_if_changed(/*debounce=*/false);
  save_draft_if_changed(/*debounce=*/false);
  report_to_lms(/*commit_now=*/true);
}

void App::export_progress(const std::string& path) {
  const std::int64_t now = wall_clock_ms();
  const std::string name = "dealdojo-progress-" + progress::compact_utc(now) + ".json";
  hand_out_file(path, name, progress::export_text(m_session.saved(), now), "Your progress");
}

// A download on the web; natively the typed path, else the Downloads folder.
void App::hand_out_file(const std::string& path, const std::string& name, const std::string& text,
                        const std::string& subject, bool plural) {
  const std::string was = plural ? " were" : " was";
  if (path.empty() && m_storage->offer_download(name, text)) {
    notify(subject + was + " exported as " + name + ".", false);
    return;
  }
  const std::filesystem::path target = path.empty() ? default_export_folder() / name : std::filesystem::path(path);
  const util::Status written = util::write_file_atomically(target, text);
  if (written.ok()) notify(subject + was + " exported to " + target.string() + ".", false);
  else notify(subject + " could not be exported: " + written.first_error()->to_string(), true);
}

void App::import_progress(const std::string& path) {
  if (!m_progress) {
    // In a course the LMS holds the learner's progress (docs/LMS.md): nothing to replace it with.
    if (m_lms) notify("In this course your progress is kept by your LMS, so a progress file cannot be imported here.", true);
    return;
  }
  auto text = util::read_whole_file(path);
  if (!text) {
    notify("Nothing was imported: " + path + " cannot be read.", true);
    return;
  }
  progress::ImportOutcome outcome = m_progress->import_text(*text, wall_clock_ms());
  if (!outcome.state) {
    notify("That progress file was not imported and nothing changed: " + outcome.problem, true);
    return;
  }
  const std::size_t answers = outcome.state->answers.size();
  const std::size_t attempts = outcome.state->history.size();
  std::vector<std::string> notes = std::move(outcome.notes);
  for (std::string& note : m_session.adopt(std::move(*outcome.state))) notes.push_back(std::move(note));
  m_progress_status = progress::LoadOutcome::Status::Loaded;
  save_progress_if_changed(/*debounce=*/false);
  std::string message = "Imported progress: " +
                        text::count_noun(static_cast<std::int64_t>(answers), "answer", "answers") + " and " +
                        text::count_noun(static_cast<std::int64_t>(attempts), "finished attempt", "finished attempts") +
                        ".";
  if (!outcome.backup.empty()) message += " Your previous progress is kept as " + outcome.backup.filename().string() + ".";
  if (!notes.empty()) message += " " + join_notes(notes);
  notify(message, false, /*sticky=*/true);
}

nlohmann::json App::describe_progress() const {
  nlohmann::json out = {{"status", status_name(m_progress_status)},
                        {"loaded", m_progress.has_value()},
                        {"answers", m_session.answers().size()},
                        {"history", m_session.history().size()},
                        {"drills", m_session.drills().size()},
                        {"roleplay", m_session.roleplay().history().size()},
                        {"mock_in_progress", m_session.mock().running()},
                        {"practice_in_progress", m_session.practice().running()},
                        {"unsaved", m_session.revision() != m_saved_revision},
                        {"saves", m_save_count}};
  if (!m_progress_moved_to.empty()) out["moved_to"] = m_progress_moved_to;
  return out;
}

}  // namespace dealdojo
