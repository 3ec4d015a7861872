"""The push to Neo4j without a Neo4j server: statements, the embedded twin, the CLI's
one-line errors and that credentials never show.

The twin (`bench/neo4j_twin.py`) is a LadybugDB database with the store's schema that
runs the very statements a push sends to Neo4j; reading it back must give the graph that
was pushed, and a second push must change nothing.
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j import exceptions as nx

from bench.neo4j_twin import EmbeddedTwin
from bench.synthetic_graph import synthetic_graph
from vanban.cli_neo4j import neo4j_group
from vanban.graph.model import Graph
from vanban.queries.evidence import with_evidence
from vanban.store.graph_tables import EDGE_COLUMNS, SCHEMA
from vanban.store.neo4j import (
    Neo4jSettings,
    explain,
    push_size,
    push_statements,
    safe_uri,
    schema_statements,
)

SECRET = "s3cret-Pa55-do-not-print"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[Path, Graph, list]:
    from vanban.load import load
    from vanban.store import open_store

    db = tmp_path_factory.mktemp("push") / "seeds.db"
    _, graph = load([seeds_dir], db, jobs=1)
    with open_store(db) as store:
        sources = store.read_table("Source").to_pylist()
    return db, graph, sources


def snapshot(twin: EmbeddedTwin) -> dict[str, Any]:
    """Every node and edge of the twin with every property, in a stable order."""
    out: dict[str, Any] = {}
    for label, (columns, key) in SCHEMA.nodes.items():
        props = ", ".join(f"n.{c} AS {c}" for c, _ in columns)
        out[label] = twin.query(f"MATCH (n:{label}) RETURN {props} ORDER BY n.{key}")
    props = ", ".join(f"r.{c} AS {c}" for c, _ in EDGE_COLUMNS)
    for relation in SCHEMA.rels:
        rows = twin.query(
            f"MATCH (a)-[r:{relation}]->(b) RETURN a.key AS from_key, b.key AS to_key, {props} "
            "ORDER BY from_key, to_key"
        )
        out[relation] = with_evidence(twin, rows)  # fetched by id, as a reader does
    return out


def counts(snap: dict[str, Any]) -> dict[str, int]:
    return {name: len(rows) for name, rows in snap.items()}


# --------------------------------------------------------------------------- statements


def test_statements_cover_the_graph_in_batches(seeds: tuple[Path, Graph, list]) -> None:
    _, graph, sources = seeds
    statements = list(push_statements(graph, sources, batch_size=3))
    nodes, edges = push_size(graph, sources)
    assert sum(s.rows for s in statements if s.kind == "node") == nodes
    assert sum(s.rows for s in statements if s.kind == "edge") == edges
    assert all(1 <= s.rows <= 3 for s in statements)
    assert all(s.cypher.startswith("UNWIND $rows AS row\n") for s in statements)
    assert [s.cypher for s in push_statements(graph, sources, 3)] == [s.cypher for s in statements]
    edge = next(s for s in statements if s.label == "IMPLEMENTS")
    row = edge.params["rows"][0]
    assert row["evidence_count"] >= 1 and "sentences" not in row  # ids, not lists
    evidence = [r for s in statements if s.label == "Evidence" for r in s.params["rows"]]
    assert len(evidence) == sum(len(e.evidence) for e in graph.edges.values())
    by_id = {r["id"]: r for r in evidence}
    ids = range(row["evidence"], row["evidence"] + row["evidence_count"])
    edge = graph.edges[(row["from_key"], "IMPLEMENTS", row["to_key"])]
    assert [by_id[i]["sentence"] for i in ids] == [e.sentence for e in edge.evidence]


def test_a_column_null_in_a_whole_batch_is_set_with_a_literal() -> None:
    graph = synthetic_graph(3)
    for doc in graph.documents.values():
        doc.title = None
    [first, *_] = push_statements(graph, (), 10)
    assert "n.title = NULL" in first.cypher
    assert all("title" not in row for row in first.params["rows"])


def test_schema_statements_per_dialect() -> None:
    neo4j = schema_statements("neo4j")
    assert "CREATE CONSTRAINT vanban_document_key IF NOT EXISTS FOR (n:Document) " in neo4j[0]
    assert all("IF NOT EXISTS" in s for s in neo4j)
    falkor = schema_statements("falkordb", existing={("Document", "key")})
    assert "CREATE INDEX FOR (n:Document) ON (n.key)" not in falkor
    assert "CREATE INDEX FOR (n:Organisation) ON (n.key)" in falkor
    with pytest.raises(ValueError):
        schema_statements("sparql")


# --------------------------------------------------------------------------- the twin


def test_twin_reads_back_the_graph_and_a_second_push_changes_nothing(
    seeds: tuple[Path, Graph, list],
) -> None:
    _, graph, sources = seeds
    with EmbeddedTwin() as twin:
        twin.run_all(push_statements(graph, sources, 2))
        first = snapshot(twin)
        twin.run_all(push_statements(graph, sources, 1000))
        second = snapshot(twin)
    assert second == first
    assert counts(first)["Document"] == len(graph.documents)
    assert counts(first)["Organisation"] == len(graph.organisations)
    assert counts(first)["Source"] == len(sources)
    assert sum(counts(first)[r] for r in SCHEMA.rels) == len(graph.edges)
    docs = {row["key"]: row for row in first["Document"]}
    for key, doc in graph.documents.items():
        assert docs[key] == {c: getattr(doc, c) for c, _ in SCHEMA.nodes["Document"][0]}
    for relation in SCHEMA.rels:
        for row in first[relation]:
            edge = graph.edges[(row["from_key"], relation, row["to_key"])]
            assert row["sentences"] == [e.sentence for e in edge.evidence]
            assert row["confidences"] == [e.confidence for e in edge.evidence]


def test_a_changed_graph_pushed_again_replaces_properties() -> None:
    graph = synthetic_graph(30)
    with EmbeddedTwin() as twin:
        twin.run_all(push_statements(graph, (), 7))
        key = next(iter(graph.documents))
        graph.documents[key].title = None
        graph.documents[key].aliases = ["X"]
        twin.run_all(push_statements(graph, (), 7))
        [row] = twin.query(
            "MATCH (n:Document) WHERE n.key = $key RETURN n.title AS t, n.aliases AS a",
            {"key": key},
        )
        assert row == {"t": None, "a": ["X"]}
        snap = snapshot(twin)
    assert counts(snap)["Document"] == 30


# --------------------------------------------------------------------------- errors


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_closed_port_gives_one_line_and_no_credentials(
    seeds: tuple[Path, Graph, list], caplog: pytest.LogCaptureFixture
) -> None:
    db, _, _ = seeds
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    env = {"VANBAN_NEO4J_USER": "reader", "VANBAN_NEO4J_PASSWORD": SECRET}
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(neo4j_group, ["push", "--db", str(db), "--uri", uri], env=env)
    assert result.exit_code == 1
    message = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert message == [
        f"Error: cannot reach a Bolt server at {uri} (is it running, and is the address right?)"
    ]
    assert SECRET not in result.output
    assert SECRET not in caplog.text
    assert "reader" not in result.output


def test_help_names_the_variables_but_never_their_values() -> None:
    env = {"VANBAN_NEO4J_PASSWORD": SECRET, "VANBAN_NEO4J_URI": "bolt://h:1"}
    result = CliRunner().invoke(neo4j_group, ["push", "--help"], env=env)
    assert result.exit_code == 0
    assert "VANBAN_NEO4J_PASSWORD" in result.output
    assert SECRET not in result.output


def test_a_malformed_uri_gives_one_line(seeds: tuple[Path, Graph, list]) -> None:
    db, _, _ = seeds
    result = CliRunner().invoke(
        neo4j_group, ["push", "--db", str(db), "--uri", "http://127.0.0.1:1"]
    )
    assert result.exit_code == 1
    assert (
        result.output.count("\n") <= 2
        and "Error: cannot use http://127.0.0.1:1: vanban speaks Bolt" in result.output
    )


def _server_error(code: str, message: str) -> nx.Neo4jError:
    """The exception the driver raises for a server FAILURE with this code (built by the
    driver's own hydration, as it does for a real reply)."""
    hydrate = getattr(nx.Neo4jError, "_hydrate_neo4j", None) or nx.Neo4jError.hydrate
    return hydrate(code=code, message=message)


def test_wrong_credentials_and_a_missing_database_read_in_one_line() -> None:
    settings = Neo4jSettings("neo4j+s://me:" + SECRET + "@db.example:7687", "me", SECRET, "nope")
    auth = _server_error(
        "Neo.ClientError.Security.Unauthorized",
        "The client is unauthorized due to authentication failure.",
    )
    assert isinstance(auth, nx.AuthError)
    missing = _server_error("Neo.ClientError.Database.DatabaseNotFound", "Graph not found: nope")
    for error, expected in (
        (auth, "refused the user name or password"),
        (missing, "has no database 'nope'"),
        (nx.ServiceUnavailable("Couldn't connect"), "cannot reach a Bolt server"),
    ):
        line = explain(error, settings)
        assert expected in line and "\n" not in line
        assert SECRET not in line and "me:" not in line
        assert "neo4j+s://db.example:7687" in line
    assert SECRET not in repr(settings)


def test_safe_uri_strips_userinfo() -> None:
    assert safe_uri("bolt://u:p@h:7687") == "bolt://h:7687"
    assert safe_uri("neo4j+s://abc.databases.neo4j.io") == "neo4j+s://abc.databases.neo4j.io"
