#!/usr/bin/env python3
"""Labels stay inside their shapes: renders views through the real eaf binary as SVG and checks,
for every node, that each line of its label (its extent estimated from the font size and the
characters, Vietnamese diacritics included) crosses none of the lines the shape is drawn with,
nor the lines of the ArchiMate icon in its corner, and lies within the shape's bounds; an icon lies
within its shape. The overview of every bundled model (architectures/, alone and
with the national file) is checked too, and must be at most three times as wide as tall or as tall
as wide.

usage: check_label_bounds.py EAF SOURCE_DIR WORK_DIR"""

import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"

# Advance widths in em of Noto Sans, by character class: a little generous, never small.
NARROW = set("iljtfrI.,:;'!|()[] -")
WIDE = set("mwMW")


def char_width(c):
    base = unicodedata.normalize("NFD", c)[0]
    if base in NARROW:
        return 0.32
    if base in WIDE:
        return 0.85
    if base.isupper() or base.isdigit():
        return 0.64
    return 0.56


def text_box(text, x, y, size, anchor):
    """The rectangle a line of text covers: ascent above the baseline grows with diacritics
    (Vietnamese stacks two marks over a letter: Ệ, ế), descent below it (g, y, a dot below: ạ)."""
    width = sum(char_width(c) for c in text) * size
    stacked = any(len(unicodedata.normalize("NFD", c)) > 2 for c in text)
    marked = any(len(unicodedata.normalize("NFD", c)) > 1 for c in text)
    ascent = (0.98 if stacked else 0.90 if marked else 0.76) * size
    descent = 0.24 * size
    left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
    return (left, y - ascent, left + width, y + descent)


def numbers(text):
    values = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text)]
    return list(zip(values[0::2], values[1::2]))


def segments_of(shape):
    """The drawn lines of a polygon, polyline or path (a Bézier curve by its control polygon,
    which contains the curve: a conservative stand-in)."""
    tag = shape.tag.replace(SVG, "")
    if tag in ("polygon", "polyline"):
        points = numbers(shape.get("points", ""))
        if tag == "polygon" and points:
            points.append(points[0])
    elif tag == "path":
        points = numbers(shape.get("d", ""))
    else:
        return []
    return [(points[i], points[i + 1]) for i in range(len(points) - 1)]


def ellipse_box(shape):
    cx, cy = float(shape.get("cx")), float(shape.get("cy"))
    rx, ry = float(shape.get("rx")), float(shape.get("ry"))
    return (cx - rx, cy - ry, cx + rx, cy + ry)


def crosses(segment, box):
    """Whether a line segment meets the inside of a rectangle (Liang–Barsky clipping)."""
    (x0, y0), (x1, y1) = segment
    left, top, right, bottom = box
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q <= 0:
                return False
        else:
            t = q / p
            if p < 0:
                low = max(low, t)
            else:
                high = min(high, t)
            if low > high:
                return False
    return True


def icon_segments(root):
    """node name -> the lines of its ArchiMate icon (edges of class "icon", named NODE-icon-a->NODE-icon-b)."""
    icons = {}
    for group in root.iter(SVG + "g"):
        if "icon" not in (group.get("class") or "").split():
            continue
        owner = group.find(SVG + "title").text.split("-icon-a")[0]
        for shape in group.iter():
            icons.setdefault(owner, []).extend(segments_of(shape))
    return icons


