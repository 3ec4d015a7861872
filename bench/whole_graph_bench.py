"""Whole-graph answers at scale (issue 17), on the synthetic stores of `bench/load_bench.py`.

    python -m bench.whole_graph_bench --docs 10000,30000       # about 15 minutes on 2 cores
    python -m bench.whole_graph_bench --docs 10000,100000      # the issue's sizes (hours)

For each size: `vanban coverage` and `coverage --central-only` as a user runs them (time
and peak memory of the process), next to the named Cypher query they replaced (up to 30k
documents: it grows as N^1.8); `vanban implementers` of the most implemented document;
`vanban export` to Turtle, N-Triples and JSON-LD (time, peak memory, triples); `vanban
sparql` with a COUNT, the first call (which builds the Oxigraph store) and warm calls,
and the query alone inside one process; `vanban --help` for the process start. Then, on
the smallest store: extraction with 1 and 2 jobs on a corpus of a few big files and on
one of many small files, and reloads of the same folder by its absolute path, a relative
path and a symlink. Figures go to bench/out/whole_graph.json; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.load_bench import OUT, bench_load, median, write_documents
from bench.synth import Writer, _documents, _next_language

VANBAN = [sys.executable, "-m", "vanban"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?x vb:implements ?d }"
NAMED_QUERY_LIMIT = 30_000  # the old Cypher coverage: 196 s and 14 GB at 100k


def run_measured(
    args: list[str], cwd: Path | None = None, keep_stdout: bool = False, ok: tuple[int, ...] = (0,)
) -> dict[str, Any]:
    """Run a command; its wall time and the peak memory of that process alone (wait4)."""
    started = time.perf_counter()
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as out,
        tempfile.TemporaryFile("w+", encoding="utf-8") as err,
    ):
        child = subprocess.Popen(args, stdout=out, stderr=err, cwd=cwd, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, error = out.read(), err.read()
    if os.waitstatus_to_exitcode(status) not in ok:
        raise RuntimeError(f"{' '.join(args)} failed: {error[-500:]}")
    measured: dict[str, Any] = {
        "seconds": round(seconds, 2),
        "peak_mib": round(usage.ru_maxrss / 1024, 1),
    }
    if keep_stdout:
        measured["stdout"] = stdout
    return measured


def store_of(count: int) -> Path:
    """The bench store of `count` documents, loaded again when it is missing or stale."""
    db = OUT / f"store-{count}.db"
    if not current_store(db, OUT / f"docs-{count}" / "manifest.json"):
        bench_load(count)
    return db


def current_store(db: Path, manifest: Path) -> bool:
    """Whether `db` can be reused: this code's schema, and loaded after its documents were
    written. A store left by older code opens (only the store format is refused), so a bench
    on it would measure the old schema's tables."""
    from vanban.store.errors import StoreError
    from vanban.store.graph_tables import SCHEMA_VERSION
    from vanban.store.read import open_store

    if not db.exists() or not manifest.exists():
        return False
    if db.stat().st_mtime < manifest.stat().st_mtime:
        return False
    try:
        with open_store(db) as store:
            return store.meta.schema_version == SCHEMA_VERSION
    except StoreError:
        return False


def most_implemented(db: Path) -> list[str]:
    """The number of the most implemented document, with its date when it has one (at
    100k, numbers such as 05-CT/TW fit several documents and the command asks which)."""
    from vanban.queries.backend import EmbeddedBackend

    with EmbeddedBackend.open(db) as backend:
        row = backend.query(
            "MATCH (x)-[:IMPLEMENTS]->(d:Document) WHERE d.number IS NOT NULL "
            "RETURN d.number AS document, d.date AS date, count(x) AS n "
            "ORDER BY n DESC, document LIMIT 1"
        )[0]
    return [row["document"], *(["--date", row["date"]] if row.get("date") else [])]


def bench_queries(db: Path, count: int) -> dict[str, Any]:
    out: dict[str, Any] = {"documents_in": count}
    out["coverage"] = run_measured([*VANBAN, "coverage", "--db", str(db), "--csv"])
    out["coverage_central_only"] = run_measured(
        [*VANBAN, "coverage", "--central-only", "--db", str(db), "--csv"]
    )
    if count <= NAMED_QUERY_LIMIT:
        out["coverage_named_cypher"] = run_measured(
            [*VANBAN, "cypher", "--name", "coverage", "--db", str(db), "--nl"]
        )
    document = most_implemented(db)
    out["implementers_document"] = " ".join(document)
    out["implementers"] = run_measured([*VANBAN, "implementers", *document, "--db", str(db)])
    return out


def bench_exports(db: Path, formats: list[str]) -> dict[str, Any]:
    out = {}
    for fmt in formats:
        target = OUT / f"export-{db.stem}.{fmt}"
        measured = run_measured(
            [*VANBAN, "export", "--format", fmt, "-o", str(target), "--db", str(db)]
        )
        measured["mb"] = round(target.stat().st_size / 1e6, 1)
        target.unlink()
        out[fmt] = measured
    return out


