#pragma once
// The imsmanifest.xml of a course package (docs/LMS.md, "Publishing"): one SCO,
// launched from index.html, that lists every file of the package. Text only, no
// I/O, so the same function serves the CLI and the tests.
#include <string>
#include <string_view>
#include <vector>

#include "core/lms/scorm_version.hpp"

namespace dealdojo::lms {

struct PackageDescription {
  ScormVersion version = ScormVersion::Scorm2004;
  std::string identifier;   // made a valid xs:ID by scorm_manifest_xml (see xml_id)
  std::string title;
  std::string description;  // may be empty: then no description element
  std::string language = "en";  // of the title and description, e.g. "en-GB"
  std::string launch_href = "index.html";
  std::vector<std::string> files;  // every file in the package: relative, forward slashes
};

// "dealdojo-<pack id>-<pack version>", as a valid xs:ID.
std::string package_identifier(std::string_view pack_id, std::string_view pack_version);

// `text` as an xs:ID (an NCName): characters other than ASCII letters, digits, '-',
// '_' and '.' become '_', and an "id-" prefix is added unless it starts with a letter.
std::string xml_id(std::string_view text);

// `text` with & < > " ' escaped, and the control characters XML 1.0 cannot carry
// dropped, for element text and attribute values alike.
std::string xml_escape(std::string_view text);

// The whole imsmanifest.xml, UTF-8, ending in a newline.
std::string scorm_manifest_xml(const PackageDescription& package);

}  // namespace dealdojo::lms
