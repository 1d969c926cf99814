#!/usr/bin/env python3
"""Two or more builds of eaf timed on the same command, alternating, in one run: the ratio of their
medians holds on a shared, noisy machine where a series of one build minutes later does not. Each
round runs the builds in turn, every other round in reverse order (the second of a pair is favoured:
it gets the pages the first just freed).

usage: alternate.py EAF1,EAF2[,...] ROUNDS -- ARGS...
  e.g. alternate.py /tmp/old/eaf,build/eaf 7 -- catalog --state baseline FED -o /tmp/c.xlsx
Each EAF needs its rules/ beside it. Prints, per build, the median wall and CPU time and every run's wall time."""
import os
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 5 or sys.argv[3] != "--":
        sys.exit(__doc__)
    builds, rounds, args = sys.argv[1].split(","), int(sys.argv[2]), sys.argv[4:]
    times = {build: [] for build in builds}
    cpu = {build: [] for build in builds}  # user + system: less disturbed by other jobs than wall time
    for round_number in range(rounds):
        for build in builds if round_number % 2 == 0 else builds[::-1]:
            start = time.monotonic()
            process = subprocess.Popen([build, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            times[build].append(time.monotonic() - start)
            cpu[build].append(usage.ru_utime + usage.ru_stime)
            if os.waitstatus_to_exitcode(status) not in (0, 1):
                sys.exit(f"{build} exited with {os.waitstatus_to_exitcode(status)}")
    for build in builds:
        runs = " ".join(f"{t:.2f}" for t in times[build])
        print(f"{build}: median {statistics.median(times[build]):.3f} s, CPU {statistics.median(cpu[build]):.3f} s ({runs})")


if __name__ == "__main__":
    main()
