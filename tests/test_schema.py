"""`vanban schema`: labels, relationship types, properties and counts, on the embedded
store and on a real Neo4j server (the `neo4j_server` fixture) holding the same graph."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import neo4j
import pytest

from vanban.queries.backend import EmbeddedBackend
from vanban.store.graph_tables import SCHEMA


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VANBAN_NEO4J_")}
    return subprocess.run(
        [sys.executable, "-m", "vanban", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**clean, **(env or {})},
    )


def schema_rows(*args: str, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    result = run_cli("schema", *args, "--json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def counted(db: Path) -> dict[tuple[str, str], int]:
    """Every label's and type's count, counted here one by one."""
    with EmbeddedBackend.open(db) as backend:
        counts = {
            ("node", label): backend.query(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
            for label in SCHEMA.nodes
        }
        for relation in SCHEMA.rels:
            query = f"MATCH ()-[r:{relation}]->() RETURN count(r) AS n"
            counts[("relationship", relation)] = backend.query(query)[0]["n"]
    return counts


def test_the_embedded_schema_lists_every_table_with_its_count(example_db):
    rows = schema_rows("--db", str(example_db))
    found = {(r["kind"], r["name"]): r for r in rows}
    assert {k: r["count"] for k, r in found.items()} == counted(example_db)
    assert "Meta" not in {r["name"] for r in rows}  # the store's own bookkeeping
    document = found[("node", "Document")]
    columns, _key = SCHEMA.nodes["Document"]
    assert [p.split(": ")[0] for p in document["properties"]] == [c for c, _ in columns]
    assert "number: STRING" in document["properties"]  # with the engine's own type names
    implements = found[("relationship", "IMPLEMENTS")]
    assert implements["count"] > 0
    pairs = {c.rsplit(" (", 1)[0]: int(c.rsplit(" (", 1)[1][:-1]) for c in implements["connects"]}
    assert sum(pairs.values()) == implements["count"]
    assert set(pairs) <= {f"{a}→{b}" for a, b in SCHEMA.rels["IMPLEMENTS"][1]}
    kinds = [r["kind"] for r in rows]
    assert kinds == sorted(kinds, key=lambda k: k != "node")  # labels first, then types


def test_the_schema_table_is_readable(example_db):
    result = run_cli("schema", "--db", str(example_db))
    assert result.returncode == 0, result.stderr
    header, _rule, *lines = result.stdout.splitlines()
    assert header.split()[:3] == ["kind", "name", "count"]
    assert any(line.startswith("node") and " Document " in line for line in lines)
    assert any("Document→Document" in line for line in lines)


@pytest.fixture(scope="module")
def server_env(example_db: Path, neo4j_server: Any) -> dict[str, str]:
    """The sample corpus pushed to the Neo4j test server; its connection variables."""
    auth = (neo4j_server.user, neo4j_server.password)
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=auth) as driver:
        with driver.session() as session:  # Community has one database: start empty
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
        pushed = run_cli("neo4j", "push", "--db", str(example_db), env=neo4j_server.env())
        assert pushed.returncode == 0, pushed.stderr
    return neo4j_server.env()


def test_neo4j_gives_the_same_labels_types_and_counts(example_db, server_env):
    env = server_env
    on_server = schema_rows("--neo4j", env=env)
    embedded = schema_rows("--db", str(example_db))

    def counts(rows: list[dict[str, Any]]) -> dict[tuple[str, str], int]:
        return {(r["kind"], r["name"]): r["count"] for r in rows if r["count"]}

    assert counts(on_server) == counts(embedded)
    for row in on_server:
        if not row["count"]:
            continue
        mine = next(r for r in embedded if (r["kind"], r["name"]) == (row["kind"], row["name"]))
        assert row["connects"] == mine["connects"]
        names = {p.split(":")[0] for p in row["properties"]}
        assert names and names <= {p.split(":")[0] for p in mine["properties"]}
    document = next(r for r in on_server if r["name"] == "Document")
    assert "number: String" in document["properties"]


def test_cypher_on_neo4j_prints_nodes_and_relationships_short_too(example_db, server_env):
    query = (
        "MATCH p = (x:Document)-[r:IMPLEMENTS]->(d:Document {key: '33/CT-TTg@2021'}) "
        "RETURN x, r, d, p ORDER BY x.key"
    )
    tables = [
        run_cli("cypher", query, *where, env={**server_env, "COLUMNS": "400"})
        for where in (["--db", str(example_db)], ["--neo4j"])
    ]
    assert all(t.returncode == 0 for t in tables), [t.stderr for t in tables]
    embedded, server = (t.stdout for t in tables)
    assert "(:Document 33/CT-TTg)" in server and "[:IMPLEMENTS]" in server
    assert server == embedded  # the same short forms, row for row
    done = run_cli("cypher", query, "--neo4j", "--json", env=server_env)
    rows = json.loads(done.stdout)
    assert rows and all(r["r"]["_LABEL"] == "IMPLEMENTS" and r["r"]["evidence_count"] for r in rows)
    assert all(r["d"]["_LABEL"] == "Document" and r["d"]["key"] == "33/CT-TTg@2021" for r in rows)
