#!/usr/bin/env python3
"""Renders every saved view of a model to SVG, one `eaf render` per view as a user runs it, and
prints the total, the median and the slowest view, and the same for loading alone (`eaf views`),
so that the drawing's own cost is the difference. Default model: LF Energy's 108 views.

usage: saved_views_bench.py EAF [MODEL] [--highlight]"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    eaf = sys.argv[1]
    args = [a for a in sys.argv[2:] if not a.startswith("--")]
    model = args[0] if args else os.path.join(os.path.dirname(__file__), "../../../shared/models/lfenergy-functional.archimate")
    highlight = "--highlight" in sys.argv
    start = time.perf_counter()
    listing = subprocess.run([eaf, "views", model, "--format", "json"], capture_output=True, text=True, check=True)
    load_s = time.perf_counter() - start
    views = json.loads(listing.stdout)["views"]
    times = []
    with tempfile.TemporaryDirectory() as work:
        for number, view in enumerate(views):
            out = os.path.join(work, f"{number}.svg")
            command = [eaf, "render", model, "--view", "saved:" + view["id"], "-o", out]
            if not highlight:
                command.append("--no-highlight")
            start = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True)
            times.append((time.perf_counter() - start, view["name"], view["nodes"] + view["connections"]))
            if result.returncode not in (0, 1):
                print(f"view {view['id']} failed: {result.stderr}", file=sys.stderr)
                return 1
    total = sum(t for t, _, _ in times)
    slowest = max(times)
    print(f"model: {os.path.basename(model)}, {len(views)} views, highlighting {'on' if highlight else 'off'}")
    print(f"total {total:.2f} s, median {statistics.median(t for t, _, _ in times) * 1000:.0f} ms per view, "
          f"slowest {slowest[0] * 1000:.0f} ms ('{slowest[1]}', {slowest[2]} nodes and connections)")
    print(f"loading alone (eaf views): {load_s * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
