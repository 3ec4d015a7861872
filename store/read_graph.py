"""Read the whole graph back from a store."""

from __future__ import annotations

from pathlib import Path

from ..graph.model import Graph
from .graph_tables import EDGE_COLUMNS, SCHEMA, all_evidence, graph_from_rows
from .read import open_store


def read_graph(db: str | Path) -> Graph:
    with open_store(db) as store:
        documents = store.read_table("Document").to_pylist()
        organisations = store.read_table("Organisation").to_pylist()
        unresolved = store.read_table("Unresolved").to_pylist()
        props = ", ".join(f"r.{c} AS {c}" for c, _ in EDGE_COLUMNS)
        edges = []
        for relation in SCHEMA.rels:
            rows = store.query(
                f"MATCH (a)-[r:{relation}]->(b) RETURN a.key AS `from`, b.key AS `to`, {props}"
            )
            edges += [{**row, "relation": relation} for row in rows]
        evidence = all_evidence(store)
    return graph_from_rows(documents, organisations, edges, unresolved, evidence)
