#!/usr/bin/env bash
# run_map_bench.sh BUILD_DIR
# `eaf map` (issue 19) on 100 generated agency files of 1,000 elements plus the national model
# (the federation run_all_bench.sh checks; its files are baselines, hence --state baseline): the page,
# the Markdown and the JSON matrix, side by side with `eaf check --quiet` on the same files, so that
# what the map adds beyond the check shows on a shared machine; target < 2 s.
# Models are generated into $EAF_BENCH_DIR (default /tmp/eaf-bench). Prints Markdown rows: medians of
# $EAF_BENCH_RUNS runs (default 5) of wall time and CPU time (user + sys), peak memory.
set -euo pipefail
build=$(cd "$1" && pwd)
data=${EAF_BENCH_DIR:-/tmp/eaf-bench}
runs=${EAF_BENCH_RUNS:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
eaf=$build/eaf
gen=$build/tests/bench/eaf_bench_generate
fed=$data/federation-100x1000
[[ -s $fed/national.xml ]] || "$gen" --files 100 --elements 1000 --out-dir "$fed"
# One run: "wall cpu peak_kib" (GNU time), exit codes 0 and 1 (findings) accepted.
one() {
  /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$@" > /dev/null 2> /dev/null || [[ $? -eq 1 ]]
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$out/time"
}
median() { sort -g | awk 'NF {a[++n] = $1} END {print a[int((n + 1) / 2)]}'; }
echo "| 100 generated agencies + national | median wall s | median CPU s (user+sys) | peak MiB |"
echo "|---|---|---|---|"
# Interleaved, so that the load of the machine falls on every command alike.
declare -A wall cpu peak
for ((i = 0; i < runs; i++)); do
  for what in check html md json; do
    if [[ $what == check ]]; then r=$(one "$eaf" check --quiet "$fed"); else r=$(one "$eaf" map --state baseline "$fed" -o "$out/map.$what"); fi
    read -r w c p <<< "$r"
    wall[$what]+="$w "$'\n'; cpu[$what]+="$c "$'\n'; peak[$what]+="$p "$'\n'
  done
done
for what in check html md json; do
  label=$([[ $what == check ]] && echo "eaf check --quiet" || echo "eaf map -o map.$what")
  echo "| $label | $(median <<< "${wall[$what]}") | $(median <<< "${cpu[$what]}") | $(( $(median <<< "${peak[$what]}") / 1024 )) |"
done
agencies=$(grep -o '<g class="node agency' "$out/map.html" | wc -l)
echo
echo "($agencies agencies drawn, $(stat -c %s "$out/map.html") bytes of HTML; load average $(cut -d' ' -f1-3 /proc/loadavg))"
