#!/usr/bin/env bash
# Builds the content fuzzers with clang + libFuzzer and runs each for a bounded
# time. Exits non-zero when a fuzzer finds a crash, a leak, a timeout or an
# out-of-memory input (the input is saved under build/fuzz/artifacts/).
#   tests/fuzz/run_pack_fuzz.sh [SECONDS]     (default 60 for the pack loader;
#                                              the importers get half of it)
# Needs clang++ and libFuzzer (Debian: clang, libclang-rt-14-dev).
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build/fuzz"

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEALDOJO_CORE_ONLY=ON -DDEALDOJO_FUZZ=ON \
  $(command -v ccache >/dev/null && echo -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) \
  > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --target pack_loader_fuzz importers_fuzz -j2

mkdir -p "$build/artifacts" "$build/corpus/pack_loader" "$build/corpus/importers"
run() {  # name, seconds
  local name="$1" time="$2"
  echo "== $name: ${time}s"
  # New inputs go to build/fuzz/corpus (kept between runs); the seeds stay read-only.
  "$build/fuzz/${name}_fuzz" "$build/corpus/$name" "$root/tests/fuzz/corpus/$name" \
    -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$build/artifacts/${name}-" -print_final_stats=1 2>&1 | tail -n 25
  return "${PIPESTATUS[0]}"
}
status=0
run pack_loader "$seconds" || status=1
run importers "$(( seconds / 2 > 0 ? seconds / 2 : 1 ))" || status=1
if [ "$status" -ne 0 ]; then
  echo "fuzzing found a problem: see the input saved in $build/artifacts/"
fi
exit "$status"
