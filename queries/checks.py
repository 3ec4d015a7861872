"""What the graph set aside as impossible: edges whose subject is dated before its target.

The resolver (`graph/resolve.py`) keeps such an edge out of the graph and lists it among the
unresolved cases, reason first; this reads them back with their sentences for `vanban check`.
"""

from __future__ import annotations

from typing import Any

from ..graph.resolve import IMPOSSIBLE
from .backend import Backend

_IMPOSSIBLE_EDGES = (
    "MATCH (u:Unresolved) WHERE u.reason STARTS WITH $reason "
    "RETURN u.subject AS subject, u.relation AS relation, u.canonical AS target, "
    "u.reason AS reason, u.source AS source, u.sentence AS sentence"
)


def is_impossible(reason: str | None) -> bool:
    """Whether an unresolved case's reason says its subject is dated before its target."""
    return bool(reason) and str(reason).startswith(IMPOSSIBLE)


def impossible_edges(backend: Backend) -> list[dict[str, Any]]:
    """Every edge set aside because its subject is dated before its target, with the
    sentence it was read from, ordered by subject, relation, target and source."""
    rows = backend.query(_IMPOSSIBLE_EDGES, {"reason": IMPOSSIBLE})
    rows.sort(key=lambda r: (r["subject"] or "", r["relation"], r["target"], r["source"]))
    return rows
