#pragma once
// The composition root: owns the domain state and the UI shell. The platform
// layer calls begin_frame()/draw() once a frame, the same on native and web.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <vector>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/lms_connection.hpp"
#include "app/user_storage.hpp"
#include "core/progress/progress_store.hpp"
#include "core/session/session.hpp"
#include "core/studio/studio.hpp"
#include "ui/intents.hpp"
#include "ui/key_input.hpp"
#include "ui/app_context.hpp"
#include "ui/shell.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/widget_registry.hpp"

namespace dealdojo {

struct AppConfig {
  std::string asset_dir;    // holds fonts/
  std::string content_dir;  // holds the default pack folder(s)
  // A course package's only pack (docs/LMS.md); when set, content_dir is not read.
  std::string course_pack;
};

class App {
 public:
  explicit App(AppConfig config);

  // Prepares what the first frame needs; call once after the ImGui context exists.
  // The packs, the learner's packs and progress are read by load_step() on the
  // frames after the first (web), or all at once by finish_loading() (native).
  void init();
  void finish_loading();
  bool loading() const { return m_load_step != LoadStep::Done; }
  // The studied pack and the learner's data are in: Home shows its figures (a new
  // learner's other built-in packs may still follow, on the next frame).
  bool learner_ready() const { return m_load_step == LoadStep::OtherBuiltInPacks || !loading(); }
  // Reads what is due of the packs and the learner's data (from the second frame
  // on, while loading); call before prepare_fonts each drawn frame.
  void before_frame();
  // Rebuilds the font atlas when the display's pixel ratio, the glyph set or the
  // loaded packs' characters changed; returns true when the renderer must re-upload
  // the font texture.
  bool prepare_fonts(float pixel_ratio);
  // Whether the atlas prepare_fonts last built was its glyph set's first (a start-up phase).
  bool first_atlas_of_its_set() const { return m_first_atlas_of_its_set; }
  // Builds this frame's UI (between ImGui::NewFrame and ImGui::Render).
  void draw(const ui::KeyInput& keys);

  session::Session& session() { return m_session; }
  // A file the learner chose or dropped (a pack to add); handled next frame.
  void receive_file(std::string path) { m_pending_files.push_back(std::move(path)); }

  // Opens a section by id; false when there is none.
  bool show(std::string_view screen_id) { return m_shell.show(screen_id); }
  nlohmann::json describe();
  const ui::WidgetRegistry& widgets() const { return m_widgets; }
  const ui::Fonts& fonts() const { return m_fonts; }
  // Saves the learner's progress now if it changed (page hidden, window closing).
  void flush_progress();
  // The page is going away: the last save, and the LMS session (if any) ends.
  void end_session();
  std::uint64_t frame_count() const { return m_frames; }
  // Start-up, phase by phase (ms), for `make bench` and the README: the platform adds
  // its own phases (opening the window) to the app's.
  void note_startup(std::string phase, double ms) { m_startup.emplace_back(std::move(phase), ms); }
  const std::vector<std::pair<std::string, double>>& startup_phases() const { return m_startup; }

 private:
  void collect_characters_of_packs();
  const std::vector<char32_t>& characters_of_packs();
  const std::vector<char32_t>& characters_beyond_full_set();
  enum class LoadStep { BuiltInPacks, UserData, OtherBuiltInPacks, Done };
  // Does the next step of loading that can be done now: the built-in packs (only
  // the studied one for a new learner, or while the storage has not said which
  // learner this is), then (once storage is ready) the learner's packs and progress,
  // then the built-in packs deferred.
  void load_step();
  void load_one_step();
  void load_deferred_packs();
  ui::AppContext make_context(const ui::KeyInput& keys);
  void carry_out_intents();
  void add_pending_files();
  void notify(std::string text, bool is_error, bool sticky = false);
  // Progress (app_progress.cpp): loaded once storage is ready, saved when the
  // session's revision moves (at most a few times a second), exported, imported.
  void load_progress();
  void save_progress_if_changed(bool debounce);
  void export_progress(const std::string& path);
  void import_progress(const std::string& path);
  nlohmann::json describe_progress() const;
  // The trainer studio's draft (app_studio.cpp): read once storage is ready,
  // autosaved to studio/draft.json when it changes, studied, exported, opened.
  void load_draft();
  void save_draft_if_changed(bool debounce);
  void study_draft();
  void export_draft(const std::string& path);
  void open_draft_file(const std::string& path);
  void import_draft_csv(const std::string& path);
  // A download on the web; natively `path`, or `name` in the Downloads folder. The
  // notice says "<subject> was exported ..." ("were" when `plural`).
  void hand_out_file(const std::string& path, const std::string& name, const std::string& text,
                     const std::string& subject, bool plural = false);
  void export_draft_csv(const std::string& path);
  // Where the next picked file goes when the studio asked for it.
  enum class StudioPick { None, Open, ImportCsv };
  // The LMS (app_lms.cpp), when a course package was launched from one: the
  // learner's progress comes from and goes to its suspend data instead of storage.
  void start_lms_session();
  void report_to_lms(bool commit_now);
  nlohmann::json describe_lms() const;

