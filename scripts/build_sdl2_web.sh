#!/usr/bin/env bash
# Builds SDL2 from Debian's source package for WebAssembly, once per machine and
# user: the result is kept in a per-user cache keyed by the SDL2 source version,
# the Emscripten version and the flags below, so every clone reuses it and a change
# of any of them builds it anew. build/deps/sdl2-web links to it. (Emscripten's own
# SDL2 port downloads from the network, which this project must not do.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src=$(ls -d "$root"/build/third_party/libsdl2-*/ 2>/dev/null | head -n1)
[ -n "$src" ] || { echo "SDL2 source missing: run scripts/setup.sh" >&2; exit 1; }
export NODE_PATH=/usr/share/nodejs
# Only what the app uses (video, events, timers; ImGui's backend asks the game-controller
# API, so joysticks stay): no renderer, audio, haptics, sensors, power or HIDAPI, and
# SDL_LEAN_AND_MEAN drops the software blitters (surfaces the app never draws): the
# wasm was a ninth SDL's blitters.
flags=(-DCMAKE_BUILD_TYPE=Release -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_THREADS=OFF
       -DSDL_RENDER=OFF -DSDL_AUDIO=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_HIDAPI=OFF
       -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1)
emcc_version=$(emcc --version 2>/dev/null | head -n1)
key=$(printf '%s\n' "$(basename "$src")" "$emcc_version" "${flags[*]}" | sha256sum | cut -c1-16)
cache_root="${DEALDOJO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dealdojo}"
prefix="$cache_root/sdl2-web-$key"
link="$root/build/deps/sdl2-web"
mkdir -p "$root/build/deps"

if [ ! -f "$prefix/lib/cmake/SDL2/SDL2Config.cmake" ]; then
  echo "setup: building SDL2 for WebAssembly into $prefix (once per SDL2, Emscripten and flags)"
  mkdir -p "$cache_root"
  work=$(mktemp -d "$cache_root/sdl2-web-build.XXXXXX")
  staging="$prefix.partial.$$"
  trap 'rm -rf "$work" "$staging"' EXIT
  emcmake cmake -S "$src" -B "$work" "${flags[@]}" -DCMAKE_INSTALL_PREFIX="$prefix" \
    > "$root/build/deps/sdl2-web-configure.log"
  cmake --build "$work" -j"$(nproc)" > "$root/build/deps/sdl2-web-build.log"
  # Installed into a staging folder and renamed, so an interrupted build never
  # leaves a cache entry that looks complete.
  DESTDIR="$staging" cmake --install "$work" > /dev/null
  mv "$staging$prefix" "$prefix"
fi
rm -rf "$root/build/deps/sdl2-web-build"  # where builds before the cache worked
# The project's CMake looks in build/deps/sdl2-web (cmake/third_party.cmake).
if [ "$(readlink "$link" 2>/dev/null)" != "$prefix" ]; then
  rm -rf "$link"
  ln -s "$prefix" "$link"
fi