def bench_sparql(db: Path) -> dict[str, Any]:
    from vanban.export.sparql_store import open_sparql_store, query_store, sparql_folder

    shutil.rmtree(sparql_folder(db), ignore_errors=True)
    command = [*VANBAN, "sparql", COUNT, "--db", str(db), "--json"]
    cold = run_measured(command)
    warm = [run_measured(command) for _ in range(3)]
    store, built = open_sparql_store(db)
    assert not built
    answer = query_store(store, COUNT)
    in_process = median(lambda: query_store(store, COUNT), runs=5)
    start = median(
        lambda: subprocess.run([*VANBAN, "--help"], capture_output=True, check=True), runs=3
    )
    return {
        "count": answer[0]["n"],
        "cold_build_and_query": cold,
        "warm_command_s": statistics.median(w["seconds"] for w in warm),
        "warm_command_peak_mib": max(w["peak_mib"] for w in warm),
        "warm_query_in_process_ms": round(in_process * 1000, 1),
        "process_start_s": round(start, 2),
    }


def write_corpora(big_files: int, big_mb: float, small_files: int) -> tuple[Path, Path]:
    """Two corpora of synthetic documents (bench/synth.py) of about the same size: a few
    big .txt files, and many small ones."""
    rng = random.Random(11)
    writer = Writer(rng)
    makers = _documents(writer)
    done: Counter[str] = Counter()

    def document() -> str:
        lang = _next_language(done, rng)
        text = makers[lang]()
        done[lang] += len(text)
        return text

    big, many = OUT / "extract-big", OUT / "extract-many"
    for folder in (big, many):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for i in range(big_files):
        parts: list[str] = []
        size = 0
        while size < big_mb * 1e6:
            parts.append(document())
            size += len(parts[-1].encode("utf-8"))
        (big / f"big-{i}.txt").write_text("\n\n".join(parts), encoding="utf-8")
    total = sum(p.stat().st_size for p in big.iterdir())
    per_file = total / small_files
    for i in range(small_files):
        parts, size = [], 0
        while size < per_file:
            parts.append(document())
            size += len(parts[-1].encode("utf-8"))
        (many / f"doc-{i:05d}.txt").write_text("\n\n".join(parts), encoding="utf-8")
    return big, many


def bench_extraction(big_files: int, big_mb: float, small_files: int) -> dict[str, Any]:
    from vanban.batch import extract_paths

    big, many = write_corpora(big_files, big_mb, small_files)
    out = {}
    for name, folder in (("big_files", big), ("many_files", many)):
        mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        # Alternated and the best of three each: other work on the machine (a shared
        # 2-core one here) then costs both sides alike.
        seconds: dict[int, float] = {1: float("inf"), 2: float("inf")}
        for jobs in (1, 2) * 3:
            t = time.perf_counter()
            for _ in extract_paths([folder], jobs=jobs):
                pass
            seconds[jobs] = min(seconds[jobs], time.perf_counter() - t)
        out[name] = {
            "files": len(list(folder.iterdir())),
            "mb": round(mb, 1),
            "one_job_s": round(seconds[1], 2),
            "two_jobs_s": round(seconds[2], 2),
            "speedup": round(seconds[1] / seconds[2], 2),
            "load_average_after": round(os.getloadavg()[0], 1),
        }
    return out


def bench_reload(count: int) -> dict[str, Any]:
    """An unchanged reload by the spelling the store was loaded with, then by others."""
    folder = write_documents(count)
    db = OUT / f"reload-{count}.db"
    shutil.copy2(store_of(count), db)
    link = OUT / f"docs-{count}-link"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(folder.name)
    spellings = {
        # the first brings facts stored by an older vanban up to date (a full re-read)
        "first_reload": str(folder),
        "same_absolute_path": str(folder),
        "relative_path": os.path.relpath(folder, OUT),
        "symlink": link.name,
    }
    out = {}
    for name, spelling in spellings.items():
        # status 1: the folder's manifest.json is reported as skipped (not a text)
        measured = run_measured(
            [*VANBAN, "load", spelling, "--db", str(db), "--json"],
            cwd=OUT,
            keep_stdout=True,
            ok=(0, 1),
        )
        report = json.loads(measured.pop("stdout"))
        report = report[0] if isinstance(report, list) else report
        measured.update({k: report.get(k) for k in ("sources_read", "unchanged", "new", "changed")})
        out[name] = measured
    from vanban.store import open_store

    with open_store(db) as store:
        rows = store.query("MATCH (s:Source) RETURN max(size(s.paths)) AS most")
    out["most_paths_per_source"] = rows[0]["most"]
    link.unlink()
    for stale in OUT.glob(f"reload-{count}.db*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="10000,30000", help="comma-separated store sizes")
    parser.add_argument("--formats", default="ttl,nt,jsonld", help="RDF formats to export")
    parser.add_argument("--big-files", type=int, default=4)
    parser.add_argument("--big-mb", type=float, default=3.0)
    parser.add_argument("--small-files", type=int, default=1200)
    parser.add_argument("--skip-extraction", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.docs.split(",")]
    results: dict[str, Any] = {"cores": os.cpu_count(), "sizes": []}
    for count in sizes:
        db = store_of(count)
        row = bench_queries(db, count)
        row["export"] = bench_exports(db, args.formats.split(","))
        row["sparql"] = bench_sparql(db)
        results["sizes"].append(row)
        print(json.dumps(row), flush=True)
    if not args.skip_extraction:
        results["extraction"] = bench_extraction(args.big_files, args.big_mb, args.small_files)
        print(json.dumps(results["extraction"]), flush=True)
    results["reload"] = bench_reload(min(sizes))
    print(json.dumps(results["reload"]), flush=True)
    (OUT / "whole_graph.json").write_text(json.dumps(results, indent=1))
    print(f"written {OUT / 'whole_graph.json'}")


if __name__ == "__main__":
    main()
