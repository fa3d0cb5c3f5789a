// Stand-in for the Emscripten loader (tests/cli/publish.cmake).
