#!/usr/bin/env bash
# Runs every test suite against the existing builds (make test builds them first)
# and ends with one line summing them all: "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
passed=0
failed=0
suites_failed=()

# Each phase's time, after the build phases `make` wrote (Makefile), printed at the end.
phase_log=build/phase-times.txt
mkdir -p build
phase_start=$(date +%s)
phase_done() {  # phase name
  echo "$1 $(( $(date +%s) - phase_start ))" >> "$phase_log"
  phase_start=$(date +%s)
}

count() {  # suite name, passed, failed
  echo "== $1: $2 passed, $3 failed"
  passed=$((passed + $2)); failed=$((failed + $3))
  [ "$3" -eq 0 ] || suites_failed+=("$1")
}

# Unit, CLI and native smoke tests (CTest).
echo "== unit, CLI and smoke tests (ctest)"
ctest_log=build/ctest.log
(cd build/native && ctest --output-on-failure -j2) 2>&1 | tee "$ctest_log"
total=$(grep -oE 'tests failed out of [0-9]+' "$ctest_log" | grep -oE '[0-9]+$' || echo 0)
bad=$(grep -oE '[0-9]+ tests failed out of' "$ctest_log" | grep -oE '^[0-9]+' || echo 0)
if [ "$total" -eq 0 ]; then bad=1; echo "ctest ran no tests"; fi
count "ctest" $((total - bad)) "$bad"
phase_done "ctest"

# The content lint on every shipped pack, figures in the log (content/FORMAT.md 4.1).
echo "== content lint (dojo validate --strict, dojo roleplay check and probe on every shipped pack)"
lint_ok=1
build/native/dojo validate --strict content/*/ || lint_ok=0
for pack in content/*/; do
  if [ -d "$pack/roleplay" ]; then
    build/native/dojo roleplay check "$pack" | tail -1 || lint_ok=0
    build/native/dojo roleplay probe "$pack" --runs 1000 | tail -2
  fi
done
if [ "$lint_ok" -eq 1 ]; then count "content lint" 1 0; else count "content lint" 0 1; fi
phase_done "content lint"

# Fuzzing the pack loader for a bounded time, when the fuzz script exists.
if [ -x tests/fuzz/run_pack_fuzz.sh ]; then
  echo "== fuzzing the pack loader"
  if tests/fuzz/run_pack_fuzz.sh "${FUZZ_SECONDS:-60}"; then count "fuzz" 1 0; else count "fuzz" 0 1; fi
  phase_done "fuzz (build and run)"
fi

# Browser tests: headless Chromium against the real WebAssembly build.
echo "== browser tests (Chromium, WebAssembly build)"
browser_log=build/browser-tests.log
node --test --test-concurrency=1 --test-reporter=tap tests/browser/ 2>&1 | tee "$browser_log"
b_pass=$(grep -E '^# pass [0-9]+' "$browser_log" | grep -oE '[0-9]+' || echo 0)
b_fail=$(grep -E '^# fail [0-9]+' "$browser_log" | grep -oE '[0-9]+' || echo 1)
count "browser" "$b_pass" "$b_fail"
phase_done "browser tests"

echo
echo "== time per phase"
awk '{ seconds = $NF; $NF = ""; total += seconds; printf "  %-24s %4d min %02d s\n", $0, seconds / 60, seconds % 60 }
     END { printf "  %-24s %4d min %02d s\n", "total", total / 60, total % 60 }' "$phase_log"
if [ ${#suites_failed[@]} -gt 0 ]; then echo "Failing suites: ${suites_failed[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
