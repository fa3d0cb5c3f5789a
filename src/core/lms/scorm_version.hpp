#pragma once
// The two SCORM versions a course package can speak (docs/LMS.md).
#include <optional>
#include <string_view>

namespace dealdojo::lms {

enum class ScormVersion { Scorm12, Scorm2004 };

// "1.2" and "2004".
inline std::string_view scorm_version_name(ScormVersion version) {
  return version == ScormVersion::Scorm12 ? "1.2" : "2004";
}
inline std::optional<ScormVersion> parse_scorm_version(std::string_view name) {
  if (name == "1.2") return ScormVersion::Scorm12;
  if (name == "2004") return ScormVersion::Scorm2004;
  return std::nullopt;
}

}  // namespace dealdojo::lms
