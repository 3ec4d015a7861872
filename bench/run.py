"""Extraction benchmark: `vanban` extraction against a bare regular-expression scan.

    python -m bench.run                 # 200 MB corpus (generated once, then reused)
    python -m bench.run --mb 20 --stream-mb 5,50   # a quick run

In one process run, over the same files of a synthetic corpus (`bench.synth`):

1. baseline: read each file, decode UTF-8 and count the matches of one compiled regular
   expression, on one core. Two expressions are timed: the extractor's own
   `REFERENCE_RE` (the reference baseline for the ratios), a naive candidate pattern
   `\\d+[-/][^\\s]{2,30}` (the cheapest reasonable scan) and the extractor's pattern as
   first written (`LOOKBEHIND_LED_PATTERN`: the same matches, tried at every position;
   the yardstick of the figures measured before `REFERENCE_RE` opened with its digit);
2. `vanban.batch.extract_paths` end to end (reading, decoding, language detection,
   references, dates, short forms, named references, identity, relations) with jobs=1
   and with jobs=os.cpu_count();
3. ratios to the baseline (in wall seconds, and the one-core MB/s as a share of the
   scan's in CPU seconds, steadier on a shared machine), references found, peak memory
   (ru_maxrss of this process and of its children; tracemalloc peak of a single-core run
   on a subset), and whether one big `.jsonl` file streams: each size is extracted in a
   fresh process (`bench.memprobe`) and its own ru_maxrss reported;
4. long lines: the same Vietnamese documents with their line breaks and on one line
   (16 MB, for the reference finder and for the whole extraction), at half and full size,
   with the growth exponent (1 linear, 2 quadratic);
5. real pages: the extraction of ../shared's tvpl.jsonl and news.jsonl on one core, in
   CPU seconds, next to the bare scan of the same texts (`--no-real` leaves it out).

Figures are reported, never asserted. 1 MB = 1,000,000 bytes. The report is printed and
written to bench/out/extract.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from vanban.batch import extract_paths
from vanban.extract.find import find_references
from vanban.extract.patterns import LOOKBEHIND_LED_PATTERN, REFERENCE_RE
from vanban.extract.pipeline import extract_source, extract_text
from vanban.loaders import Skipped, read_path

from . import synth

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
REAL = REPO.parent / "shared" / "corpus" / "real" / "tvpl.jsonl"
MB = synth.MB
NAIVE_PATTERN = r"\d+[-/][^\s]{2,30}"
NAIVE_RE = re.compile(NAIVE_PATTERN)
LOOKBEHIND_LED_RE = re.compile(LOOKBEHIND_LED_PATTERN, re.VERBOSE)


def _git_state() -> dict:
    """The commit measured, and whether the working tree had changes (figures move with both)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            text=True,
            capture_output=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "extract", "loaders", "vanban"],
            cwd=REPO,
            text=True,
            capture_output=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {}
    return {"commit": head, "extractor_changed_since_commit": bool(dirty)}


def _maxrss_mib(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # KiB on Linux


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".jsonl"))


def warm(files: list[Path]) -> float:
    """Read every file once so that all timed passes see the page cache alike."""
    started = time.perf_counter()
    for f in files:
        f.read_bytes()
    return time.perf_counter() - started


def baseline(files: list[Path], pattern: re.Pattern[str]) -> dict:
    """Single core: read, decode, count matches of one compiled expression."""
    matches = 0
    started = time.perf_counter()
    cpu = time.process_time()
    for f in files:
        text = f.read_bytes().decode("utf-8")
        for _ in pattern.finditer(text):
            matches += 1
    return {
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
        "matches": matches,
    }


def extract(files: list[Path], jobs: int) -> dict:
    """`extract_paths` end to end; every result is counted and dropped."""
    sources = refs = short = skipped = 0
    started = time.perf_counter()
    cpu = time.process_time()
    for item in extract_paths(files, jobs=jobs):
        if isinstance(item, Skipped):
            skipped += 1
            continue
        sources += 1
        refs += len(item.references)
        short += sum(1 for r in item.references if r.short_form_of)
    return {
        "jobs": jobs,
        "seconds": time.perf_counter() - started,
        "parent_cpu_seconds": time.process_time() - cpu,
        "sources": sources,
        "references": refs,
        "short_forms": short,
        "skipped": skipped,
    }


