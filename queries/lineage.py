"""Lineage of a document: what it implements upstream, who implements it downstream.

A plain function over a `Backend`, walking level by level with the `children` and
`parents` queries (spelled the same for both engines), then fetching the shown fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..graph.model import identity_of_rule
from ..graph.schema import RELATIONS
from .backend import Backend
from .library import run

DEFAULT_RELATIONS = ("IMPLEMENTS", "GUIDES", "CONTINUES", "BASED_ON")
ALL_RELATIONS = RELATIONS


@dataclass
class LineageNode:
    key: str
    number: str | None = None
    title: str | None = None
    type: str | None = None
    type_name: str | None = None
    level: str | None = None
    province: str | None = None
    province_today: str | None = None
    date: str | None = None
    issuer: str | None = None
    organisation: bool = False
    unnumbered: bool = False
    relation: str | None = None  # how this node relates to its parent in the tree
    direction: str | None = None  # "up" (its parent rests on it) or "down" (it acts on its parent)
    depth: int = 0
    lag_days: int | None = None  # days from the earlier of the two documents to the later
    confidence: float | None = None
    # {source, path, sentence, identity}: identity says how the document was told apart
    evidence: list[dict[str, Any]] = field(default_factory=list)
    children: list[LineageNode] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.number or self.title or self.key

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def walk(self) -> Iterable[LineageNode]:
        yield self
        for child in self.children:
            yield from child.walk()


def lineage(
    backend: Backend,
    key: str,
    direction: str = "both",
    depth: int = 6,
    relations: Iterable[str] = DEFAULT_RELATIONS,
) -> LineageNode:
    """The tree around document `key`: `up` and `down` children hang from the root."""
    relations = list(relations)
    steps: list[tuple[str, dict[str, Any], int]] = []
    if direction in ("down", "both"):
        steps += [("down", row, d) for row, d in _walk(backend, "children", key, depth, relations)]
    if direction in ("up", "both"):
        steps += [("up", row, d) for row, d in _walk(backend, "parents", key, depth, relations)]
    keys = {key} | {row["reached"] for _, row, _ in steps}
    fields = {row["key"]: row for row in run(backend, "nodes", keys=sorted(keys))}
    for row in run(backend, "organisations", keys=sorted(k for k in keys if k.startswith("org:"))):
        fields[row["key"]] = {**row, "issuer": row["title"], "organisation": True}
    paths = _source_paths(backend, steps)
    root = _node(fields, key)
    made = {("root", key): root}
    for way, row, level in steps:
        parent = made.get((way, row["frontier"])) or (root if row["frontier"] == key else None)
        if parent is None or (way, row["reached"]) in made:
            continue
        child = _node(fields, row["reached"])
        child.relation, child.direction, child.depth = row["relation"], way, level
        child.confidence = row["confidence"]
        child.lag_days = _lag(parent.date, child.date)
        rules = row.get("rules") or [None] * len(row["sources"])
        surfaces = row.get("surfaces") or [None] * len(row["sources"])
        child.evidence = [
            {
                "source": s,
                "path": paths.get(s),
                "sentence": sentence,
                "surface": surface,
                "identity": identity_of_rule(rule),
            }
            for s, sentence, surface, rule in zip(
                row["sources"], row["sentences"], surfaces, rules, strict=False
            )
        ]
        parent.children.append(child)
        made[(way, row["reached"])] = child
    for node in root.walk():
        node.children.sort(key=lambda n: (n.direction or "", n.date or "9999", n.label))
    return root


def reach_query(way: str, relations: list[str], depth: int) -> str:
    """Every node `depth` steps at most away along `relations`, with its smallest distance.

    Relations and depth are part of the pattern, so the text is built here; both come
    from fixed lists (checked), never from free input. Both engines accept it."""
    unknown = [r for r in relations if r not in ALL_RELATIONS]
    if unknown or not relations or not 1 <= depth <= 12:
        raise ValueError(f"bad lineage walk: {relations} to depth {depth}")
    pattern = f"[:{'|'.join(relations)}*1..{depth}]"
    hop = (
        f"(x)-{pattern}->(d:Document {{key: $key}})"
        if way == "down"
        else (f"(d:Document {{key: $key}})-{pattern}->(x:Document)")
    )
    return f"MATCH p = {hop} RETURN x.key AS key, min(length(p)) AS steps"


def _walk(
    backend: Backend, query: str, key: str, depth: int, relations: list[str]
) -> Iterable[tuple[dict[str, Any], int]]:
    """Breadth first, each node reached once, at its smallest depth.

    Two queries, whatever the size: the reachable nodes, then every edge into (or out
    of) them, from which the tree is laid out here."""
    way = "down" if query == "children" else "up"
    steps = {
        row["key"]: row["steps"]
        for row in backend.query(reach_query(way, relations, depth), {"key": key})
    }
    if not steps:
        return
    edges = run(backend, query, keys=[key, *sorted(steps)], relations=relations)
    edges.sort(key=lambda r: (r["frontier"], r["relation"], r["reached"]))
    by_frontier: dict[str, list[dict[str, Any]]] = {}
    for row in edges:
        if row["reached"] in steps:
            by_frontier.setdefault(row["frontier"], []).append(row)
    seen, frontier = {key}, [key]
    for level in range(1, depth + 1):
        following = []
        for node in frontier:
            for row in by_frontier.get(node, []):
                if row["reached"] not in seen:
                    seen.add(row["reached"])
                    following.append(row["reached"])
                    yield row, level
        frontier = following


def _node(fields: dict[str, dict[str, Any]], key: str) -> LineageNode:
    row = fields.get(key, {"key": key})
    known = {k: row.get(k) for k in LineageNode.__dataclass_fields__ if k in row}
    return LineageNode(
        **{
            **known,
            "organisation": bool(row.get("organisation")),
            "unnumbered": bool(row.get("unnumbered")),
        }
    )


def _source_paths(backend: Backend, steps: list[tuple[str, dict[str, Any], int]]) -> dict[str, str]:
    ids = sorted({s for _, row, _ in steps for s in row["sources"] or []})
    return {r["id"]: r["path"] for r in run(backend, "sources", ids=ids)} if ids else {}


def days_between(a: str | None, b: str | None) -> int | None:
    """Days from ISO date `a` to ISO date `b` (negative if `b` is earlier), or None."""
    if not a or not b:
        return None
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _lag(a: str | None, b: str | None) -> int | None:
    days = days_between(a, b)
    return None if days is None else abs(days)
