"""The bulk path against a real Neo4j: `vanban export --format csv` imported with Neo4j's
own `neo4j-admin database import full` (the command its import.txt gives, run as written
in that folder), then served by the test server (tests/neo4j, `neo4j_on_import`).

The imported graph is checked as the pushed one is in test_neo4j_server.py: read back
property by property against the store it came from, and every named query answered the
same on both engines. Then `vanban neo4j push` onto it changes nothing, so a graph loaded
in bulk can be kept up to date by pushes. A synthetic graph takes the export's corners
through the tool: list items holding every delimiter but the last, text over several
lines, quotes, backslashes, CJK, empty lists and evidence of one empty sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_neo4j_server import (  # real_db: the store of the corpus, seeds and tvpl rows
    AWKWARD,
    awkward_graph,
    named_query_problems,
    push_store,
    real_db,  # noqa: F401 - a fixture
    run_cli,
    snapshot,
    without_ids,
)

from vanban.export.admin_csv import write_admin_csv
from vanban.export.select import Selection
from vanban.graph.model import Graph
from vanban.queries.backend import EmbeddedBackend
from vanban.store.graph_tables import SCHEMA
from vanban.store.neo4j import Neo4jSettings
from vanban.store.neo4j.statements import edge_row, schema_statements
from vanban.store.neo4j_backend import Neo4jBackend


@pytest.fixture(scope="module")
def csv_folder(real_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    folder = tmp_path_factory.mktemp("admin-csv") / "import"
    done = run_cli("export", "--format", "csv", "-o", str(folder), "--db", str(real_db))
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture(scope="module")
def imported(csv_folder: Path, neo4j_on_import: Any) -> Iterator[tuple[Any, Any]]:
    """(the server on the imported database, what neo4j-admin reported)."""
    with neo4j_on_import(csv_folder) as served:
        yield served


@pytest.fixture(scope="module")
def backend(imported: tuple[Any, Any]) -> Iterator[Neo4jBackend]:
    server, _ = imported
    with Neo4jBackend.open(Neo4jSettings(server.uri, server.user, server.password)) as opened:
        yield opened


def test_the_imported_graph_reads_back_as_the_store_holds_it(
    real_db: Path,  # noqa: F811
    csv_folder: Path,
    imported: tuple[Any, Any],
    backend: Neo4jBackend,
) -> None:
    _, report = imported
    # after-import.cypher made the push's constraints and indexes, online before it ended
    expected = {s.split()[2] for s in schema_statements("neo4j")}  # "CREATE INDEX <name> …"
    indexes = backend.query("SHOW INDEXES YIELD name, state RETURN name, state")
    assert expected <= {r["name"] for r in indexes}
    assert {r["state"] for r in indexes} == {"ONLINE"}
    with EmbeddedBackend.open(real_db) as embedded:
        stored = snapshot(embedded)
    evidence = sum(r["evidence_count"] for rel in SCHEMA.rels for r in stored[rel])
    assert report.nodes == evidence + sum(
        len(stored[label]) for label in SCHEMA.nodes if label != "Evidence"
    )
    assert report.relationships == sum(len(stored[rel]) for rel in SCHEMA.rels)
    assert without_ids(snapshot(backend)) == stored
    # The data puts the export's choices to work: a value spanning lines, list items
    # that hold the default delimiter, Vietnamese text, evidence lists of several items.
    command = (csv_folder / "import.txt").read_text("utf-8")
    assert "--multiline-fields=true" in command and "--array-delimiter=;" not in command
    assert any(r["evidence_count"] > 1 for r in stored["IMPLEMENTS"])
    assert any("Đảng" in (r["title"] or "") for r in stored["Document"])


def test_every_named_query_agrees_on_the_imported_graph(
    real_db: Path,  # noqa: F811
    backend: Neo4jBackend,
) -> None:
    names, problems, answered = named_query_problems(real_db, backend)
    agree = len(names) - len(problems)
    line = f"{agree} of {len(names)} named queries agree between LadybugDB and Neo4j"
    print(f"\n{line} (imported with neo4j-admin)")
    assert not problems, f"{line}: {problems}"
    assert answered >= len(names) - 2


def test_a_push_onto_the_imported_graph_changes_nothing(
    real_db: Path,  # noqa: F811
    imported: tuple[Any, Any],
    backend: Neo4jBackend,
) -> None:
    """Last in this file: the push adds its constraints and indexes to the server."""
    server, _ = imported
    before = snapshot(backend, with_ids=True)
    summary = push_store(real_db, server)
    assert summary["nodes_Document"] == len(before["Document"])
    assert snapshot(backend, with_ids=True) == before  # the same nodes and edges, unchanged


# --------------------------------------------------------------------------- awkward data


def corner_case_graph() -> Graph:
    graph = awkward_graph(300)  # quotes, backslashes, Vietnamese, CJK, tabs in text
    docs = list(graph.documents.values())
    docs[0].aliases = ["a;b", "c|d", "e¦f", f"{AWKWARD}"]  # only the fourth delimiter is left
    docs[1].title = 'a title\non two lines, "quoted", with a \\ and 日本語'
    docs[2].aliases, docs[2].lookup, docs[2].issuers = [], [], []
    docs[3].aliases = ["", "after an empty item"]
    single = [e for e in graph.edges.values() if len(e.evidence) == 1]
    single[0].evidence[0].sentence = ""  # the list of one empty string that CSV drops
    single[0].evidence[0].surface = ""
    return graph


@pytest.fixture(scope="module")
def corner_graph() -> Graph:
    return corner_case_graph()


@pytest.fixture(scope="module")
def corner_backend(
    corner_graph: Graph, neo4j_on_import: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Neo4jBackend]:
    folder = tmp_path_factory.mktemp("admin-csv-corners")
    write_admin_csv(Selection(corner_graph), folder)
    with neo4j_on_import(folder) as (server, _):
        settings = Neo4jSettings(server.uri, server.user, server.password)
        with Neo4jBackend.open(settings) as opened:
            yield opened


def test_the_corners_of_the_csv_files_import_as_they_were(
    corner_graph: Graph, corner_backend: Neo4jBackend, tmp_path: Path
) -> None:
    write_admin_csv(Selection(corner_graph), tmp_path)
    assert "--array-delimiter=U+001F" in (tmp_path / "import.txt").read_text("utf-8")

    back = snapshot(corner_backend)
    columns = [c for c, _ in SCHEMA.nodes["Document"][0]]
    assert back["Document"] == sorted(
        ({c: getattr(doc, c) for c in columns} for doc in corner_graph.documents.values()),
        key=lambda row: row["key"],
    )
    assert sum(len(back[r]) for r in SCHEMA.rels) == len(corner_graph.edges)
    empty_sentence = 0
    for relation in SCHEMA.rels:
        for row in back[relation]:
            edge = corner_graph.edges[(row["from_key"], relation, row["to_key"])]
            summary = ("confidence", "evidence_count")
            assert {c: row[c] for c in summary} == {c: edge_row(edge, 0)[c] for c in summary}
            assert row["sentences"] == [e.sentence for e in edge.evidence]
            assert row["span_starts"] == [e.start for e in edge.evidence]
            empty_sentence += row["sentences"] == [""]
    assert empty_sentence == 1
