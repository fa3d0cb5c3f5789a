// The rules of a course package besides its manifest (core/lms/course_package.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/lms/course_package.hpp"

using namespace dealdojo::lms;

TEST_CASE("publish: the course page is marked on its own line before </head>") {
  const std::string html = "<html>\n<head>\n  <title>x</title>\n</head>\n<body></body>\n</html>\n";
  CHECK(mark_course_page(html, ScormVersion::Scorm2004) ==
        "<html>\n<head>\n  <title>x</title>\n  <meta name=\"dealdojo-course\" content=\"scorm-2004\">\n</head>\n"
        "<body></body>\n</html>\n");
  CHECK(mark_course_page("<head><title>x</title></HEAD>", ScormVersion::Scorm12) ==
        "<head><title>x</title><meta name=\"dealdojo-course\" content=\"scorm-1.2\"></HEAD>");
  CHECK(mark_course_page("</head>", ScormVersion::Scorm12) ==
        "  <meta name=\"dealdojo-course\" content=\"scorm-1.2\">\n</head>");
}

TEST_CASE("publish: the course page drops the default packs' preloads, which a course does not ship") {
  const std::string html =
      "<head>\n  <link rel=\"preload\" href=\"dealdojo.wasm\" as=\"fetch\" crossorigin>\n"
      "  <link rel=\"preload\" href=\"dealdojo_content.data\" as=\"fetch\" crossorigin>\n"
      "\t<link rel=\"preload\" href=\"dealdojo_content.json\" as=\"fetch\" crossorigin>\n</head>\n<body></body>";
  CHECK(mark_course_page(html, ScormVersion::Scorm2004) ==
        "<head>\n  <link rel=\"preload\" href=\"dealdojo.wasm\" as=\"fetch\" crossorigin>\n"
        "  <meta name=\"dealdojo-course\" content=\"scorm-2004\">\n</head>\n<body></body>");
}

TEST_CASE("publish: the page script's lines that name the default packs stay in a course page") {
  // The build writes web/dealdojo_page.js into the page; it names the package and
  // asks for it only outside a course. Dropping those lines would break the script.
  const std::string script = "<script>\n  fetchOk('dealdojo_content.data');\n  // dealdojo_content.json too\n</script>\n";
  const auto marked = mark_course_page("<head>\n</head>\n<body>\n" + script + "</body>", ScormVersion::Scorm12);
  REQUIRE(marked.has_value());
  CHECK(marked->find(script) != std::string::npos);
}

TEST_CASE("publish: a course page needs the LMS bridge written into it") {
  CHECK(page_has_course_bridge("<script>\n(function () {\n  window.DealDojoCourse = null;\n})();\n</script>"));
  CHECK_FALSE(page_has_course_bridge("<body>\n  <script src=\"dealdojo_lms.js\"></script>\n</body>"));
  CHECK_FALSE(page_has_course_bridge(""));
}

TEST_CASE("publish: a page without </head> cannot be marked") {
  CHECK_FALSE(mark_course_page("<html><body></body></html>", ScormVersion::Scorm2004).has_value());
  CHECK_FALSE(mark_course_page("", ScormVersion::Scorm2004).has_value());
}

TEST_CASE("publish: the web files of a course: the page and the app, no service worker") {
  const auto files = course_web_files();
  CHECK(files.size() == 5);
  CHECK(files.front() == "index.html");  // the one file the course marks
  for (const std::string_view name : {"dealdojo.js", "dealdojo.wasm", "icon.svg", "manifest.webmanifest"}) {
    CHECK(std::find(files.begin(), files.end(), name) != files.end());
  }
  // The fonts are in the wasm; the build makes no dealdojo.data any more.
  CHECK(std::find(files.begin(), files.end(), "dealdojo.data") == files.end());
  CHECK(std::find(files.begin(), files.end(), "sw.js") == files.end());
  // Written into index.html by the build, not files of their own any more.
  CHECK(std::find(files.begin(), files.end(), "dealdojo_lms.js") == files.end());
}
