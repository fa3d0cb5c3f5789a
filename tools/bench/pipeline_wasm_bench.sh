#!/usr/bin/env bash
# The Monte Carlo forecast benchmark, native and WebAssembly, from the same source
# (tools/bench/pipeline_bench.cpp) and the same core files, both at -O3. Prints
# both deal-trials-per-second figures, the ratio (target: WebAssembly at least
# 0.5x native, and at least 1,000,000 per second), and whether the two builds
# computed the same forecast (they must: the RNG and transforms are our own).
#
#   tools/bench/pipeline_wasm_bench.sh [BUILD_DIR]     (default build/bench-pipeline)
#
# Needs Debian's emscripten (em++ 3.1.6) and node. Objects are kept in BUILD_DIR
# and rebuilt only when their source is newer, so a second run is quick.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build/bench-pipeline}
jobs=${JOBS:-2}
export NODE_PATH=/usr/share/nodejs  # emcc's optimiser needs Debian's acorn

for tool in em++ emar node c++ ar; do
  command -v "$tool" > /dev/null || { echo "pipeline_wasm_bench: '$tool' not found" >&2; exit 1; }
done

# nlohmann/json through a directory of symlinks: em++ must never see -I/usr/include.
mkdir -p "$out/include"
ln -sfn /usr/include/nlohmann "$out/include/nlohmann"

# The core modules the pipeline uses (not all of src/core, so that work in progress
# elsewhere cannot break this benchmark).
mapfile -t sources < <(cd "$root" && ls src/core/pipeline/*.cpp src/core/deals/*.cpp src/core/content/*.cpp \
                                        src/core/util/*.cpp 2> /dev/null)
flags=(-std=c++20 -O3 -DNDEBUG -DJSON_NOEXCEPTION -I"$root/src" -isystem "$out/include")

# up_to_date OBJECT SOURCE: the object is newer than its source and every header
# of the modules compiled.
up_to_date() {
  [[ "$1" -nt "$root/$2" ]] || return 1
  [[ -z "$(find "$root"/src/core/{pipeline,deals,content,util} -name '*.hpp' -newer "$1" -print -quit)" ]]
}

# build TARGET COMPILER ARCHIVER: objects (JOBS at a time), an archive (so only
# what the benchmark uses is linked).
build() {
  local target=$1 compiler=$2 archiver=$3
  local objdir="$out/$target" running=0 source object objects=()
  mkdir -p "$objdir"
  for source in "${sources[@]}"; do
    object="$objdir/${source//\//_}.o"
    objects+=("$object")
    up_to_date "$object" "$source" && continue
    "$compiler" "${flags[@]}" -c "$root/$source" -o "$object" &
    if (( ++running >= jobs )); then wait -n; running=$((running - 1)); fi
  done
  while (( running > 0 )); do wait -n; running=$((running - 1)); done
  rm -f "$objdir/core.a"
  "$archiver" rcs "$objdir/core.a" "${objects[@]}"
}

echo "== building native and WebAssembly (${#sources[@]} core files each, -O3; first run takes a few minutes)"
build native c++ ar
c++ "${flags[@]}" "$root/tools/bench/pipeline_bench.cpp" "$out/native/core.a" -o "$out/pipeline_bench"
build wasm em++ emar
# The repository's package.json says "type": "module"; emscripten 3.1.6 writes CommonJS.
echo '{"type": "commonjs"}' > "$out/package.json"
em++ "${flags[@]}" "$root/tools/bench/pipeline_bench.cpp" "$out/wasm/core.a" -o "$out/pipeline_bench.js" \
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node

echo "== native"
native_out=$("$out/pipeline_bench")
echo "$native_out"
echo "== WebAssembly (node $(node --version))"
wasm_out=$(node --no-experimental-fetch "$out/pipeline_bench.js")
echo "$wasm_out"

figure() { sed -n "s/^$1=//p" <<< "$2"; }
native=$(figure DEAL_TRIALS_PER_SECOND "$native_out")
wasm=$(figure DEAL_TRIALS_PER_SECOND "$wasm_out")
echo "== summary"
awk -v n="$native" -v w="$wasm" 'BEGIN {
  printf "native:      %d deal-trials per second\n", n
  printf "WebAssembly: %d deal-trials per second\n", w
  printf "ratio:       %.2f (WebAssembly / native; target at least 0.5)\n", w / n
  printf "targets:     %s\n", (w >= 1000000 && w >= 0.5 * n) ? "met" : "NOT met"
}'
if [[ "$(figure RESULT "$native_out")" == "$(figure RESULT "$wasm_out")" ]]; then
  echo "same forecast on both: yes ($(figure RESULT "$native_out"))"
else
  echo "same forecast on both: NO (native $(figure RESULT "$native_out"), wasm $(figure RESULT "$wasm_out"))"
  exit 1
fi
