"""vanban against a real Neo4j Community server (tests/neo4j, the `neo4j_server` fixture).

The real graph (the sample corpus, the seeds and, when present, the tvpl rows of the
team corpus) is pushed with the command a user runs and read back property by property
against the embedded store it came from; pushed again, nothing changes; `--wipe` removes
what the store no longer has and nothing else. Then every named query of `queries/` runs
on both engines with the same parameters and the rows are compared, as do `vanban
lineage`, `vanban implementers` and `vanban cypher` with and without `--neo4j`.

Community Edition has one user database, so every test that writes starts with a wipe.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest

from bench.synthetic_graph import synthetic_graph
from vanban.graph.model import Graph
from vanban.queries import library
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.evidence import with_evidence
from vanban.store.graph_tables import EDGE_COLUMNS, SCHEMA
from vanban.store.neo4j import Neo4jSettings, push, push_statements, server_info
from vanban.store.neo4j_backend import Neo4jBackend, plain

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
QUERY_PARAMS: dict[str, Any] = {
    "number": "33/CT-TTg",
    "from": "63/KH-UBND",
    "to": "23-QĐ/TW",
    "province": "Thanh Hóa",
    "limit": 10,
    "key": "33/CT-TTg@2021",
    "keys": ["33/CT-TTg@2021", "52/KH-UBND@2022@Thanh Hóa", "23-QĐ/TW@XIII"],
    "relations": ["IMPLEMENTS", "GUIDES", "CONTINUES", "BASED_ON", "CITES"],
    "evidence_ids": [0, 1, 2, 10, 100],
}
"""Parameters of the named queries: documents of the sample corpus (see
tests/test_queries_library.py); `ids` is filled from the store."""
AWKWARD = (
    "O'Brien \"quoted\" back\\slash \\' Nghị quyết số 23-NQ/TW Đảng 中华人民共和国 日本語の文書 \t;"
)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`vanban ...` in a subprocess with only the given VANBAN_NEO4J_* variables."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VANBAN_NEO4J_")}
    return subprocess.run(
        [sys.executable, "-m", "vanban", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**clean, **(env or {})},
    )


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A store of the sample corpus, the seeds and the tvpl rows (when present)."""
    paths = [EXAMPLES, seeds_dir]
    tvpl = seeds_dir.parent / "real" / "tvpl.jsonl"
    if tvpl.exists():
        paths.append(tvpl)
    db = tmp_path_factory.mktemp("neo4j-real") / "real.db"
    done = run_cli("load", *map(str, paths), "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def backend(neo4j_server: Any) -> Iterator[Neo4jBackend]:
    settings = Neo4jSettings(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    with Neo4jBackend.open(settings) as opened:
        yield opened


@pytest.fixture(scope="module")
def driver(backend: Neo4jBackend) -> neo4j.Driver:
    return backend._driver


def push_store(db: Path, server: Any, *extra: str) -> dict[str, Any]:
    done = run_cli("neo4j", "push", "--db", str(db), "--json", *extra, env=server.env())
    assert done.returncode == 0, done.stderr
    [summary] = json.loads(done.stdout)
    return summary


def wipe_server(driver: neo4j.Driver) -> None:
    with driver.session() as session:  # CALL ... IN TRANSACTIONS needs an auto-commit query
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()


def snapshot(backend: Any, with_ids: bool = False) -> dict[str, list]:
    """Every node and edge with every property the store defines, sorted in Python (the
    engines collate strings differently), values as JSON knows them. An edge's evidence
    is fetched by its ids and compared as lists, not the ids (a push numbers it in the
    order it reads the edges, a load in the order it made them)."""
    out: dict[str, list] = {}
    ident = "elementId({}) AS element_id, " if with_ids else ""
    for label, (columns, key) in SCHEMA.nodes.items():
        if label == "Evidence":
            continue
        props = ", ".join(f"n.{c} AS {c}" for c, _ in columns)
        rows = backend.query(f"MATCH (n:{label}) RETURN {ident.format('n')}{props}")
        out[label] = sorted((plain(r) for r in rows), key=lambda r: r[key])
    props = ", ".join(f"r.{c} AS {c}" for c, _ in EDGE_COLUMNS)
    for relation in SCHEMA.rels:
        rows = backend.query(
            f"MATCH (a)-[r:{relation}]->(b) RETURN {ident.format('r')}a.key AS from_key, "
            f"b.key AS to_key, {props}"
        )
        rows = with_evidence(backend, [plain(r) for r in rows])
        for row in rows:
            del row["evidence"]
        out[relation] = sorted(rows, key=lambda r: (r["from_key"], r["to_key"]))
    return out


def without_ids(snap: dict[str, list]) -> dict[str, list]:
    return {
        k: [{c: v for c, v in r.items() if c != "element_id"} for r in rows]
        for k, rows in snap.items()
    }


# --------------------------------------------------------------------------- the push


def test_the_real_graph_pushes_reads_back_and_pushes_again_unchanged(
    real_db: Path, neo4j_server: Any, backend: Neo4jBackend, driver: neo4j.Driver
) -> None:
    wipe_server(driver)
    summary = push_store(real_db, neo4j_server, "--batch-size", "500")
    assert summary["agent"].startswith("Neo4j/5.26") and summary["dialect"] == "neo4j"
    with EmbeddedBackend.open(real_db) as embedded:
        stored = snapshot(embedded)
    first = snapshot(backend, with_ids=True)
    assert without_ids(first) == stored
    assert len(stored["Document"]) > 1000 and len(stored["IMPLEMENTS"]) > 100
    evidence = [r for r in stored["IMPLEMENTS"] if r["evidence_count"] > 1]
    assert evidence and all(len(r["sentences"]) == r["evidence_count"] for r in evidence)

    again = push_store(real_db, neo4j_server)  # another batch size, the same graph
    assert again["nodes_Document"] == summary["nodes_Document"]
    assert snapshot(backend, with_ids=True) == first  # same values, same nodes and edges

    names = {r["name"] for r in backend.query("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"vanban_document_key", "vanban_organisation_key", "vanban_source_id"} <= names
    indexes = backend.query("SHOW INDEXES YIELD name, state RETURN name, state")
    assert {r["name"] for r in indexes} >= {"vanban_document_number", "vanban_source_document"}
    assert {r["state"] for r in indexes} == {"ONLINE"}


def test_wipe_removes_what_the_store_lost_and_nothing_else(
    real_db: Path, neo4j_server: Any, backend: Neo4jBackend, driver: neo4j.Driver
) -> None:
    wipe_server(driver)
    push_store(real_db, neo4j_server)
    driver.execute_query("CREATE (:Keep {name: 'not vanban'}), (:Document {key: 'gone@1999'})")
    push_store(real_db, neo4j_server)
    assert backend.query("MATCH (d:Document {key: 'gone@1999'}) RETURN d.key AS k")  # kept
    summary = push_store(real_db, neo4j_server, "--wipe")
    assert summary["wiped_nodes"] > summary["nodes_Document"]
    assert not backend.query("MATCH (d:Document {key: 'gone@1999'}) RETURN d.key AS k")
    assert backend.query("MATCH (k:Keep) RETURN k.name AS name") == [{"name": "not vanban"}]
    with EmbeddedBackend.open(real_db) as embedded:
        assert without_ids(snapshot(backend)) == snapshot(embedded)


def evidence_by_id(backend: Any) -> dict[int, dict[str, Any]]:
    """Every Evidence node with every property the store defines, by id."""
    props = ", ".join(f"v.{c} AS {c}" for c, _ in SCHEMA.nodes["Evidence"][0])
    return {r["id"]: plain(r) for r in backend.query(f"MATCH (v:Evidence) RETURN {props}")}


def test_a_push_after_an_update_leaves_exactly_the_stores_evidence(
    tmp_path: Path, neo4j_server: Any, backend: Neo4jBackend, driver: neo4j.Driver
) -> None:
    """An update deletes the evidence rows of the edges it changes and numbers the new
    ones after the greatest id; pushed again without --wipe, the server must lose the old
    ids too, not keep them pointed at by no edge."""
    from vanban.load import load

    folder, db = tmp_path / "texts", tmp_path / "s.db"
    shutil.copytree(EXAMPLES, folder)
    load([folder], db, jobs=1)
    wipe_server(driver)
    push_store(db, neo4j_server)
    with EmbeddedBackend.open(db) as embedded:
        before = evidence_by_id(embedded)
    assert evidence_by_id(backend) == before

    changed = sorted(folder.glob("*.txt"))[1]
    text = changed.read_text("utf-8")
    changed.write_text(text.replace("2021", "2020", 1) + "\nCăn cứ Luật Đầu tư năm 2020;\n")
    report, _ = load([folder], db, jobs=1)
    assert report.changed == 1 and "store_apply" in report.seconds  # by difference
    with EmbeddedBackend.open(db) as embedded:
        after = evidence_by_id(embedded)
    gone = before.keys() - after.keys()
    assert gone and after.keys() - before.keys(), "the update replaced no evidence"

    summary = push_store(db, neo4j_server)
    assert evidence_by_id(backend) == after
    assert summary["evidence_pruned"] == len(gone)
    assert push_store(db, neo4j_server)["evidence_pruned"] == 0  # again: nothing to prune


def awkward_graph(documents: int) -> Graph:
    """A synthetic graph whose titles, sentences and sources hold quotes, backslashes,
    Vietnamese and CJK."""
    graph = synthetic_graph(documents, seed=14)
    for i, doc in enumerate(graph.documents.values()):
        if i % 7 == 0:
            doc.title = f"{AWKWARD} {i}"
    for i, edge in enumerate(graph.edges.values()):
        if i % 5 == 0 and edge.evidence:
            edge.evidence[0].sentence = f"{AWKWARD} «{i}»"
            edge.evidence[0].source = f"c:\\docs\\{i}'s.txt"
    return graph


def test_awkward_text_in_batches_of_ten_thousand(
    backend: Neo4jBackend, driver: neo4j.Driver
) -> None:
    wipe_server(driver)
    graph = awkward_graph(10_500)
    statements = list(push_statements(graph, (), 10_000))
    assert max(s.rows for s in statements) == 10_000
    report = push(driver, None, server_info(driver, None), statements)
    assert report.nodes["Document"] == len(graph.documents)

    back = snapshot(backend)
    assert len(back["Document"]) == len(graph.documents)
    for row in back["Document"]:
        doc = graph.documents[row["key"]]
        assert row == {c: getattr(doc, c) for c, _ in SCHEMA.nodes["Document"][0]}
    assert sum(len(back[r]) for r in SCHEMA.rels) == len(graph.edges)
    awkward = 0
    for relation in SCHEMA.rels:
        for row in back[relation]:
            edge = graph.edges[(row["from_key"], relation, row["to_key"])]
            assert row["sentences"] == [e.sentence for e in edge.evidence]
            assert row["sources"] == [e.source for e in edge.evidence]
            assert row["confidences"] == [e.confidence for e in edge.evidence]
            awkward += any(AWKWARD in s for s in row["sentences"])
    assert awkward > 100


def test_a_graph_without_some_relations_answers_without_server_notices(
    neo4j_server: Any, driver: neo4j.Driver
) -> None:
    """Neo4j warns that a relationship type it has never stored "does not exist"; on a
    graph with no REPEALS yet that is no news, and it once came out as a stderr line per
    type and query."""
    wipe_server(driver)
    graph = synthetic_graph(30, seed=3)
    push(driver, None, server_info(driver, None), push_statements(graph, (), 100))
    done = run_cli("cypher", "--neo4j", "--name", "stats", "--json", env=neo4j_server.env())
    assert done.returncode == 0, done.stderr
    counts = {row["kind"]: row["count"] for row in json.loads(done.stdout)}
    assert counts["REPEALS"] == 0 and counts["Document"] == 30
    assert done.stderr == ""


# --------------------------------------------------------------------------- both engines


def order_columns(text: str) -> list[str]:
    """The RETURN names of the query's last ORDER BY, in order."""
    code = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    found = re.findall(r"ORDER BY\s+(.+?)\s*(?:LIMIT\b|$)", code, flags=re.S)
    if not found:
        return []
    return [part.split()[0] for part in found[-1].split(",")]


def _canonical(row: dict[str, Any]) -> str:
    return json.dumps(plain(row), sort_keys=True, ensure_ascii=False)


def disagreement(query: library.NamedQuery, ours: list[dict], theirs: list[dict]) -> str | None:
    """Why two answers differ, or None. Rows compare as multisets; a query with ORDER BY
    must also give its sort columns in the same sequence. With LIMIT, rows that tie with
    the last one on every sort column may differ (either engine may cut there)."""
    order = order_columns(query.text)
    limited = re.search(r"^LIMIT\b", query.text, flags=re.M) is not None
    if query.name == "path_between":
        # Several shortest paths may join the two documents; each engine returns one.
        def shape(rows: list[dict]) -> list[tuple]:
            return sorted((r["steps"], r["chain"][0], r["chain"][-1]) for r in rows)

        return None if shape(ours) == shape(theirs) else f"{shape(ours)} != {shape(theirs)}"
    if order:
        keys = [[_canonical({c: r[c]}) for c in order] for r in ours]
        their_keys = [[_canonical({c: r[c]}) for c in order] for r in theirs]
        if keys != their_keys:
            return f"sort columns {order} differ: {keys[:5]} != {their_keys[:5]}"
        if limited and ours:
            last = keys[-1]
            ours = [r for r, k in zip(ours, keys, strict=True) if k != last]
            theirs = [r for r, k in zip(theirs, their_keys, strict=True) if k != last]
    a, b = Counter(map(_canonical, ours)), Counter(map(_canonical, theirs))
    if a != b:
        return f"rows differ: only LadybugDB {list(a - b)[:2]}, only Neo4j {list(b - a)[:2]}"
    return None


def test_the_comparison_sees_changed_rows_and_a_changed_order() -> None:
    ordered = library.get("lineage_down", "neo4j")  # ORDER BY steps, date
    rows = [{"key": "a", "steps": 1, "date": "2021"}, {"key": "b", "steps": 2, "date": "2020"}]
    assert disagreement(ordered, rows, rows) is None
    assert disagreement(ordered, rows, rows[::-1]) is not None
    assert disagreement(ordered, rows, [rows[0], {**rows[1], "key": "c"}]) is not None
    tie = [{"key": "a", "steps": 1, "date": "2021"}, {"key": "b", "steps": 1, "date": "2021"}]
    assert disagreement(ordered, tie, tie[::-1]) is None  # ties may come in any order
    unordered = library.get("children", "neo4j")
    assert disagreement(unordered, rows, rows[::-1]) is None
    limited = library.get("most_cited", "neo4j")  # ORDER BY mentions DESC, document LIMIT
    cut = [
        {"document": "x", "mentions": 3, "title": "t"},
        {"document": "y", "mentions": 2, "title": "u"},
    ]
    other = [cut[0], {**cut[1], "title": "v"}]
    assert disagreement(limited, cut, other) is None  # the last tie at the cut may differ
    assert disagreement(limited, cut, [{**cut[0], "title": "v"}, cut[1]]) is not None


def named_query_problems(db: Path, backend: Neo4jBackend) -> tuple[list[str], dict[str, str], int]:
    """Every named query on the store ``db`` and on the server, with the same parameters:
    the names, why each one that differs or fails does, and how many found rows."""
    names = library.names()
    problems: dict[str, str] = {}
    answered = 0
    with EmbeddedBackend.open(db) as embedded:
        ids = [r["id"] for r in embedded.query("MATCH (s:Source) RETURN s.id AS id LIMIT 5")]
        given = {**QUERY_PARAMS, "ids": ids}
        for name in names:
            twins = {engine: library.get(name, engine) for engine in ("ladybug", "neo4j")}
            missing = {p for q in twins.values() for p in q.params} - set(given)
            if missing:
                problems[name] = f"no sample value for {sorted(missing)}: add to QUERY_PARAMS"
                continue
            rows = {}
            for engine, where in (("ladybug", embedded), ("neo4j", backend)):
                params = {p: given[p] for p in twins[engine].params}
                try:
                    rows[engine] = library.run(where, name, **params)
                except Exception as error:  # noqa: BLE001 - named in the report below
                    problems[name] = f"{twins[engine].filename} failed: {error}"
            if name in problems:
                continue
            answered += bool(rows["ladybug"])
            if why := disagreement(twins["neo4j"], rows["ladybug"], rows["neo4j"]):
                problems[name] = why
    return names, problems, answered


def test_every_named_query_agrees_between_ladybugdb_and_neo4j(
    real_db: Path, neo4j_server: Any, backend: Neo4jBackend, driver: neo4j.Driver
) -> None:
    wipe_server(driver)
    push_store(real_db, neo4j_server)
    names, problems, answered = named_query_problems(real_db, backend)
    agree = len(names) - len(problems)
    line = f"{agree} of {len(names)} named queries agree between LadybugDB and Neo4j"
    print(f"\n{line}")
    assert not problems, f"{line}: {problems}"
    assert answered >= len(names) - 2  # the parameters find something almost everywhere


def test_lineage_implementers_and_cypher_answer_the_same_with_and_without_neo4j(
    real_db: Path, neo4j_server: Any, driver: neo4j.Driver
) -> None:
    wipe_server(driver)
    push_store(real_db, neo4j_server)
    for command in (
        ["lineage", "33/2021/CT-TTg"],
        ["lineage", "33/CT-TTg", "--year", "2021", "--up"],
        ["lineage", "23-QĐ/TW", "--depth", "3"],
        ["lineage", "33/CT-TTg"],  # two documents: both say so, in the same words
        ["cypher", "--name", "implementers", "-p", "number=33/2021/CT-TTg"],
        ["implementers", "33/2021/CT-TTg"],
        ["implementers", "23-QĐ/TW", "--by", "level", "--depth", "2"],
    ):
        embedded = run_cli(*command, "--db", str(real_db), "--json")
        server = run_cli(*command, "--neo4j", "--json", env=neo4j_server.env())
        assert (server.returncode, server.stderr) == (embedded.returncode, embedded.stderr)
        if embedded.returncode == 0:
            assert json.loads(embedded.stdout), command
            assert json.loads(server.stdout) == json.loads(embedded.stdout), command
        else:
            assert "fits 2 documents" in embedded.stderr


# --------------------------------------------------------------------------- errors


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("Error:")]
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr
    return errors[0]


def test_a_wrong_password_and_a_missing_database_each_give_one_line(
    example_db: Path, neo4j_server: Any
) -> None:
    wrong = {**neo4j_server.env(), "VANBAN_NEO4J_PASSWORD": "not-the-Pa55word"}
    line = one_error_line(run_cli("neo4j", "push", "--db", str(example_db), env=wrong))
    assert line == (
        f"Error: the server at {neo4j_server.uri} refused the user name or password "
        "(check --user/--password or VANBAN_NEO4J_USER/VANBAN_NEO4J_PASSWORD)"
    )
    assert "not-the-Pa55word" not in line

    missing = {**neo4j_server.env(), "VANBAN_NEO4J_DATABASE": "nowhere"}
    line = one_error_line(run_cli("cypher", "--neo4j", "--name", "stats", env=missing))
    assert line.startswith(f"Error: the server at {neo4j_server.uri} has no database 'nowhere'")
