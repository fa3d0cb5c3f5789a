#pragma once
// The LMS a course package was launched from, if any (docs/LMS.md): the SCORM API
// found by the page (web/dealdojo_lms.js). Natively there is never one.
#include <memory>
#include <string>

#include "core/lms/scorm_version.hpp"

namespace dealdojo {

class LmsConnection {
 public:
  virtual ~LmsConnection() = default;
  virtual lms::ScormVersion version() const = 0;
  // "" when the element has no value or the LMS reported an error (logged by the page).
  virtual std::string get(const std::string& element) = 0;
  // False when the LMS refused (logged by the page).
  virtual bool set(const std::string& element, const std::string& value) = 0;
  virtual bool commit() = 0;
  // Ends the session; later calls do nothing.
  virtual void terminate() = 0;
};

// The course's pack file when this app is a course package ("" otherwise).
std::string course_pack_path();
// The LMS connection when a course was launched from one; nullptr otherwise.
std::unique_ptr<LmsConnection> connect_to_lms();

}  // namespace dealdojo
