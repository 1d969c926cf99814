#!/usr/bin/env bash
# run_planner_bench.sh BUILD_DIR
#
# The figures issues 16 (diagrams) and 19 (map, matrix, catalogue) name, in ONE run, so that their
# ratios are comparable on a shared machine: wall and CPU medians (CPU = user + system, which other
# jobs disturb less), peak memory, and the issue's target.
#   render:  Sơn La target overview and integration (< 1 s each), the federation of 100 generated
#            agencies + national to SVG and PNG (< 5 s), every saved view of LF Energy to SVG (total)
#   planner: eaf map (page, Markdown, JSON) and the eaf catalog workbook of the same federation
#            (< 2 s each), the CSV of all its findings, beside eaf check of it, which every one of
#            them runs first
# Models are generated into $EAF_BENCH_DIR (default /tmp/eaf-bench); $EAF_BENCH_RUNS runs (default 5).
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${EAF_BENCH_DIR:-/tmp/eaf-bench}
runs=${EAF_BENCH_RUNS:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
eaf=$build/eaf
gen=$build/tests/bench/eaf_bench_generate
fed=$data/federation-100x1000
[[ -s $fed/national.xml ]] || "$gen" --files 100 --elements 1000 --out-dir "$fed"
sonla=$root/architectures/provinces/son-la/target.xml

row() {  # label target -- command...
  local label=$1 target=$2
  shift 3
  local r
  if ! r=$(python3 "$here/measure.py" --runs "$runs" --ok-codes 0,1 --json --label "$label" -- "$@" 2> "$out/err"); then
    echo "| $label | failed: $(tail -1 "$out/err") | | | $target |"
    return
  fi
  python3 - "$label" "$target" "$r" <<'PY'
import json, sys
label, target, r = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
print(f"| {label} | {r['median_s']:.3f} | {r['median_cpu_s']:.3f} | {r['median_peak_mib']:.0f} | {target} |")
PY
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; $(date -u +%Y-%m-%dT%H:%MZ); medians of $runs runs"
echo
echo "| command | wall s | CPU s | peak MiB | target |"
echo "|---|---|---|---|---|"
row "Sơn La target, overview, SVG" "< 1 s" -- "$eaf" render --view overview "$sonla" -o "$out/o.svg"
row "Sơn La target, overview, PNG" "< 1 s" -- "$eaf" render --view overview "$sonla" -o "$out/o.png"
row "Sơn La target, integration, SVG" "< 1 s" -- "$eaf" render --view integration "$sonla" -o "$out/i.svg"
row "Sơn La target, integration, PNG" "< 1 s" -- "$eaf" render --view integration "$sonla" -o "$out/i.png"
row "100 agencies + national: eaf check --quiet (what the rest runs first)" "–" -- "$eaf" check --quiet "$fed"
row "100 agencies: render --view federation, SVG" "< 5 s" -- "$eaf" render --view federation --state baseline "$fed" -o "$out/f.svg"
row "100 agencies: render --view federation, PNG" "< 5 s" -- "$eaf" render --view federation --state baseline "$fed" -o "$out/f.png"
for format in html md json; do
  row "100 agencies: eaf map, $format" "< 2 s" -- "$eaf" map --state baseline "$fed" -o "$out/map.$format"
done
row "100 agencies: eaf catalog, workbook" "< 2 s" -- "$eaf" catalog --state baseline "$fed" -o "$out/c.xlsx"
row "100 agencies: eaf catalog, CSV (all findings)" "–" -- "$eaf" catalog --state baseline "$fed" -o "$out/c.csv"
echo
echo "Sizes: map page $(stat -c %s "$out/map.html") bytes, workbook $(stat -c %s "$out/c.xlsx") bytes," \
     "federation PNG files $(ls "$out" | grep -c '^f.*\.png$')"
echo
lf=$root/../shared/models/lfenergy-functional.archimate
if [[ -s $lf ]]; then
  echo "LF Energy, every saved view to SVG (one eaf render per view, as a user runs it):"
  python3 "$here/saved_views_bench.py" "$eaf" "$lf"
fi
