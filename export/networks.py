"""GraphML and GEXF (for Gephi) through networkx.

Both formats take scalar attributes only, so lists and the evidence are written as JSON
text and absent values are left out. Every edge has its own id (``e0``, ``e1`` ...) and
its relation as an attribute, every node a ``label`` Gephi shows (the number, else the
name or title).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import networkx as nx

from .select import Selection


def _scalar(value: Any) -> Any:
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _attrs(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _scalar(v) for k, v in data.items() if v is not None}


def export_graph(selection: Selection) -> nx.MultiDiGraph:
    """A networkx graph with only the attribute types GraphML and GEXF accept."""
    graph = selection.graph
    g = nx.MultiDiGraph(name="vanban")
    for key, doc in graph.documents.items():
        label = doc.number or doc.title or key
        g.add_node(key, **_attrs({"node_type": "document", "label": label, **asdict(doc)}))
    for key, org in graph.organisations.items():
        g.add_node(key, **_attrs({"node_type": "organisation", "label": org.name, **asdict(org)}))
    for i, edge in enumerate(sorted(graph.edges.values(), key=lambda e: e.key)):
        g.add_edge(
            edge.source,
            edge.target,
            key=f"e{i}",
            **_attrs(
                {
                    "relation": edge.relation,
                    "label": edge.relation,
                    "confidence": edge.confidence,
                    "evidence_count": len(edge.evidence),
                    "evidence": [asdict(e) for e in edge.evidence],
                }
            ),
        )
    return g


def write_graphml(selection: Selection, path: Path) -> None:
    nx.write_graphml(export_graph(selection), path, encoding="utf-8", named_key_ids=True)


def write_gexf(selection: Selection, path: Path) -> None:
    nx.write_gexf(export_graph(selection), path, encoding="utf-8")
