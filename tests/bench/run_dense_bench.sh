#!/usr/bin/env bash
# run_dense_bench.sh BUILD_DIR
#
# Dense graphs: `eaf render --view integration` and `eaf report` on models of E application
# components and R flow relationships between random pairs (tests/bench/generate_dense.py), and on
# the worst shape for dot (a path through all elements, then edges back along it: "ladder").
# Prints a Markdown table (medians of $EAF_BENCH_RUNS runs, default 5) for docs/performance.md.
# Models are generated into $EAF_BENCH_DIR (default /tmp/eaf-bench).
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${EAF_BENCH_DIR:-/tmp/eaf-bench}
runs=${EAF_BENCH_RUNS:-5}
mkdir -p "$data"
eaf=$build/eaf
measure() { python3 "$here/measure.py" --runs "$runs" --ok-codes 0,1 --json --label "$@"; }
get() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

echo "$(nproc) cores, $(date -u +%Y-%m-%d); medians of $runs runs"
echo
echo "| shape | elements | relationships | file KB | render integration s | report s | report peak MiB |"
echo "|---|---|---|---|---|---|---|"
for case in "random 50 1000" "random 100 1000" "ladder 100 1000" "random 400 2000" "ladder 400 2000" \
            "random 1000 10000" "random 10000 100000" "random 100000 1000000"; do
  set -- $case
  model=$data/dense-$1-$2-$3.xml
  [[ -s $model ]] || python3 "$here/generate_dense.py" --shape "$1" --elements "$2" --relationships "$3" -o "$model"
  kb=$(( $(stat -c %s "$model") / 1000 ))
  r=$(measure render -- "$eaf" render --view integration "$model" -o "$data/dense.svg")
  p=$(measure report -- "$eaf" report "$model" -o "$data/dense.html")
  printf '| %s | %s | %s | %s | %.2f | %.2f | %.0f |\n' "$1" "$2" "$3" "$kb" "$(get "$r" median_s)" \
    "$(get "$p" median_s)" "$(get "$p" median_peak_mib)"
done
