"""Facts benchmark (issue 11): extraction to Parquet facts, then a load from them, against
loading the texts directly, on the same synthetic documents in the same run.

    python -m bench.facts_bench --docs 10000 [--jobs 2] [--update 10] [--cluster] [--no-texts]

Each step runs in a process of its own, so that its peak memory (its own and its worker
processes') is its alone:

  texts    `vanban load` of the texts into a new store
  extract  `vanban extract --facts`: the texts to a facts folder (on this machine's cores)
  cluster  (with --cluster) the same on a Dask LocalCluster of --jobs processes
  facts    `vanban load --facts` of that folder into another new store
  update   (with --update N) the texts again and N new documents, loaded into a copy of
           the texts' store (with its resolver state): an update by difference, step by
           step (read, resolve, tables, store update); its ratio to the facts load
  add      (with --update N) only the N new documents into another copy: what the change
           itself costs (issue 11's "10 new documents cost at most 5% of the full load")

It then checks that the two stores hold the same number of documents and edges. With
--no-texts the texts are not loaded (at 100k that load alone takes about ten minutes):
"update" is left out and "add" updates a copy of the store loaded from facts. Figures
are for this machine at the time of the run; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bench.load_bench import OUT, texts_of, write_documents
from bench.synth import Writer, _documents, _next_language


def _usage() -> dict[str, float]:
    """Peak memory, and CPU seconds (user and system), of this process and of its workers:
    on a shared machine the CPU seconds say more than the wall time."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_seconds": round(own.ru_utime + own.ru_stime, 2),
        "cpu_seconds_workers": round(workers.ru_utime + workers.ru_stime, 2),
        "peak_rss_mib": round(own.ru_maxrss / 1024, 1),
        "peak_rss_mib_workers": round(workers.ru_maxrss / 1024, 1),
    }


def _cpu(step: dict) -> float:
    """CPU seconds of a step, its workers' included."""
    return step["cpu_seconds"] + step["cpu_seconds_workers"]


def _size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 1e6, 1)


def _load_figures(report, seconds: float) -> dict:
    return {
        "seconds": round(seconds, 2),
        "sources_read": report.sources_read,
        "new": report.new,
        "unchanged": report.unchanged,
        "kept": report.kept,
        "documents": report.documents,
        "edges": sum(report.edges.values()),
        "families_touched": report.touched,
        "sources_resolved": report.resolved,
        "steps": {k: round(v, 2) for k, v in report.seconds.items()},
        "written": dict(report.written),  # rows an update by difference wrote, by table
    }


def run_step(step: str, docs: Path, work: Path, jobs: int | None) -> dict:
    """One step, in this process (the orchestrator runs each in a new one)."""
    started = time.perf_counter()
    if step == "texts":
        from vanban.load import load

        report, _ = load(texts_of(docs), work / "texts.db", jobs, keep_graph=False)  # as the CLI
        out = _load_figures(report, time.perf_counter() - started)
        out["store_mb"] = _size_mb(work / "texts.db")
    elif step in ("extract", "cluster"):
        folder = work / ("facts" if step == "extract" else "facts-cluster")
        if step == "extract":
            from vanban.batch import extract_facts

            manifest = extract_facts(texts_of(docs), folder, jobs)
        else:
            from vanban.cluster import extract_on_cluster

            manifest = extract_on_cluster(texts_of(docs), folder, "local", workers=jobs or 2)
        out = {
            "seconds": round(time.perf_counter() - started, 2),
            "sources": manifest["sources"],
            "mentions": manifest["mentions"],
            "parts": len(manifest["parts"]),
            "facts_mb": _size_mb(folder),
        }
    elif step == "facts":
        from vanban.load import load

        report, _ = load([], work / "facts.db", jobs, facts=[work / "facts"], keep_graph=False)
        out = _load_figures(report, time.perf_counter() - started)
    elif step == "update":  # the whole folder again, and the new files
        from vanban.load import load

        report, _ = load([*texts_of(docs), work / "new"], work / "update.db", jobs)
        out = _load_figures(report, time.perf_counter() - started)
    elif step == "add":  # only the new files: the stored sources stay
        from vanban.load import load

        report, _ = load([work / "new"], work / "add.db", jobs)
        out = _load_figures(report, time.perf_counter() - started)
    else:
        raise SystemExit(f"unknown step {step!r}")
    return {**out, **_usage()}