def traced_peak(files: list[Path]) -> dict:
    """tracemalloc peak of a single-core extraction of `files` (slow: tracing costs)."""
    tracemalloc.start()
    try:
        result = extract(files, jobs=1)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {
        "files": [f.name for f in files],
        "bytes": sum(f.stat().st_size for f in files),
        "peak_mib": round(peak / 2**20, 1),
        "references": result["references"],
    }


def subset(files: list[Path], limit: int) -> list[Path]:
    """The first .jsonl and the first .txt file, then more .txt files up to `limit` bytes."""
    txt = [f for f in files if f.suffix == ".txt"]
    jsonl = [f for f in files if f.suffix == ".jsonl"]
    chosen = jsonl[:1] + txt[:1]
    size = sum(f.stat().st_size for f in chosen)
    for f in txt[1:]:
        if size + f.stat().st_size > limit:
            break
        chosen.append(f)
        size += f.stat().st_size
    return chosen


def probe(mode: str, path: Path) -> dict:
    """Run `bench.memprobe` in a fresh interpreter; its own peak RSS and timing.

    The peak is VmHWM where /proc has it: the raw ru_maxrss of a child includes this
    (big) process's RSS at spawn time (see bench/memprobe.py).
    """
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        result = Path(tmp.name)
    try:
        subprocess.run(
            [sys.executable, "-m", "bench.memprobe", mode, str(path), str(result)],
            cwd=REPO,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return json.loads(result.read_text("utf-8"))
    finally:
        result.unlink(missing_ok=True)


def streaming(sizes: list[float], seed: int, modes: list[str]) -> dict:
    """ru_maxrss of extracting ONE .jsonl file of each size, a fresh process each."""
    rows = []
    base = probe("import", Path(os.devnull))
    base_kib = base["hwm_kib"] or base["maxrss_kib"]
    for size in sizes:
        folder = OUT / f"stream-{size:g}"
        manifest = synth.generate(folder, size, seed, only="jsonl")
        path = folder / manifest["files"][0]["name"]
        for mode in modes:
            r = probe(mode, path)
            rows.append(
                {
                    "mode": mode,
                    "mb": size,
                    "bytes": path.stat().st_size,
                    "peak_rss_mib": round((r["hwm_kib"] or r["maxrss_kib"]) / 1024, 1),
                    "peak_from": "VmHWM" if r["hwm_kib"] else "ru_maxrss",
                    "raw_ru_maxrss_mib": round(r["maxrss_kib"] / 1024, 1),
                    "seconds": r["seconds"],
                    "sources": r["sources"],
                    "references": r["references"],
                }
            )
    return {"import_only_peak_rss_mib": round(base_kib / 1024, 1), "runs": rows}


def density(files: list[Path], real: Path) -> dict:
    """Characters per reference (`find_references`): real provincial documents vs synthetic."""
    out: dict = {}
    if real.is_file():
        chars = refs = 0
        for line in real.open(encoding="utf-8"):
            text = json.loads(line)["text"]
            chars += len(text)
            refs += len(find_references(text))
        out["real_tvpl"] = {
            "chars": chars,
            "references": refs,
            "chars_per_reference": round(chars / max(refs, 1)),
        }
    chars_by: Counter = Counter()
    refs_by: Counter = Counter()
    for f in files:
        if f.suffix != ".jsonl":
            continue
        for line in f.open(encoding="utf-8"):
            record = json.loads(line)
            chars_by[record["lang"]] += len(record["text"])
            refs_by[record["lang"]] += len(find_references(record["text"]))
    out["synthetic_jsonl"] = {
        lang: {
            "chars": chars_by[lang],
            "references": refs_by[lang],
            "chars_per_reference": round(chars_by[lang] / max(refs_by[lang], 1)),
        }
        for lang in sorted(chars_by)
    }
    return out


def real_texts(folder: Path) -> dict:
    """Extraction of the real pages (`tvpl.jsonl` and `news.jsonl` of ../shared) on one
    core, in CPU seconds, next to the bare REFERENCE_RE scan of the same texts. The
    synthetic corpus holds few of the shapes that cost most on real pages (list headings
    above items, long leads, laws named by title), so its share says little about them."""
    out: dict = {}
    for name in ("tvpl.jsonl", "news.jsonl"):
        path = folder / name
        if not path.is_file():
            continue
        sources = [s for s in read_path(path) if not isinstance(s, Skipped)]
        for source in sources[:20]:  # warm: the scanners are compiled at their first use
            extract_source(source)
        size = sum(len(s.text.encode("utf-8")) for s in sources)
        scan = float("inf")
        for _ in range(5):  # (a tenth of a second: the least of five runs, steadier)
            started = time.process_time()
            for source in sources:
                REFERENCE_RE.findall(source.text)
            scan = min(scan, time.process_time() - started)
        started = time.process_time()
        for source in sources:
            extract_source(source)
        seconds = time.process_time() - started
        out[name] = {
            "texts": len(sources),
            "mb": round(size / MB, 2),
            "cpu_seconds": round(seconds, 2),
            "scan_cpu_seconds": round(scan, 3),
            "share_of_scan": round(scan / seconds, 4) if seconds else None,
        }
    return out


def _timed(fn: Callable[[str], list], text: str) -> tuple[float, list]:
    """CPU seconds of `fn(text)`, and what it returned."""
    started = time.process_time()
    result = fn(text)
    return time.process_time() - started, result


def _extract_all(text: str) -> list:
    return extract_text(text)[1]


def long_lines(find_mb: float, extract_mb: float, seed: int) -> dict:
    """The same Vietnamese documents with their line breaks and on one line, at two sizes.

    Finding references once looked back from every reference to the start of its line, so
    a 16 MB text on one line took 21 s against 6 s with its breaks, and 200 MB never ended.
    For each stage (`find_references` alone, and `extract_text` whole: dates, short forms,
    identity) the CPU seconds at half and at full size give the growth exponent: 1 when
    linear, 2 when quadratic. Figures are reported, never asserted.
    """
    rows = []
    for stage, fn, full_mb in (
        ("find_references", find_references, find_mb),
        ("extract_text", _extract_all, extract_mb),
    ):
        if full_mb <= 0:
            continue
        text = synth.vietnamese_text(full_mb, seed)
        for layout in ("line breaks", "one line"):
            body = text if layout == "line breaks" else text.replace("\n", " ")
            half = body[: len(body) // 2]
            half_s, _ = _timed(fn, half)
            full_s, found = _timed(fn, body)
            rows.append(
                {
                    "stage": stage,
                    "layout": layout,
                    "mb": round(len(body.encode("utf-8")) / MB, 1),
                    "longest_line_chars": max(len(line) for line in body.split("\n")),
                    "references": len(found),
                    "cpu_seconds_half": round(half_s, 2),
                    "cpu_seconds": round(full_s, 2),
                    "growth_exponent": round(math.log2(full_s / half_s), 2) if half_s else None,
                }
            )
    by = {(r["stage"], r["layout"]): r for r in rows}
    for r in rows:
        wrapped = by[(r["stage"], "line breaks")]["cpu_seconds"]
        r["vs_line_breaks"] = round(r["cpu_seconds"] / wrapped, 2) if wrapped else None
    return {"runs": rows}


def rate(nbytes: int, seconds: float) -> float:
    return round(nbytes / MB / seconds, 2) if seconds else float("inf")


def report(r: dict) -> str:
    c, b = r["corpus"], r["baseline"]
    total = c["bytes"]
    ref_s = b["reference_re"]["seconds"]
    lines = [
        "",
        f"vanban extraction benchmark — corpus {c['path']} ({total / MB:.1f} MB, "
        f"{c['files']} files, {c['documents']} documents, seed {c['seed']}, "
        f"{'reused' if c['reused'] else 'generated in ' + str(c['generate_seconds']) + ' s'})",
        f"machine: {r['machine']['cpus']} CPUs, Python {r['machine']['python']}; "
        f"languages by bytes: {c['language_share']}",
        "",
        f"{'run':<44}{'seconds':>9}{'MB/s':>9}{'x baseline':>12}{'found':>10}",
        "-" * 84,
    ]

    def row(name: str, seconds: float, found: int) -> None:
        lines.append(
            f"{name:<44}{seconds:>9.2f}{rate(total, seconds):>9.2f}"
            f"{seconds / ref_s:>11.2f}x{found:>10}"
        )

    row("baseline: REFERENCE_RE scan, 1 core", ref_s, b["reference_re"]["matches"])
    row(f"baseline: {NAIVE_PATTERN} scan, 1 core", b["naive"]["seconds"], b["naive"]["matches"])
    before = b.get("lookbehind_led")
    if before:
        row("baseline: LOOKBEHIND_LED_PATTERN, 1 core", before["seconds"], before["matches"])
    e1, en = r["extract"]["single"], r["extract"]["all"]
    row("extract_paths, jobs=1", e1["seconds"], e1["references"])
    row(f"extract_paths, jobs={en['jobs']}", en["seconds"], en["references"])
    rt = r["ratios"]
    lines += [
        "-" * 84,
        "'x baseline' = seconds / seconds of the REFERENCE_RE scan (1 core); 'found' = matches "
        "or references.",
        f"extract 1 core / REFERENCE_RE baseline: {rt['extract_1_vs_reference_re']:.2f}x time; "
        f"vs naive baseline: {rt['extract_1_vs_naive']:.2f}x",
        "extract 1 core MB/s as a share of the REFERENCE_RE scan's, in CPU seconds: "
        f"{rt['extract_1_mb_s_share_of_reference_re_cpu']:.3f}"
        + (
            "; of the LOOKBEHIND_LED_PATTERN scan's (the yardstick of before): "
            f"{rt['extract_1_mb_s_share_of_lookbehind_led_cpu']:.3f}"
            if "extract_1_mb_s_share_of_lookbehind_led_cpu" in rt
            else ""
        ),
        f"extract {en['jobs']} cores / REFERENCE_RE baseline (1 core): "
        f"{rt['extract_all_vs_reference_re']:.2f}x time; speed-up {en['jobs']} cores vs 1: "
        f"{rt['speedup_all_vs_1']:.2f}x",
        f"references: {e1['references']} in {e1['sources']} sources ({e1['short_forms']} short "
        f"forms), {e1['skipped']} skipped; {total / max(e1['references'], 1):.0f} bytes per "
        "reference",
        "",
        "memory",
        f"  ru_maxrss this process (after all runs): {r['memory']['self_maxrss_mib']} MiB; "
        f"children (pool workers): {r['memory']['children_maxrss_mib']} MiB "
        f"(before the pool: {r['memory']['children_maxrss_before_pool_mib']} MiB)",
    ]
    t = r["memory"].get("tracemalloc")
    if t:
        lines.append(
            f"  tracemalloc peak, jobs=1 on {len(t['files'])} files "
            f"({t['bytes'] / MB:.1f} MB): {t['peak_mib']} MiB"
        )
    s = r.get("stream")
    if s:
        lines.append(
            f"  one .jsonl file, fresh process each (interpreter + imports alone: "
            f"{s['import_only_peak_rss_mib']} MiB):"
        )
        lines.append(
            f"    {'mode':<8}{'file MB':>9}{'peak RSS MiB':>14}{'seconds':>9}"
            f"{'sources':>9}{'refs':>9}"
        )
        for x in s["runs"]:
            lines.append(
                f"    {x['mode']:<8}{x['bytes'] / MB:>9.1f}{x['peak_rss_mib']:>14}"
                f"{x['seconds']:>9.1f}{x['sources']:>9}{x['references']:>9}"
            )
        lines.append(
            "    (peak RSS = VmHWM of the child; its raw ru_maxrss also counts this "
            "process, inherited across exec)"
        )
        for mode, g in s.get("growth", {}).items():
            lines.append(
                f"    {mode:<7} above the import-only footprint: "
                f"{g['above_import_small_mib']:+.1f} MiB -> "
                f"{g['above_import_big_mib']:+.1f} MiB for {g['input_ratio']}x the input "
                f"({g['mib_per_input_mb']:+.2f} MiB per MB of input)"
            )
    ll = r.get("long_lines")
    if ll:
        lines += [
            "",
            "long lines: the same documents with their line breaks and on one line (CPU s)",
            f"  {'stage':<17}{'layout':<13}{'MB':>6}{'refs':>9}{'half':>8}{'full':>8}"
            f"{'growth':>8}{'vs breaks':>11}",
        ]
        for x in ll["runs"]:
            lines.append(
                f"  {x['stage']:<17}{x['layout']:<13}{x['mb']:>6}{x['references']:>9}"
                f"{x['cpu_seconds_half']:>8.2f}{x['cpu_seconds']:>8.2f}"
                f"{x['growth_exponent']!s:>8}{x['vs_line_breaks']!s:>10}x"
            )
        lines.append("  growth = log2(full / half): 1 linear, 2 quadratic")
    real = r.get("real_texts", {})
    if real:
        lines += ["", "real pages, one core (CPU seconds; share = MB/s as a share of the scan's)"]
        for name, x in real.items():
            lines.append(
                f"  {name}: {x['texts']} texts, {x['mb']} MB, extract {x['cpu_seconds']} s, "
                f"REFERENCE_RE scan {x['scan_cpu_seconds']} s, share {x['share_of_scan']}"
            )
    d = r.get("density", {})
    if d:
        lines += ["", "reference density (find_references, characters per reference)"]
        if "real_tvpl" in d:
            lines.append(
                f"  real tvpl.jsonl: {d['real_tvpl']['chars_per_reference']} "
                f"({d['real_tvpl']['references']} references)"
            )
        lines.append(
            "  synthetic .jsonl: "
            + ", ".join(
                f"{lang} {v['chars_per_reference']}" for lang, v in d["synthetic_jsonl"].items()
            )
        )
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="vanban extraction benchmark")
    parser.add_argument("--mb", type=float, default=200, help="corpus size in MB (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes of the all-cores run (default: os.cpu_count())",
    )
    parser.add_argument(
        "--stream-mb",
        default="10,100",
        help="sizes of the single .jsonl files of the memory test; '' to skip",
    )
    parser.add_argument(
        "--stream-modes",
        default="batch,cli,stream",
        help="memprobe modes to run per size (batch, stream, cli)",
    )
    parser.add_argument(
        "--trace-mb", type=float, default=10, help="size of the tracemalloc subset; 0 to skip"
    )
    parser.add_argument(
        "--line-mb",
        type=float,
        default=16,
        help="size of the one-line text for find_references (default 16); 0 to skip",
    )
    parser.add_argument(
        "--line-extract-mb",
        type=float,
        default=16,
        help="size of the one-line text for extract_text whole (default 16); 0 to skip",
    )
    parser.add_argument("--no-density", action="store_true")
    parser.add_argument(
        "--no-real", action="store_true", help="skip the real pages of ../shared (one core)"
    )
    parser.add_argument("--out", default=str(OUT / "extract.json"))
    args = parser.parse_args(argv)

    folder = OUT / f"corpus-{args.mb:g}"
    started = time.perf_counter()
    manifest = synth.generate(folder, args.mb, args.seed)
    generate_seconds = round(time.perf_counter() - started, 2)
    files = corpus_files(folder)
    total = sum(f.stat().st_size for f in files)
    print(
        f"corpus {folder}: {total / MB:.1f} MB in {len(files)} files "
        f"({'reused' if manifest['reused'] else f'generated in {generate_seconds} s'})",
        flush=True,
    )
    warm(files)

    result: dict = {
        "corpus": {
            "path": str(folder.relative_to(REPO)),
            "bytes": total,
            "files": len(files),
            "documents": manifest["documents"],
            "seed": args.seed,
            "reused": manifest["reused"],
            "generate_seconds": generate_seconds,
            "language_share": manifest["language_share"],
            "jsonl_share": manifest["jsonl_share"],
        },
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            **_git_state(),
        },
    }
    print("baseline scans ...", flush=True)
    result["baseline"] = {
        "reference_re": baseline(files, REFERENCE_RE),
        "naive": baseline(files, NAIVE_RE),
        "lookbehind_led": baseline(files, LOOKBEHIND_LED_RE),
    }
    result["baseline"]["naive"]["pattern"] = NAIVE_PATTERN
    result["baseline"]["reference_re"]["pattern"] = "vanban.extract.patterns.REFERENCE_RE"

    children_before = _maxrss_mib(resource.RUSAGE_CHILDREN)
    print(f"extract, jobs={args.jobs} ...", flush=True)
    extract_all = extract(files, args.jobs)
    print("extract, jobs=1 ...", flush=True)
    extract_one = extract(files, 1)
    result["extract"] = {"single": extract_one, "all": extract_all}
    ref_s = result["baseline"]["reference_re"]["seconds"]
    for run in (extract_one, extract_all):
        run["mb_per_s"] = rate(total, run["seconds"])
    for b in result["baseline"].values():
        b["mb_per_s"] = rate(total, b["seconds"])
    result["ratios"] = {
        "extract_1_vs_reference_re": round(extract_one["seconds"] / ref_s, 2),
        "extract_1_vs_naive": round(
            extract_one["seconds"] / result["baseline"]["naive"]["seconds"], 2
        ),
        "extract_all_vs_reference_re": round(extract_all["seconds"] / ref_s, 2),
        "speedup_all_vs_1": round(extract_one["seconds"] / extract_all["seconds"], 2),
        # MB/s of extraction on one core as a share of the bare scan's, in CPU seconds of
        # this process: on a shared machine wall time also counts other processes' turns
        "extract_1_mb_s_share_of_reference_re_cpu": round(
            result["baseline"]["reference_re"]["cpu_seconds"] / extract_one["parent_cpu_seconds"],
            3,
        ),
        # ... and of the pattern as first written, comparable with the figures of before
        "extract_1_mb_s_share_of_lookbehind_led_cpu": round(
            result["baseline"]["lookbehind_led"]["cpu_seconds"] / extract_one["parent_cpu_seconds"],
            3,
        ),
    }
    result["memory"] = {
        "self_maxrss_mib": _maxrss_mib(resource.RUSAGE_SELF),
        "children_maxrss_mib": _maxrss_mib(resource.RUSAGE_CHILDREN),
        "children_maxrss_before_pool_mib": children_before,
    }
    if args.trace_mb > 0:
        print("tracemalloc subset ...", flush=True)
        result["memory"]["tracemalloc"] = traced_peak(subset(files, int(args.trace_mb * MB)))

    sizes = [float(s) for s in args.stream_mb.split(",") if s.strip()]
    if sizes:
        print(f"streaming memory, single .jsonl of {sizes} MB ...", flush=True)
        modes = [m.strip() for m in args.stream_modes.split(",") if m.strip()]
        s = streaming(sizes, args.seed, modes)
        base = s["import_only_peak_rss_mib"]
        growth = {}
        for mode in modes:
            runs = [x for x in s["runs"] if x["mode"] == mode]
            if len(runs) >= 2:
                small, big = runs[0], runs[-1]
                growth[mode] = {
                    "input_ratio": round(big["bytes"] / small["bytes"], 1),
                    "above_import_small_mib": round(small["peak_rss_mib"] - base, 1),
                    "above_import_big_mib": round(big["peak_rss_mib"] - base, 1),
                    "mib_per_input_mb": round(
                        (big["peak_rss_mib"] - small["peak_rss_mib"])
                        / ((big["bytes"] - small["bytes"]) / MB),
                        3,
                    ),
                }
        s["growth"] = growth
        result["stream"] = s
    if args.line_mb > 0 or args.line_extract_mb > 0:
        print("long lines ...", flush=True)
        result["long_lines"] = long_lines(args.line_mb, args.line_extract_mb, args.seed)
    if not args.no_density:
        result["density"] = density(files, REAL)
    if not args.no_real:
        print("real pages ...", flush=True)
        result["real_texts"] = real_texts(REAL.parent)

    text = report(result)
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
