#!/usr/bin/env python3
"""Run a command several times; report the median wall time, the median CPU time (user + system,
which the other jobs of a shared machine disturb less than wall time) and the median peak resident
memory.

usage: measure.py [--runs 5] [--warmup 0] [--label NAME] [--json] [--ok-codes 0] [--show-output] -- cmd args...

Peak memory is the child's ru_maxrss, read with os.wait4 on the process that subprocess.Popen
started (Linux reports it in KiB). The command's standard output is discarded unless --show-output;
its standard error is kept and shown when a run exits with a code not in --ok-codes, which makes
measure.py exit 1. Standard library only.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd, show_output):
    """Runs cmd once; returns (seconds, cpu_seconds, maxrss_kib, exit_code, stderr_text)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                stdout=None if show_output else subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode, text


def main(argv):
    parser = argparse.ArgumentParser(
        description="Median wall time and peak RSS of a command over several runs.",
        usage="%(prog)s [--runs R] [--warmup W] [--label NAME] [--json] [--ok-codes 0,1] -- cmd args...")
    parser.add_argument("--runs", type=int, default=5, help="measured runs (default 5)")
    parser.add_argument("--warmup", type=int, default=0, help="unmeasured runs first (default 0)")
    parser.add_argument("--label", default=None, help="name in the report (default: the command)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--ok-codes", default="0",
                        help="comma-separated exit codes that count as success (default 0)")
    parser.add_argument("--show-output", action="store_true", help="let the command's stdout through")
    parser.add_argument("cmd", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args(argv)
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        parser.error("no command given (put it after --)")
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    try:
        ok_codes = {int(c) for c in args.ok_codes.split(",") if c.strip()}
    except ValueError:
        parser.error("--ok-codes takes comma-separated integers")
    label = args.label or " ".join(cmd)

    seconds, cpu, rss_kib, codes = [], [], [], []
    for i in range(args.warmup + args.runs):
        try:
            s, c, rss, code, err = run_once(cmd, args.show_output)
        except OSError as e:
            print(f"measure.py: {label}: cannot run {cmd[0]}: {e}", file=sys.stderr)
            return 1
        if code not in ok_codes:
            sys.stderr.write(err)
            print(f"measure.py: {label}: exit code {code} (accepted: {sorted(ok_codes)})",
                  file=sys.stderr)
            return 1
        if i >= args.warmup:
            seconds.append(s)
            cpu.append(c)
            rss_kib.append(rss)
            codes.append(code)

    result = {
        "label": label,
        "command": cmd,
        "runs": args.runs,
        "warmup": args.warmup,
        "median_s": statistics.median(seconds),
        "min_s": min(seconds),
        "max_s": max(seconds),
        "median_cpu_s": statistics.median(cpu),
        "cpu_s": cpu,
        "median_peak_mib": statistics.median(rss_kib) / 1024.0,
        "max_peak_mib": max(rss_kib) / 1024.0,
        "wall_s": seconds,
        "peak_rss_kib": rss_kib,
        "exit_codes": codes,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{label}: median {result['median_s']:.3f} s (min {result['min_s']:.3f}, "
              f"max {result['max_s']:.3f}), median CPU {result['median_cpu_s']:.3f} s, median peak RSS {result['median_peak_mib']:.1f} MiB, "
              f"{args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
