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
from .chain import IMPLEMENTING
from .library import run

DEFAULT_RELATIONS = (*IMPLEMENTING, "BASED_ON")
ALL_RELATIONS = RELATIONS
# Which relation names a link first when several join the same two documents: the
# implementing ones, then the others in the order of `ALL_RELATIONS`.
_PREFERENCE = {r: i for i, r in enumerate(dict.fromkeys((*IMPLEMENTING, *ALL_RELATIONS)))}


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
    relations: list[str] = field(default_factory=list)  # every relation joining the two
    # down: it implements the root; up: the root implements it (chain.py's definition)
    implementing: bool = False
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
    since: str | None = None,
    until: str | None = None,
) -> LineageNode:
    """The tree around document `key`: `up` and `down` children hang from the root.

    A node joined to its parent by several relations names them all, implementing ones
    first; `implementing` marks the nodes of the chain of implementation (chain.py), the
    very set `implementers` counts. `since`/`until` (ISO days) keep the nodes dated in
    the span and those on the way to them."""
    relations = list(relations)
    steps: list[tuple[str, dict[str, Any], int]] = []
    chain: dict[str, set[str]] = {}
    for way, query in (("down", "children"), ("up", "parents")):
        if direction in (way, "both"):
            steps += [(way, row, d) for row, d in _walk(backend, query, key, depth, relations)]
            chain[way] = set(reach(backend, key, way, depth))
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
        links = row["links"]
        child.relations = [link["relation"] for link in links]
        child.relation, child.direction, child.depth = child.relations[0], way, level
        child.implementing = row["reached"] in chain[way]
        child.confidence = links[0]["confidence"]
        child.lag_days = _lag(parent.date, child.date)
        child.evidence = [ev for link in links for ev in _evidence(link, paths)]
        parent.children.append(child)
        made[(way, row["reached"])] = child
    for node in root.walk():
        node.children.sort(key=lambda n: (n.direction or "", n.date or "9999", n.label))
    if since is not None or until is not None:
        _prune(root, since, until)
    return root


def lookup_spellings(backend: Backend, root: LineageNode) -> dict[str, list[str]]:
    """The folded spellings each document of a lineage answers to (what a page's search
    box matches), by key."""
    keys = sorted({n.key for n in root.walk()})
    return {
        r["key"]: r["lookup"] or []
        for r in backend.query(
            "MATCH (d:Document) WHERE d.key IN $keys RETURN d.key AS key, d.lookup AS lookup",
            {"keys": keys},
        )
    }


def _evidence(link: dict[str, Any], paths: dict[str, str]) -> list[dict[str, Any]]:
    sources = link["sources"] or []
    rules = link.get("rules") or [None] * len(sources)
    surfaces = link.get("surfaces") or [None] * len(sources)
    return [
        {
            "source": s,
            "path": paths.get(s),
            "sentence": sentence,
            "surface": surface,
            "identity": identity_of_rule(rule),
        }
        for s, sentence, surface, rule in zip(
            sources, link["sentences"] or [], surfaces, rules, strict=False
        )
    ]


def _prune(node: LineageNode, since: str | None, until: str | None) -> bool:
    """Drop the children dated outside [since, until] with nothing inside below them;
    True when `node` itself stays."""
    node.children = [c for c in node.children if _prune(c, since, until)]
    return bool(node.children) or within(node.date, since, until)


def within(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether ISO `date` lies in [since, until]; an undated thing lies in no bounded span."""
    if since is None and until is None:
        return True
    if not date:
        return False
    return (since is None or date >= since) and (until is None or date[:10] <= until)


def reach(backend: Backend, key: str, way: str, depth: int) -> dict[str, int]:
    """The chain of implementation around document `key` (chain.py): `down`, who implements
    it; `up`, what it implements; each key with its fewest steps."""
    query = reach_query(way, list(IMPLEMENTING), depth)
    return {row["key"]: row["steps"] for row in backend.query(query, {"key": key})}


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
    # One row per (frontier, reached) pair, holding every relation between them, the
    # implementing ones first: a link that both implements and rests on a document is
    # shown as implementing.
    edges.sort(key=lambda r: (r["frontier"], r["reached"], _PREFERENCE[r["relation"]]))
    by_frontier: dict[str, list[dict[str, Any]]] = {}
    for row in edges:
        if row["reached"] not in steps:
            continue
        rows = by_frontier.setdefault(row["frontier"], [])
        if rows and rows[-1]["reached"] == row["reached"]:
            rows[-1]["links"].append(row)
        else:
            rows.append({"frontier": row["frontier"], "reached": row["reached"], "links": [row]})
    for rows in by_frontier.values():
        rows.sort(key=lambda r: (_PREFERENCE[r["links"][0]["relation"]], r["reached"]))
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
    ids = sorted({s for _, row, _ in steps for link in row["links"] for s in link["sources"] or []})
    return {r["id"]: r["path"] for r in run(backend, "sources", ids=ids)} if ids else {}


def days_between(a: str | None, b: str | None) -> int | None:
    """Days from ISO date `a` to ISO date `b` (negative if `b` is earlier), or None."""
    if not a or not b:
        return None
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _lag(a: str | None, b: str | None) -> int | None:
    days = days_between(a, b)
    return None if days is None else abs(days)
