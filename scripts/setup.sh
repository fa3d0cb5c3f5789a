#!/usr/bin/env bash
# Installs what DealDojo needs to build and test, idempotently: Debian packages,
# the Debian source packages compiled to WebAssembly (Dear ImGui, SDL2), SDL2
# built for the web once, and the pinned npm packages. Safe to run every time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(
  build-essential cmake pkg-config dpkg-dev ca-certificates ccache
  emscripten nodejs npm
  libsdl2-dev libgl-dev nlohmann-json3-dev doctest-dev libstb-dev
  clang libclang-rt-14-dev
  chromium xvfb xauth imagemagick xdotool
  fonts-noto-core fonttools
  libzip-dev libxml2-utils unzip
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine may carry newer node/npm outside Debian's packages; keep those.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs/}"); missing=("${missing[@]/npm/}")
fi
read -r -a missing <<< "${missing[*]:-}"
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}"
fi

# Sources compiled to WebAssembly come from Debian source packages. Derive a
# deb-src entry from the configured binary one (the same hosts).
third_party="$root/build/third_party"
mkdir -p "$third_party"
if ! ls -d "$third_party"/imgui-*/ "$third_party"/libsdl2-*/ >/dev/null 2>&1; then
  if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        | as_root tee /etc/apt/sources.list.d/debian-src.sources > /dev/null
    else
      grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' \
        | as_root tee /etc/apt/sources.list.d/debian-src.list > /dev/null
    fi
  fi
  as_root apt-get update -q
  (cd "$third_party" && apt-get source -q imgui libsdl2 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
  ls -d "$third_party"/imgui-*/ "$third_party"/libsdl2-*/ > /dev/null
fi

"$root/scripts/build_sdl2_web.sh"

# The browser tests run on Debian bookworm's own Node.js (18.20) and newer: the
# driver is pinned to a playwright-core release that accepts Node 18.
node_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/')
if [ -z "$node_major" ] || [ "$node_major" -lt 18 ]; then
  echo "setup: the browser tests need Node.js 18 or newer (Debian bookworm's nodejs package is 18.20);" \
       "this machine has ${node_major:+Node.js $(node --version)}${node_major:-no node}." >&2
  exit 1
fi

# Browser-test driver, pinned in package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "setup: ready"
