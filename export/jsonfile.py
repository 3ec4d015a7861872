"""The graph as one JSON document: every node and edge with all its fields and evidence."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .select import Selection

FORMAT = "vanban-graph"
VERSION = 1


def to_json(selection: Selection) -> dict[str, Any]:
    graph = selection.graph
    return {
        "format": FORMAT,
        "version": VERSION,
        "documents": [asdict(d) for _, d in sorted(graph.documents.items())],
        "organisations": [asdict(o) for _, o in sorted(graph.organisations.items())],
        "edges": [
            {
                "source": e.source,
                "relation": e.relation,
                "target": e.target,
                "confidence": e.confidence,
                "evidence": [asdict(ev) for ev in e.evidence],
            }
            for e in sorted(graph.edges.values(), key=lambda e: e.key)
        ],
        "unresolved": [asdict(u) for u in graph.unresolved],
        "sources": [
            {k: v for k, v in s.items() if k != "facts"}
            for s in sorted(selection.sources, key=lambda s: s["id"])
        ],
    }


def write_json(selection: Selection, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        json.dump(to_json(selection), f, ensure_ascii=False, indent=1, default=str)
        f.write("\n")
