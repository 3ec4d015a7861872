"""The graph as a networkx `MultiDiGraph`, for analysis in Python."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

import networkx as nx

from .model import Graph


def to_networkx(graph: Graph, keys: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Nodes keyed by document or organisation key, one edge per (relation, pair).

    Node attributes are the node's fields plus `node_type` ("document" or "organisation");
    edges are keyed by relation and carry `relation`, `confidence` and `evidence` (a
    list of dicts). With `keys`, only the subgraph on those nodes.
    """
    wanted = set(keys) if keys is not None else None
    g = nx.MultiDiGraph()
    for kind, table in (("document", graph.documents), ("organisation", graph.organisations)):
        for key, node in table.items():
            if wanted is None or key in wanted:
                g.add_node(key, node_type=kind, **asdict(node))
    for edge in graph.edges.values():
        if edge.source in g and edge.target in g:
            g.add_edge(
                edge.source,
                edge.target,
                key=edge.relation,
                relation=edge.relation,
                confidence=edge.confidence,
                evidence=[asdict(e) for e in edge.evidence],
            )
    return g
