#!/usr/bin/env bash
# Generic checking (rules/archimate.xml, picked because the model holds no eaf: property) of the
# LF Energy Functional Architecture Model (../shared/models, 3.9 MB, 1,156 elements, 2,242
# relationships, 108 views), against `eaf stats` (loading alone) on the same file. The target is
# under 0.1 s for the check (docs/performance.md). Also prints the CPU time of one check, which a
# shared machine's load inflates less than the wall time.
#
# usage: tests/bench/run_generic_bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
runs=${2:-11}
eaf="$build/eaf"
model="$here/../../../shared/models/lfenergy-functional.archimate"
[ -x "$eaf" ] || { echo "no $eaf: build first" >&2; exit 2; }
[ -f "$model" ] || { echo "no $model" >&2; exit 2; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$here/measure.py" --runs "$runs" --warmup 1 --ok-codes 0,1 --label "eaf stats (load only)" -- "$eaf" stats "$model"
python3 "$here/measure.py" --runs "$runs" --warmup 1 --ok-codes 0,1 --label "eaf check (generic pack)" -- "$eaf" check --quiet "$model"
python3 - "$eaf" "$model" <<'PY'
import os, subprocess, sys
best = None
for _ in range(5):
    proc = subprocess.Popen([sys.argv[1], "check", "--quiet", sys.argv[2]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    best = cpu if best is None else min(best, cpu)
print(f"eaf check (generic pack): CPU time (user + system), best of 5: {best:.3f} s")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
