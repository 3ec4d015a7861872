"""Where extraction spends its time: cProfile over a corpus, and time per MB by text size.

    python -m bench.profile_extract            # 20 MB corpus (bench/out/corpus-20)
    python -m bench.profile_extract --mb 5 --top 30

1. cProfile of `extract_paths(files, jobs=1)` over the whole corpus: the top functions by
   own time, and own time summed per module of the package.
2. Scaling: single texts of growing size cut from the corpus's .txt files (whole
   documents, as one file would hold them) go through each stage of `extract_source` on
   its own (reading, dates, references, annotation, identity, short forms, named
   references, relations); seconds per MB that rise with the size mean work that grows
   faster than the text (a stage that is linear keeps the same seconds per MB).

Writes bench/out/profile.txt and bench/out/profile.json.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import time
from collections import Counter
from pathlib import Path

from vanban.batch import extract_paths
from vanban.extract.annotate import annotate
from vanban.extract.dates import find_dates
from vanban.extract.find import find_references
from vanban.extract.identity import identify
from vanban.extract.named import find_named, metadata_date, own_name
from vanban.extract.relate import relate
from vanban.extract.shortforms import find_short_forms
from vanban.loaders.decode import normalize_text
from vanban.loaders.language import detect_language

from . import synth
from .run import OUT, REPO, corpus_files

MB = synth.MB
SIZES_MB = (0.1, 0.5, 1.0, 2.0, 4.0)


def profile_corpus(files: list[Path], top: int) -> tuple[str, dict]:
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    refs = 0
    for item in extract_paths(files, jobs=1):
        refs += len(getattr(item, "references", ()))
    profiler.disable()
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # own time of every function
    by_module: Counter = Counter()
    rows = []
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():
        where = _short(filename)
        by_module[where] += tottime
        rows.append(
            {
                "function": f"{where}:{line}({name})",
                "calls": calls,
                "own_s": round(tottime, 3),
                "cum_s": round(cumtime, 3),
                "own_share": round(tottime / total, 3),
            }
        )
    rows.sort(key=lambda r: r["own_s"], reverse=True)
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(25)
    summary = {
        "wall_seconds_profiled": round(wall, 2),
        "references": refs,
        "top_own_time": rows[:top],
        "own_time_by_module": {k: round(v, 3) for k, v in by_module.most_common(15)},
    }
    return buf.getvalue(), summary


def _short(filename: str) -> str:
    path = Path(filename)
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return path.name if "/" in filename else filename


def texts_of_sizes(files: list[Path], sizes: tuple[float, ...]) -> list[str]:
    """One text per size, made of whole documents from the .txt files (cut at blank lines)."""
    docs: list[str] = []
    need = int(max(sizes) * MB)
    have = 0
    for f in files:
        if f.suffix != ".txt":
            continue
        for doc in f.read_text("utf-8").split("\n\n\n"):
            if doc.strip():
                docs.append(doc + "\n\n\n")
                have += len(doc.encode("utf-8")) + 3
        if have >= need:
            break
    out = []
    for size in sizes:
        target, parts, n = int(size * MB), [], 0
        for d in docs:
            if n >= target:
                break
            parts.append(d)
            n += len(d.encode("utf-8"))
        out.append("".join(parts))
    return out


def stages(text: str) -> dict[str, float]:
    """Seconds of each stage of reading, `extract_text` and the relation reader, run one
    after another (as `extract_source` runs them)."""
    t: dict[str, float] = {}

    def timed(name, fn, *args):  # noqa: ANN001, ANN202
        started = time.perf_counter()
        value = fn(*args)
        t[name] = time.perf_counter() - started
        return value

    text = timed("normalize_text", normalize_text, text)
    language = timed("detect_language", detect_language, text)
    dates = timed("find_dates", find_dates, text)
    refs = timed("find_references", find_references, text)
    full = timed("annotate", annotate, text, refs, dates)
    document = timed("identify", identify, text, full, dates, None)
    short = timed("find_short_forms", find_short_forms, text, full)
    for r in short:
        r.kind = "short"  # as `extract_text` marks them for the relation reader
    named = timed(
        "find_named",
        find_named,
        text,
        full,
        dates,
        document.date or metadata_date(None),
        own_name({"title": document.title}),
    )
    mentions = sorted(full + short + named, key=lambda r: r.start)
    timed("relate", relate, text, mentions, language, document.number)
    t["references"] = len(refs)
    t["dates"] = len(dates)
    return t


def scaling(files: list[Path]) -> list[dict]:
    rows = []
    for size, text in zip(SIZES_MB, texts_of_sizes(files, SIZES_MB), strict=True):
        nbytes = len(text.encode("utf-8"))
        if nbytes < size * MB * 0.9:
            break  # the corpus is too small for this size
        t = stages(text)
        mb = nbytes / MB
        row = {"mb": round(mb, 2), "references": t.pop("references"), "dates": t.pop("dates")}
        row["total_s_per_mb"] = round(sum(t.values()) / mb, 3)
        row.update({f"{k}_s_per_mb": round(v / mb, 3) for k, v in t.items()})
        rows.append(row)
    return rows


def render(summary: dict, scale: list[dict], files: list[Path]) -> str:
    size = sum(f.stat().st_size for f in files) / MB
    lines = [
        f"cProfile of extract_paths(jobs=1) over {len(files)} files, {size:.1f} MB "
        f"({summary['wall_seconds_profiled']} s under the profiler)",
        "",
        f"{'own s':>8}{'share':>7}{'cum s':>8}{'calls':>10}  function",
    ]
    for r in summary["top_own_time"]:
        lines.append(
            f"{r['own_s']:>8.2f}{r['own_share']:>7.1%}{r['cum_s']:>8.2f}"
            f"{r['calls']:>10}  {r['function']}"
        )
    lines += ["", "own time by module:"]
    lines += [f"{v:>8.2f}  {k}" for k, v in summary["own_time_by_module"].items()]
    if scale:
        keys = [k for k in scale[0] if k.endswith("_s_per_mb") and k != "total_s_per_mb"]
        lines += [
            "",
            "seconds per MB by size of ONE text (stages of extract_source, no profiler):",
            f"{'MB':>6}{'refs':>7}{'total':>8}"
            + "".join(f"{k.removesuffix('_s_per_mb')[:14]:>16}" for k in keys),
        ]
        for r in scale:
            lines.append(
                f"{r['mb']:>6}{r['references']:>7}{r['total_s_per_mb']:>8.3f}"
                + "".join(f"{r[k]:>16.3f}" for k in keys)
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="profile vanban extraction")
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)
    folder = OUT / f"corpus-{args.mb:g}"
    synth.generate(folder, args.mb, args.seed)
    files = corpus_files(folder)
    raw, summary = profile_corpus(files, args.top)
    scale = scaling(files)
    text = render(summary, scale, files)
    print(text)
    (OUT / "profile.txt").write_text(text + "\n" + raw, "utf-8")
    (OUT / "profile.json").write_text(
        json.dumps({"profile": summary, "scaling": scale}, indent=1), "utf-8"
    )
    print(f"written {OUT / 'profile.txt'} and {OUT / 'profile.json'}")


if __name__ == "__main__":
    main()
