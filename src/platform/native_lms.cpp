// The native app is never launched by an LMS: no course, no connection.
#include "app/lms_connection.hpp"

namespace dealdojo {

std::string course_pack_path() { return ""; }
std::unique_ptr<LmsConnection> connect_to_lms() { return nullptr; }

}  // namespace dealdojo
