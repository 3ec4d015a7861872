"""The graph as batched, idempotent Cypher: built here, sent elsewhere.

Nothing in this module talks to a server. `push_statements` turns a `Graph` (and the rows
of the store's Source table) into `Statement`s, each one ``UNWIND $rows AS row MERGE ...``
with a batch of rows as its only parameter; `schema_statements` gives the uniqueness
constraints and indexes in the dialect of the server. Keeping the text apart from the
sending lets the same statements be linted by Neo4j's own parser (tests/lint), run on
the embedded twin (`bench/neo4j_twin.py`) and timed (bench/push_bench.py).

Every property is set one by one (``SET n.number = row.number, ...``) rather than with
``SET n += row``: LadybugDB does not parse ``+=``, and a null value then removes a stale
property on Neo4j, so pushing the same graph twice leaves the server as it was. A column
that is null in every row of a batch is set with the literal ``NULL`` and left out of the
rows: LadybugDB types such a column STRING and then refuses it for an INT64 or DOUBLE
property, and the rows get shorter. The property names are the store's
(`store.graph_tables`), so the same queries run on both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ...graph.model import Edge, Graph, fields_of
from ..graph_tables import (
    EDGE_COLUMNS,
    SCHEMA,
    evidence_firsts,
    evidence_values,
    node_table,
    unresolved_row,
)

NODE_ORDER = ("Document", "Organisation", "Source", "Unresolved", "Evidence")
"""Node labels in push order; every one is in `SCHEMA.nodes`. Neo4j holds the evidence
as the store does: one Evidence node a piece, an edge's numbered one after the other from
its `evidence` id, so that the shared queries fetch it the same way on both."""
FROM_KEY = "from_key"
TO_KEY = "to_key"
SECONDARY_INDEXES = {
    "Document": ("number", "province", "province_today", "level", "type_code", "year", "date"),
    "Organisation": ("province", "level"),
    "Source": ("document",),
    "Unresolved": ("canonical",),
    "Evidence": (),
}
"""Properties the query library filters on, indexed after the keys."""
DIALECTS = ("neo4j", "falkordb")


@dataclass(frozen=True)
class Statement:
    """One batch: Cypher text and its parameters (``{"rows": [...]}``)."""

    cypher: str
    params: dict[str, Any]
    kind: str  # "node" or "edge"
    label: str  # node label or relationship type

    @property
    def rows(self) -> int:
        return len(self.params["rows"])


# --------------------------------------------------------------------------- text


def _sets(var: str, columns: Iterable[str], nulls: AbstractSet[str]) -> str:
    return ",\n    ".join(
        f"{var}.{c} = NULL" if c in nulls else f"{var}.{c} = row.{c}" for c in columns
    )


def node_cypher(label: str, nulls: AbstractSet[str] = frozenset()) -> str:
    """``UNWIND $rows AS row MERGE`` one node per row by its key, then set every property
    (those in ``nulls`` to ``NULL``)."""
    columns, key = SCHEMA.nodes[label]
    sets = _sets("n", (c for c, _ in columns if c != key), nulls)
    return f"UNWIND $rows AS row\nMERGE (n:{label} {{{key}: row.{key}}})\nSET {sets}"


def edge_cypher(
    relation: str, from_label: str, to_label: str, nulls: AbstractSet[str] = frozenset()
) -> str:
    """Find both ends by key, ``MERGE`` the one edge of this type between them, set its
    confidence and the ids of its evidence (replacing what was there: a second push adds
    nothing)."""
    from_key = SCHEMA.nodes[from_label][1]
    to_key = SCHEMA.nodes[to_label][1]
    sets = _sets("r", (c for c, _ in EDGE_COLUMNS), nulls)
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{from_label} {{{from_key}: row.{FROM_KEY}}})\n"
        f"MATCH (b:{to_label} {{{to_key}: row.{TO_KEY}}})\n"
        f"MERGE (a)-[r:{relation}]->(b)\n"
        f"SET {sets}"
    )


def wipe_cypher(label: str) -> str:
    """Delete up to ``$limit`` nodes of one label (and their edges); run until it returns 0."""
    return f"MATCH (n:{label})\nWITH n LIMIT $limit\nDETACH DELETE n\nRETURN count(*) AS deleted"


EVIDENCE_IDS_CYPHER = (
    "MATCH (n:Evidence)\nWHERE n.id > $after\nRETURN n.id AS id\nORDER BY id\nLIMIT $limit"
)
"""One page of the Evidence ids the server holds: up to ``$limit`` after ``$after``, in
order (the key's index gives them sorted, so paging on the id costs a seek a page)."""
DELETE_EVIDENCE_CYPHER = (
    "UNWIND $ids AS i\nMATCH (n:Evidence {id: i})\nDETACH DELETE n\nRETURN count(*) AS deleted"
)
"""Delete the Evidence nodes of the ids ``$ids`` (by key, one lookup each)."""


def schema_statements(dialect: str, existing: Iterable[tuple[str, str]] = ()) -> list[str]:
    """Uniqueness constraints and indexes, in the server's own syntax.

    ``neo4j``: Neo4j 4.4 and 5 (``CREATE CONSTRAINT name IF NOT EXISTS FOR ... REQUIRE``,
    ``CREATE INDEX name IF NOT EXISTS FOR ... ON``); rerunning them is a no-op.
    ``falkordb``: FalkorDB's ``CREATE INDEX FOR (n:L) ON (n.p)`` for the keys and the
    same secondary properties. FalkorDB has no ``IF NOT EXISTS`` (a second ``CREATE
    INDEX`` is an error), so the (label, property) pairs already indexed are passed in
    ``existing`` and skipped; its unique constraints are made with the Redis command
    ``GRAPH.CONSTRAINT``, which Bolt cannot send, so there the key stays an index and
    ``MERGE`` alone keeps nodes unique.
    """
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; use one of {DIALECTS}")
    done = set(existing)
    out: list[str] = []
    for label in NODE_ORDER:
        key = SCHEMA.nodes[label][1]
        name = label.lower()
        if dialect == "neo4j":
            out.append(
                f"CREATE CONSTRAINT vanban_{name}_{key} IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
            )
            out += [
                f"CREATE INDEX vanban_{name}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
                for prop in SECONDARY_INDEXES[label]
            ]
        else:
            for prop in (key, *SECONDARY_INDEXES[label]):
                if (label, prop) not in done:
                    out.append(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
                    done.add((label, prop))
    return out


# --------------------------------------------------------------------------- rows


def _cast(kind: str, value: Any) -> Any:
    """A value as the store types it (ints where INT64, floats where DOUBLE, lists as lists)."""
    if value is None:
        return None
    if kind.endswith("[]"):
        return [_cast(kind[:-2], v) for v in value]
    if kind == "DOUBLE":
        return float(value)
    if kind == "INT64":
        return int(value)
    if kind == "BOOLEAN":
        return bool(value)
    return str(value) if kind == "STRING" else value


def node_row(label: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """One row of a node batch: every column of the label, typed, None where absent."""
    columns, _ = SCHEMA.nodes[label]
    return {c: _cast(kind, record.get(c)) for c, kind in columns}


def edge_row(edge: Edge, first: int) -> dict[str, Any]:
    """One row of an edge batch: both keys, the best confidence, and the ids of its
    Evidence nodes (`first` and the count)."""
    return {
        FROM_KEY: edge.source,
        TO_KEY: edge.target,
        "confidence": float(edge.confidence),
        "evidence_count": len(edge.evidence),
        "evidence": first,
    }


def first_evidence_ids(graph: Graph) -> dict[tuple[str, str, str], int]:
    """The id of each edge's first Evidence node: the store's, for a graph read from one
    (`Graph.evidence_ids`), so that Neo4j holds the ids the store does; else the graph's
    evidence numbered in its order of edges, each edge's one after the other (as a whole
    load numbers it)."""
    if graph.evidence_ids and all(key in graph.evidence_ids for key in graph.edges):
        return graph.evidence_ids
    return dict(zip(graph.edges, evidence_firsts(graph.edges.values()), strict=True))


def evidence_ids(graph: Graph) -> set[int]:
    """The ids of every Evidence node a push of `graph` sends: all a server keeps after it
    (`push.prune_evidence`)."""
    firsts = first_evidence_ids(graph)
    return {firsts[key] + i for key, edge in graph.edges.items() for i in range(len(edge.evidence))}


def evidence_records(graph: Graph) -> list[dict[str, Any]]:
    """The Evidence nodes of `graph`'s edges, numbered as `first_evidence_ids`, by id."""
    firsts = first_evidence_ids(graph)
    records = [
        evidence_values(e, firsts[key] + i)
        for key, edge in graph.edges.items()
        for i, e in enumerate(edge.evidence)
    ]
    return sorted(records, key=lambda r: r["id"])


def node_records(graph: Graph, sources: Sequence[Mapping[str, Any]] = ()) -> dict[str, list]:
    """The records of every node label, sorted by key (a stable push order)."""
    unresolved = [unresolved_row(u) for u in graph.unresolved]
    records: dict[str, list[Mapping[str, Any]]] = {
        "Document": [fields_of(d) for _, d in sorted(graph.documents.items())],
        "Organisation": [fields_of(o) for _, o in sorted(graph.organisations.items())],
        "Source": sorted(sources, key=lambda s: s["id"]),
        "Unresolved": sorted(unresolved, key=lambda u: u["key"]),
        "Evidence": evidence_records(graph),
    }
    return records


def edge_groups(graph: Graph) -> dict[tuple[str, str, str], list[Edge]]:
    """Edges by (relation, from label, to label), in schema order, each group sorted."""
    groups: dict[tuple[str, str, str], list[Edge]] = {}
    for relation, (_, pairs) in SCHEMA.rels.items():
        for a, b in pairs:
            groups[(relation, a, b)] = []
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        group = (edge.relation, node_table(edge.source), node_table(edge.target))
        if group not in groups:
            raise ValueError(f"edge {edge.key} joins labels the schema does not allow")
        groups[group].append(edge)
    return groups


def _batches(
    rows: Iterable[dict[str, Any]], size: int, keep: AbstractSet[str]
) -> Iterator[tuple[list[dict[str, Any]], frozenset[str]]]:
    """Batches of rows, each with the columns null in all its rows taken out of them."""
    it = iter(rows)
    while batch := list(islice(it, size)):
        nulls = frozenset(c for c in batch[0] if c not in keep and all(r[c] is None for r in batch))
        if nulls:
            batch = [{c: v for c, v in r.items() if c not in nulls} for r in batch]
        yield batch, nulls


def push_statements(
    graph: Graph, sources: Sequence[Mapping[str, Any]] = (), batch_size: int = 1000
) -> Iterator[Statement]:
    """Every statement of a push, nodes first (an edge finds its ends by key), lazily."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    for label, records in node_records(graph, sources).items():
        keep = {SCHEMA.nodes[label][1]}
        rows = (node_row(label, r) for r in records)
        for batch, nulls in _batches(rows, batch_size, keep):
            yield Statement(node_cypher(label, nulls), {"rows": batch}, "node", label)
    firsts = first_evidence_ids(graph)
    for (relation, a, b), edges in edge_groups(graph).items():
        keep = {FROM_KEY, TO_KEY}
        rows = (edge_row(e, firsts[e.key]) for e in edges)
        for batch, nulls in _batches(rows, batch_size, keep):
            yield Statement(edge_cypher(relation, a, b, nulls), {"rows": batch}, "edge", relation)


def statement_texts() -> list[str]:
    """The base text of every statement a push and a wipe send (with no NULL literals)."""
    texts = [node_cypher(label) for label in NODE_ORDER]
    texts += [edge_cypher(r, a, b) for r, (_, pairs) in SCHEMA.rels.items() for a, b in pairs]
    texts += [wipe_cypher(label) for label in NODE_ORDER]
    texts += [EVIDENCE_IDS_CYPHER, DELETE_EVIDENCE_CYPHER]
    return texts


def push_size(graph: Graph, sources: Sequence[Mapping[str, Any]] = ()) -> tuple[int, int]:
    """(nodes, edges) a push sends."""
    nodes = len(graph.documents) + len(graph.organisations) + len(sources) + len(graph.unresolved)
    nodes += sum(len(edge.evidence) for edge in graph.edges.values())
    return nodes, len(graph.edges)
