#!/usr/bin/env bash
# Runs the native app for a few frames under Xvfb at desktop and phone sizes,
# and checks each screenshot is a real picture (many colours, not one flat fill).
set -euo pipefail
app=$1
out=$2
mkdir -p "$out"
status=0
for size in 1280x800 390x844; do
  png="$out/home-$size.png"
  rm -f "$png"
  xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --frames 20 --size "$size" --screenshot "$png"
  colours=$(identify -format '%k' "$png")
  dims=$(identify -format '%wx%h' "$png")
  echo "$png: $dims, $colours colours"
  if [ "$dims" != "$size" ]; then echo "FAIL: expected $size"; status=1; fi
  if [ "$colours" -lt 50 ]; then echo "FAIL: the window looks blank"; status=1; fi
done
exit $status
