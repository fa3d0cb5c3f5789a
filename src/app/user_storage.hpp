#pragma once
// Where the learner's own files live (added packs, later progress): a folder in
// the user's data directory natively, an IndexedDB-backed folder in the browser.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace dealdojo {

class UserStorage {
 public:
  virtual ~UserStorage() = default;
  // False until the browser has loaded the folder from IndexedDB.
  virtual bool ready() const = 0;
  virtual std::filesystem::path dir() const = 0;
  // Makes what was written durable (the browser copies it into IndexedDB).
  virtual void persist() = 0;
  // Whether pick_file() can open a picker (web); natively the learner types a
  // path or drops a file instead.
  virtual bool has_file_picker() const = 0;
  // Opens a file picker; chosen files arrive through App::receive_file. Returns
  // false where there is none.
  virtual bool pick_file() = 0;
  // Makes one written file (or a folder's entries) durable on disk, where the
  // platform can (POSIX fsync natively; the browser's persist() covers the web).
  virtual void sync_file(const std::filesystem::path& path) { (void)path; }
  // Hands `text` to the learner as a downloaded file (web); false where there is
  // no download and the caller writes a file instead.
  virtual bool offer_download(const std::string& file_name, const std::string& text) {
    (void)file_name;
    (void)text;
    return false;
  }
};

std::unique_ptr<UserStorage> make_user_storage();

}  // namespace dealdojo
