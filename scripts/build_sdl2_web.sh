#!/usr/bin/env bash
# Builds SDL2 from Debian's source package for WebAssembly, once, into a cached
# prefix under build/deps. Emscripten's own SDL2 port downloads from the network,
# which this project must not do.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src=$(ls -d "$root"/build/third_party/libsdl2-*/ 2>/dev/null | head -n1)
prefix="$root/build/deps/sdl2-web"
[ -f "$prefix/lib/cmake/SDL2/SDL2Config.cmake" ] && exit 0
[ -n "$src" ] || { echo "SDL2 source missing: run scripts/setup.sh" >&2; exit 1; }
export NODE_PATH=/usr/share/nodejs
mkdir -p "$root/build/deps"
work="$root/build/deps/sdl2-web-build"
emcmake cmake -S "$src" -B "$work" -DCMAKE_BUILD_TYPE=Release \
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_THREADS=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" > "$root/build/deps/sdl2-web-configure.log"
cmake --build "$work" -j"$(nproc)" > "$root/build/deps/sdl2-web-build.log"
cmake --install "$work" > /dev/null
echo "SDL2 for WebAssembly installed in $prefix"
