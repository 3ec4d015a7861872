"""The relation reader's cost next to the reference finder's, over the same bytes.

    python -m bench.relate_bench [--mb 20] [--real] [--repeat 3] [--no-cue-scan] [--profile 25]

Texts: the seeded synthetic corpus of `bench/synth.py` (and, with `--real`, the team corpus
in ../shared/corpus/real). For each text the references are found once outside the clock;
then, each timed over all texts on one core:
- find: `find_references` (the baseline);
- relate: `relate`, the clause reader (structure, cues near references, every rule);
- cue scan of the whole text: the combined cue pattern over every byte, as the reader
  before the clause reader did, for comparison (`--no-cue-scan` leaves it out).
With `--repeat N`, find and relate are timed N times in turn and the medians kept (the
machine may be shared). Figures are ratios to `find` in the same run, by the wall clock
and by CPU time; they go to bench/out/relate.json. With `--profile N`, the reader runs once
more under cProfile and the N functions it spends most time in are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from vanban.extract.cues import CUE_RE
from vanban.extract.find import find_references
from vanban.extract.pipeline import extract_text
from vanban.extract.relate import relate
from vanban.loaders import read_paths

from . import synth

OUT = Path(__file__).resolve().parent / "out"
REAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real"


def texts(folder: Path, real: bool) -> list[tuple[str, str]]:
    paths = [str(folder)] + ([str(p) for p in sorted(REAL.glob("*.jsonl"))] if real else [])
    out = []
    for item in read_paths(paths):
        text = getattr(item, "text", None)
        if text:
            out.append((text, item.language))
    return out


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `fn` (the code is single-threaded: CPU time is its
    work, the less disturbed figure on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20, help="synthetic corpus size (default 20)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--real", action="store_true", help="add the team corpus in ../shared")
    ap.add_argument("--repeat", type=int, default=1, help="time find and relate N times")
    ap.add_argument("--no-cue-scan", action="store_true", help="leave out the whole-text scan")
    ap.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print the reader's top N functions"
    )
    args = ap.parse_args(argv)
    folder = OUT / f"corpus-{args.mb:g}mb"
    synth.generate(folder, args.mb, args.seed)
    docs = texts(folder, args.real)
    prepared = []
    for text, language in docs:
        document, refs = extract_text(text)
        prepared.append((text, language, refs, document.number))
    nbytes = sum(len(t.encode("utf-8")) for t, _ in docs)
    refs_total = sum(len(p[2]) for p in prepared)

    finds, readers = [], []
    for _ in range(max(1, args.repeat)):
        finds.append(timed(lambda: [find_references(t) for t, *_ in prepared]))
        readers.append(timed(lambda: [relate(t, r, lang, own) for t, lang, r, own in prepared]))
    find = statistics.median(f[0] for f in finds)
    reader = statistics.median(r[0] for r in readers)
    find_cpu = statistics.median(f[1] for f in finds)
    reader_cpu = statistics.median(r[1] for r in readers)
    seconds = {"find": round(find, 2), "relate": round(reader, 2)}
    ratios = {"relate": round(reader / find, 2)}
    if not args.no_cue_scan:
        scan, _ = timed(lambda: [sum(1 for _ in CUE_RE.finditer(t)) for t, *_ in prepared])
        seconds["cue_scan"], ratios["cue_scan"] = round(scan, 2), round(scan / find, 2)
    result = {
        "texts": len(docs),
        "mb": round(nbytes / synth.MB, 1),
        "references": refs_total,
        "repeat": len(finds),
        "seconds": seconds,
        "ratio_to_find": ratios,
        "cpu_seconds": {"find": round(find_cpu, 2), "relate": round(reader_cpu, 2)},
        "cpu_ratio_to_find": {"relate": round(reader_cpu / find_cpu, 2)},
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "relate.json").write_text(json.dumps(result, indent=1), "utf-8")
    lines = [
        f"{result['texts']} texts, {result['mb']} MB, {refs_total} references"
        + (f", median of {len(finds)} runs" if len(finds) > 1 else ""),
        "                  wall s  ratio   cpu s  ratio",
        f"find references  {find:7.2f}   1.00 {find_cpu:7.2f}   1.00",
        f"relate (clauses) {reader:7.2f} {reader / find:6.2f} {reader_cpu:7.2f} "
        f"{reader_cpu / find_cpu:6.2f}",
    ]
    if not args.no_cue_scan:
        lines.append(f"cue scan, whole  {scan:7.2f} {scan / find:6.2f}")
    print("\n".join(lines))
    if args.profile:
        print(_profile(lambda: [relate(t, r, la, own) for t, la, r, own in prepared], args.profile))


def _profile(fn: Callable[[], object], top: int) -> str:
    """The `top` functions `fn` spends most time in (its own time), under cProfile."""
    profiler = cProfile.Profile()
    profiler.runcall(fn)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


if __name__ == "__main__":
    main()
