"""Sending a push: schema first, an optional wipe, then every batch in its own transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import neo4j

from ...graph.model import Graph
from .connect import ServerInfo
from .statements import (
    DELETE_EVIDENCE_CYPHER,
    EVIDENCE_IDS_CYPHER,
    NODE_ORDER,
    Statement,
    schema_statements,
    wipe_cypher,
)

WIPE_BATCH = 10_000
PRUNE_PAGE = 10_000
"""Evidence ids read from the server at a time; the strays among them go in one
transaction."""
Progress = Callable[[Statement], None]


@dataclass
class PushReport:
    """What a push sent (rows given, not rows changed: a second push sends the same)."""

    server: str
    dialect: str
    schema_statements: int = 0
    wiped: int = 0
    evidence_pruned: int = 0
    nodes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    seconds: float = 0.0


def existing_indexes(driver: neo4j.Driver, database: str | None) -> set[tuple[str, str]]:
    """(label, property) pairs a FalkorDB graph has indexed already."""
    with driver.session(database=database) as session:
        rows = session.run("CALL db.indexes() YIELD label, properties RETURN *").data()
    return {(r["label"], p) for r in rows for p in r.get("properties") or []}


def apply_schema(driver: neo4j.Driver, database: str | None, info: ServerInfo) -> int:
    """Create the constraints and indexes; each is its own auto-commit statement (schema
    changes cannot share a transaction with writes on Neo4j)."""
    existing = existing_indexes(driver, database) if info.dialect == "falkordb" else set()
    statements = schema_statements(info.dialect, existing)
    with driver.session(database=database) as session:
        for cypher in statements:
            session.run(cypher).consume()
    return len(statements)


def wipe(driver: neo4j.Driver, database: str | None) -> int:
    """Delete vanban's nodes (and their edges) in bounded transactions; other labels stay."""
    deleted = 0
    with driver.session(database=database) as session:
        for label in NODE_ORDER:
            cypher = wipe_cypher(label)
            while True:
                count = session.execute_write(_count_deleted, cypher)
                deleted += count
                if count == 0:
                    break
    return deleted


def _count_deleted(tx: neo4j.ManagedTransaction, cypher: str) -> int:
    record = tx.run(cypher, limit=WIPE_BATCH).single()
    return int(record["deleted"]) if record else 0


def _evidence_page(tx: neo4j.ManagedTransaction, after: int) -> list[int]:
    return [r["id"] for r in tx.run(EVIDENCE_IDS_CYPHER, after=after, limit=PRUNE_PAGE)]


def _delete_evidence(tx: neo4j.ManagedTransaction, ids: list[int]) -> int:
    record = tx.run(DELETE_EVIDENCE_CYPHER, ids=ids).single()
    return int(record["deleted"]) if record else 0


def prune_evidence(driver: neo4j.Driver, database: str | None, keep: AbstractSet[int]) -> int:
    """Delete the server's Evidence nodes whose ids are not in `keep`, and return how many.

    An update of the store deletes the evidence rows of the edges it changes and numbers
    the new ones after the greatest id, so a push without --wipe would leave the old ids
    on the server, pointed at by no edge. The server's ids are read a page at a time in
    order (each page starting after the last id seen, so deleting does not shift the
    pages) and the strays of each page deleted in one transaction."""
    deleted = 0
    after = -(2**63)  # below any id
    with driver.session(database=database) as session:
        while ids := session.execute_read(_evidence_page, after):
            strays = [i for i in ids if i not in keep]
            if strays:
                deleted += session.execute_write(_delete_evidence, strays)
            after = ids[-1]
    return deleted


def _write(tx: neo4j.ManagedTransaction, statement: Statement) -> None:
    tx.run(statement.cypher, statement.params).consume()


def send(
    driver: neo4j.Driver,
    database: str | None,
    statements: Iterable[Statement],
    progress: Progress | None = None,
) -> tuple[dict[str, int], dict[str, int], int]:
    """Run every batch with ``execute_write`` (the driver retries transient errors and
    lost leaders). Returns rows sent per node label, per relation, and the batch count."""
    nodes: dict[str, int] = {}
    edges: dict[str, int] = {}
    batches = 0
    with driver.session(database=database) as session:
        for statement in statements:
            session.execute_write(_write, statement)
            counts = nodes if statement.kind == "node" else edges
            counts[statement.label] = counts.get(statement.label, 0) + statement.rows
            batches += 1
            if progress:
                progress(statement)
    return nodes, edges, batches


def push(
    driver: neo4j.Driver,
    database: str | None,
    info: ServerInfo,
    statements: Iterable[Statement],
    *,
    wipe_first: bool = False,
    keep_evidence: AbstractSet[int] | None = None,
    progress: Progress | None = None,
) -> PushReport:
    """Schema, optional wipe, then the batches; idempotent (MERGE on keys, SET of all).
    With `keep_evidence` (the ids the statements send, `statements.evidence_ids`), the
    server's other Evidence nodes are deleted after the batches, so that it holds exactly
    the store's evidence without a wipe."""
    started = time.perf_counter()
    report = PushReport(server=info.agent, dialect=info.dialect)
    report.schema_statements = apply_schema(driver, database, info)
    if wipe_first:
        report.wiped = wipe(driver, database)
    report.nodes, report.edges, report.batches = send(driver, database, statements, progress)
    if keep_evidence is not None and not wipe_first:
        report.evidence_pruned = prune_evidence(driver, database, keep_evidence)
    report.seconds = time.perf_counter() - started
    return report


def read_push_input(db: str | Path) -> tuple[Graph, list[dict[str, Any]]]:
    """The graph and the Source rows of an embedded store: what a push sends."""
    from ..read import open_store
    from ..read_graph import read_graph

    graph = read_graph(db)
    with open_store(db) as store:
        sources = store.read_table("Source").to_pylist()
    return graph, sources
