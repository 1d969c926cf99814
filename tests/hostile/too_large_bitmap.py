#!/usr/bin/env python3
"""too_large_bitmap.py EAF GENERATE WORK_DIR

With --no-split, a bitmap too large to make or to read is refused, never drawn shrunk and never failing with
Graphviz's own words: a layer view of 1,000 generated application components with no relationship
between them lies on one rank, over 100,000 pixels wide. `eaf render -o out.png` must exit 2 with
eaf's message in the user's language (the size, and how to get the picture: SVG, a layer, a
neighborhood), write no file, and print nothing of Graphviz's ("(null)", "cairo", "Error:",
"Warning:"); the same view as SVG is drawn.
"""
import os
import subprocess
import sys

EXPECTED = {"en": ("larger than eaf draws as a bitmap", "--format svg"),
            "vi": ("lớn hơn mức eaf vẽ thành ảnh bitmap", "--format svg")}
GRAPHVIZ_WORDS = ("(null)", "cairo", "Error:", "Warning:", "Graphviz")


def main():
    eaf, generate, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    model = os.path.join(work, "wide.xml")
    if not os.path.exists(model):
        subprocess.run([generate, "--elements", "1000", "--relationships", "0", "--seed", "3", "-o", model],
                       check=True, stdout=subprocess.DEVNULL)
    failures = []
    view = ["--view", "layer", "--layer", "application", "--max-nodes", "100000", "--no-highlight", "--no-split"]
    for lang, words in EXPECTED.items():
        out = os.path.join(work, f"wide-{lang}.png")
        if os.path.exists(out):
            os.remove(out)
        run = subprocess.run([eaf, "render", "--lang", lang, *view, model, "-o", out],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 2:
            failures.append(f"{lang}: exit {run.returncode}, not 2: {run.stderr.strip()[-400:]!r}")
        for word in words:
            if word not in run.stderr:
                failures.append(f"{lang}: no '{word}' in {run.stderr.strip()[-400:]!r}")
        for word in GRAPHVIZ_WORDS:
            if word in run.stderr:
                failures.append(f"{lang}: Graphviz's '{word}' reached the user: {run.stderr.strip()[-400:]!r}")
        if os.path.exists(out):
            failures.append(f"{lang}: {out} written")
    svg = os.path.join(work, "wide.svg")
    run = subprocess.run([eaf, "render", "--lang", "en", *view, model, "-o", svg], capture_output=True, text=True, timeout=300)
    if run.returncode not in (0, 1) or not os.path.exists(svg):
        failures.append(f"svg: exit {run.returncode}: {run.stderr.strip()[-400:]!r}")
    for failure in failures:
        print("too_large_bitmap: FAIL:", failure, file=sys.stderr)
    print(f"too_large_bitmap: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
