#!/usr/bin/env python3
"""check_split.py EAF GENERATE WORK_DIR

Large views (issue 16): the federation of 100 agencies is a grid, not a column, and a view too
large for one PNG is split into pages with an index instead of refused.
- The 100-agency federation (generated, 60 elements a file to stay fast) renders to one PNG that
  fits eaf's bitmap limits, at most 3:1.
- Split into pages (--page-nodes 20): the index and every page are PNGs within the limits, named
  out.png, out-1.png ... in order, stderr names them (vi and en), and the same run gives the same bytes.
- A layer view of 1,000 components on one rank (too wide for a PNG) is split by itself: every page fits.
- Writing fails mid-way (out-2.png is a directory): exit 2, and neither the index nor any page is left.
"""
import glob
import os
import shutil
import struct
import subprocess
import sys

MAX_SIDE, MAX_PIXELS = 16384, 50_000_000
failures = []


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        failures.append(f"{path}: not a PNG")
        return 0, 0
    return struct.unpack(">II", head[16:24])


def check_fits(path, max_ratio=None):
    width, height = png_size(path)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        failures.append(f"{path}: {width} x {height} px is over the limit")
    if max_ratio and max(width, height) > max_ratio * min(width, height):
        failures.append(f"{path}: {width} x {height} px is more than {max_ratio}:1")
    return width, height


def run(eaf, args, expect=(0, 1)):
    done = subprocess.run([eaf, *args], capture_output=True, text=True, timeout=600)
    if done.returncode not in expect:
        failures.append(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.strip()[-400:]!r}")
    return done


def fresh(directory):
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    return directory


def main():
    eaf, generate, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    federation = os.path.join(work, "federation-100")
    if not os.path.exists(os.path.join(federation, "national.xml")):
        subprocess.run([generate, "--files", "100", "--elements", "60", "--out-dir", federation], check=True, stdout=subprocess.DEVNULL)
    view = ["render", "--view", "federation", "--state", "baseline", federation]

    # Whole: one picture that fits, about as wide as tall.
    whole = fresh(os.path.join(work, "whole"))
    run(eaf, [*view, "-o", os.path.join(whole, "f.png")])
    if os.path.exists(os.path.join(whole, "f.png")):
        print("whole federation:", check_fits(os.path.join(whole, "f.png"), max_ratio=3))
    else:
        failures.append("whole federation: no f.png")

    # Pages, in both languages, twice.
    words = {"en": "is their index", "vi": "là mục lục"}
    for lang in ("en", "vi"):
        outputs = []
        for attempt in (1, 2):
            pages = fresh(os.path.join(work, f"pages-{lang}-{attempt}"))
            done = run(eaf, [*view, "--lang", lang, "--page-nodes", "20", "-o", os.path.join(pages, "out.png")])
            if words[lang] not in done.stderr:
                failures.append(f"{lang}: stderr does not say what was written: {done.stderr.strip()[-300:]!r}")
            files = sorted(os.listdir(pages))
            expected = ["out.png"] + [f"out-{n}.png" for n in range(1, len(files))]
            if sorted(expected) != files or len(files) < 3:
                failures.append(f"{lang}: files {files}")
            for name in files:
                check_fits(os.path.join(pages, name))
            outputs.append({name: open(os.path.join(pages, name), "rb").read() for name in files})
        if outputs[0] != outputs[1]:
            failures.append(f"{lang}: two runs wrote different pages")
        print(f"pages ({lang}):", len(outputs[0]) - 1)

    # Too wide for a PNG: split by itself, every page fits; --no-split refuses (too_large_bitmap.py).
    wide = os.path.join(work, "wide.xml")
    if not os.path.exists(wide):
        subprocess.run([generate, "--elements", "1000", "--relationships", "0", "--seed", "3", "-o", wide], check=True, stdout=subprocess.DEVNULL)
    layer = fresh(os.path.join(work, "layer"))
    run(eaf, ["render", "--lang", "en", "--view", "layer", "--layer", "application", "--max-nodes", "100000", "--no-highlight",
              wide, "-o", os.path.join(layer, "wide.png")])
    files = sorted(glob.glob(os.path.join(layer, "*.png")))
    if len(files) < 3:
        failures.append(f"layer view: not split: {files}")
    for path in files:
        check_fits(path)
    print("layer pages:", len(files) - 1)

    # Writing fails mid-way: nothing of the set is left.
    broken = fresh(os.path.join(work, "broken"))
    os.makedirs(os.path.join(broken, "out-2.png"))
    done = run(eaf, [*view, "--page-nodes", "20", "-o", os.path.join(broken, "out.png")], expect=(2,))
    left = sorted(name for name in os.listdir(broken) if name != "out-2.png")
    if left:
        failures.append(f"failed write left {left}")
    for word in ("(null)", "cairo", "Error:"):
        if word in done.stderr:
            failures.append(f"failed write: {word!r} reached the user: {done.stderr.strip()[-300:]!r}")

    for failure in failures:
        print("check_split: FAIL:", failure, file=sys.stderr)
    print(f"check_split: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