def write_new_documents(folder: Path, count: int, seed: int = 1011) -> None:
    """`count` synthetic documents none of the corpus holds, one a file."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    makers = _documents(Writer(rng))
    done: Counter[str] = Counter()
    for i in range(count):
        lang = _next_language(done, rng)
        text = makers[lang]()
        (folder / f"new-{i:03d}.txt").write_text(text, encoding="utf-8")
        done[lang] += len(text)


def copy_store(store: Path, to: Path) -> None:
    """A copy of `store` and of the files a load keeps beside it (its write-ahead log and
    resolver state), each keeping its modification time (the state is stamped with the
    store's)."""
    for beside in [
        *store.parent.glob(store.name + ".state*"),
        *store.parent.glob(store.name + ".wal"),
    ]:
        copied = to.with_name(to.name + beside.name[len(store.name) :])
        if beside.is_dir():
            shutil.copytree(beside, copied)
        else:
            shutil.copy2(beside, copied)
    shutil.copy2(store, to)


def _in_process(step: str, docs: Path, work: Path, jobs: int | None) -> dict:
    command = [sys.executable, "-m", "bench.facts_bench", "--step", step]
    command += ["--docs-folder", str(docs), "--work", str(work)]
    if jobs:
        command += ["--jobs", str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--update", type=int, default=0, help="new documents for the update")
    parser.add_argument("--cluster", action="store_true", help="extract on a LocalCluster too")
    parser.add_argument(
        "--no-texts", action="store_true", help="skip the load of the texts and the update step"
    )
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--docs-folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(run_step(args.step, args.docs_folder, args.work, args.jobs)))
        return
    docs = write_documents(args.docs)
    work = OUT / f"facts-{args.docs}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    mb = sum(_size_mb(text) for text in texts_of(docs))
    results: dict[str, dict] = {"input": {"documents": args.docs, "mb": round(mb, 1)}}
    texts = [] if args.no_texts else ["texts"]
    steps = [*texts, "extract", *(["cluster"] if args.cluster else []), "facts"]
    for step in steps:
        results[step] = _in_process(step, docs, work, args.jobs)
        print(f"{step:>8}: {json.dumps(results[step])}", flush=True)
    if texts:
        same = all(
            results["texts"][k] == results["facts"][k] for k in ("documents", "edges", "new")
        )
        results["same_counts"] = same
        print(f"same documents, edges and sources from texts and from facts: {same}")
    if args.update:
        write_new_documents(work / "new", args.update)
        base = "facts" if args.no_texts else "texts"
        for step in ("add",) if args.no_texts else ("update", "add"):
            # the store with its resolver state (`vanban.load`), kept by copies that keep
            # the file's time
            copy_store(work / f"{base}.db", work / f"{step}.db")
            results[step] = _in_process(step, docs, work, args.jobs)
            ratio = results[step]["seconds"] / results["facts"]["seconds"]
            results[step]["ratio_to_facts_load"] = round(ratio, 4)
            cpu = _cpu(results[step]) / _cpu(results["facts"])
            results[step]["cpu_ratio_to_facts_load"] = round(cpu, 4)
            print(f"{step:>8}: {json.dumps(results[step])}", flush=True)
            print(
                f"{step:>8}: {ratio:.1%} of the full load from facts ({cpu:.1%} of its CPU)",
                flush=True,
            )
    (work / "results.json").write_text(json.dumps(results, indent=1))
    print(f"written to {work / 'results.json'}")


if __name__ == "__main__":
    main()
