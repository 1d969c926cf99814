#!/usr/bin/env python3
"""out_of_memory.py EAF GENERATOR WORK_DIR

Running out of memory is a message and exit 2, never an abort (exit 134): `eaf check` runs on
models too large for a limit on its address space (RLIMIT_AS, what `ulimit -v` sets), with
--threads 2 and --threads 1, on two files (one per loading thread) and on one (read in pieces on
two threads), at several limits so that memory runs out in different phases: reading, parsing,
the check context, the rules. Each run must end with exit 0 or 1 (it fitted) or with exit 2 and
eaf's "out of memory" message; every setting must run out at least once.

Not run under AddressSanitizer (EAF_SANITIZE), which reserves terabytes of address space.
"""
import os
import resource
import subprocess
import sys

LIMITS_MIB = (64, 100, 140)
OUT_OF_MEMORY = "eaf: out of memory; try the input limits (--max-file-size, --max-elements)\n"


def main():
    eaf, generate, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    model = os.path.join(work, "model.xml")
    copy = os.path.join(work, "model-copy.xml")
    if not os.path.exists(copy):
        subprocess.run([generate, "--elements", "20000", "-o", model], check=True)
        with open(model, "rb") as source, open(copy, "wb") as target:
            target.write(source.read())

    failures = []
    for files in ([model, copy], [model]):
        for threads in ("2", "1"):
            ran_out = 0
            for limit_mib in LIMITS_MIB:
                limit = limit_mib << 20

                def limit_memory(limit=limit):
                    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

                run = subprocess.run([eaf, "check", "--quiet", "--threads", threads, *files], preexec_fn=limit_memory,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
                what = f"{len(files)} file(s), --threads {threads}, {limit_mib} MiB"
                if run.returncode == 2 and run.stderr == OUT_OF_MEMORY:
                    ran_out += 1
                elif run.returncode not in (0, 1) or run.stderr:
                    failures.append(f"{what}: exit {run.returncode}, stderr: {run.stderr.strip()[-300:]!r}")
            if ran_out == 0:
                failures.append(f"{len(files)} file(s), --threads {threads}: never ran out of memory at {LIMITS_MIB} MiB")
    for failure in failures:
        print("out_of_memory: FAIL:", failure, file=sys.stderr)
    if failures:
        return 1
    print("out_of_memory: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
