#include "core/lms/course_package.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace dealdojo::lms {

std::span<const std::string_view> course_web_files() {
  // The fonts are in the wasm (cmake/assets.cmake): no data package of their own.
  static constexpr std::array<std::string_view, 5> kFiles = {"index.html", "dealdojo.js", "dealdojo.wasm", "icon.svg",
                                                             "manifest.webmanifest"};
  return kFiles;
}

bool page_has_course_bridge(std::string_view index_html) {
  return index_html.find("window.DealDojoCourse") != std::string_view::npos;
}

std::string course_meta_tag(ScormVersion version) {
  return "<meta name=\"dealdojo-course\" content=\"scorm-" + std::string(scorm_version_name(version)) + "\">";
}

namespace {

// Drops every <link> line that names the default packs' package (dealdojo_content.*):
// the page preloads it, and a course package does not have it (a request for it would
// fail in the learner's console). Other lines stay: the page script written into the
// page names the package too, and asks for it only outside a course.
std::string without_default_pack_preloads(std::string_view html) {
  constexpr std::string_view kDefaultPacks = "dealdojo_content.";
  constexpr std::string_view kLink = "<link";
  std::string out;
  out.reserve(html.size());
  for (std::size_t start = 0; start < html.size();) {
    std::size_t end = html.find('\n', start);
    end = end == std::string_view::npos ? html.size() : end + 1;
    const std::string_view line = html.substr(start, end - start);
    const std::size_t text = line.find_first_not_of(" \t");
    const bool is_link = text != std::string_view::npos && line.substr(text, kLink.size()) == kLink;
    if (!is_link || line.find(kDefaultPacks) == std::string_view::npos) out += line;
    start = end;
  }
  return out;
}

}  // namespace

std::optional<std::string> mark_course_page(std::string_view index_html, ScormVersion version) {
  constexpr std::string_view kHeadEnd = "</head>";
  const auto match = std::search(index_html.begin(), index_html.end(), kHeadEnd.begin(), kHeadEnd.end(),
                                 [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  if (match == index_html.end()) return std::nullopt;
  const auto at = static_cast<std::size_t>(match - index_html.begin());
  // When </head> starts its line, the tag gets a line of its own above it, indented
  // one step more; otherwise it goes just before </head>.
  std::size_t line_start = 0;
  if (at > 0) {
    const std::size_t newline = index_html.rfind('\n', at - 1);
    if (newline != std::string_view::npos) line_start = newline + 1;
  }
  const std::string_view before = index_html.substr(line_start, at - line_start);
  const bool own_line = std::all_of(before.begin(), before.end(), [](char c) { return c == ' ' || c == '\t'; });
  std::string marked(index_html.substr(0, own_line ? line_start : at));
  marked += own_line ? std::string(before) + "  " + course_meta_tag(version) + "\n" : course_meta_tag(version);
  marked += index_html.substr(own_line ? line_start : at);
  return without_default_pack_preloads(marked);
}

}  // namespace dealdojo::lms
