#!/usr/bin/env bash
# map_in_chromium.sh EAF SOURCE_DIR WORK_DIR
# Opens `eaf map` of the bundled architectures in headless Chromium (Debian's chromium):
#  1. every agency is drawn once (the Phú Thọ target in .xml and .archimate is one model), and
#     BYT's use of BTP's civil-status system (BTP-HOTICH) is a line;
#  2. search (#q=) highlights the matching systems and counts them, folding diacritics;
#  3. clicking an agency (#agency=) shows its side panel;
#  4. nothing leaves the page: the Content-Security-Policy is there, and Chromium's network log
#     holds no request other than the page's own file;
#  5. a hostile model's names stay text; the screenshot is not blank.
set -euo pipefail
TEST_NAME=map_in_chromium
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh" "$@"

"$eaf" map --lang vi "$source_dir/architectures" -o "$work/map.html"
grep -q "Content-Security-Policy\" content=\"default-src 'none';" "$work/map.html" || fail "the page has no CSP"
chromium --log-net-log="$work/net.json" --dump-dom "file://$work/map.html" > "$work/map.dom.html"
grep -q 'id="matrix"' "$work/map.dom.html" || fail "the matrix is missing"

# 1. Each agency once; BYT -> BTP-HOTICH drawn.
for agency in BYT BTP SLA LSN PTO; do
  count=$(grep -o "<g class=\"node agency[^\"]*\" id=\"a-[0-9]*\" data-agency=\"$agency\"" "$work/map.dom.html" | wc -l)
  [[ "$count" -eq 1 ]] || fail "agency $agency is drawn $count times"
done
agencies=$(grep -o '<g class="node agency' "$work/map.dom.html" | wc -l)
[[ "$agencies" -eq 5 ]] || fail "expected 5 agencies, found $agencies"
grep -q '<line class="l-conformant" data-agency="BYT"[^>]*><title>BYT → BTP-HOTICH' "$work/map.dom.html" ||
  fail "BYT's use of BTP-HOTICH is not drawn"
# The national databases are in the picture, linked to the NGSP.
grep -q 'id="s-[0-9]*" data-search="VN-DB-POPULATION' "$work/map.dom.html" || fail "the population database is missing"
links=$(grep -o '<line class="l-national"' "$work/map.dom.html" | wc -l)
(( links > 5 )) || fail "only $links links between national systems"

# 2. Search.
chromium --dump-dom "file://$work/map.html#q=h%E1%BB%99%20t%E1%BB%8Bch" > "$work/search.dom.html"
found=$(grep -o '<span id="found">[0-9]*' "$work/search.dom.html" | grep -o '[0-9]*$')
(( found > 0 )) || fail "searching 'hộ tịch' finds nothing"
grep -Eq '<g class="node [a-z]+ hit" id="s-[0-9]+" data-search="BTP-HOTICH' "$work/search.dom.html" || fail "search does not highlight BTP-HOTICH"
chromium --dump-dom "file://$work/map.html#q=ho%20tich" > "$work/search2.dom.html"
found2=$(grep -o '<span id="found">[0-9]*' "$work/search2.dom.html" | grep -o '[0-9]*$')
[[ "$found" -eq "$found2" ]] || fail "'hộ tịch' finds $found, 'ho tich' $found2"
chromium --dump-dom "file://$work/map.html#q=no-such-system" > "$work/search3.dom.html"
grep -q '<span id="found">0</span>' "$work/search3.dom.html" || fail "a search for nothing finds something"

# 3. The side panel.
chromium --dump-dom "file://$work/map.html#agency=BYT" > "$work/panel.dom.html"
grep -q '<section class="panel" data-agency="BYT">' "$work/panel.dom.html" || fail "BYT's panel is not shown"
grep -q '<section class="panel" data-agency="BTP" hidden="">' "$work/panel.dom.html" || fail "BTP's panel is shown with BYT's"

# 4. No request leaves the page.
expect_no_page_requests "$work/net.json"

# 5. Hostile names; the screenshot.
"$eaf" map --lang en "$source_dir/tests/hostile/injection.xml" -o "$work/hostile.html"
chromium --dump-dom "file://$work/hostile.html" > "$work/hostile.dom.html"
if grep -Eq '<body[^>]*data-pwned' "$work/hostile.dom.html"; then fail "a script from the model ran"; fi
scripts=$(grep -o '<script' "$work/hostile.dom.html" | wc -l)
[[ "$scripts" -eq 1 ]] || fail "expected the page's one <script>, found $scripts"
chromium --screenshot="$work/map.png" --window-size=1400,1000 "file://$work/map.html" > /dev/null
size=$(stat -c %s "$work/map.png")
(( size > 40000 )) || fail "the screenshot looks blank ($size bytes)"
echo "map_in_chromium: ok (screenshot $size bytes: $work/map.png; search found $found)"
