// The trainer studio's side of the app: the draft is autosaved in the user's storage
// (studio/draft.json, written atomically a moment after each change and when the page
// hides), read back at start, studied as a learner-added pack, exported and opened.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/clocks.hpp"
#include "core/studio/draft_checks.hpp"
#include "core/studio/draft_start.hpp"
#include "core/util/atomic_file.hpp"
#include "core/util/text.hpp"
#include "ui/widgets/frame_requests.hpp"

namespace dealdojo {

namespace {

// The draft is saved once typing pauses, or at least this often while it goes on:
// writing a 10,000-question draft takes a long frame, which a pause hides.
constexpr std::int64_t kDraftSaveAfterPauseMs = 600;
constexpr std::int64_t kDraftSaveAtLeastEveryMs = 15000;

std::filesystem::path draft_path(const UserStorage& storage) {
  return storage.dir() / "studio" / std::string(studio::kDraftFileName);
}

std::string first_problem(const std::vector<content::Diagnostic>& problems) {
  return problems.empty() ? std::string("unknown problem") : problems.front().to_string();
}

}  // namespace

void App::load_draft() {
  m_draft_loaded = true;
  const std::filesystem::path path = draft_path(*m_storage);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  auto text = util::read_whole_file(path);
  std::vector<content::Diagnostic> problems;
  const auto read_chunk = [&](const std::string& name) { return util::read_whole_file(path.parent_path() / name); };
  if (text && m_studio.restore(*text, "studio/draft.json", problems, read_chunk)) {
    m_draft_saved_revision = m_studio.revision();
    return;
  }
  // Never silently lost: the damaged file is kept beside it under another name.
  const std::filesystem::path aside = path.parent_path() / ("draft-damaged-" + std::to_string(wall_clock_ms()) + ".json");
  std::filesystem::rename(path, aside, ec);
  notify("Your draft pack could not be read (" + (text ? first_problem(problems) : std::string("unreadable file")) +
             "). " + (ec ? "It is left as it was." : "It was kept as " + aside.filename().string() + " in the studio folder."),
         true, /*sticky=*/true);
}

void App::save_draft_if_changed(bool debounce) {
  if (!m_draft_loaded || m_studio.revision() == m_draft_saved_revision) return;
  const std::int64_t now = steady_clock_ms();
  if (m_studio.revision() != m_draft_seen_revision) {  // a change since the last frame
    m_draft_seen_revision = m_studio.revision();
    m_draft_changed_ms = now;
    if (m_draft_unsaved_since_ms < 0) m_draft_unsaved_since_ms = now;
  }
  const bool paused = now - m_draft_changed_ms >= kDraftSaveAfterPauseMs;
  const bool overdue = now - m_draft_unsaved_since_ms >= kDraftSaveAtLeastEveryMs;
  if (debounce && !paused && !overdue) {
    ui::frame_requests::request_within(kDraftSaveAfterPauseMs - (now - m_draft_changed_ms));
    return;
  }
  const std::filesystem::path path = draft_path(*m_storage);
  const std::filesystem::path folder = path.parent_path();
  std::error_code ec;
  studio::DraftSave save;
  if (m_studio.has_draft()) {
    // A big draft's changed question files first, then draft.json naming them: a crash
    // between leaves the last draft.json with the files it names.
    save = m_studio.draft().save_files(static_cast<std::uint64_t>(wall_clock_ms()));
    std::filesystem::create_directories(folder, ec);
    const util::AtomicWriteHooks hooks{[this](const std::filesystem::path& p) { m_storage->sync_file(p); }, {}};
    util::Status written = util::done();
    for (const auto& [name, text] : save.chunk_files) {
      if (written.ok()) written = util::write_file_atomically(folder / name, text, hooks);
    }
    if (written.ok()) written = util::write_file_atomically(path, save.main_text, hooks);
    if (!written.ok()) {
      // Kept in memory and tried again after the next change; said once.
      if (!m_draft_save_failed) notify("Your draft could not be saved: " + written.first_error()->to_string(), true);
      m_draft_save_failed = true;
      m_draft_saved_revision = m_studio.revision();
      m_draft_last_save_ms = now;
      m_draft_unsaved_since_ms = -1;
      return;
    }
    m_studio.draft().saved(save);
  } else {
    std::filesystem::remove(path, ec);
  }
  // Question files no draft.json names any more.
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (studio::is_chunk_name(name) &&
        std::find(save.chunk_names.begin(), save.chunk_names.end(), name) == save.chunk_names.end()) {
      std::filesystem::remove(entry.path(), ec);
    }
  }
  m_draft_save_failed = false;
  m_storage->persist();
  m_draft_saved_revision = m_studio.revision();
  m_draft_last_save_ms = now;
  m_draft_unsaved_since_ms = -1;
}

