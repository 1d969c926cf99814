#!/usr/bin/env python3
"""Renders the pictures in docs/diagrams/ with the real eaf binary: the notation model's overview
(every relationship type, long Vietnamese names), Sơn La's overview and integration view, the notation
model's legend alone (the legend cluster of an SVG, cut out by its bounds and photographed by
headless Chromium), two of Archisurance's saved views (with their ArchiMate icons), and a generated
federation of 100 agencies split into pages: its index and its first page.

usage: scripts/render_doc_diagrams.py [EAF] (default build/eaf; run from the repository root)"""

import os
import re
import subprocess
import sys
import tempfile

EAF = sys.argv[1] if len(sys.argv) > 1 else "build/eaf"
OUT = "docs/diagrams"
SON_LA = ["architectures/national/national.xml", "architectures/provinces/son-la/target.xml"]
NOTATION = "tests/golden/render/notation/model.xml"
ARCHISURANCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "models", "archisurance.archimate")


def render(arguments, output):
    subprocess.run([EAF, "render", *arguments, "-o", output], check=True)
    print(output)


def legend_png(model, output, lang):
    with tempfile.TemporaryDirectory() as work:
        svg_path = os.path.join(work, "view.svg")
        render(["--lang", lang, "--legend", "--no-highlight", "--format", "svg", model], svg_path)
        svg = open(svg_path, encoding="utf-8").read()
        cluster = re.search(r"<title>cluster_legend</title>\s*<(?:path|polygon)[^>]*(?:d|points)=\"([^\"]+)\"", svg)
        values = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", cluster.group(1))]
        xs, ys = values[0::2], values[1::2]
        translate = re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", svg)
        tx, ty = float(translate.group(1)), float(translate.group(2))
        x0, y0, width, height = min(xs) - 6 + tx, min(ys) - 6 + ty, max(xs) - min(xs) + 12, max(ys) - min(ys) + 12
        scale = 2
        svg = re.sub(r'<svg width="[^"]*" height="[^"]*"', f'<svg width="{width * scale:.0f}px" height="{height * scale:.0f}px"', svg, count=1)
        svg = re.sub(r'viewBox="[^"]*"', f'viewBox="{x0:.2f} {y0:.2f} {width:.2f} {height:.2f}"', svg, count=1)
        cropped = os.path.join(work, "legend.svg")
        open(cropped, "w", encoding="utf-8").write(svg)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={os.path.abspath(output)}", f"--window-size={width * scale:.0f},{height * scale:.0f}",
                        cropped], check=True, capture_output=True)
        print(output)


def federation_pages(output_index, output_page):
    generate = os.path.join(os.path.dirname(EAF), "tests", "bench", "eaf_bench_generate")
    with tempfile.TemporaryDirectory() as work:
        models = os.path.join(work, "federation")
        subprocess.run([generate, "--files", "100", "--elements", "60", "--out-dir", models], check=True, stdout=subprocess.DEVNULL)
        render(["--lang", "en", "--view", "federation", "--state", "baseline", "--page-nodes", "25", models],
               os.path.join(work, "federation.png"))
        os.replace(os.path.join(work, "federation.png"), output_index)
        os.replace(os.path.join(work, "federation-1.png"), output_page)
        print(output_index, output_page)


def main():
    os.makedirs(OUT, exist_ok=True)
    render(["--lang", "vi", "--view", "overview", "--no-highlight", NOTATION], f"{OUT}/overview.png")
    render(["--lang", "en", "--view", "overview", *SON_LA], f"{OUT}/overview-son-la.png")
    render(["--lang", "vi", "--view", "integration", *SON_LA], f"{OUT}/integration.png")
    if os.path.exists(ARCHISURANCE):  # the shared models sit beside the repository
        render(["--lang", "en", "--view", "Layered View", ARCHISURANCE], f"{OUT}/saved-archisurance.png")
        render(["--lang", "en", "--view", "Business Process View", ARCHISURANCE], f"{OUT}/saved-archisurance-process.png")
    legend_png(NOTATION, f"{OUT}/legend.png", "en")
    legend_png(NOTATION, f"{OUT}/legend-vi.png", "vi")
    federation_pages(f"{OUT}/federation-index.png", f"{OUT}/federation-page-1.png")


if __name__ == "__main__":
    main()
