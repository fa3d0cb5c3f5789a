# Fonts and content for the app. Fonts come from Debian's fonts-noto-core, cut
# down to the glyphs we draw (pyftsubset, from Debian's fonttools) to keep the web
# download small. Native: copied beside the executable. Web: fonts embedded in the
# wasm with --embed-file, the packs (minified: scripts/minify_json.mjs) packaged into
# dealdojo_content.data.

set(DEALDOJO_FONT_SOURCE_DIR /usr/share/fonts/truetype/noto CACHE PATH "Noto Sans fonts")
set(DEALDOJO_DEFAULT_PACKS "sales-rep;manufacturing" CACHE STRING "Packs under content/ shipped with the app")
# Build folders configured before the manufacturing pack existed cached "sales-rep".
if(DEALDOJO_DEFAULT_PACKS STREQUAL "sales-rep")
  set_property(CACHE DEALDOJO_DEFAULT_PACKS PROPERTY VALUE "sales-rep;manufacturing")
endif()
set(_unicodes "U+0020-00FF,U+0100-017F,U+0370-03FF,U+2010-205E,U+20A0-20CF,U+2190-21FF,U+2212-2264,U+25A0-25FF,U+2713-2717")
set(_math_unicodes "U+2190-21FF,U+2200-22FF")