  AppConfig m_config;
  std::unique_ptr<UserStorage> m_storage;
  LoadStep m_load_step = LoadStep::BuiltInPacks;
  // Built-in packs read after the default one: a frame later for a new learner, with
  // the saved state for a returning one (before it, if the storage was not ready).
  std::vector<std::filesystem::path> m_deferred_packs;
  session::Session m_session;
  ui::Intents m_intents;
  std::vector<std::string> m_pending_files;
  ui::Notice m_notice;
  std::int64_t m_last_tick_ms = -1;  // steady clock, for attempt timers
  ui::Fonts m_fonts;
  std::vector<std::shared_ptr<const content::Pack>> m_characters_of_packs;  // see characters_beyond_full_set
  std::vector<char32_t> m_pack_characters;  // sorted, above ASCII
  std::vector<char32_t> m_characters_beyond_full_set;
  bool m_ready_frame_drawn = false;          // a frame was drawn with learner_ready()
  std::set<ui::GlyphSet> m_font_sets_noted;  // each glyph set's first build is a start-up phase
  bool m_first_atlas_of_its_set = false;     // the last prepare_fonts built a set's first atlas
  ui::WidgetRegistry m_widgets;
  ui::Shell m_shell;
  std::string m_font_error;
  std::uint64_t m_frames = 0;
  std::optional<progress::ProgressStore> m_progress;  // set once storage is ready
  progress::LoadOutcome::Status m_progress_status = progress::LoadOutcome::Status::Fresh;
  std::string m_progress_moved_to;  // the damaged save's new name, if one was moved aside
  std::uint64_t m_saved_revision = 0;
  std::int64_t m_last_save_ms = -1;  // steady clock
  std::string m_save_error;          // the last save's failure, shown once
  std::uint64_t m_save_count = 0;

  studio::Studio m_studio;
  std::uint64_t m_draft_saved_revision = 0;
  std::int64_t m_draft_last_save_ms = -1;      // steady clock
  std::uint64_t m_draft_seen_revision = 0;
  std::int64_t m_draft_changed_ms = 0;         // the last change seen (steady clock)
  std::int64_t m_draft_unsaved_since_ms = -1;  // the first change not saved yet
  bool m_draft_loaded = false;             // autosaving starts after the saved draft was read
  bool m_draft_save_failed = false;        // the last autosave failed (said once)
  StudioPick m_pick_for_studio = StudioPick::None;

  std::vector<std::pair<std::string, double>> m_startup;  // phase, ms
  std::unique_ptr<LmsConnection> m_lms;
  struct LmsState {
    std::string learner_name;
    std::int64_t started_ms = 0;        // steady clock, for the session time
    std::uint64_t sent_revision = 0;
    bool started = false;
    std::int64_t last_send_ms = -1;     // steady clock
    std::map<std::string, std::string> sent;  // element -> value last accepted
    int mocks_reported = 0;             // mocks whose interactions were sent
    std::size_t interactions = 0;       // the next interaction's index
    bool commit_pending = false;
    bool commit_failed = false;         // the last commit was refused: retried on the next change
    std::int64_t last_commit_ms = -1;   // steady clock
    std::uint64_t commits = 0;
    std::vector<std::string> left_out;  // what the last suspend data could not hold
  } m_lms_state;
};

}  // namespace dealdojo
