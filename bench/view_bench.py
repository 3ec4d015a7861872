"""Graph page benchmark: page size and time to a first stable render in headless Chromium.

    python -m bench.view_bench                  # 500, 5,000 and 20,000 nodes
    python -m bench.view_bench --sizes 500 --runs 1

For each size, a synthetic `Graph` (documents on four levels, dated, ~1.5 links each,
one evidence sentence per link) becomes a `vanban view --all` page; the page is written
to bench/out/views/ and opened in headless Chromium with the network off
(tests/browser.py). Reported: build seconds (Python: view + HTML), page bytes, seconds
from navigation to the first drawn frame (the page sets `vanban.ready` on vis-network's
first `afterDrawing`; positions are precomputed and physics is off, so the first frame is
the stable one), the page's own `performance.now()` at that frame, and whether any
request left the page or any console error occurred. Figures are reported, never
asserted. The report is printed and written to bench/out/view.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from vanban.graph.model import Document, Edge, Evidence, Graph, Organisation
from vanban.viz.build import graph_view
from vanban.viz.page import render_view

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
LEVELS = (("central", 0.1), ("provincial", 0.5), ("district", 0.25), ("commune", 0.15))
TYPES = ("NQ", "QĐ", "CT", "KL", "KH", "CV", "NĐ", "TB", "HD")
PROVINCES = ("Thanh Hóa", "Bắc Giang", "Lâm Đồng", "Hà Tĩnh", "Nghệ An", "Quảng Ninh")
RELATIONS = (
    ("IMPLEMENTS", 0.55),
    ("BASED_ON", 0.2),
    ("CITES", 0.15),
    ("GUIDES", 0.05),
    ("AMENDS", 0.05),
)
SENTENCE = (
    "Thực hiện {t} của cấp trên về tiếp tục tăng cường công tác dân vận của chính "
    "quyền các cấp trong tình hình mới, Ủy ban nhân dân ban hành kế hoạch như sau."
)


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """`n` documents, ~1.5 links each from lower levels to higher or equal ones."""
    rnd = random.Random(seed)
    g = Graph()
    levels = [lv for lv, _ in LEVELS]
    weights = [w for _, w in LEVELS]
    by_level: dict[str, list[str]] = {lv: [] for lv in levels}
    for i in range(n):
        level = rnd.choices(levels, weights)[0]
        year = rnd.randint(2010, 2025)
        code = rnd.choice(TYPES)
        province = None if level == "central" else rnd.choice(PROVINCES)
        number = f"{i + 1}/{year}/{code}-{'TW' if level == 'central' else 'UBND'}"
        key = f"{number}@{year}" + (f"@{province}" if province else "")
        g.documents[key] = Document(
            key=key,
            number=number,
            aliases=[number],
            lookup=[number.upper()],
            type_code=code,
            level=level,
            province=province,
            year=year,
            date=f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            title=f"Về việc thực hiện nhiệm vụ số {i + 1}",
        )
        by_level[level].append(key)
    g.organisations["org:x"] = Organisation(key="org:x", name="Ủy ban nhân dan tỉnh")
    keys = list(g.documents)
    rels = [r for r, _ in RELATIONS]
    rel_w = [w for _, w in RELATIONS]
    for key in keys:
        doc = g.documents[key]
        higher = [lv for lv in levels[: levels.index(doc.level or "central") + 1]]
        for _ in range(rnd.choice((1, 1, 2, 2, 2))):
            pool = by_level[rnd.choice(higher)]
            target = rnd.choice(pool)
            if target == key:
                continue
            relation = rnd.choices(rels, rel_w)[0]
            ev = Evidence(
                "s" + str(len(g.edges)),
                0,
                10,
                g.documents[target].number or "",
                SENTENCE.format(t=g.documents[target].number),
                "vi",
                0.8,
                "cue",
            )
            g.edges[(key, relation, target)] = Edge(key, relation, target, [ev])
    return g


def measure(size: int, runs: int, browser: object) -> dict:
    started = time.perf_counter()
    graph = synthetic_graph(size)
    built = time.perf_counter()
    html = render_view(graph_view(graph))
    rendered = time.perf_counter()
    folder = OUT / "views"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"graph-{size}.html"
    path.write_text(html, "utf-8")
    walls, page_ms, outside, errors, timings = [], [], [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        page = browser.open(path, wait=600)  # type: ignore[attr-defined]
        page.wait_for("window.vanban && vanban.ready", timeout=600, every=0.02)
        walls.append(time.perf_counter() - t0)
        page_ms.append(page.evaluate("vanban.renderMs"))
        timings.append(page.evaluate("vanban.timings"))
        outside += page.outside_requests()
        errors += page.errors
        browser.send("Target.closeTarget", {"targetId": page.target})  # type: ignore[attr-defined]
    return {
        "nodes": size,
        "edges": len([e for e in graph.edges.values()]),
        "graph_seconds": round(built - started, 2),
        "page_build_seconds": round(rendered - built, 2),
        "page_bytes": path.stat().st_size,
        "first_render_seconds": [round(w, 2) for w in walls],
        "first_render_median_seconds": round(statistics.median(walls), 2),
        "page_performance_now_ms": [round(m) for m in page_ms],
        "page_timings_ms": [{k: round(v) for k, v in t.items()} for t in timings],
        "outside_requests": outside,
        "console_errors": errors,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="vanban graph page benchmark")
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=str(OUT / "view.json"))
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "tests"))
    from browser import Chromium, missing_reason

    reason = missing_reason()
    if reason:
        print(f"view benchmark skipped: {reason}")
        return
    rows = []
    with Chromium(timeout=600) as browser:
        for size in (int(s) for s in args.sizes.split(",") if s.strip()):
            print(f"{size} nodes ...", flush=True)
            rows.append(measure(size, args.runs, browser))
    lines = [
        "",
        "vanban graph pages in headless Chromium (network off)",
        "",
        f"{'nodes':>7}{'links':>8}{'page MB':>9}{'build s':>9}{'render s (median)':>19}"
        f"{'in-page ms':>12}{'requests out':>14}{'errors':>8}",
        "-" * 86,
    ]
    for r in rows:
        lines.append(
            f"{r['nodes']:>7}{r['edges']:>8}{r['page_bytes'] / 1e6:>9.2f}"
            f"{r['page_build_seconds']:>9.2f}{r['first_render_median_seconds']:>19.2f}"
            f"{statistics.median(r['page_performance_now_ms']):>12.0f}"
            f"{len(r['outside_requests']):>14}{len(r['console_errors']):>8}"
        )
    lines += [
        "-" * 86,
        "render s: navigation to the first drawn frame, wall clock, median of "
        f"{args.runs}; in-page ms: performance.now() at that frame.",
        "",
    ]
    print("\n".join(lines))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"runs": args.runs, "sizes": rows}, indent=1), "utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
