#!/usr/bin/env bash
# run_all_bench.sh BUILD_DIR [OUT_DIR]
#
# Every benchmark the issues name, in ONE run (medians of 5 and ratios taken side by side, since
# these machines are shared and noisy). Prints Markdown for docs/performance.md and writes the
# growth plot as OUT_DIR/scale.svg. Models are generated into $EAF_BENCH_DIR (default /tmp/eaf-bench).
#   foundation: 100k elements / 250k relationships: xmllint, bare pugixml parse, eaf stats, eaf check
#   scale:      10k, 100k, 1M elements (2.5 relationships each): parse, stats, check; 100 agency files (check, and the catalogue workbook)
#               of 1,000 elements checked together
#   render:     overview and integration of each reference province; federation view and map of 100 agencies
#   report:     eaf report on each reference province; eaf gap on generated pairs of 10k and 100k
set -euo pipefail
build=$(cd "$1" && pwd)
out=${2:-$build/bench}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${EAF_BENCH_DIR:-/tmp/eaf-bench}
runs=${EAF_BENCH_RUNS:-5}
mkdir -p "$out" "$data"
eaf=$build/eaf
gen=$build/tests/bench/eaf_bench_generate
floor=$build/tests/bench/eaf_bench_pugixml_parse
measure() { python3 "$here/measure.py" --runs "$runs" --ok-codes 0,1 --json --label "$@"; }
row() {  # label json floor_seconds floor_mb
  python3 - "$@" <<'PY'
import json, sys
label, result, floor_s, floor_mb = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
s, mb = result["median_s"], result["median_peak_mib"]
ratio = f"{s / floor_s:.2f}×" if floor_s > 0 else "–"
mratio = f"{mb / floor_mb:.2f}×" if floor_mb > 0 else "–"
print(f"| {label} | {s:.3f} | {mb:.0f} | {ratio} | {mratio} |")
PY
}
get() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

echo "## Machine"
echo
echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%Y-%m-%d); medians of $runs runs"
echo

# ---- foundation
f100k=$data/exchange-100000-250000-s1.xml
[[ -s $f100k ]] || "$gen" --elements 100000 --relationships 250000 --seed 1 -o "$f100k"
echo "## Foundation: one file of 100,000 elements and 250,000 relationships ($(( $(stat -c %s "$f100k") / 1000000 )) MB)"
echo
echo "| command | median s | peak MiB | time ÷ pugixml | memory ÷ pugixml |"
echo "|---|---|---|---|---|"
p=$(measure pugixml -- "$floor" "$f100k"); ps=$(get "$p" median_s); pm=$(get "$p" median_peak_mib)
row "bare pugixml parse (floor)" "$p" "$ps" "$pm"
row "xmllint --noout" "$(measure xmllint -- xmllint --noout "$f100k")" "$ps" "$pm"
s=$(measure stats -- "$eaf" stats "$f100k"); ss=$(get "$s" median_s)
row "eaf stats" "$s" "$ps" "$pm"
c=$(measure check -- "$eaf" check --quiet "$f100k"); cs=$(get "$c" median_s)
row "eaf check (36 rules)" "$c" "$ps" "$pm"
echo
python3 -c "import sys; print(f'eaf check ÷ eaf stats: {float(sys.argv[1])/float(sys.argv[2]):.2f}×')" "$cs" "$ss"
echo

# ---- scale
echo "## Scale: one file of N elements (2.5 N relationships)"
echo
echo "| elements | size MB | pugixml s | stats s | check s | check ÷ pugixml | check peak MiB |"
echo "|---|---|---|---|---|---|---|"
: > "$out/scale.tsv"
for n in 10000 100000 1000000; do
  f=$data/exchange-$n-s1.xml
  [[ -s $f ]] || "$gen" --elements $n --seed 1 -o "$f"
  r=$([[ $n -ge 1000000 ]] && echo 3 || echo "$runs")
  p=$(python3 "$here/measure.py" --runs "$r" --json --label p -- "$floor" "$f")
  s=$(python3 "$here/measure.py" --runs "$r" --ok-codes 0,1 --json --label s -- "$eaf" stats "$f")
  c=$(python3 "$here/measure.py" --runs "$r" --ok-codes 0,1 --json --label c -- "$eaf" check --quiet "$f")
  python3 - "$n" "$(stat -c %s "$f")" "$p" "$s" "$c" "$out/scale.tsv" <<'PY'
import json, sys
n, size = int(sys.argv[1]), int(sys.argv[2])
p, s, c = (json.loads(x) for x in sys.argv[3:6])
print(f"| {n:,} | {size/1e6:.0f} | {p['median_s']:.2f} | {s['median_s']:.2f} | {c['median_s']:.2f} | "
      f"{c['median_s']/p['median_s']:.2f}× | {c['median_peak_mib']:.0f} |")
with open(sys.argv[6], "a") as f:
    f.write(f"{n}\t{p['median_s']}\t{s['median_s']}\t{c['median_s']}\t{c['median_peak_mib']}\n")