def check_svg(path):
    problems = []
    root = ET.parse(path).getroot()
    icons = icon_segments(root)
    nodes = 0
    for group in root.iter(SVG + "g"):
        if group.get("class") != "node":
            continue
        title = group.find(SVG + "title")
        name = title.text if title is not None else group.get("id")
        segments, bounds = [], []
        for shape in group.iter():
            tag = shape.tag.replace(SVG, "")
            if tag == "ellipse":
                bounds.append(ellipse_box(shape))
            for segment in segments_of(shape):
                segments.append(segment)
                bounds.append((min(segment[0][0], segment[1][0]), min(segment[0][1], segment[1][1]),
                               max(segment[0][0], segment[1][0]), max(segment[0][1], segment[1][1])))
        texts = [t for t in group.iter(SVG + "text") if (t.text or "").strip()]
        if not texts:
            continue
        nodes += 1
        outer = (min(b[0] for b in bounds), min(b[1] for b in bounds), max(b[2] for b in bounds), max(b[3] for b in bounds))
        # The node's icon lies inside its shape, and its lines count as the shape's: no label crosses them.
        for (x0, y0), (x1, y1) in icons.get(name, []):
            if min(x0, x1) < outer[0] or min(y0, y1) < outer[1] or max(x0, x1) > outer[2] or max(y0, y1) > outer[3]:
                problems.append(f"{path}: node {name}: its icon leaves its shape {outer}")
                break
        segments += icons.get(name, [])
        for text in texts:
            box = text_box(text.text, float(text.get("x")), float(text.get("y")), float(text.get("font-size")),
                           text.get("text-anchor", "start"))
            if box[0] < outer[0] or box[1] < outer[1] or box[2] > outer[2] or box[3] > outer[3]:
                problems.append(f"{path}: node {name}: '{text.text}' leaves its shape {outer} (text {box})")
            elif any(crosses(segment, box) for segment in segments):
                problems.append(f"{path}: node {name}: a line of the shape crosses '{text.text}' (text {box})")
    if nodes == 0:
        problems.append(f"{path}: no labelled nodes")
    return problems


MAX_ASPECT = 3.0  # an overview at most three times as wide as tall, or as tall as wide


def check_aspect(path):
    """The picture's width and height (points, from the SVG's root) within MAX_ASPECT of each other."""
    root = ET.parse(path).getroot()
    width, height = (float(re.match(r"[\d.]+", root.get(a)).group(0)) for a in ("width", "height"))
    if width > MAX_ASPECT * height or height > MAX_ASPECT * width:
        return [f"{path}: {width:.0f} × {height:.0f} pt, more than {MAX_ASPECT:g}:1"]
    return []


def bundled_models(source):
    """Every model under architectures/ (provinces and ministries, targets and baselines, national),
    each alone and each agency's with the national file."""
    root = os.path.join(source, "architectures")
    national = os.path.join(root, "national", "national.xml")
    cases = {}
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith((".xml", ".archimate")):
                continue
            path = os.path.join(folder, name)
            label = os.path.relpath(path, root).replace(os.sep, "-").rsplit(".", 1)[0] + "-" + name.rsplit(".", 1)[1]
            cases[f"overview-{label}"] = ["--view", "overview", path]
            if path != national:
                cases[f"overview-{label}-with-national"] = ["--view", "overview", national, path]
    return cases


def main():
    eaf, source, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    notation = os.path.join(source, "tests", "golden", "render", "notation", "model.xml")
    son_la = [os.path.join(source, "architectures", "national", "national.xml"),
              os.path.join(source, "architectures", "provinces", "son-la", "target.xml")]
    cases = {
        "notation-overview-legend": ["--view", "overview", "--legend", notation],
        "notation-integration": ["--view", "integration", "--legend", notation],
        "notation-layer-data": ["--view", "layer", "--layer", "data", notation],
        "son-la-overview": ["--view", "overview", "--legend", *son_la],
        "son-la-integration": ["--view", "integration", *son_la],
        "son-la-federation": ["--view", "federation", *son_la],
    }
    overviews = bundled_models(source)
    cases.update(overviews)
    problems = []
    for name, arguments in cases.items():
        for lang in ("vi", "en"):
            out = os.path.join(work, f"{name}-{lang}.svg")
            run = subprocess.run([eaf, "render", "--lang", lang, "--format", "svg", *arguments, "-o", out],
                                 capture_output=True, text=True)
            # A baseline breaks rules (exit 1); the other views are of clean models.
            if run.returncode not in ((0, 1) if name in overviews else (0,)):
                problems.append(f"{name}-{lang}: eaf exited {run.returncode}: {run.stderr.strip()}")
                continue
            problems += check_svg(out)
            if name in overviews or name == "son-la-overview":
                problems += check_aspect(out)
    for problem in problems:
        print(problem)
    print(f"{len(cases) * 2} views checked ({len(overviews) * 2} overviews of the bundled models for their aspect), "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
