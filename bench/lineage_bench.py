"""Lineage speed in process (issue 11, item 4), on a synthetic store of `bench/load_bench.py`.

    python -m bench.lineage_bench --docs 10000     # builds the store once (about 2 min)
    python -m bench.lineage_bench --docs 100000    # about 10 min to build, then reused

On the store of N documents (built, or reused from bench/out):

(a) `lineage(backend, key, "down")` for 100 random documents that have implementers
    (seeded): median and p95 in ms, the adjacency already read (the first call of the
    open store, which reads it, is reported apart);
(b) the largest downstream tree (the biggest of the 20 most directly implemented
    documents): vanban's whole lineage, node fields and every piece of evidence, against
    networkx on the same graph read from the store: a breadth-first walk over the same
    relations to the same depth, with each reached node's attributes and the edge data
    of its link (graph loading excluded), as a ratio; the two must reach the same nodes
    at the same depths;
(c) the same lineage with `limit=50` (the first page, evidence for those rows only).

Times are medians of repeated calls; (b) and (c) take turns with networkx, so that other
work on a shared machine costs both alike, and give CPU time (this process, all threads)
beside the wall clock; figures go to bench/out/lineage-N.json; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

from bench.load_bench import OUT
from bench.whole_graph_bench import store_of

DEPTH = 6
PAGE = 50


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def timed(fn: Any, runs: int) -> tuple[float, Any]:
    """The median time of `runs` calls of `fn` in seconds, and its last answer."""
    times, answer = [], None
    for _ in range(runs):
        started = time.perf_counter()
        answer = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), answer


def implemented_keys(backend: Any) -> list[str]:
    rows = backend.query(
        "MATCH (x)-[:IMPLEMENTS|GUIDES|CONTINUES]->(d:Document) "
        "RETURN d.key AS key, count(*) AS n ORDER BY n DESC, key"
    )
    return [r["key"] for r in rows]


def typical(backend: Any, keys: list[str], samples: int, seed: int) -> dict[str, Any]:
    from vanban.queries.lineage import lineage

    chosen = random.Random(seed).sample(sorted(keys), min(samples, len(keys)))
    times, sizes = [], []
    for key in chosen:
        started = time.perf_counter()
        root = lineage(backend, key, "down", DEPTH)
        times.append(time.perf_counter() - started)
        sizes.append(sum(1 for _ in root.walk()))
    times.sort()
    return {
        "documents": len(chosen),
        "median_ms": _ms(statistics.median(times)),
        "p95_ms": _ms(times[min(len(times) - 1, round(0.95 * len(times)) - 1)]),
        "max_ms": _ms(times[-1]),
        "median_nodes": statistics.median(sizes),
        "max_nodes": max(sizes),
    }


def networkx_walk(graph: Any, key: str, relations: tuple[str, ...]) -> dict[str, Any]:
    """What a lineage down gives, in networkx: each reached node's depth, its attributes
    and the data of every chosen edge from it to its parent in the breadth-first tree."""
    import networkx as nx

    wanted = set(relations)
    view = nx.subgraph_view(graph, filter_edge=lambda u, v, k: k in wanted).reverse(copy=False)
    reached: dict[str, Any] = {}
    depth = {key: 0}
    for parent, child in nx.bfs_edges(view, key, depth_limit=DEPTH):
        depth[child] = depth[parent] + 1
        edges = [data for relation, data in graph[child][parent].items() if relation in wanted]
        reached[child] = (depth[child], graph.nodes[child], edges)
    return reached


def alternated(fns: dict[str, Any], runs: int) -> dict[str, dict[str, float]]:
    """Each function called `runs` times, taking turns (so that other work on a shared
    machine costs them alike): median wall and CPU seconds of each."""
    wall: dict[str, list[float]] = {name: [] for name in fns}
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            started, used = time.perf_counter(), time.process_time()
            fn()
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - used)
    return {
        name: {"wall": statistics.median(wall[name]), "cpu": statistics.median(cpu[name])}
        for name in fns
    }


def largest_tree(db: Path, backend: Any, keys: list[str], runs: int) -> dict[str, Any]:
    from vanban.graph.nx import to_networkx
    from vanban.queries.adjacency import adjacency_of, relation_mask
    from vanban.queries.lineage import DEFAULT_RELATIONS, lineage
    from vanban.store.read_graph import read_graph

    adjacency = adjacency_of(backend.store)
    mask = relation_mask(DEFAULT_RELATIONS)
    key = max(keys[:20], key=lambda k: (len(adjacency.reach(k, "down", DEPTH, mask)), k))
    graph = to_networkx(read_graph(db))
    root = lineage(backend, key, "down", DEPTH)
    reached = networkx_walk(graph, key, DEFAULT_RELATIONS)
    times = alternated(
        {
            "vanban": lambda: lineage(backend, key, "down", DEPTH),
            "page": lambda: lineage(backend, key, "down", DEPTH, limit=PAGE),
            "networkx": lambda: networkx_walk(graph, key, DEFAULT_RELATIONS),
        },
        runs,
    )
    ours = {n.key: n.depth for n in root.walk() if n is not root}
    theirs = {k: v[0] for k, v in reached.items()}
    whole, page, nx_ = times["vanban"], times["page"], times["networkx"]
    return {
        "document": key,
        "nodes": len(ours) + 1,
        "evidence": sum(len(n.evidence) for n in root.walk()),
        "same_nodes_and_depths_as_networkx": ours == theirs,
        "vanban_ms": _ms(whole["wall"]),
        "networkx_ms": _ms(nx_["wall"]),
        "vanban_vs_networkx": round(whole["wall"] / nx_["wall"], 2),
        "vanban_cpu_ms": _ms(whole["cpu"]),
        "networkx_cpu_ms": _ms(nx_["cpu"]),
        "vanban_vs_networkx_cpu": round(whole["cpu"] / nx_["cpu"], 2),
        "first_page_ms": _ms(page["wall"]),
        "first_page_vs_networkx": round(page["wall"] / nx_["wall"], 2),
    }


def bench(count: int, samples: int, seed: int, runs: int) -> dict[str, Any]:
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.lineage import lineage

    db = store_of(count)
    with EmbeddedBackend.open(db) as backend:
        keys = implemented_keys(backend)
        started = time.perf_counter()
        lineage(backend, keys[-1], "down", DEPTH)  # reads the adjacency
        first = time.perf_counter() - started
        return {
            "documents_in": count,
            "implemented_documents": len(keys),
            "first_call_ms": _ms(first),
            "typical": typical(backend, keys, samples, seed),
            "largest": largest_tree(db, backend, keys, runs),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="store size in documents")
    parser.add_argument("--samples", type=int, default=100, help="documents for (a)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=9, help="repeats for (b) and (c)")
    args = parser.parse_args()
    result = bench(args.docs, args.samples, args.seed, args.runs)
    t, big = result["typical"], result["largest"]
    print(
        f"lineage on {result['documents_in']} documents: first call (reads the adjacency) "
        f"{result['first_call_ms']} ms"
    )
    print(
        f"(a) typical lineage down, {t['documents']} documents with implementers: median "
        f"{t['median_ms']} ms, p95 {t['p95_ms']} ms (median {t['median_nodes']} nodes)"
    )
    print(
        f"(b) largest tree {big['document']} ({big['nodes']} nodes, {big['evidence']} pieces "
        f"of evidence): vanban {big['vanban_ms']} ms, networkx {big['networkx_ms']} ms "
        f"({big['vanban_vs_networkx']}x; CPU {big['vanban_cpu_ms']} ms against "
        f"{big['networkx_cpu_ms']} ms, {big['vanban_vs_networkx_cpu']}x); same nodes and "
        f"depths: {big['same_nodes_and_depths_as_networkx']}"
    )
    print(
        f"(c) its first page (--limit {PAGE}): {big['first_page_ms']} ms "
        f"({big['first_page_vs_networkx']}x networkx's whole walk)"
    )
    target = OUT / f"lineage-{args.docs}.json"
    target.write_text(json.dumps(result, indent=1))
    print(f"written {target}")


if __name__ == "__main__":
    main()
