#!/usr/bin/env bash
# interrupted_output.sh EAF GENERATOR WORK_DIR
# An output file is either the old one or the whole new one: eaf is killed (SIGKILL) at many
# moments while writing a large report over an existing file; afterwards the file must hold the
# old content or a complete, parseable new report. SIGINT or SIGTERM while the temporary file exists
# ends eaf without leaving the temporary file. Also: eaf refuses to write over its input.
set -euo pipefail
eaf=$1
generate=$2
work=$3
mkdir -p "$work"
model="$work/large.xml"
[[ -s "$model" ]] || "$generate" --elements 60000 --relationships 150000 --violations -o "$model"
out="$work/report.json"
fail() { echo "interrupted_output: FAIL: $*" >&2; exit 1; }

for delay in 0.05 0.2 0.4 0.6 0.8 1.0 1.3 1.6 2.0 3.0; do
  echo '{"old": true}' > "$out"
  "$eaf" check --quiet --format json --output "$out" "$model" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ! python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d.get("old") or "findings" in d' "$out"; then
    fail "after a kill at ${delay}s the output is neither the old file nor a whole report"
  fi
done
# SIGTERM and SIGINT sent the moment the temporary file appears: eaf ends by that signal and
# removes the temporary file (it is retried when eaf finished before the signal could land).
mkdir -p "$work/signal"
python3 - "$eaf" "$model" "$work/signal" <<'PY' || fail "a temporary file was left after a signal"
import os, signal, subprocess, sys, time
eaf, model, folder = sys.argv[1:]
out = os.path.join(folder, "report.json")
def hidden():
    return [name for name in os.listdir(folder) if name.startswith(".")]
for number in (signal.SIGTERM, signal.SIGINT):
    for attempt in range(10):
        with open(out, "w") as old:
            old.write('{"old": true}')
        child = subprocess.Popen([eaf, "check", "--quiet", "--format", "json", "--output", out, model],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        while child.poll() is None and not hidden():
            pass
        child.send_signal(number)
        code = child.wait()
        if hidden():
            sys.exit(f"{number.name}: left {hidden()}")
        if code == -number:
            break
    else:
        sys.exit(f"{number.name} never landed while the temporary file existed")
PY

# A run left alone writes the whole report.
"$eaf" check --quiet --format json --output "$out" "$model" > /dev/null || [[ $? -eq 1 ]]
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "findings" in d' "$out" || fail "the finished report is not whole"

# Never over an input.
cp "$model" "$work/input.xml"
before=$(sha256sum "$work/input.xml")
if "$eaf" check --quiet --output "$work/input.xml" "$work/input.xml" > /dev/null 2> "$work/stderr.txt"; then fail "wrote over its input"; fi
[[ "$(sha256sum "$work/input.xml")" == "$before" ]] || fail "the input changed"
grep -q "refusing to overwrite the input file" "$work/stderr.txt" || fail "no clear message when asked to overwrite the input"
rm -f "$work"/.report.json.tmp-* "$work"/.eaf-*
echo "interrupted_output: ok"
