# Third-party code, all from Debian packages:
#  - nlohmann/json: headers from nlohmann-json3-dev, exposed through a directory of
#    symlinks because em++ must never see -I/usr/include.
#  - Dear ImGui: compiled from `apt-get source imgui` for both builds.
#  - SDL2: Debian's libsdl2-dev natively; on the web, built from `apt-get source
#    libsdl2` by scripts/build_sdl2_web.sh into build/deps/sdl2-web.

set(_json_shim "${CMAKE_BINARY_DIR}/include_shims/json")
file(MAKE_DIRECTORY "${_json_shim}")
file(CREATE_LINK /usr/include/nlohmann "${_json_shim}/nlohmann" SYMBOLIC)
add_library(dealdojo_json INTERFACE)
target_include_directories(dealdojo_json SYSTEM INTERFACE "${_json_shim}")
# Expected failures are values in this project; a stray throw aborts instead of
# unwinding, the same on native and on the web (where exceptions are off).
target_compile_definitions(dealdojo_json INTERFACE JSON_NOEXCEPTION)

if(DEALDOJO_CORE_ONLY)
  return()
endif()

file(GLOB _imgui_dirs LIST_DIRECTORIES true "${DEALDOJO_THIRD_PARTY_DIR}/imgui-*")
list(LENGTH _imgui_dirs _imgui_count)
if(_imgui_count EQUAL 0)
  message(FATAL_ERROR "Dear ImGui source not found in ${DEALDOJO_THIRD_PARTY_DIR}: run scripts/setup.sh")
endif()
list(GET _imgui_dirs 0 IMGUI_DIR)

if(EMSCRIPTEN)
  find_package(SDL2 CONFIG REQUIRED
    PATHS "${CMAKE_SOURCE_DIR}/build/deps/sdl2-web" NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  add_library(dealdojo_sdl2 INTERFACE)
  target_link_libraries(dealdojo_sdl2 INTERFACE SDL2::SDL2-static)
else()
  find_package(SDL2 REQUIRED)
  find_package(OpenGL REQUIRED)
  add_library(dealdojo_sdl2 INTERFACE)
  target_link_libraries(dealdojo_sdl2 INTERFACE SDL2::SDL2 OpenGL::GL)
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_link_libraries(imgui PUBLIC dealdojo_sdl2)
target_compile_options(imgui PRIVATE -w)  # third-party code: its warnings are not ours
# Keep ImGui's asserts in release builds: a push/pop imbalance must stop the app
# loudly (and fail a test) rather than corrupt later frames.
target_compile_options(imgui PUBLIC -UNDEBUG)
