#!/usr/bin/env bash
# run_map_bench.sh BUILD_DIR
# `eaf map` (issue 19) on 100 generated agency files of 1,000 elements plus the national model
# (the federation run_all_bench.sh checks; its files are baselines, hence --state baseline): the page,
# the Markdown and the JSON matrix; target < 2 s.
# Models are generated into $EAF_BENCH_DIR (default /tmp/eaf-bench). Prints Markdown rows.
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${EAF_BENCH_DIR:-/tmp/eaf-bench}
runs=${EAF_BENCH_RUNS:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
eaf=$build/eaf
gen=$build/tests/bench/eaf_bench_generate
fed=$data/federation-100x1000
[[ -s $fed/national.xml ]] || "$gen" --files 100 --elements 1000 --out-dir "$fed"
get() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }
echo "| map of 100 generated agencies + national | median s | peak MiB |"
echo "|---|---|---|"
for format in html md json; do
  r=$(python3 "$here/measure.py" --runs "$runs" --ok-codes 0 --json --label "map-$format" -- "$eaf" map --state baseline "$fed" -o "$out/map.$format")
  echo "| $format | $(get "$r" median_s | xargs printf '%.3f') | $(get "$r" median_peak_mib | xargs printf '%.0f') |"
done
agencies=$(grep -o '<g class="node agency' "$out/map.html" | wc -l)
echo
echo "($agencies agencies drawn, $(stat -c %s "$out/map.html") bytes of HTML)"
