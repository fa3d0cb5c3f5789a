# dojo publish scorm: course packages for an LMS (docs/LMS.md, "Publishing").
# tests/data/web-build-fixture stands in for build/web, so no web build is needed.
set(_web tests/data/web-build-fixture)
set(_out "${CMAKE_BINARY_DIR}/cli-publish")
file(MAKE_DIRECTORY "${_out}")
# Broken web builds, made from the fixture at configure time.
file(REMOVE_RECURSE "${_out}/web-without-wasm" "${_out}/web-without-lms" "${_out}/web-without-head")
file(COPY "${CMAKE_SOURCE_DIR}/${_web}/" DESTINATION "${_out}/web-without-wasm")
file(REMOVE "${_out}/web-without-wasm/dealdojo.wasm")
# A page from before the build wrote the page scripts into it: it names them as files.
file(COPY "${CMAKE_SOURCE_DIR}/${_web}/" DESTINATION "${_out}/web-without-lms")
file(WRITE "${_out}/web-without-lms/index.html"
     "<!doctype html>\n<head>\n</head>\n<body>\n  <script src=\"dealdojo_lms.js\"></script>\n</body>\n")
file(COPY "${CMAKE_SOURCE_DIR}/${_web}/" DESTINATION "${_out}/web-without-head")
file(WRITE "${_out}/web-without-head/index.html" "<!doctype html>\n<title>no head end</title>\n<body></body>\n")

# Both versions, then the zips checked with unzip, xmllint and against each other.
foreach(_version 2004 1.2)
  dealdojo_cli_test(NAME "publish scorm ${_version}: the example pack"
    ARGS publish scorm content/example --version ${_version} -o ${_out}/example-${_version}.zip --web ${_web} --force
    EXPECT_EXIT 0
    EXPECT_OUTPUT "wrote .*example-${_version}\\.zip: 7 files, [0-9]+ KB, SCORM ${_version}, pack 'Example pack' 1\\.0\\.0\\. Next: upload example-${_version}\\.zip to your LMS as a SCORM ${_version} package\\."
    EXPECT_NO_OUTPUT "sw\\.js")
  set_tests_properties("cli: publish scorm ${_version}: the example pack" PROPERTIES FIXTURES_SETUP "scorm-${_version}-zip")
  add_test(NAME "cli: publish scorm ${_version}: the zip is sound and its manifest lists every file"
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/cli/check_scorm_zip.sh" "${_out}/example-${_version}.zip" ${_version}
            "$<TARGET_FILE:dojo>")
  set_tests_properties("cli: publish scorm ${_version}: the zip is sound and its manifest lists every file"
    PROPERTIES FIXTURES_REQUIRED "scorm-${_version}-zip")
endforeach()

# A title with & < > " ' still gives a well-formed manifest.
dealdojo_cli_test(NAME "publish scorm: a title XML must escape"
  ARGS publish scorm tests/data/publish/odd-title.json --version 1.2 -o ${_out}/odd-title.zip --web ${_web} --force
  EXPECT_EXIT 0 EXPECT_OUTPUT "pack 'Q&A <Basics> .2025. it.s' 1\\.0\\.0")
