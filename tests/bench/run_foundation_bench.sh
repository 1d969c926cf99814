#!/usr/bin/env bash
# run_foundation_bench.sh BUILD_DIR
#
# The foundation benchmark: how long loading a large model takes, against two references.
#   1. generates the default model (100,000 elements, 250,000 relationships, seed 1, about 74 MB)
#      with eaf_bench_generate into $EAF_BENCH_DIR (default ${TMPDIR:-/tmp}/eaf-bench), unless the
#      file is already there;
#   2. measures, median of $EAF_BENCH_RUNS runs (default 5) after one warm-up run each:
#        xmllint --noout FILE            libxml2's well-formedness check (package libxml2-utils)
#        eaf_bench_pugixml_parse FILE    pugixml DOM parse only: the floor
#        eaf stats FILE                  eaf's loader
#        eaf check FILE                  loader plus rules, when the binary has a check subcommand
#   3. prints a Markdown table: median wall time, median peak RSS, and both as a ratio to the floor.
# Rows whose tool is missing are skipped with a note. Needs python3 (standard library only).
set -euo pipefail

if [[ $# -ne 1 || "$1" == "-h" || "$1" == "--help" ]]; then
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  [[ $# -eq 1 ]] && exit 0 || exit 2
fi

build_dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=${EAF_BENCH_RUNS:-5}
bench_dir=${EAF_BENCH_DIR:-${TMPDIR:-/tmp}/eaf-bench}
elements=100000
relationships=250000
notes=()

# The first executable file among the candidates, else one found under BUILD_DIR.
find_tool() {
  local name=$1
  shift
  local c
  for c in "$@"; do
    if [[ -f "$c" && -x "$c" ]]; then
      echo "$c"
      return 0
    fi
  done
  find "$build_dir" -type f -name "$name" -perm -u+x 2>/dev/null | sort | head -n 1
}

generate=$(find_tool eaf_bench_generate "$build_dir/tests/bench/eaf_bench_generate" "$build_dir/bench/eaf_bench_generate")
floor=$(find_tool eaf_bench_pugixml_parse "$build_dir/tests/bench/eaf_bench_pugixml_parse" "$build_dir/bench/eaf_bench_pugixml_parse")
eaf=$(find_tool eaf "$build_dir/eaf" "$build_dir/cli/eaf" "$build_dir/bin/eaf")
if [[ -z "$generate" || -z "$floor" ]]; then
  echo "run_foundation_bench.sh: eaf_bench_generate or eaf_bench_pugixml_parse not found under $build_dir" >&2
  echo "  (configure with -DEAF_BUILD_BENCH=ON and build the targets eaf_bench_generate eaf_bench_pugixml_parse)" >&2
  exit 2
fi

mkdir -p "$bench_dir"
model="$bench_dir/exchange-${elements}-${relationships}-s1.xml"
if [[ ! -s "$model" ]]; then
  start=$(date +%s.%N)
  "$generate" --elements "$elements" --relationships "$relationships" --seed 1 -o "$model.tmp"
  mv "$model.tmp" "$model"
  end=$(date +%s.%N)
  gen_note="generated in $(python3 -c "print(f'{$end - $start:.2f}')") s"
else
  gen_note="already present, not regenerated"
fi

results="$bench_dir/results-$$.jsonl"
trap 'rm -f "$results"' EXIT
: >"$results"

measure() {  # measure LABEL OK_CODES CMD...
  local label=$1 ok=$2
  shift 2
  python3 "$here/measure.py" --runs "$runs" --warmup 1 --ok-codes "$ok" --label "$label" --json -- "$@" >>"$results"
}

if command -v xmllint >/dev/null 2>&1; then
  measure "xmllint --noout" 0 xmllint --noout "$model"
else
  notes+=("xmllint skipped: not installed (apt-get install libxml2-utils)")
fi
measure "pugixml parse (floor)" 0 "$floor" "$model"
if [[ -n "$eaf" ]]; then
  measure "eaf stats" 0 "$eaf" stats "$model"
  if "$eaf" check --help >/dev/null 2>&1; then
    # Exit 1 means findings at or above --fail-on: a finished check, not a failure.
    measure "eaf check" 0,1 "$eaf" check "$model"
  else
    notes+=("eaf check skipped: \`$eaf check --help\` did not exit 0")
  fi
else
  notes+=("eaf stats / eaf check skipped: no eaf binary under $build_dir yet")
fi

python3 - "$results" "$model" "$gen_note" "$runs" "${notes[@]+"${notes[@]}"}" <<'EOF'
import json, os, platform, sys
results_path, model, gen_note, runs, *notes = sys.argv[1:]
rows = [json.loads(line) for line in open(results_path, encoding="utf-8") if line.strip()]
floor = next(r for r in rows if r["label"].startswith("pugixml"))
cpu = "unknown CPU"
try:
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
except (OSError, StopIteration):
    pass
print(f"Model: `{os.path.basename(model)}`, {os.path.getsize(model) / 1e6:.1f} MB ({gen_note}); "
      f"median of {runs} runs after one warm-up; {cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}.")
print()
print("| tool | median s | median peak MiB | time × floor | memory × floor |")
print("|---|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['label']} | {r['median_s']:.3f} | {r['median_peak_mib']:.1f} | "
          f"{r['median_s'] / floor['median_s']:.2f} | {r['median_peak_mib'] / floor['median_peak_mib']:.2f} |")
for n in notes:
    print()
    print(f"Note: {n}.")
EOF