PY
done
echo
python3 - "$out/scale.tsv" "$out/scale.svg" <<'PY'
import math, sys
rows = [list(map(float, line.split("\t"))) for line in open(sys.argv[1]) if line.strip()]
W, H, L, B = 560, 320, 60, 40
xs = [math.log10(r[0]) for r in rows]
top = max(max(r[1], r[2], r[3]) for r in rows) * 1.1
def x(v): return L + (v - xs[0]) / max(xs[-1] - xs[0], 1e-9) * (W - L - 20)
def y(v): return H - B - v / top * (H - B - 20)
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
       f'<line x1="{L}" y1="{H-B}" x2="{W-10}" y2="{H-B}" stroke="black"/><line x1="{L}" y1="20" x2="{L}" y2="{H-B}" stroke="black"/>',
       f'<text x="{W/2}" y="{H-8}" text-anchor="middle">elements (log scale)</text>',
       f'<text x="14" y="{H/2}" transform="rotate(-90 14 {H/2})" text-anchor="middle">seconds (median)</text>']
for r, xv in zip(rows, xs):
    svg.append(f'<text x="{x(xv):.0f}" y="{H-B+14}" text-anchor="middle">{int(r[0]):,}</text>')
for i in range(5):
    v = top * i / 4
    svg.append(f'<text x="{L-6}" y="{y(v)+4:.0f}" text-anchor="end">{v:.1f}</text>')
for col, name, colour in ((1, "pugixml parse", "#888"), (2, "eaf stats", "#1f77b4"), (3, "eaf check", "#d62728")):
    pts = " ".join(f"{x(xv):.1f},{y(r[col]):.1f}" for r, xv in zip(rows, xs))
    svg.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>')
    svg.append(f'<text x="{W-150}" y="{30 + 14*col}" fill="{colour}">{name}</text>')
svg.append("</svg>")
open(sys.argv[2], "w").write("\n".join(svg) + "\n")
PY

fed=$data/federation-100x1000
[[ -s $fed/national.xml ]] || "$gen" --files 100 --elements 1000 --out-dir "$fed"
c=$(measure federation -- "$eaf" check --quiet "$fed")
echo "## Federation: 100 agency files of 1,000 elements + national.xml, checked together"
echo
echo "median $(get "$c" median_s | xargs printf '%.2f') s, peak $(get "$c" median_peak_mib | xargs printf '%.0f') MiB"
echo
# The generator declares its agency files baseline: the federation's state is --state baseline.
k=$(measure catalog -- "$eaf" catalog --state baseline "$fed" -o "$out/catalog.xlsx")
echo "eaf catalog, the workbook of the same federation: median $(get "$k" median_s | xargs printf '%.2f') s, peak $(get "$k" median_peak_mib | xargs printf '%.0f') MiB"
echo

# ---- render
echo "## Render (eaf render, SVG, rules run for highlighting)"
echo
echo "| model | view | median s |"
echo "|---|---|---|"
for p in son-la lang-son phu-tho; do
  for v in overview integration; do
    r=$(measure "$p-$v" -- "$eaf" render --view $v "$root/architectures/provinces/$p/target.xml" -o "$out/$p-$v.svg")
    echo "| $p target | $v | $(get "$r" median_s | xargs printf '%.3f') |"
  done
done
r=$(measure fed-view -- "$eaf" render --view federation --state baseline "$fed" -o "$out/federation.svg")
echo "| 100 generated agencies + national | federation | $(get "$r" median_s | xargs printf '%.3f') |"
r=$(measure fed-map -- "$eaf" map --state baseline "$fed" -o "$out/map.html")
echo "| 100 generated agencies + national | eaf map (HTML) | $(get "$r" median_s | xargs printf '%.3f') |"
echo

# ---- report and gap
echo "## Report and gap"
echo
echo "| command | median s | peak MiB |"
echo "|---|---|---|"
for p in son-la lang-son phu-tho; do
  r=$(measure "report-$p" -- "$eaf" report --baseline "$root/architectures/provinces/$p/baseline.xml" \
      "$root/architectures/provinces/$p/target.xml" -o "$out/report-$p.html")
  echo "| eaf report $p (with gap) | $(get "$r" median_s | xargs printf '%.3f') | $(get "$r" median_peak_mib | xargs printf '%.0f') |"
done
for n in 10000 100000; do
  b=$data/gap-$n-base.xml; t=$data/gap-$n-target.xml
  [[ -s $b ]] || "$gen" --elements $n --seed 11 -o "$b"
  [[ -s $t ]] || "$gen" --elements $n --seed 12 --violations -o "$t"
  r=$(measure "gap-$n" -- "$eaf" gap --format json --baseline "$b" --target "$t" -o "$out/gap-$n.json")
  echo "| eaf gap, two generated models of $n elements | $(get "$r" median_s | xargs printf '%.3f') | $(get "$r" median_peak_mib | xargs printf '%.0f') |"
done
echo
echo "Plot: scale.svg ($out/scale.svg)"
