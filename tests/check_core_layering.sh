#!/usr/bin/env bash
# Fails when any file in the core includes ImGui, SDL, OpenGL or Emscripten headers.
set -u
hits=$(grep -rnE '#\s*include\s*[<"](imgui|SDL|GL/|GLES|emscripten)' "$1")
if [ -n "$hits" ]; then
  echo "src/core must not include UI or platform headers:"; echo "$hits"; exit 1
fi
echo "src/core is free of UI and platform includes"
