#!/usr/bin/env bash
# map_scale_in_chromium.sh EAF SOURCE_DIR WORK_DIR GENERATOR
# `eaf map` of a generated federation (30 agencies of 300 elements, ~1,000 findings each, plus the
# national model) stays small and opens in headless Chromium (issue 19, at national scale):
#  1. the page is under 1 MB: the side panels count the findings per rule instead of listing them
#     (one line each, the page was 8.7 MB);
#  2. every agency is drawn once and has one panel, which #agency= opens;
#  3. a relationship only MOD-011 names (not in a view) is no breach: the generator's LGSP-to-LGSP
#     flows are drawn through the platforms, not red with MOD-011;
#  4. the ring is grouped: the ministries' arc and the provinces' arc are named, with their counts;
#  5. every link to a finding (matrix cells, panels) resolves to an anchor of the page.
set -euo pipefail
TEST_NAME=map_scale_in_chromium
generator=$4
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh" "$@"

rm -rf "$work/federation"
"$generator" --files 30 --elements 300 --out-dir "$work/federation" > /dev/null
"$eaf" map --lang vi --state baseline "$work/federation" -o "$work/map.html"
size=$(stat -c %s "$work/map.html")
(( size < 1000000 )) || fail "the page of 30 agencies is $size bytes (bound: 1 MB)"

# 2. Each agency once, in the picture and in the panels, as Chromium reads it.
first=$(grep -o '<section class="panel" data-agency="[^"]*"' "$work/map.html" | head -1 | sed 's/.*data-agency="//; s/"$//')
chromium --dump-dom "file://$work/map.html#agency=$first" > "$work/map.dom.html"
grep -q 'id="matrix"' "$work/map.dom.html" || fail "the matrix is missing (the page did not load whole)"
drawn=$(grep -o '<g class="node agency[^"]*" id="a-[0-9]*" data-agency="[^"]*"' "$work/map.dom.html" | sed 's/.*data-agency=//' | sort)
[[ $(wc -l <<< "$drawn") -eq 30 ]] || fail "expected 30 agencies drawn, found $(wc -l <<< "$drawn")"
[[ -z $(uniq -d <<< "$drawn") ]] || fail "agencies drawn twice: $(uniq -d <<< "$drawn" | tr '\n' ' ')"
panels=$(grep -o '<section class="panel" data-agency="[^"]*"' "$work/map.dom.html" | sed 's/.*data-agency=//' | sort)
[[ "$panels" == "$drawn" ]] || fail "the panels are not the agencies drawn, once each"
grep -q "<section class=\"panel\" data-agency=\"$first\">" "$work/map.dom.html" || fail "#agency=$first does not open its panel"
grep -q '<table class="counts">' "$work/map.dom.html" || fail "no panel counts its findings"

# 3. Only breach rules make an exchange a breach.
if grep -q '<line class="l-direct"[^>]*><title>[^<]*(MOD-011)' "$work/map.html"; then fail "a relationship not in a view is drawn as a breach"; fi

# 4. The groups on the ring.
grep -Eq '<text class="group"[^>]*>Các bộ, cơ quan ngang bộ \([0-9]+\)</text>' "$work/map.dom.html" || fail "the ministries' arc is not named"
grep -Eq '<text class="group"[^>]*>Các tỉnh, thành phố \([0-9]+\)</text>' "$work/map.dom.html" || fail "the provinces' arc is not named"

# 5. Every link to a finding has its anchor.
python3 - "$work/map.dom.html" <<'PY' || fail "a link to a finding does not resolve"
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
links = set(re.findall(r'href="#(f-[0-9]+)"', page))
anchors = set(re.findall(r'id="(f-[0-9]+)"', page))
missing = sorted(links - anchors)
if missing:
    sys.exit(f"{len(links)} links, unresolved: {missing[:5]}")
PY
echo "map_scale_in_chromium: ok ($size bytes, 30 agencies)"
