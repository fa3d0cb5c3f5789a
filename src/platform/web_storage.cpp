// Web user storage: /userdata in Emscripten's file system, mounted on IndexedDB
// (IDBFS). Loading it is asynchronous; writes become durable after persist().
#include <emscripten.h>

#include "app/user_storage.hpp"

namespace dealdojo {
namespace {

EM_JS(void, mount_user_folder, (), {
  Module.dealdojoStorageReady = false;
  FS.mkdir('/userdata');
  FS.mount(IDBFS, {}, '/userdata');
  const ready = function(how) {
    Module.dealdojoStorageReady = true;
    Module.dealdojoSavedData = how;  // for the browser tests
    if (window.dealdojo && window.dealdojo.marks) window.dealdojo.marks['saved data ' + how] = performance.now();
    if (Module._dd_wake) Module._dd_wake(1);  // the app loads the saved data on its next frame
  };
  const read = function() {
    FS.syncfs(true, function(err) {
      if (err) console.warn('DealDojo: could not read saved data from this browser: ' + err);
      ready('read');
    });
  };
  // The page may have opened the database already (dealdojo_page.js); IDBFS takes
  // that connection when it is the version IDBFS itself would open (and has none yet).
  const early = Module.dealdojoUserDataDB || Promise.resolve(null);
  const takeEarly = function(db) {
    if (!db) return;
    if (db.version === IDBFS.DB_VERSION && db.objectStoreNames.contains(IDBFS.DB_STORE_NAME) && !IDBFS.dbs['/userdata']) {
      IDBFS.dbs['/userdata'] = db;
      Module.dealdojoUserDataOpenedEarly = true;  // for the browser tests
    } else {
      db.close();  // an upgrade by IDBFS would wait for it
    }
  };
  (Module.dealdojoSavedDataExists || Promise.resolve(null)).then(function(exists) {
    if (exists === false) {
      // Nothing was ever saved in this browser: the empty folder is the saved state, and
      // no read follows (reading would remove what the app writes meanwhile). The first
      // save creates the database, through the page's connection if it is open by then.
      ready('none');
      early.then(takeEarly);
      return;
    }
    early.then(function(db) { takeEarly(db); read(); });
  });
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist();
});

EM_JS(int, user_folder_ready, (), { return Module.dealdojoStorageReady ? 1 : 0; });

EM_JS(void, save_user_folder, (), {
  FS.syncfs(false, function(err) {
    if (err) console.warn('DealDojo: could not save to this browser: ' + err);
  });
});

EM_JS(int, open_file_picker, (), {
  if (!Module.dealdojoPickFile) return 0;
  Module.dealdojoPickFile();
  return 1;
});

// Through the page's download helper (web/dealdojo_page.js), shared with reports.
EM_JS(int, download_text, (const char* name, const char* text), {
  if (!window.dealdojo || !window.dealdojo.download) return 0;
  window.dealdojo.download(UTF8ToString(name), 'application/json', UTF8ToString(text));
  return 1;
});

class WebStorage final : public UserStorage {
 public:
  WebStorage() { mount_user_folder(); }
  bool ready() const override { return user_folder_ready() != 0; }
  std::filesystem::path dir() const override { return "/userdata"; }
  void persist() override { save_user_folder(); }
  bool has_file_picker() const override { return true; }
  bool pick_file() override { return open_file_picker() != 0; }
  bool offer_download(const std::string& file_name, const std::string& text) override {
    return download_text(file_name.c_str(), text.c_str()) != 0;
  }
};

}  // namespace

std::unique_ptr<UserStorage> make_user_storage() { return std::make_unique<WebStorage>(); }

}  // namespace dealdojo
