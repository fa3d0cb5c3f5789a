#include "app/app.hpp"
#include "app/built_in_content.hpp"
#include "app/clocks.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <utility>
#include <variant>
#include <cmath>

#include "core/util/atomic_file.hpp"
#include "ui/app_context.hpp"
#include "ui/widgets/frame_requests.hpp"

namespace dealdojo {

App::App(AppConfig config) : m_config(std::move(config)) {}

void App::init() {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to persist
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::apply_theme(ui::ThemeKind::Light);
  const double started = steady_clock_ms_precise();
  m_storage = make_user_storage();  // the browser reads it from IndexedDB meanwhile
  note_startup("user storage: mount", steady_clock_ms_precise() - started);
}

namespace {

constexpr const char* kDefaultPackId = "sales-rep";  // though "manufacturing" sorts first

// Whether the learner's folder holds nothing at all: nothing was ever saved, so
// there is no progress to adopt that could name another pack.
bool holds_nothing(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) return !ec;
  std::filesystem::directory_iterator it(dir, ec);
  return !ec && it == std::filesystem::directory_iterator();
}

}  // namespace

void App::load_step() {
  const LoadStep before = m_load_step;
  load_one_step();
  // When the storage is ready already, the learner's data follows in the same frame
  // (the packs deferred for a new learner wait for the next).
  if (m_load_step != before && m_load_step == LoadStep::UserData) load_one_step();
}

void App::load_one_step() {
  if (m_load_step == LoadStep::BuiltInPacks) {
    std::string problem;
    const ContentState content = built_in_content_state(problem);
    if (content == ContentState::Loading) return;
    if (content == ContentState::Failed) {
      notify("The built-in packs could not be downloaded (" + problem +
                 "). Reload the page to try again; packs you added still work.",
             true, /*sticky=*/true);
    }
    const double started = steady_clock_ms_precise();
    if (!m_config.course_pack.empty()) {
      // A course package studies its one pack; an LMS, if it launched the course, keeps the progress.
      const auto& course = m_session.packs().load_path(m_config.course_pack, /*built_in=*/true);
      m_session.packs().set_active(course.pack_id);
      m_lms = connect_to_lms();
    } else {
      // A new learner studies the default pack: Home needs only it, and the other
      // built-in packs follow on the next frame. A saved state may name any pack
      // (the one studied, a role-play in progress), so for it they all load first.
      // Until the storage says which it is, only the default pack is read (every
      // learner has it); the others wait for the answer (the UserData step).
      const bool only_default = !m_storage->ready() || holds_nothing(m_storage->dir());
      for (const auto& folder : session::LoadedPacks::pack_folders(m_config.content_dir)) {
        if (only_default && folder.filename() != kDefaultPackId) m_deferred_packs.push_back(folder);
        else m_session.packs().load_path(folder, /*built_in=*/true);
      }
      m_session.packs().set_active(kDefaultPackId);
    }
    note_startup(std::string(m_deferred_packs.empty() ? "built-in packs" : "the studied pack") +
                     ": read and check (frame " + std::to_string(m_frames) + ")",
                 steady_clock_ms_precise() - started);
    m_load_step = LoadStep::UserData;
  } else if (m_load_step == LoadStep::UserData && m_storage->ready()) {
    if (!m_deferred_packs.empty() && !holds_nothing(m_storage->dir())) load_deferred_packs();
    const double started = steady_clock_ms_precise();
    m_session.packs().load_user_packs(m_storage->dir() / "packs");
    if (m_lms) start_lms_session();
    else load_progress();
    note_startup("user packs and progress: load (frame " + std::to_string(m_frames) + ")",
                 steady_clock_ms_precise() - started);
    m_load_step = m_deferred_packs.empty() ? LoadStep::Done : LoadStep::OtherBuiltInPacks;
  } else if (m_load_step == LoadStep::OtherBuiltInPacks) {
    load_deferred_packs();
    m_load_step = LoadStep::Done;
  }
}

void App::load_deferred_packs() {
  const double started = steady_clock_ms_precise();
  for (const auto& folder : m_deferred_packs) m_session.packs().load_path(folder, /*built_in=*/true);
  m_deferred_packs.clear();
  note_startup("the other built-in packs: read and check (frame " + std::to_string(m_frames) + ")",
               steady_clock_ms_precise() - started);
}

void App::finish_loading() {
  // Natively the packs are on disk and the storage ready: every step at once.
  for (LoadStep before = m_load_step; loading(); before = m_load_step) {
    load_one_step();
    if (m_load_step == before) break;
  }
}

void App::before_frame() {
  // The first frame is drawn before anything is read: loading starts with the second,
  // before the fonts, so the frame's atlas holds what was just read.
  if (m_frames > 0 && loading()) load_step();
}

