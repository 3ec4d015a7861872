"""Neo4j's own Cypher linter on everything vanban sends to Neo4j.

`tests/lint` runs `lintCypherQuery` of the npm package `@neo4j-cypher/language-support`
(Neo4j's parser and semantic analysis, offline) with node. Linted: every distinct
statement a push of the seed graph sends (nodes, edges, NULL-column variants), the wipe,
the schema statements, the connection checks, and every `queries/*.cypher` that Neo4j
runs (all but `*.ladybug.cypher`), its `// param NAME: TYPE` header lines declaring the
parameters. Errors fail; warnings are reported as pytest warnings.

Each text is linted as CYPHER 5, what Neo4j 5 runs. The linter takes a second or two a text
and a version, so CYPHER 25 (reported as warnings only) is linted when VANBAN_LINT_CYPHER25=1
asks for it.

Locally the test skips when node, npm or the package is missing (`npm ci --prefix
tests/lint` installs it); under CI (CI=true) a missing linter fails instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import warnings
from pathlib import Path
from typing import Any

import pytest

from vanban.store.graph_tables import EDGE_COLUMNS, SCHEMA
from vanban.store.neo4j import push_statements, schema_statements, statement_texts
from vanban.store.neo4j.statements import FROM_KEY, TO_KEY

REPO = Path(__file__).resolve().parents[1]
LINT = REPO / "tests" / "lint"
PACKAGE = LINT / "node_modules" / "@neo4j-cypher" / "language-support"
QUERIES = REPO / "queries"
_PARAM = re.compile(r"^//\s*param\s+(\w+)\s*:\s*(.+?)\s*$")
CONNECTION_CHECKS = [
    "RETURN 1 AS ok",
    "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
]


def _linter() -> str:
    node = shutil.which("node")
    problem = None
    if node is None:
        problem = "node is not installed"
    elif not PACKAGE.exists():
        problem = f"{PACKAGE.relative_to(REPO)} is missing (run `npm ci --prefix tests/lint`)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"the Cypher linter must run in CI: {problem}")
        pytest.skip(f"Neo4j's Cypher linter not available: {problem}")
    assert node is not None
    return node


def sample(kind: str) -> Any:
    """A value of a header type, for the linter to know the parameter's type."""
    kind = kind.strip().upper()
    if kind.startswith("LIST<") and kind.endswith(">"):
        return [sample(kind[5:-1])]
    return {
        "STRING": "x",
        "INTEGER": 1,
        "FLOAT": 1.5,
        "BOOLEAN": True,
        "MAP": {},
    }.get(kind, "x")


def header_params(text: str) -> dict[str, Any]:
    params = {}
    for line in text.splitlines():
        if not line.strip().startswith("//"):
            break
        if m := _PARAM.match(line.strip()):
            params[m.group(1)] = sample(m.group(2))
    return params


