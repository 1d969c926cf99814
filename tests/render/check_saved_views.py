#!/usr/bin/env python3
"""Saved views drawn with their own geometry: `eaf views` lists every view of the real models
(/work/shared/models), each renders to SVG through the real eaf binary (a sample to PNG and PDF
too), and in each SVG every node's outline lies at the bounds the model file gives it, read here
independently of eaf (Archi: relative to the parent, -1 for Archi's default size; exchange
format: absolute), up to one translation for the whole drawing, within 1 px.

usage: check_saved_views.py EAF MODELS_DIR WORK_DIR"""

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"
# Archi's default figure sizes for width/height -1.
DEFAULTS = {"Group": (400, 140), "Note": (185, 80)}


def archi_bounds(path):
    """view id -> {node id: (x, y, w, h)} with absolute coordinates."""
    views = {}
    for diagram in ET.parse(path).iter("element"):
        if not diagram.get(XSI, "").endswith("DiagramModel"):
            continue
        nodes = {}

        def walk(parent, ox, oy):
            for child in parent.findall("child"):
                b = child.find("bounds")
                x = ox + int(b.get("x", 0))
                y = oy + int(b.get("y", 0))
                kind = child.get(XSI, "").split(":")[-1]
                dw, dh = DEFAULTS.get(kind, (120, 55))
                w = int(b.get("width", -1))
                h = int(b.get("height", -1))
                nodes[child.get("id")] = (x, y, dw if w < 0 else w, dh if h < 0 else h)
                walk(child, x, y)

        walk(diagram, 0, 0)
        views[diagram.get("id")] = nodes
    return views


def exchange_bounds(path):
    ns = "{http://www.opengroup.org/xsd/archimate/3.0/}"
    views = {}
    for view in ET.parse(path).iter(ns + "view"):
        views[view.get("identifier")] = {
            node.get("identifier"): tuple(int(node.get(k)) for k in ("x", "y", "w", "h")) for node in view.iter(ns + "node")}
    return views


def svg_rects(svg_text):
    """node title -> (x, y, w, h) of its outline in page coordinates."""
    root = ET.fromstring(svg_text)
    graph = root.find(SVG + "g")
    m = re.search(r"scale\(([-\d.]+) ([-\d.]+)\).*translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform"))
    sx, sy, tx, ty = (float(v) for v in m.groups())
    rects = {}
    for g in graph.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        title = g.find(SVG + "title").text
        xs, ys = [], []
        shape = next((c for c in g.iter() if c.tag in (SVG + "polygon", SVG + "ellipse", SVG + "path")), None)
        if shape is None:
            continue
        if shape.tag == SVG + "ellipse":
            cx, cy, rx, ry = (float(shape.get(k)) for k in ("cx", "cy", "rx", "ry"))
            xs, ys = [cx - rx, cx + rx], [cy - ry, cy + ry]
        else:
            values = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", shape.get("points") or shape.get("d"))]
            xs, ys = values[0::2], values[1::2]
        left, top = (min(xs) + tx) * sx, (min(ys) + ty) * sy
        rects[title] = (left, top, (max(xs) - min(xs)) * sx, (max(ys) - min(ys)) * sy)
    return rects


def run(eaf, *args):
    return subprocess.run([eaf, *args], capture_output=True, text=True, timeout=600)


def main():
    eaf, models, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    failures = []
    checked_nodes = 0
    rendered = 0
    for name, reader, expected in (("archisurance.archimate", archi_bounds, 17),
                                   ("archisurance.exchange.xml", exchange_bounds, 18),
                                   ("lfenergy-functional.archimate", archi_bounds, 108)):
        path = os.path.join(models, name)
        listing = run(eaf, "views", path, "--format", "json")
        if listing.returncode != 0:
            failures.append(f"{name}: eaf views exited {listing.returncode}: {listing.stderr}")
            continue
        views = json.loads(listing.stdout)["views"]
        if len(views) != expected:
            failures.append(f"{name}: eaf views lists {len(views)} views, the README counts {expected}")
        bounds = reader(path)
        # The big model without highlighting: a check per view would only repeat itself.
        extra = ["--no-highlight"] if name.startswith("lfenergy") else []
        for number, view in enumerate(views):
            out = os.path.join(work, f"{name}-{number}.svg")
            result = run(eaf, "render", path, "--view", "saved:" + view["id"], "-o", out, *extra)
            if result.returncode not in (0, 1) or not os.path.exists(out):
                failures.append(f"{name} view {view['id']}: exit {result.returncode}: {result.stderr.strip()}")
                continue
            rendered += 1
            rects = svg_rects(open(out, encoding="utf-8").read())
            model = bounds.get(view["id"], {})
            offsets = []
            for node_id, (x, y, w, h) in model.items():
                if node_id not in rects:
                    failures.append(f"{name} view {view['id']}: node {node_id} not drawn")
                    continue
                left, top, width, height = rects[node_id]
                if abs(width - w) > 1 or abs(height - h) > 1:
                    failures.append(f"{name} view {view['id']}: node {node_id} is {width:.1f}x{height:.1f}, the model says {w}x{h}")
                offsets.append((node_id, left - x, top - y))
                checked_nodes += 1
            if offsets:
                _, dx0, dy0 = offsets[0]
                for node_id, dx, dy in offsets:
                    if abs(dx - dx0) > 1 or abs(dy - dy0) > 1:
                        failures.append(f"{name} view {view['id']}: node {node_id} is off its model position by "
                                        f"({dx - dx0:.1f}, {dy - dy0:.1f})")
        # A sample as bitmap and PDF.
        for fmt, magic in (("png", b"\x89PNG"), ("pdf", b"%PDF")):
            out = os.path.join(work, f"{name}.{fmt}")
            result = run(eaf, "render", path, "--view", "saved:" + views[0]["id"], "-o", out, "--no-highlight")
            if result.returncode not in (0, 1) or not open(out, "rb").read(4).startswith(magic):
                failures.append(f"{name}: {fmt} of {views[0]['id']} failed: {result.stderr.strip()}")
    for failure in failures[:40]:
        print(failure)
    print(f"{rendered} saved views rendered, {checked_nodes} nodes at their model bounds, {len(failures)} failures")
    return 1 if failures or checked_nodes == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