bool App::prepare_fonts(float pixel_ratio) {
  if (!(pixel_ratio > 0.0f) || !std::isfinite(pixel_ratio)) pixel_ratio = 1.0f;
  // A first frame drawn before anything is read shows only the app's chrome. Until
  // the frame after the one that first showed the learner's Home, the atlas holds the
  // chrome's characters and the packs' own: the fixed ranges (for what a learner
  // types, and every screen's signs) took three times as long and follow a frame later.
  const ui::GlyphSet glyphs = m_frames == 0 && loading()                        ? ui::GlyphSet::FirstFrame
                              : !learner_ready() || !m_ready_frame_drawn   ? ui::GlyphSet::InUse
                                                                                : ui::GlyphSet::Full;
  static const std::vector<char32_t> kNone;
  const std::vector<char32_t>& pack_characters =
      glyphs == ui::GlyphSet::FirstFrame ? kNone
      : glyphs == ui::GlyphSet::InUse    ? characters_of_packs()
                                         : characters_beyond_full_set();
  if (m_fonts.body != nullptr && std::fabs(pixel_ratio - m_fonts.pixel_ratio) < 0.01f && m_fonts.glyphs == glyphs &&
      m_fonts.pack_characters == pack_characters) {
    return false;
  }
  m_font_error.clear();
  const double started = steady_clock_ms_precise();
  ui::load_fonts(m_fonts, m_config.asset_dir + "/fonts", pixel_ratio, glyphs, pack_characters, m_font_error);
  m_first_atlas_of_its_set = m_font_sets_noted.insert(glyphs).second;
  if (m_first_atlas_of_its_set) {
    note_startup(std::string("fonts: read the font files (") + ui::glyph_set_name(glyphs) + ")",
                 steady_clock_ms_precise() - started);
  }
  return true;
}

// Characters above ASCII that the loaded packs use, and those of them the atlas's
// fixed ranges leave out (a few, if any). prepare_fonts asks on every drawn frame;
// they are worked out again only when the library's packs change (holding the packs
// keeps their addresses from being reused).
void App::collect_characters_of_packs() {
  const auto& packs = m_session.packs().library().packs();
  if (packs == m_characters_of_packs) return;
  m_characters_of_packs = packs;
  m_pack_characters.clear();
  for (const auto& pack : packs) m_pack_characters.insert(m_pack_characters.end(), pack->characters.begin(), pack->characters.end());
  std::sort(m_pack_characters.begin(), m_pack_characters.end());
  m_pack_characters.erase(std::unique(m_pack_characters.begin(), m_pack_characters.end()), m_pack_characters.end());
  m_characters_beyond_full_set.clear();
  std::copy_if(m_pack_characters.begin(), m_pack_characters.end(), std::back_inserter(m_characters_beyond_full_set),
               [](char32_t c) { return !ui::full_set_ranges_hold(c); });
}

const std::vector<char32_t>& App::characters_of_packs() {
  collect_characters_of_packs();
  return m_pack_characters;
}

const std::vector<char32_t>& App::characters_beyond_full_set() {
  collect_characters_of_packs();
  return m_characters_beyond_full_set;
}

ui::AppContext App::make_context(const ui::KeyInput& keys) {
  // On the web, adding waits until the saved packs are read from IndexedDB.
  const bool can_pick = m_storage != nullptr && m_storage->has_file_picker() && m_storage->ready();
  ui::AppContext ctx{m_session, m_fonts,         m_widgets, keys,     m_intents,
                     m_notice,  wall_clock_ms(), 0.0f,      can_pick, m_lms_state.learner_name,
                     loading()};
  ctx.studio = m_draft_loaded ? &m_studio : nullptr;  // Author says it is reading the draft until then
  return ctx;
}

void App::notify(std::string text, bool is_error, bool sticky) {
  // A notice that waits to be dismissed is not pushed away by a passing one.
  if (m_notice.sticky && !sticky && !m_notice.text.empty()) return;
  m_notice = {std::move(text), is_error, wall_clock_ms(), sticky};
}

