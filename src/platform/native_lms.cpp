// The native app is never launched by an LMS (no course, no connection), and its
// built-in packs are files beside it.
#include "app/built_in_content.hpp"
#include "app/lms_connection.hpp"

namespace dealdojo {

std::string course_pack_path() { return ""; }
std::unique_ptr<LmsConnection> connect_to_lms() { return nullptr; }
ContentState built_in_content_state(std::string&) { return ContentState::Ready; }

}  // namespace dealdojo