def lint(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    node = _linter()
    schema = {
        "labels": list(SCHEMA.nodes),
        "relationshipTypes": list(SCHEMA.rels),
        "propertyKeys": sorted(
            {c for cols, _ in SCHEMA.nodes.values() for c, _ in cols}
            | {c for c, _ in EDGE_COLUMNS}
            | {FROM_KEY, TO_KEY}  # the keys of an edge row
        ),
    }
    versions = ["CYPHER 5"] + (["CYPHER 25"] if os.environ.get("VANBAN_LINT_CYPHER25") else [])
    payload = json.dumps(
        [{"versions": versions, **schema, **item} for item in items], ensure_ascii=False
    )
    done = subprocess.run(
        [node, "lint.mjs"], input=payload, capture_output=True, text=True, cwd=LINT, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def check(items: list[dict[str, Any]]) -> None:
    results = lint(items)
    assert {r["name"] for r in results if r["version"] == "CYPHER 5"} == {i["name"] for i in items}
    errors = []
    for result in results:
        where = f"{result['name']} ({result['version']})"
        if result["version"] == "CYPHER 5":
            errors += [f"{where}: {e}" for e in result["errors"]]
        else:  # what Neo4j runs by default is Cypher 5; Cypher 25 is reported only
            result["warnings"] += result["errors"]
        for w in result["warnings"]:
            warnings.warn(f"Cypher lint {where}: {w}", stacklevel=1)
    assert not errors, "\n".join(errors)


@pytest.fixture(scope="module")
def seeds_push(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> list:
    from vanban.load import load
    from vanban.store import open_store

    db = tmp_path_factory.mktemp("lint") / "seeds.db"
    _, graph = load([seeds_dir], db, jobs=1)
    with open_store(db) as store:
        sources = store.read_table("Source").to_pylist()
    return [*push_statements(graph, sources, 2), *push_statements(graph, sources, 1000)]


def test_the_linter_catches_what_neo4j_would_refuse() -> None:
    results = lint(
        [
            {"name": "ladybug label()", "query": "MATCH ()-[r]->() RETURN label(r)"},
            {"name": "syntax", "query": "MATCH (n RETURN n"},
            {"name": "undeclared", "query": "RETURN $nope"},
            {"name": "fine", "query": "MATCH ()-[r]->() RETURN type(r)"},
        ]
    )
    by_name = {r["name"]: r for r in results if r["version"] == "CYPHER 5"}
    assert by_name["ladybug label()"]["errors"]
    assert by_name["syntax"]["errors"]
    assert by_name["undeclared"]["errors"]
    assert not by_name["fine"]["errors"]


def test_every_push_statement_lints_clean(seeds_push: list) -> None:
    items: dict[str, dict[str, Any]] = {}
    for statement in seeds_push:
        if statement.cypher not in items:
            items[statement.cypher] = {
                "name": f"push {statement.kind} {statement.label} #{len(items)}",
                "query": statement.cypher,
                "parameters": {"rows": statement.params["rows"][:1]},
            }
    assert len(items) >= len(SCHEMA.nodes)  # at least one text per label
    for i, text in enumerate(statement_texts()):
        items.setdefault(text, {"name": f"base #{i}", "query": text, "parameters": {}})
        items[text]["parameters"].setdefault("rows", [{}])
        items[text]["parameters"].update(limit=1, after=0, ids=[0])  # the Evidence prune's
    for dialect in ("neo4j", "falkordb"):
        for i, text in enumerate(schema_statements(dialect)):
            items.setdefault(text, {"name": f"schema {dialect} #{i}", "query": text})
    for i, text in enumerate(CONNECTION_CHECKS):
        items[text] = {"name": f"connection check #{i}", "query": text}
    check(list(items.values()))


def test_every_neo4j_query_of_the_library_lints_clean() -> None:
    files = sorted(f for f in QUERIES.glob("*.cypher") if not f.name.endswith(".ladybug.cypher"))
    if not files:
        pytest.skip(f"no .cypher files in {QUERIES}")
    items = []
    for f in files:
        text = f.read_text("utf-8")
        items.append({"name": f.name, "query": text, "parameters": header_params(text)})
    check(items)


def test_the_lineage_walks_built_in_python_lint_clean() -> None:
    from vanban.queries.lineage import ALL_RELATIONS, DEFAULT_RELATIONS, reach_query

    items = [
        {
            "name": f"reach {way} {rels}",
            "query": reach_query(way, list(rels), 6),
            "parameters": {"key": "x"},
        }
        for way in ("down", "up")
        for rels in (DEFAULT_RELATIONS, ALL_RELATIONS, ("IMPLEMENTS",))
    ]
    from vanban.queries.evidence import tree_evidence_query

    items += [
        {
            "name": f"evidence {way} {rels}",
            "query": tree_evidence_query(list(rels), way, "neo4j"),
            "parameters": {"keys": ["x"]},
        }
        for way in ("down", "up")
        for rels in (DEFAULT_RELATIONS, ALL_RELATIONS, ("IMPLEMENTS",))
    ]
    check(items)
