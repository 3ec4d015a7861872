"""Load and lineage benchmarks on synthetic documents (issues 3 and 4).

    python -m bench.load_bench --docs 10000,100000

For each size: `vanban load` throughput (documents/s, references/s), the store's size on
disk and peak memory; then, on the store of the largest size, a depth-6 downstream
lineage (level-by-level queries, one variable-length Cypher query, and the same walk in
networkx on the same graph) and the latency of `vanban lineage` as a user runs it
(process start included) next to `vanban --help` (process start alone). Figures are
ratios within this run; nothing is asserted. The documents come with the truth of what each
reference means (`truth.jsonl`), which `bench/identity_bench.py` scores.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bench.synth import GENERATOR_VERSION, Writer, _documents, _next_language

OUT = Path(__file__).resolve().parent / "out"
PER_FILE = 5000
TRUTH = "truth.jsonl"  # what each reference of the synthetic texts truly names
VANBAN = [sys.executable, "-m", "vanban"]


def texts_of(folder: Path) -> list[Path]:
    """The text files of a folder of synthetic documents (`write_documents`), to load or
    extract: not the folder itself, which holds the truth and the manifest too. Given the
    folder, every load and extraction also read each line of `truth.jsonl` (507k at 100k
    documents) as an input without a text, reported it as skipped and exited with status 1."""
    return sorted(folder.glob("part-*.jsonl"))


def write_documents(count: int, seed: int = 7) -> Path:
    """`count` synthetic documents, one a line, in .jsonl files of 5,000 (cached), and
    `truth.jsonl`: one line a reference, with its record, span and the document it means
    (see `Writer.truth`)."""
    folder = OUT / f"docs-{count}"
    manifest = folder / "manifest.json"
    if manifest.exists():
        known = json.loads(manifest.read_text())
        if known["documents"] == count and known.get("version") == GENERATOR_VERSION:
            return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    writer = Writer(rng)
    makers = _documents(writer)
    done: Counter[str] = Counter()
    total_bytes = references = lost = 0
    with (folder / TRUTH).open("w", encoding="utf-8") as truth:
        for start in range(0, count, PER_FILE):
            name = f"part-{start // PER_FILE:04d}.jsonl"
            with (folder / name).open("w", encoding="utf-8") as out:
                for i in range(start, min(count, start + PER_FILE)):
                    lang = _next_language(done, rng)
                    text = makers[lang]()
                    record = {"id": f"doc-{i}", "lang": lang, "text": text}
                    line = json.dumps(record, ensure_ascii=False)
                    out.write(line + "\n")
                    done[lang] += len(line)
                    total_bytes += len(line.encode("utf-8")) + 1
                    found, missed = writer.truth(text)
                    references += len(found)
                    lost += missed
                    for ref in found:
                        row = {"file": name, "line": i - start + 1, "record": record["id"], **ref}
                        truth.write(json.dumps(row, ensure_ascii=False) + "\n")
    manifest.write_text(
        json.dumps(
            {
                "documents": count,
                "bytes": total_bytes,
                "version": GENERATOR_VERSION,
                "references_true": references,
                "references_not_found_again": lost,
            }
        )
    )
    return folder


def peak_mib() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def bench_load(count: int) -> dict:
    from vanban.load import load

    folder = write_documents(count)
    db = OUT / f"store-{count}.db"
    for stale in OUT.glob(f"store-{count}.db*"):
        stale.unlink()
    started = time.perf_counter()
    report, graph = load(texts_of(folder), db)
    seconds = time.perf_counter() - started
    references = sum(graph.resolution.values())
    own, children = peak_mib()
    mb = json.loads((folder / "manifest.json").read_text())["bytes"] / 1e6
    return {
        "documents_in": count,
        "input_mb": round(mb, 1),
        "seconds": round(seconds, 2),
        "documents_per_s": round(count / seconds, 1),
        "references_per_s": round(references / seconds, 1),
        "references": references,
        "graph_documents": report.documents,
        "edges": sum(report.edges.values()),
        "store_mb": round(db.stat().st_size / 1e6, 1),
        "peak_rss_mib_self": round(own, 1),
        "peak_rss_mib_workers": round(children, 1),
        "store_build_seconds": report.seconds,
    }


def median(fn, runs: int = 5) -> float:
    """The median time of `runs` calls of `fn`, in seconds."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_lineage(count: int) -> dict:
    import networkx as nx

    from vanban.graph.nx import to_networkx
    from vanban.queries import library
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.lineage import lineage
    from vanban.store.read_graph import read_graph

    db = OUT / f"store-{count}.db"
    relations = ("IMPLEMENTS", "GUIDES", "CONTINUES")
    with EmbeddedBackend.open(db) as backend:
        top = library.run(backend, "most_implemented", limit=1)[0]
        key = backend.query(
            "MATCH (d:Document) WHERE d.number = $n RETURN d.key AS k", {"n": top["document"]}
        )[0]["k"]
        reached = sum(1 for _ in lineage(backend, key, "down", 6, relations).walk()) - 1
        walk_s = median(lambda: lineage(backend, key, "down", 6, relations))
        cypher_s = median(lambda: library.run(backend, "lineage_down", number=top["document"]))
    graph = to_networkx(read_graph(db))
    wanted = set(relations)
    view = nx.subgraph_view(graph, filter_edge=lambda u, v, k: k in wanted).reverse(copy=False)
    nx_reached = len(nx.single_source_shortest_path_length(view, key, cutoff=6)) - 1
    nx_s = median(lambda: nx.single_source_shortest_path_length(view, key, cutoff=6))
    number = top["document"]
    cli_s = median(
        lambda: subprocess.run(
            [*VANBAN, "lineage", number, "--down", "--db", str(db), "--json"],
            capture_output=True,
            check=True,
        ),
        runs=3,
    )
    start_s = median(
        lambda: subprocess.run([*VANBAN, "--help"], capture_output=True, check=True), runs=3
    )
    return {
        "document": number,
        "implementers": top["implementers"],
        "reached_depth6": reached,
        "networkx_reached": nx_reached,
        "store_walk_ms": round(walk_s * 1000, 2),
        "store_one_cypher_ms": round(cypher_s * 1000, 2),
        "networkx_walk_ms": round(nx_s * 1000, 3),
        "store_walk_vs_networkx": round(walk_s / nx_s, 1) if nx_s else None,
        "cli_lineage_ms": round(cli_s * 1000, 1),
        "cli_start_ms": round(start_s * 1000, 1),
        "cli_lineage_vs_start": round(cli_s / start_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="10000,100000", help="comma-separated sizes")
    args = parser.parse_args()
    sizes = [int(s) for s in args.docs.split(",")]
    results = {"load": [bench_load(n) for n in sizes]}
    results["lineage"] = bench_lineage(max(sizes))
    for row in results["load"]:
        print(
            f"load {row['documents_in']:>7} docs ({row['input_mb']} MB): {row['seconds']} s, "
            f"{row['documents_per_s']} docs/s, {row['references_per_s']} refs/s, "
            f"store {row['store_mb']} MB, peak RSS {row['peak_rss_mib_self']} MiB "
            f"(workers {row['peak_rss_mib_workers']} MiB)"
        )
    lin = results["lineage"]
    print(
        f"lineage of {lin['document']} down to depth 6 ({lin['reached_depth6']} reached; networkx "
        f"{lin['networkx_reached']}): store walk {lin['store_walk_ms']} ms, one Cypher query "
        f"{lin['store_one_cypher_ms']} ms, networkx {lin['networkx_walk_ms']} ms "
        f"(store/networkx {lin['store_walk_vs_networkx']}x)"
    )
    print(
        f"vanban lineage as a command: {lin['cli_lineage_ms']} ms, of which process start "
        f"(vanban --help) {lin['cli_start_ms']} ms ({lin['cli_lineage_vs_start']}x)"
    )
    (OUT / "load.json").write_text(json.dumps(results, indent=1))
    print(f"written {OUT / 'load.json'}")


if __name__ == "__main__":
    main()
