#!/usr/bin/env bash
# report_in_chromium.sh EAF SOURCE_DIR WORK_DIR
# Opens eaf's HTML report in headless Chromium (Debian's chromium):
#  1. a report made from tests/hostile/injection.xml, whose names try every way into the page:
#     no script of the model may run, no element of the model may appear in the DOM;
#  2. a reference province's report: its screenshot must not be blank and its findings table,
#     filled by the page's own script, must show rows.
set -euo pipefail
TEST_NAME=report_in_chromium
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh" "$@"

# 1. Hostile names.
"$eaf" report --lang en "$source_dir/tests/hostile/injection.xml" -o "$work/hostile.html"
chromium --dump-dom "file://$work/hostile.html" > "$work/hostile.dom.html"
[[ -s "$work/hostile.dom.html" ]] || fail "Chromium produced no DOM"
grep -q 'id="findings-table"' "$work/hostile.dom.html" || fail "the report did not load"
if grep -Eq '<body[^>]*data-pwned' "$work/hostile.dom.html"; then fail "a script from the model ran"; fi
scripts=$(grep -o '<script' "$work/hostile.dom.html" | wc -l)
[[ "$scripts" -eq 1 ]] || fail "expected the page's one <script>, found $scripts"
for tag in '<img' '<iframe' '<b onmouseover' '<svg onload' '<injected'; do
  if grep -qi -- "$tag" "$work/hostile.dom.html"; then fail "an element from the model reached the DOM: $tag"; fi
done
# The hostile text is there, as text.
grep -q '&lt;script&gt;document.body.setAttribute' "$work/hostile.dom.html" || fail "the hostile name is not shown as text"
# The page's own script ran: it writes the number of rows shown.
grep -Eq '<span id="shown">[1-9][0-9]*</span>' "$work/hostile.dom.html" || fail "the report's script did not run"

# 2. A reference province: screenshot not blank, rows in the table.
"$eaf" report --lang vi --baseline "$source_dir/architectures/provinces/son-la/baseline.xml" \
  "$source_dir/architectures/provinces/son-la/target.xml" -o "$work/son-la.html"
chromium --screenshot="$work/son-la.png" --window-size=1280,1600 "file://$work/son-la.html" > /dev/null
[[ -s "$work/son-la.png" ]] || fail "no screenshot"
size=$(stat -c %s "$work/son-la.png")
# A blank 1280x1600 page compresses to a few kilobytes; a rendered report is far larger.
(( size > 40000 )) || fail "the screenshot looks blank ($size bytes)"
chromium --dump-dom "file://$work/son-la.html" > "$work/son-la.dom.html"
grep -q 'Kiến trúc' "$work/son-la.dom.html" || fail "Vietnamese text missing from the rendered report"
grep -q 'id="diagram-overview"' "$work/son-la.dom.html" || fail "the overview diagram is missing"
grep -q 'id="gap"' "$work/son-la.dom.html" || fail "the gap section is missing"
echo "report_in_chromium: ok (screenshot $size bytes: $work/son-la.png)"
