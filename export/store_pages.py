"""The graph of a store read a page at a time, as graph objects, for exports that stream.

Documents (and organisations) come in pages of the engine's node offsets; the edges
leaving a page's nodes come with it, one query per relation over the page's range. Sources are read
without their packed facts. Memory holds one page, whatever the size of the store.

Given a way to open the store rather than an open store, each page is read on a store
opened for it: measured on 100,000 documents, LadybugDB's buffer pool (capped for the
export) filled up across the pages' queries of one connection and refused a query after
14 pages, while the same pages each read on a fresh store all ran, in the same capped pool.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..graph.model import Document, Edge, Organisation, Unresolved
from ..store import Store
from ..store.graph_tables import (
    DOCUMENT_COLUMNS,
    EDGE_COLUMNS,
    ORGANISATION_COLUMNS,
    SCHEMA,
    UNRESOLVED_COLUMNS,
    evidence_of_rows,
)

PAGE = 5000
"""Nodes a page: the edges of 5,000 documents of the synthetic corpus hold ~50 MB of text."""
SOURCE_COLUMNS = ("id", "path", "format", "language", "title", "document")

GraphObject = Document | Organisation | Edge | Unresolved | dict[str, Any]
StoreSource = Store | Callable[[], Store]
"""An open store, or a function that opens one (then each page is read on its own)."""


@contextmanager
def _opened(source: StoreSource) -> Iterator[Store]:
    if isinstance(source, Store):
        yield source
        return
    store = source()
    try:
        yield store
    finally:
        store.close()


def _pages(
    source: StoreSource, table: str, columns: list[str], page: int, edges: bool = False
) -> Iterator[tuple[list[dict[str, Any]], list[Edge]]]:
    """Rows of `table` a page at a time, with the edges leaving them if `edges`.

    Pages are ranges of the engine's node offsets (``offset(id(n))``: 0 to N-1 in a table
    the store copied in whole), so no page needs a sort of the remaining rows, which held
    every one of them in the engine and took time quadratic in the table."""
    with _opened(source) as store:
        found = store.query(f"MATCH (n:{table}) RETURN max(offset(id(n))) AS last")
    last = found[0]["last"] if found else None
    if last is None:
        return
    returns = ", ".join(f"n.{c} AS {c}" for c in columns)
    for low in range(0, int(last) + 1, page):
        high = low + page
        with _opened(source) as store:
            rows = store.query_arrow(
                f"MATCH (n:{table}) WHERE offset(id(n)) >= $low AND offset(id(n)) < $high "
                f"RETURN {returns}",
                {"low": low, "high": high},
            ).to_pylist()
            leaving = list(_edges_from(store, table, low, high)) if edges else []
        rows.sort(key=lambda row: row[columns[0]])
        yield rows, leaving


def _edges_from(store: Store, table: str, low: int, high: int) -> Iterator[Edge]:
    """Every edge leaving a node of `table` whose offset lies in [low, high)."""
    props = ", ".join(f"r.{c} AS {c}" for c, _ in EDGE_COLUMNS)
    for relation, (_columns, pairs) in SCHEMA.rels.items():
        if not any(start == table for start, _ in pairs):
            continue
        rows = store.query_arrow(
            f"MATCH (a:{table})-[r:{relation}]->(b) "
            "WHERE offset(id(a)) >= $low AND offset(id(a)) < $high "
            f"RETURN a.key AS `from`, b.key AS `to`, {props}",
            {"low": low, "high": high},
        ).to_pylist()
        rows.sort(key=lambda row: (row["from"], row["to"]))
        # the page's evidence fetched by id
        for row, evidence in zip(rows, evidence_of_rows(store, rows), strict=True):
            yield Edge(row["from"], relation, row["to"], evidence)


def graph_objects(source: StoreSource, page: int = PAGE) -> Iterator[GraphObject]:
    """Every document, organisation, edge, Source row (a dict) and unresolved reference."""
    for table, columns, make in (
        ("Document", DOCUMENT_COLUMNS, Document),
        ("Organisation", ORGANISATION_COLUMNS, Organisation),
    ):
        for rows, leaving in _pages(source, table, [c for c, _ in columns], page, edges=True):
            yield from (make(**row) for row in rows)
            yield from leaving
    for rows, _ in _pages(source, "Source", list(SOURCE_COLUMNS), page):
        yield from rows
    unresolved_columns = [c for c, _ in UNRESOLVED_COLUMNS]
    for rows, _ in _pages(source, "Unresolved", unresolved_columns, page):
        for row in rows:
            fields = {k: v for k, v in row.items() if k not in ("start_char", "end_char")}
            yield Unresolved(**fields, start=row["start_char"], end=row["end_char"])
