#!/usr/bin/env bash
# Prints every benchmark's figures: native benchmarks (build/native/bench) and the
# web build's sizes and start-up time. Figures only; nothing here passes or fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for bench in build/native/bench/bench_*; do
  [ -x "$bench" ] || continue
  echo "== $(basename "$bench")"
  "$bench"
done
echo "== web: DealDojo beside an empty Dear ImGui app (sizes, first frame, CPU per frame, idle CPU)"
node tools/bench/web_bench.mjs
echo "== pipeline forecast, WebAssembly against native"
tools/bench/pipeline_wasm_bench.sh
