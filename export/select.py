"""What an export holds: the whole graph of a store, or the lineage of one document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..extract.spelling import fold_number
from ..graph.model import Graph
from ..graph.nx import to_networkx


@dataclass
class Selection:
    """A graph and the Source rows that go with it."""

    graph: Graph
    sources: list[dict[str, Any]] = field(default_factory=list)


class SelectionError(ValueError):
    """No document, or several, answer to the number asked for."""


def read_selection(db: str | Path) -> Selection:
    """The whole graph of the embedded store at ``db`` and its sources."""
    from ..store import open_store
    from ..store.read_graph import read_graph

    graph = read_graph(db)
    with open_store(db) as store:
        sources = store.read_table("Source").to_pylist()
    return Selection(graph, sources)


def match_documents(graph: Graph, number: str) -> list[str]:
    """Keys of the documents answering to ``number``: its key, a spelling it was written
    with, or a folded spelling (``vanban.extract.spelling.fold_number``)."""
    if number in graph.documents:
        return [number]
    folded = fold_number(number)
    return sorted(
        key
        for key, doc in graph.documents.items()
        if number in doc.aliases or folded in doc.lookup or number == doc.number
    )


def lineage_keys(graph: Graph, number: str, depth: int) -> set[str]:
    """Every node within ``depth`` hops of the document, over any relation, either way."""
    found = match_documents(graph, number)
    if not found:
        raise SelectionError(f"no document {number} in the graph")
    if len(found) > 1:
        raise SelectionError(
            f"{number} names {len(found)} documents: {', '.join(found)}; give one key"
        )
    view = to_networkx(graph).to_undirected(as_view=True)
    return set(nx.single_source_shortest_path_length(view, found[0], cutoff=depth))


def restrict(selection: Selection, keys: Iterable[str]) -> Selection:
    """The part of a selection on ``keys``: their nodes, the edges between them, the
    unresolved references they make, and the sources those speak for or cite."""
    keep = set(keys)
    g = selection.graph
    sub = Graph(
        documents={k: d for k, d in g.documents.items() if k in keep},
        organisations={k: o for k, o in g.organisations.items() if k in keep},
        edges={k: e for k, e in g.edges.items() if e.source in keep and e.target in keep},
        unresolved=[u for u in g.unresolved if u.subject in keep],
    )
    cited = {ev.source for e in sub.edges.values() for ev in e.evidence}
    cited |= {u.source for u in sub.unresolved}
    sources = [s for s in selection.sources if s["id"] in cited or s.get("document") in keep]
    return Selection(sub, sources)
