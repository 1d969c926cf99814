#!/usr/bin/env python3
"""dense_render.py EAF GENERATE_DENSE WORK_DIR

Renders never hang: dense models (few elements, many relationships: random pairs, a deep path with
edges back along it, all on a few pairs) drawn by `eaf render` (overview and integration) and
`eaf report` must finish within a time bound, with exit 0 or 1, a note that the view was simplified
(but for the overview of the ladder of 250, light work for its grid),
and no Graphviz error on stderr (a lost edge, a routing failure). Before the bound, 100 elements with
1,000 relationships kept Graphviz's crossing minimisation busy for minutes.
"""
import os
import subprocess
import sys
import time

SECONDS = 40  # generous for a shared, loaded machine; the runs take 1-10 s
MODELS = (("random", 50, 1000), ("random", 100, 1000), ("ladder", 100, 250), ("ladder", 400, 2000),
          ("random", 400, 20000), ("parallel", 100, 20000))


def main():
    eaf, generate, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    failures = []
    for shape, elements, relationships in MODELS:
        model = os.path.join(work, f"{shape}-{elements}-{relationships}.xml")
        if not os.path.exists(model):
            subprocess.run([sys.executable, generate, "--shape", shape, "--elements", str(elements),
                            "--relationships", str(relationships), "-o", model], check=True)
        runs = [["render", "--view", "integration", model, "-o", model + ".svg"],
                ["render", "--view", "overview", model, "-o", model + ".overview.svg"],
                ["report", model, "-o", model + ".html"]]
        for args in runs:
            what = f"{shape} {elements}x{relationships}: eaf {args[0]} {args[2] if args[0] == 'render' else ''}".strip()
            start = time.monotonic()
            try:
                run = subprocess.run([eaf, "--lang", "en", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True, errors="replace", timeout=SECONDS)
            except subprocess.TimeoutExpired:
                failures.append(f"{what}: still running after {SECONDS} s")
                continue
            took = time.monotonic() - start
            if run.returncode not in (0, 1):
                failures.append(f"{what}: exit {run.returncode}: {run.stderr.strip()[-300:]!r}")
            if "Error" in run.stderr or "Warning" in run.stderr:
                failures.append(f"{what}: Graphviz complained: {run.stderr.strip()[-300:]!r}")
            # The overview draws its relationships over a grid (docs/diagrams.md): 250 of them between
            # 100 nodes are light work for it and need no simplification; every other run does.
            light_overview = args[2] == "overview" and relationships < 5 * elements
            if "too dense to lay out in full" not in run.stderr and not light_overview:
                failures.append(f"{what}: no note that the view was simplified: {run.stderr.strip()[-300:]!r}")
            print(f"dense_render: {what}: {took:.2f} s")
    for failure in failures:
        print("dense_render: FAIL:", failure, file=sys.stderr)
    if failures:
        return 1
    print("dense_render: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
