#pragma once
// What goes into a SCORM course package besides imsmanifest.xml (docs/LMS.md,
// "Publishing"): the web app's files, the course pack, and a mark in index.html
// that tells the page script it runs as a course and which SCORM API to look for.
// `dojo publish scorm` does the file work; these are the rules, without I/O.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/lms/scorm_version.hpp"

namespace dealdojo::lms {

// The files of the WebAssembly build a course needs, all required. Not sw.js: a
// service worker does not belong inside an LMS's frame. The page's stylesheet and
// scripts are written into index.html by the build (cmake/web_page.cmake).
std::span<const std::string_view> course_web_files();

// Whether `index_html` carries the page script that links a course to its LMS
// (web/dealdojo_lms.js, written into the page by the build). A page from before the
// scripts were written in names them as files, which a course package does not hold.
bool page_has_course_bridge(std::string_view index_html);

// Where the pack's bundled form goes in the package.
inline constexpr std::string_view kCoursePackPath = "course/pack.json";

// <meta name="dealdojo-course" content="scorm-2004"> (or "scorm-1.2").
std::string course_meta_tag(ScormVersion version);

// `index_html` with course_meta_tag() on its own line before the first </head>
// (matched in any case), and without the <link> lines that name the default packs'
// package (its preloads): a course ships its own pack instead. nullopt when there
// is no </head>.
std::optional<std::string> mark_course_page(std::string_view index_html, ScormVersion version);

}  // namespace dealdojo::lms
