# index.html of the web build: web/index.html with its stylesheet and its three page
# scripts written into it. As files of their own they were four more requests, which
# the browser queued behind the app's large downloads (six connections per server over
# HTTP/1.1), so the page script started 150-200 ms after the page; written in, it runs
# as the page is parsed and main() starts about 100 ms sooner (README, Performance).
# The sources stay separate files in web/ and are what the tests and docs name.

# The page's own sources in web/: the stylesheet, and its scripts in the order they run.
set(DEALDOJO_WEB_PAGE_SCRIPTS dealdojo_mirror.js dealdojo_lms.js dealdojo_page.js)
set(DEALDOJO_WEB_PAGE_SOURCES index.html dealdojo_page.css ${DEALDOJO_WEB_PAGE_SCRIPTS})

# Replaces `tag` in the variable named by `html_var` with `<element>` holding the text
# of web/`file`. Stops the configure step when the tag is missing or the text would
# end the element early.
function(_dealdojo_inline_into_page html_var tag file element)
  file(READ "${CMAKE_SOURCE_DIR}/web/${file}" _text)
  string(FIND "${${html_var}}" "${tag}" _at)
  if(_at EQUAL -1)
    message(FATAL_ERROR "web/index.html has no ${tag}: the build writes web/${file} into the page in its place")
  endif()
  string(TOLOWER "${_text}" _lower)
  string(FIND "${_lower}" "</${element}" _close)
  if(NOT _close EQUAL -1)
    message(FATAL_ERROR "web/${file} contains </${element}, which would end its <${element}> in index.html early")
  endif()
  string(REPLACE "${tag}" "<${element}>\n${_text}</${element}>" _html "${${html_var}}")
  set(${html_var} "${_html}" PARENT_SCOPE)
endfunction()

# Writes ${output_dir}/index.html (only when its text changed) and re-runs the
# configure step when any of its sources changes.
function(dealdojo_write_web_page output_dir)
  file(READ "${CMAKE_SOURCE_DIR}/web/index.html" _page)
  _dealdojo_inline_into_page(_page "<link rel=\"stylesheet\" href=\"dealdojo_page.css\">" dealdojo_page.css style)
  foreach(_script IN LISTS DEALDOJO_WEB_PAGE_SCRIPTS)
    _dealdojo_inline_into_page(_page "<script src=\"${_script}\"></script>" ${_script} script)
  endforeach()
  file(WRITE "${output_dir}/index.html.tmp" "${_page}")
  file(COPY_FILE "${output_dir}/index.html.tmp" "${output_dir}/index.html" ONLY_IF_DIFFERENT)
  file(REMOVE "${output_dir}/index.html.tmp")
  foreach(_source IN LISTS DEALDOJO_WEB_PAGE_SOURCES)
    set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 "${CMAKE_SOURCE_DIR}/web/${_source}")
  endforeach()
endfunction()
