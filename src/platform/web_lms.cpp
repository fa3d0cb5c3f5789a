// The web side of LmsConnection: calls into window.DealDojoCourse (web/dealdojo_lms.js).
#include <emscripten.h>

#include <string>

#include "app/lms_connection.hpp"

namespace dealdojo {
namespace {

EM_JS(int, course_version, (), {
  if (!window.DealDojoCourse) return 0;
  return window.DealDojoCourse.version === '1.2' ? 12 : 2004;
});
EM_JS(int, lms_connected, (), { return window.DealDojoCourse && window.DealDojoCourse.lms ? 1 : 0; });
EM_JS(int, lms_get_size, (const char* element), {
  Module.dealdojoLmsValue = window.DealDojoCourse.lms.get(UTF8ToString(element));
  return lengthBytesUTF8(Module.dealdojoLmsValue) + 1;
});
EM_JS(void, lms_get_copy, (char* out, int size), { stringToUTF8(Module.dealdojoLmsValue || "", out, size); });
EM_JS(int, lms_set, (const char* element, const char* value), {
  return window.DealDojoCourse.lms.set(UTF8ToString(element), UTF8ToString(value)) ? 1 : 0;
});
EM_JS(int, lms_commit, (), { return window.DealDojoCourse.lms.commit() ? 1 : 0; });
EM_JS(void, lms_terminate, (), { window.DealDojoCourse.lms.terminate(); });

class WebLms final : public LmsConnection {
 public:
  explicit WebLms(lms::ScormVersion version) : m_version(version) {}
  lms::ScormVersion version() const override { return m_version; }
  std::string get(const std::string& element) override {
    const int size = lms_get_size(element.c_str());
    std::string value(static_cast<std::size_t>(size), '\0');
    lms_get_copy(value.data(), size);
    value.resize(static_cast<std::size_t>(size - 1));
    return value;
  }
  bool set(const std::string& element, const std::string& value) override {
    return lms_set(element.c_str(), value.c_str()) != 0;
  }
  bool commit() override { return lms_commit() != 0; }
  void terminate() override { lms_terminate(); }

 private:
  lms::ScormVersion m_version;
};

}  // namespace

std::string course_pack_path() { return course_version() != 0 ? "/course/pack.json" : ""; }

std::unique_ptr<LmsConnection> connect_to_lms() {
  if (lms_connected() == 0) return nullptr;
  return std::make_unique<WebLms>(course_version() == 12 ? lms::ScormVersion::Scorm12 : lms::ScormVersion::Scorm2004);
}

}  // namespace dealdojo