function(dealdojo_add_assets target)
  set(_font_out "${CMAKE_BINARY_DIR}/assets/fonts")
  set(_fonts)
  foreach(_font NotoSans-Regular NotoSans-Bold)
    set(_out "${_font_out}/${_font}.ttf")
    add_custom_command(OUTPUT "${_out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${_font_out}"
      COMMAND pyftsubset "${DEALDOJO_FONT_SOURCE_DIR}/${_font}.ttf" "--unicodes=${_unicodes}"
              --layout-features=kern "--output-file=${_out}"
      DEPENDS "${DEALDOJO_FONT_SOURCE_DIR}/${_font}.ttf"
      COMMENT "Subsetting ${_font}")
    list(APPEND _fonts "${_out}")
  endforeach()
  # Noto Sans has no arrows or maths signs (→ ≈ ≤ −): they come from Noto Sans Math,
  # merged into each UI font at load time.
  set(_math_out "${_font_out}/NotoSansMath-Regular.ttf")
  add_custom_command(OUTPUT "${_math_out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_font_out}"
    COMMAND pyftsubset "${DEALDOJO_FONT_SOURCE_DIR}/NotoSansMath-Regular.ttf" "--unicodes=${_math_unicodes}"
            "--output-file=${_math_out}"
    DEPENDS "${DEALDOJO_FONT_SOURCE_DIR}/NotoSansMath-Regular.ttf"
    COMMENT "Subsetting NotoSansMath-Regular")
  list(APPEND _fonts "${_math_out}")

  set(_content_files)
  foreach(_pack IN LISTS DEALDOJO_DEFAULT_PACKS)
    file(GLOB_RECURSE _files CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/content/${_pack}/*.json")
    list(APPEND _content_files ${_files})
  endforeach()
  set(_stamp "${CMAKE_BINARY_DIR}/content.stamp")
  set(_copy_commands)
  foreach(_pack IN LISTS DEALDOJO_DEFAULT_PACKS)
    list(APPEND _copy_commands COMMAND ${CMAKE_COMMAND} -E rm -rf "${CMAKE_BINARY_DIR}/content/${_pack}"
         COMMAND ${CMAKE_COMMAND} -E copy_directory "${CMAKE_SOURCE_DIR}/content/${_pack}"
                 "${CMAKE_BINARY_DIR}/content/${_pack}")
  endforeach()
  if(EMSCRIPTEN)
    # The browser's copy without the indentation between tokens (a quarter of the bytes).
    find_program(DEALDOJO_NODE node REQUIRED)
    foreach(_pack IN LISTS DEALDOJO_DEFAULT_PACKS)
      list(APPEND _copy_commands COMMAND ${DEALDOJO_NODE} "${CMAKE_SOURCE_DIR}/scripts/minify_json.mjs"
                                         "${CMAKE_BINARY_DIR}/content/${_pack}")
    endforeach()
  endif()
  add_custom_command(OUTPUT "${_stamp}" ${_copy_commands}
    COMMAND ${CMAKE_COMMAND} -E touch "${_stamp}"
    DEPENDS ${_content_files} "${CMAKE_SOURCE_DIR}/scripts/minify_json.mjs"
    COMMENT "Copying the default content packs")
  add_custom_target(${target}_assets DEPENDS ${_fonts} "${_stamp}")
  add_dependencies(${target} ${target}_assets)

  if(EMSCRIPTEN)
    # The fonts, which the first frame needs, are in the wasm (--embed-file): in the
    # file system when main() starts, with no download or loader of their own (as
    # dealdojo.data with --preload-file, main() waited for its loader's task; README,
    # Performance). The packs are a package of their own, dealdojo_content.data, which
    # the page writes into the file system (web/dealdojo_page.js), so the first frame
    # waits for them briefly at most.
    target_link_options(${target} PRIVATE "SHELL:--embed-file ${CMAKE_BINARY_DIR}/assets@/assets")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${_fonts})
    find_program(DEALDOJO_FILE_PACKAGER file_packager HINTS /usr/share/emscripten/tools REQUIRED)
    add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/dealdojo_content.data" "${CMAKE_BINARY_DIR}/dealdojo_content.json"
      # Role-play script sources (.txt) stay out: the app reads the compiled scenarios
      # (roleplay/*.json), and the scripts were a fifth of the package. The page writes
      # the files into the file system itself from the package's index (where each
      # file's bytes start and end): the packager's own loader script is not shipped.
      COMMAND ${DEALDOJO_FILE_PACKAGER} dealdojo_content.data --preload content@/content --exclude "*.txt"
              --js-output=dealdojo_content_loader.js --separate-metadata
      COMMAND ${CMAKE_COMMAND} -E rename dealdojo_content_loader.js.metadata dealdojo_content.json
      COMMAND ${CMAKE_COMMAND} -E rm -f dealdojo_content_loader.js dealdojo_content.js
      WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
      DEPENDS "${_stamp}" COMMENT "Packaging the default packs (dealdojo_content.data)" VERBATIM)
    add_custom_target(${target}_content DEPENDS "${CMAKE_BINARY_DIR}/dealdojo_content.data"
                                              "${CMAKE_BINARY_DIR}/dealdojo_content.json")
    # The packs' copy is made by the assets target alone (two targets running its
    # command at once would delete and minify the folder under each other).
    add_dependencies(${target}_content ${target}_assets)
    add_dependencies(${target} ${target}_content)
    # index.html carries the page's stylesheet and scripts (cmake/web_page.cmake).
    include(${CMAKE_SOURCE_DIR}/cmake/web_page.cmake)
    dealdojo_write_web_page("${CMAKE_BINARY_DIR}")
    foreach(_file icon.svg manifest.webmanifest)
      configure_file("${CMAKE_SOURCE_DIR}/web/${_file}" "${CMAKE_BINARY_DIR}/${_file}" COPYONLY)
    endforeach()
    foreach(_file ${DEALDOJO_WEB_PAGE_SOURCES} icon.svg manifest.webmanifest)
      set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${CMAKE_SOURCE_DIR}/web/${_file}")
    endforeach()
    # The service worker carries a hash of the files it caches (cmake/web_version.cmake);
    # a changed page file relinks (above), so the hash is always current.
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${CMAKE_SOURCE_DIR}/web/sw.js")
    add_custom_command(TARGET ${target} POST_BUILD
      COMMAND ${CMAKE_COMMAND} -DWEB_DIR=${CMAKE_BINARY_DIR} -DTEMPLATE=${CMAKE_SOURCE_DIR}/web/sw.js
              -P ${CMAKE_SOURCE_DIR}/cmake/web_version.cmake
      COMMENT "Writing sw.js with this build's version")
  endif()
endfunction()
