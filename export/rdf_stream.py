"""RDF exports that stream: graph objects in, triples written as they come, memory flat.

The whole graph of a store is read a page at a time (`store_pages.graph_objects`); a
selection already in memory (one document's lineage) goes through the same triples and
writers.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..graph.model import Document, Edge, Organisation, Unresolved
from .rdf_writers import WRITERS
from .store_pages import GraphObject, graph_objects
from .triples import DEFAULT_BASE, Block, Triples

if TYPE_CHECKING:
    from ..store import Store
    from .select import Selection  # networkx: not needed to stream a whole store


EXPORT_BUFFER_POOL_MIB = 256
REPORT_EVERY = 100
"""Objects written between two calls of an export's `progress`."""


def selection_objects(selection: Selection) -> Iterator[GraphObject]:
    graph = selection.graph
    yield from graph.documents.values()
    yield from graph.organisations.values()
    yield from graph.edges.values()
    yield from selection.sources
    yield from graph.unresolved


def blocks(objects: Iterable[GraphObject], base: str = DEFAULT_BASE) -> Iterator[Block]:
    triples = Triples(base)
    for item in objects:
        if isinstance(item, Document):
            yield from triples.document(item)
        elif isinstance(item, Organisation):
            yield from triples.organisation(item)
        elif isinstance(item, Edge):
            yield from triples.edge(item)
        elif isinstance(item, Unresolved):
            yield from triples.unresolved(item)
        else:
            yield from triples.source(item)


def write_blocks(items: Iterable[Block], fmt: str, path: Path) -> int:
    """Write ``items`` as ``fmt`` (nt, ttl, jsonld) to ``path``, through a file beside it
    renamed into place at the end (a failed export leaves no half file); the number of
    triples written."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown RDF format {fmt!r}; use one of {', '.join(WRITERS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    count = 0
    try:
        with partial.open("w", encoding="utf-8", buffering=1 << 20) as out:
            writer = WRITERS[fmt](out)
            for block in items:
                writer.write(block)
                count += len(block[1])
            writer.close()
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def object_count(store: Store) -> int:
    """How many objects `graph_objects` yields: every node of the graph and every edge."""
    nodes = sum(
        store.query(f"MATCH (n:{table}) RETURN count(n) AS n")[0]["n"]
        for table in ("Document", "Organisation", "Source", "Unresolved")
    )
    return nodes + store.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]


def _reported(
    objects: Iterable[GraphObject], total: int, progress: Callable[[int, int], None]
) -> Iterator[GraphObject]:
    done = 0
    for done, item in enumerate(objects, start=1):
        yield item
        if done % REPORT_EVERY == 0:
            progress(done, total)
    progress(done, total)


def export_store(
    db: str | Path,
    fmt: str,
    path: Path,
    base: str = DEFAULT_BASE,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """The whole graph of the store at ``db`` as RDF, streamed; the number of triples.
    ``progress(done, total)`` is called as objects are written, if given."""
    from ..store import StoreQueryError, open_store

    # A capped buffer pool: pages are read once, in order, so caching the whole store (the
    # default pool is most of the machine's memory) would only make memory grow with it.
    # Should the engine need more for one query, the export runs again with the default.
    for pool in (EXPORT_BUFFER_POOL_MIB, None):
        try:
            with open_store(db, buffer_pool_mib=pool) as store:
                total = object_count(store) if progress is not None else 0
            # each page on a store opened for it: the pool's memory is given back between them
            objects: Iterable[GraphObject] = graph_objects(
                functools.partial(open_store, db, buffer_pool_mib=pool)
            )
            if progress is not None:
                objects = _reported(objects, total, progress)
            return write_blocks(blocks(objects, base), fmt, path)
        except StoreQueryError as error:
            if pool is None or "buffer pool is full" not in str(error):
                raise
    raise AssertionError("unreachable")


def export_selection(selection: Selection, fmt: str, path: Path, base: str = DEFAULT_BASE) -> int:
    return write_blocks(blocks(selection_objects(selection), base), fmt, path)