void App::carry_out_intents() {
  ui::Intents intents;
  intents.swap(m_intents);
  for (const ui::Intent& intent : intents) {
    if (const auto* add = std::get_if<ui::AddPackFromPath>(&intent)) {
      receive_file(add->path);
    } else if (std::holds_alternative<ui::PickPackFile>(intent)) {
      if (!m_storage->pick_file()) notify("Type the path of a pack, or drop its file on the window.", false);
    } else if (const auto* remove = std::get_if<ui::RemovePack>(&intent)) {
      if (m_session.packs().remove_user_pack(remove->pack_id, m_storage->dir() / "packs")) {
        m_storage->persist();
        notify("Removed the pack '" + remove->pack_id + "'.", false);
      }
    } else if (const auto* use = std::get_if<ui::UsePack>(&intent)) {
      m_session.packs().set_active(use->pack_id);
    } else if (const auto* save_copy = std::get_if<ui::ExportProgress>(&intent)) {
      export_progress(save_copy->path);
    } else if (const auto* import_file = std::get_if<ui::ImportProgressFromPath>(&intent)) {
      import_progress(import_file->path);
    } else if (const auto* show_screen = std::get_if<ui::ShowScreen>(&intent)) {
      m_shell.show(show_screen->screen_id);
    } else if (std::holds_alternative<ui::StudyDraft>(intent)) {
      study_draft();
    } else if (const auto* export_draft_to = std::get_if<ui::ExportDraft>(&intent)) {
      export_draft(export_draft_to->path);
    } else if (const auto* open_draft = std::get_if<ui::OpenDraftFromPath>(&intent)) {
      open_draft_file(open_draft->path);
    } else if (const auto* pick = std::get_if<ui::PickDraftFile>(&intent)) {
      if (m_storage->pick_file()) m_pick_for_studio = pick->csv ? StudioPick::ImportCsv : StudioPick::Open;
      else notify("Type the path of the file.", false);
    } else if (const auto* csv_in = std::get_if<ui::ImportDraftCsvFromPath>(&intent)) {
      import_draft_csv(csv_in->path);
    } else if (const auto* csv_out = std::get_if<ui::ExportDraftCsv>(&intent)) {
      export_draft_csv(csv_out->path);
    }
  }
}

void App::add_pending_files() {
  // Until the saved packs are loaded, an added pack could collide with one of them.
  if (m_pending_files.empty() || loading()) return;
  std::vector<std::string> files;
  files.swap(m_pending_files);
  for (const std::string& path : files) {
    if (m_pick_for_studio != StudioPick::None) {  // the studio asked for this file
      const StudioPick pick = std::exchange(m_pick_for_studio, StudioPick::None);
      if (pick == StudioPick::ImportCsv) import_draft_csv(path);
      else open_draft_file(path);
      continue;
    }
    // A picked or dropped progress file (told by its "format") is imported, not added.
    if (auto text = util::read_whole_file(path); text && progress::looks_like_progress(*text)) {
      import_progress(path);
      continue;
    }
    const auto& rec = m_session.packs().add_user_pack(path, m_storage->dir() / "packs");
    if (rec.usable) {
      m_storage->persist();
      notify("Added the pack '" + rec.title + "'.", false);
    } else {
      notify("The pack '" + rec.title + "' could not be added: see Packs for the problems.", true);
    }
  }
}

void App::draw(const ui::KeyInput& keys) {
  const std::int64_t now = steady_clock_ms();
  if (m_last_tick_ms >= 0) m_session.tick(now - m_last_tick_ms, wall_clock_ms());
  m_last_tick_ms = now;
  // Until loading is done, come back next frame (reading the storage may take a few).
  // The page also wakes the app when the packs or the storage arrive; this is the fallback.
  if (loading()) ui::frame_requests::request_within(m_frames == 0 ? 0 : 50);
  const double draw_started = steady_clock_ms_precise();
  m_widgets.begin_frame();
  // The trainer's draft (it may be thousands of questions) is read when Author is first
  // opened, not at start-up: a learner who never writes a pack never pays for it.
  if (!m_draft_loaded && !loading() && m_shell.active_id() == "author") load_draft();
  ui::AppContext ctx = make_context(keys);
  m_shell.draw(ctx);
  m_widgets.end_frame();
  if (m_frames == 0) note_startup("first frame: UI", steady_clock_ms_precise() - draw_started);
  carry_out_intents();
  add_pending_files();
  m_session.observe(wall_clock_ms());
  save_progress_if_changed(/*debounce=*/true);
  save_draft_if_changed(/*debounce=*/true);
  report_to_lms(/*commit_now=*/false);
  if (learner_ready() && !m_ready_frame_drawn) {
    // The frame after the learner's Home first showed brings the full atlas.
    ui::frame_requests::request_within(0);
    m_ready_frame_drawn = true;
  }
  ++m_frames;
}

nlohmann::json App::describe() {
  static const ui::KeyInput kNoKeys;
  ui::AppContext ctx = make_context(kNoKeys);
  nlohmann::json state = m_shell.describe(ctx);
  state["frame"] = m_frames;
  state["loading"] = loading();
  state["atlas"] = ui::glyph_set_name(m_fonts.glyphs);  // tests wait for "all characters"
  if (!m_font_error.empty()) state["font_error"] = m_font_error;
  state["progress"] = describe_progress();
  state["lms"] = describe_lms();
  nlohmann::json startup = nlohmann::json::array();
  for (const auto& [phase, ms] : m_startup) startup.push_back({{"phase", phase}, {"ms", ms}});
  state["startup"] = std::move(startup);
  return state;
}

}  // namespace dealdojo
