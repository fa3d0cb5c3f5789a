#!/usr/bin/env bash
# Checks a course package written by `dojo publish scorm` (tests/cli/publish.cmake):
#   check_scorm_zip.sh ZIP 2004|1.2 DOJO
# the zip is sound (unzip -t), imsmanifest.xml is well-formed XML of the right SCORM
# version, the manifest lists exactly the files in the zip (itself aside), index.html
# carries the course mark and its page scripts and preloads no default-packs file (a
# course has none), sw.js
# stayed out, and course/pack.json loads as a pack.
set -euo pipefail
zip=$1 version=$2 dojo=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_scorm_zip: $zip: $*" >&2; exit 1; }

unzip -tq "$zip" || fail "unzip -t finds the zip damaged"
unzip -q "$zip" -d "$work/files"
manifest="$work/files/imsmanifest.xml"
[ -f "$manifest" ] || fail "no imsmanifest.xml at the root"
xmllint --noout "$manifest" || fail "imsmanifest.xml is not well-formed XML"

case "$version" in
  2004) schema='<schemaversion>2004 4th Edition</schemaversion>' sco='adlcp:scormType="sco"' ;;
  1.2) schema='<schemaversion>1.2</schemaversion>' sco='adlcp:scormtype="sco"' ;;
  *) fail "unknown version $version" ;;
esac
grep -qF "$schema" "$manifest" || fail "imsmanifest.xml lacks $schema"
grep -qF "$sco" "$manifest" || fail "imsmanifest.xml lacks $sco"

unzip -Z1 "$zip" | grep -vx 'imsmanifest.xml' | sort > "$work/in-zip"
xmllint --xpath '//*[local-name()="file"]/@href' "$manifest" | sed -E 's/^ *href="([^"]*)"$/\1/' | sort > "$work/in-manifest"
diff -u "$work/in-zip" "$work/in-manifest" > "$work/diff" || fail "files in the zip (-) and in the manifest (+) differ:
$(cat "$work/diff")"

grep -qF "<meta name=\"dealdojo-course\" content=\"scorm-$version\">" "$work/files/index.html" \
  || fail "index.html lacks the course mark for SCORM $version"
! grep -qE '^[[:space:]]*<link.*dealdojo_content\.' "$work/files/index.html" \
  || fail "index.html still preloads the default packs (dealdojo_content.*), which a course does not ship"
grep -qF "window.DealDojoCourse" "$work/files/index.html" \
  || fail "index.html lost the page script written into it (the LMS bridge)"
[ ! -e "$work/files/sw.js" ] || fail "sw.js must not be in a course package"
"$dojo" validate "$work/files/course/pack.json" > "$work/validate" || fail "course/pack.json does not load:
$(cat "$work/validate")"
echo "check_scorm_zip: $zip: sound, SCORM $version, $(wc -l < "$work/in-zip") files listed"