void App::study_draft() {
  if (!m_studio.has_draft()) return;
  studio::Draft& draft = m_studio.draft();
  const std::string id = studio::draft_pack_id(draft);
  const std::string studied = draft.meta("studied_as");
  std::vector<std::string> others;
  for (const auto& rec : m_session.packs().records()) {
    const bool own = !rec.built_in && !studied.empty() && rec.pack_id == studied;
    if (rec.usable && !own) others.push_back(rec.pack_id);
  }
  if (const std::string clash = studio::id_clash(id, others); !clash.empty()) {
    notify("This pack cannot be studied yet: " + clash + ".", true);
    return;
  }
  const studio::DraftCheck check = studio::check_draft(draft);
  if (check.has_errors()) {
    notify("This pack cannot be studied yet: it has " +
               text::count_noun(static_cast<std::int64_t>(content::count_errors(check.diagnostics)), "error", "errors") +
               " (see Problems).",
           true);
    return;
  }
  const std::filesystem::path dir = m_storage->dir() / "packs";
  if (!studied.empty()) m_session.packs().remove_user_pack(studied, dir);  // the draft's earlier version
  const auto& rec = m_session.packs().add_user_pack_text(studio::export_text(draft), studio::export_file_name(draft), dir);
  if (!rec.usable) {
    notify("The pack could not be added: see Packs for the problems.", true);
    return;
  }
  draft.set_meta("studied_as", rec.pack_id);
  m_session.packs().set_active(rec.pack_id);
  m_storage->persist();
  m_shell.show("home");
  notify("Now studying '" + rec.title + "'. Go back to Author to keep writing it.", false);
}

void App::export_draft(const std::string& path) {
  if (!m_studio.has_draft()) return;
  hand_out_file(path, studio::export_file_name(m_studio.draft()), studio::export_text(m_studio.draft()), "The pack");
}

void App::export_draft_csv(const std::string& path) {
  if (!m_studio.has_draft()) return;
  std::string why;
  const auto csv = studio::questions_csv(m_studio.draft(), why);
  if (!csv) {
    notify("The questions could not be exported: " + why + ".", true);
    return;
  }
  const std::string id = studio::draft_pack_id(m_studio.draft());
  hand_out_file(path, (id.empty() ? std::string("pack") : id) + "-questions.csv", *csv, "The questions", /*plural=*/true);
}

void App::import_draft_csv(const std::string& path) {
  if (!m_studio.has_draft()) return;
  const std::string name = std::filesystem::path(path).filename().string();
  if (std::filesystem::path(path).extension() != ".csv") {
    notify("Nothing was imported: " + name + " is not a .csv file (questions come from a spreadsheet saved as CSV).",
           true);
    return;
  }
  auto text = util::read_whole_file(path);
  if (!text) {
    notify("Nothing was imported: " + path + " cannot be read.", true);
    return;
  }
  std::size_t added = 0;
  const auto problems = studio::import_questions_csv(m_studio.draft(), *text, name, added);
  m_studio.set_import_problems(added == 0 ? problems : std::vector<content::Diagnostic>{});
  if (added == 0) {
    notify("Nothing was imported from " + name + " (" +
               text::count_noun(static_cast<std::int64_t>(content::count_errors(problems)), "problem", "problems") +
               "): " + first_problem(problems) + " The Questions tab lists them all.",
           true);
    return;
  }
  notify("Added " + text::count_noun(static_cast<std::int64_t>(added), "question", "questions") + " from " + name +
             " (Ctrl+Z takes them out again).",
         false);
}

void App::open_draft_file(const std::string& path) {
  auto text = util::read_whole_file(path);
  const std::string name = std::filesystem::path(path).filename().string();
  if (!text) {
    notify("Nothing was opened: " + path + " cannot be read.", true);
    return;
  }
  std::vector<content::Diagnostic> problems;
  auto draft = studio::open_pack_text(*text, name, problems);
  if (!draft) {
    notify("Nothing was opened: " + first_problem(problems), true);
    return;
  }
  m_studio.start(std::move(*draft));
  m_shell.show("author");
  notify("Opened " + name + " in the studio.", false);
}

}  // namespace dealdojo