set_tests_properties("cli: publish scorm: a title XML must escape" PROPERTIES FIXTURES_SETUP "scorm-odd-title-zip")
add_test(NAME "cli: publish scorm: the escaped manifest is well-formed"
  COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/cli/check_scorm_zip.sh" "${_out}/odd-title.zip" 1.2 "$<TARGET_FILE:dojo>")
set_tests_properties("cli: publish scorm: the escaped manifest is well-formed"
  PROPERTIES FIXTURES_REQUIRED "scorm-odd-title-zip")

# Refusals. None may leave a zip, whole or half: never.zip is removed before them
# and must still be absent after them.
add_test(NAME "cli: publish scorm: before the refusals"
  COMMAND ${CMAKE_COMMAND} -E rm -f "${_out}/never.zip" "${_out}/never.zip.tmp")
add_test(NAME "cli: publish scorm: a refused run writes nothing"
  COMMAND sh -c "test ! -e \"$1\" && test ! -e \"$1.tmp\"" check "${_out}/never.zip")
set_tests_properties("cli: publish scorm: before the refusals" PROPERTIES FIXTURES_SETUP publish-refusals)
set_tests_properties("cli: publish scorm: a refused run writes nothing" PROPERTIES FIXTURES_CLEANUP publish-refusals)
function(dealdojo_publish_refusal)
  cmake_parse_arguments(CASE "" "NAME" "" ${ARGN})
  dealdojo_cli_test(${ARGN})
  set_tests_properties("cli: ${CASE_NAME}" PROPERTIES FIXTURES_REQUIRED "publish-refusals;scorm-2004-zip")
endfunction()

dealdojo_publish_refusal(NAME "publish scorm: an existing zip is kept without --force"
  ARGS publish scorm content/example --version 2004 -o ${_out}/example-2004.zip --web ${_web}
  EXPECT_EXIT 1 EXPECT_OUTPUT "example-2004\\.zip already exists. choose another name, or pass --force to replace it")
dealdojo_publish_refusal(NAME "publish scorm: an unknown version is a usage error"
  ARGS publish scorm content/example --version 3 -o ${_out}/never.zip --web ${_web}
  EXPECT_EXIT 2 EXPECT_OUTPUT "dojo publish: --version: '3' is not a SCORM version. use 2004 or 1\\.2")
dealdojo_publish_refusal(NAME "publish scorm: the version is required"
  ARGS publish scorm content/example -o ${_out}/never.zip --web ${_web}
  EXPECT_EXIT 2 EXPECT_OUTPUT "--version 2004 or --version 1\\.2")
dealdojo_publish_refusal(NAME "publish scorm: -o is required"
  ARGS publish scorm content/example --version 2004 --web ${_web}
  EXPECT_EXIT 2 EXPECT_OUTPUT "say where to write the package with -o FILE")
dealdojo_publish_refusal(NAME "publish: only scorm" ARGS publish xapi content/example
  EXPECT_EXIT 2 EXPECT_OUTPUT "say what to publish: 'dojo publish scorm PACK")
dealdojo_publish_refusal(NAME "publish scorm: a missing web file is named"
  ARGS publish scorm content/example --version 2004 -o ${_out}/never.zip --web ${_out}/web-without-wasm
  EXPECT_EXIT 1
  EXPECT_OUTPUT "web-without-wasm/dealdojo\\.wasm: missing or unreadable, and a course package needs it \\(build the web app first: make web-build, or pass --web DIR\\)")
dealdojo_publish_refusal(NAME "publish scorm: a page without its scripts written in is refused"
  ARGS publish scorm content/example --version 2004 -o ${_out}/never.zip --web ${_out}/web-without-lms
  EXPECT_EXIT 1
  EXPECT_OUTPUT "web-without-lms/index\\.html: does not carry the page scripts \\(the LMS bridge, web/dealdojo_lms\\.js\\)")
dealdojo_publish_refusal(NAME "publish scorm: an index.html without </head> is refused"
  ARGS publish scorm content/example --version 1.2 -o ${_out}/never.zip --web ${_out}/web-without-head
  EXPECT_EXIT 1 EXPECT_OUTPUT "web-without-head/index\\.html: has no </head>")
dealdojo_publish_refusal(NAME "publish scorm: a pack with errors is refused with its diagnostics"
  ARGS publish scorm tests/data/hostile/duplicate-question-id.json --version 2004 -o ${_out}/never.zip --web ${_web}
  EXPECT_EXIT 1 EXPECT_OUTPUT "duplicate-question-id\\.json: NOT valid \\([0-9]+ errors?\\). nothing was published\n  error: ")
dealdojo_publish_refusal(NAME "publish scorm: a pack without a blueprint is refused"
  ARGS publish scorm tests/data/publish/no-blueprint.json --version 2004 -o ${_out}/never.zip --web ${_web}
  EXPECT_EXIT 1 EXPECT_OUTPUT "no-blueprint\\.json: the pack has no blueprint, so it has no mock exams")
