"""Lineage of a document: what it implements upstream, who implements it downstream.

A plain function over a `Backend`: the walk on ids first (in process over the embedded
store's adjacency, `adjacency.py`; by the `children` and `parents` queries on a server),
then the fields of the tree's nodes, then the evidence of the links shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow as pa

from ..graph.model import identity_of_rule
from ..graph.schema import RELATIONS
from ..store.graph_tables import node_table
from . import library
from .adjacency import adjacency_of, lowest_relation, relation_mask, relation_names
from .backend import Backend
from .chain import IMPLEMENTING
from .evidence import link_evidence_query
from .library import run

DEFAULT_RELATIONS = (*IMPLEMENTING, "BASED_ON")
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
        """This node and all below it, depth first, each before its children (a stack, not
        recursion: a tree of tens of thousands of nodes is walked several times)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


def lineage(
    backend: Backend,
    key: str,
    direction: str = "both",
    depth: int = 6,
    relations: Iterable[str] = DEFAULT_RELATIONS,
    since: str | None = None,
    until: str | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> LineageNode:
    """The tree around document `key`: `up` and `down` children hang from the root.

    A node joined to its parent by several relations names them all, implementing ones
    first; `implementing` marks the nodes of the chain of implementation (chain.py), the
    very set `implementers` counts. `since`/`until` (ISO days) keep the nodes dated in
    the span and those on the way to them.

    The walk runs on ids first (in process on the embedded store, `adjacency.py`), then
    the fields of the tree's nodes are fetched (they order it), then the evidence and
    confidence of the links shown: with `limit`/`offset`, only of the nodes at those
    positions of `walk()` (the root is position 0); the others keep no evidence."""
    relations = list(relations)
    mask = relation_mask(relations)
    if not relations or not 1 <= depth <= 12:
        raise ValueError(f"bad lineage walk: {relations} to depth {depth}")
    walker = _walker(backend)
    steps: list[tuple[str, str, str, int, int]] = []  # way, frontier, reached, relations, depth
    chain: dict[str, set[str]] = {}
    for way in ("down", "up"):
        if direction in (way, "both"):
            steps += [(way, *step) for step in walker.walk(key, way, depth, mask)]
            chain[way] = set(walker.reach(key, way, depth, relation_mask(IMPLEMENTING)))
    keys = {key} | {reached for _, _, reached, _, _ in steps}
    # a page needs every node's date and label (they order the rows), its own rows the rest
    paged = limit is not None or offset > 0
    fields = _fields(backend, keys, "node_order" if paged else "nodes")
    root = _node(fields, key)
    made = {("root", key): root}
    for way, frontier, reached, joined, level in steps:
        parent = made.get((way, frontier)) or (root if frontier == key else None)
        if parent is None or (way, reached) in made:
            continue
        child = _node(fields, reached)
        child.relations = relation_names(joined)
        child.relation, child.direction, child.depth = child.relations[0], way, level
        child.implementing = reached in chain[way]
        child.lag_days = _lag(parent.date, child.date)
        parent.children.append(child)
        made[(way, reached)] = child
    for node in root.walk():
        node.children.sort(key=lambda n: (n.direction or "", n.date or "9999", n.label))
    if since is not None or until is not None:
        _prune(root, since, until)
    shown = list(root.walk())
    shown = shown[offset : offset + limit] if limit is not None else shown[offset:]
    if paged:
        shown_fields = _fields(backend, {n.key for n in shown}, "nodes")
        for node in shown:
            _fill(node, shown_fields.get(node.key))
    _attach_evidence(backend, walker, root, shown)
    return root


def _walker(backend: Backend) -> Any:
    """How ids are walked: in process over the cached adjacency of an embedded store, by
    Cypher elsewhere (a server)."""
    store = _store(backend)
    if store is not None:
        return adjacency_of(store)
    return _CypherWalker(backend)


def _store(backend: Backend) -> Any:
    """The embedded store behind `backend`, or None for a server."""
    store = getattr(backend, "store", None)
    return store if backend.dialect == "ladybug" else None


def _records(table: pa.Table) -> list[dict[str, Any]]:
    """An Arrow table as row dicts, converted a column at a time (faster than by row)."""
    names = table.column_names
    columns = [column.to_pylist() for column in table.columns]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _rows(backend: Backend, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of a query; on the embedded store read as one Arrow table (the same values,
    without converting row by row)."""
    store = _store(backend)
    if store is not None:
        return _records(store.query_arrow(cypher, params))
    return backend.query(cypher, params)


def _edge_rows(
    backend: Backend, walker: Any, cypher: str, keys: list[str], edges: set[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The rows of an evidence query that belong to `edges` (source, target key); on the
    embedded store the others are dropped before their evidence is converted."""
    store = _store(backend)
    if store is None:
        rows = backend.query(cypher, {"keys": keys})
    else:
        table = store.query_arrow(cypher, {"keys": keys})
        pairs = zip(table["source"].to_pylist(), table["target"].to_pylist(), strict=True)
        wanted = [
            i
            for i, (a, b) in enumerate(pairs)
            if b is not None and (a, walker.target_key(b)) in edges
        ]
        return _records(table.take(wanted))
    return [
        r
        for r in rows
        if r["target"] is not None and (r["source"], walker.target_key(r["target"])) in edges
    ]


def _named(backend: Backend, name: str, **params: Any) -> list[dict[str, Any]]:
    return _rows(backend, library.get(name, backend.dialect).text, params)


def _fields(backend: Backend, keys: set[str], query: str) -> dict[str, dict[str, Any]]:
    """The fields of each document (by the named `query`) and organisation of `keys`."""
    documents = sorted(k for k in keys if not k.startswith("org:"))
    fields = {row["key"]: row for row in _named(backend, query, keys=documents)}
    organisations = sorted(k for k in keys if k.startswith("org:"))
    if organisations:
        for row in _named(backend, "organisations", keys=organisations):
            fields[row["key"]] = {**row, "issuer": row["title"], "organisation": True}
    return fields


def _attach_evidence(
    backend: Backend, walker: Any, root: LineageNode, shown: list[LineageNode]
) -> None:
    """The confidence and evidence of the link from each shown node to its parent: one
    query per relation (and kind of node the edge leads from) over the shown links."""
    parents = {id(c): n for n in root.walk() for c in n.children}
    wanted: dict[tuple[str, str], set[tuple[str, str]]] = {}  # (relation, table) -> edges
    for node in shown:
        parent = parents.get(id(node))
        if parent is None:
            continue
        edge = (node.key, parent.key) if node.direction == "down" else (parent.key, node.key)
        for relation in node.relations:
            wanted.setdefault((relation, node_table(edge[0])), set()).add(edge)
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for (relation, table), edges in wanted.items():
        query = link_evidence_query(relation, table, walker.evidence_target)
        for row in _edge_rows(backend, walker, query, sorted({a for a, _ in edges}), edges):
            found[(row["source"], walker.target_key(row["target"]), relation)] = row
    ids = sorted({s for row in found.values() for s in row["sources"] or []})
    paths = {r["id"]: r["path"] for r in _named(backend, "sources", ids=ids)} if ids else {}
    for node in shown:
        parent = parents.get(id(node))
        if parent is None:
            continue
        a, b = (node.key, parent.key) if node.direction == "down" else (parent.key, node.key)
        links = [found.get((a, b, relation)) for relation in node.relations]
        node.confidence = links[0]["confidence"] if links[0] else None
        node.evidence = [ev for link in links if link for ev in _evidence(link, paths)]


class _CypherWalker:
    """The walk by Cypher on a backend without an adjacency (a server): the reachable
    ids in one query, then the edges into (or out of) them, ids only, laid out here."""

    evidence_target = "d.key"

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @staticmethod
    def target_key(key: str) -> str:
        return key

    def reach(self, key: str, way: str, depth: int, mask: int) -> dict[str, int]:
        query = reach_query(way, relation_names(mask), depth)
        return {row["key"]: row["steps"] for row in self.backend.query(query, {"key": key})}

    def walk(
        self, key: str, way: str, depth: int, mask: int
    ) -> Iterable[tuple[str, str, int, int]]:
        steps = self.reach(key, way, depth, mask)
        if not steps:
            return
        query = "children" if way == "down" else "parents"
        edges = run(self.backend, query, keys=[key, *sorted(steps)], relations=relation_names(mask))
        joined: dict[str, dict[str, int]] = {}  # frontier -> reached -> relations mask
        for row in edges:
            if row["reached"] in steps:
                into = joined.setdefault(row["frontier"], {})
                into[row["reached"]] = into.get(row["reached"], 0) | relation_mask(
                    [row["relation"]]
                )
        order = {
            frontier: sorted(into.items(), key=lambda item: (lowest_relation(item[1]), item[0]))
            for frontier, into in joined.items()
        }
        seen, frontier = {key}, [key]
        for level in range(1, depth + 1):
            following = []
            for node in frontier:
                for reached, relations in order.get(node, []):
                    if reached not in seen:
                        seen.add(reached)
                        following.append(reached)
                        yield node, reached, relations, level
            frontier = following


def lookup_spellings(backend: Backend, root: LineageNode) -> dict[str, list[str]]:
    """The folded spellings each document of a lineage answers to (what a page's search
    box matches), by key."""
    keys = sorted({n.key for n in root.walk()})
    return {
        r["key"]: r["lookup"] or []
        for r in backend.query(
            "UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN d.key AS key, d.lookup AS lookup",
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


# The node fields the `nodes` and `organisations` queries give, copied onto a LineageNode.
_ROW_FIELDS = (
    "number",
    "title",
    "type",
    "type_name",
    "level",
    "province",
    "province_today",
    "date",
    "issuer",
)


def _node(fields: dict[str, dict[str, Any]], key: str) -> LineageNode:
    row = fields.get(key)
    if row is None:
        return LineageNode(key)
    return LineageNode(
        key=row["key"],
        **{k: row.get(k) for k in _ROW_FIELDS},
        organisation=bool(row.get("organisation")),
        unnumbered=bool(row.get("unnumbered")),
    )


def _fill(node: LineageNode, row: dict[str, Any] | None) -> None:
    """Give `node` the fields of `row` (a `nodes` or `organisations` row)."""
    if row is None:
        return
    for k in _ROW_FIELDS:
        setattr(node, k, row.get(k))
    node.organisation = bool(row.get("organisation"))
    node.unnumbered = bool(row.get("unnumbered"))


def days_between(a: str | None, b: str | None) -> int | None:
    """Days from ISO date `a` to ISO date `b` (negative if `b` is earlier), or None."""
    if not a or not b:
        return None
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _lag(a: str | None, b: str | None) -> int | None:
    days = days_between(a, b)
    return None if days is None else abs(days)
