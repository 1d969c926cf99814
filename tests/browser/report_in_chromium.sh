#!/usr/bin/env bash
# report_in_chromium.sh EAF SOURCE_DIR WORK_DIR
# Opens eaf's HTML report in headless Chromium (Debian's chromium):
#  1. a report made from tests/hostile/injection.xml, whose names try every way into the page:
#     no script of the model may run, no element of the model may appear in the DOM;
#  2. a reference province's report: its screenshot must not be blank and its findings table,
#     filled by the page's own script, must show rows;
#  3. its element browser: #q= searches names and ids, folding case and diacritics; #el-N marks
#     an element current, and a relationship's link leads to the other end, which links back.
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

# 3. The element browser.
grep -q 'id="browser"' "$work/son-la.dom.html" || fail "the element browser is missing"
total=$(grep -o '<article id="el-[0-9]*"' "$work/son-la.dom.html" | wc -l)
(( total > 50 )) || fail "the browser holds $total elements"
grep -q "<span id=\"browser-shown\">$total</span>" "$work/son-la.dom.html" || fail "the browser does not count all $total elements"
shown_for() {  # the count the browser shows after searching $1 (URL-encoded)
  chromium --dump-dom "file://$work/son-la.html#q=$1" > "$work/search.dom.html"
  local shown hidden
  shown=$(grep -o '<span id="browser-shown">[0-9]*' "$work/search.dom.html" | grep -o '[0-9]*$')
  hidden=$(grep -o '<li data-id="[^"]*" hidden=""' "$work/search.dom.html" | wc -l)
  (( shown + hidden == total )) || fail "search $1: $shown shown and $hidden hidden of $total"
  echo "$shown"
}
lgsp=$(shown_for lgsp)
(( lgsp > 0 && lgsp < total )) || fail "searching lgsp shows $lgsp of $total"
with_marks=$(shown_for 'S%C6%A1N%20La')
without_marks=$(shown_for 'son%20la')
(( with_marks > 0 && with_marks == without_marks )) || fail "'Sơn La' finds $with_marks, 'son la' $without_marks"
(( $(shown_for 'no-such-element-anywhere') == 0 )) || fail "a search for nothing shows elements"
# Navigation: the LGSP's entry, then the first element it links to, which links back.
from=$(grep -o '<li data-id="sla-lgsp"[^>]*><a href="#el-[0-9]*"' "$work/son-la.dom.html" | grep -o 'el-[0-9]*')
[[ -n "$from" ]] || fail "no entry for sla-lgsp in the list"
chromium --dump-dom "file://$work/son-la.html#$from" > "$work/from.dom.html"
grep -q "<article id=\"$from\" class=\"element current\">" "$work/from.dom.html" || fail "#$from does not mark its entry current"
article=$(sed -n "/<article id=\"$from\"/,/<\/article>/p" "$work/from.dom.html")
to=$(sed -n '/Quan hệ đi/,/Quan hệ đến/p' <<< "$article" | grep -o 'href="#el-[0-9]*"' | head -1 | grep -o 'el-[0-9]*')
[[ -n "$to" ]] || fail "the LGSP's entry has no outgoing link"
chromium --dump-dom "file://$work/son-la.html#$to" > "$work/to.dom.html"
grep -q "<article id=\"$to\" class=\"element current\">" "$work/to.dom.html" || fail "following the link to #$to does not show it"
grep -Eq "<li data-id=\"[^\"]*\" class=\"current\"><a href=\"#$to\"" "$work/to.dom.html" || fail "the list does not mark #$to"
sed -n "/<article id=\"$to\"/,/<\/article>/p" "$work/to.dom.html" | grep -A1000 "Quan hệ đến" | grep -q "href=\"#$from\"" ||
  fail "#$to does not link back to #$from"
# The hostile report's browser shows the hostile names as text too (checked above: no element of
# the model reached the DOM); its entries are there.
grep -q '<section id="browser"' "$work/hostile.dom.html" || fail "the hostile report has no browser"
echo "report_in_chromium: ok (screenshot $size bytes: $work/son-la.png; browser: $total elements, lgsp $lgsp, Sơn La $with_marks)"
