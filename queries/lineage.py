"""Lineage of a document: what it implements upstream, who implements it downstream.

A plain function over a `Backend`: the walk on ids first (in process over the embedded
store's adjacency, `adjacency.py`; by the `children` and `parents` queries on a server),
then the fields of the tree's nodes, then the evidence of the links shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from ..graph.collector import collector_paused
from ..graph.model import identity_of_rule
from ..graph.schema import RELATIONS
from . import library
from .adjacency import (
    DOCUMENT_FIELDS,
    Adjacency,
    adjacency_of,
    lowest_relation,
    relation_mask,
    relation_names,
)
from .backend import Backend
from .chain import IMPLEMENTING
from .evidence import (
    EVIDENCE_FIELDS,
    EVIDENCE_IDS,
    EVIDENCE_LISTS,
    evidence_lists,
    tree_evidence_query,
)
from .library import run

DEFAULT_RELATIONS = (*IMPLEMENTING, "BASED_ON")
ALL_RELATIONS = RELATIONS


@dataclass(slots=True)  # no __dict__: a large tree holds tens of thousands
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
    with collector_paused():  # a large tree holds no cycle
        return _lineage(
            backend, key, direction, depth, list(relations), since, until, limit, offset
        )


def _lineage(
    backend: Backend,
    key: str,
    direction: str,
    depth: int,
    relations: list[str],
    since: str | None,
    until: str | None,
    limit: int | None,
    offset: int,
) -> LineageNode:
    mask = relation_mask(relations)
    if not relations or not 1 <= depth <= 12:
        raise ValueError(f"bad lineage walk: {relations} to depth {depth}")
    walker = _walker(backend)
    steps: dict[str, list[tuple[str, str, int, int]]] = {}  # way -> its walk's steps
    chain: dict[str, set[str]] = {}
    for way in ("down", "up"):
        if direction in (way, "both"):
            steps[way] = list(walker.walk(key, way, depth, mask))
            chain[way] = set(walker.reach(key, way, depth, relation_mask(IMPLEMENTING)))
    keys = {key}.union(*({reached for _, reached, _, _ in walk} for walk in steps.values()))
    # a page needs every node's date and label (they order the rows), its own rows the rest
    # (on the embedded store every document's fields come from the adjacency, whole)
    paged = limit is not None or offset > 0
    fields = _fields(backend, keys, "node_order" if paged else "nodes")
    root = _node(fields, key)
    parent_of: dict[int, LineageNode] = {}  # by id() of the child
    for way, walk in steps.items():
        made = {key: root}  # this way's nodes by key (a walk never comes back to `key`)
        implementing = chain[way]
        for frontier, reached, joined, level in walk:
            parent = made.get(frontier)
            if parent is None or reached in made:
                continue
            row = fields.get(reached) or _NO_FIELDS
            named = relation_names(joined)
            lag = _lag(parent.date, row[_DATE])
            # positional: the fields of `_fields`, then relation, relations, implementing,
            # direction, depth and lag_days (a node a link, so built in one call)
            child = LineageNode(
                reached, *row, named[0], named, reached in implementing, way, level, lag
            )
            parent_of[id(child)] = parent
            parent.children.append(child)
            made[reached] = child
    for node in root.walk():
        node.children.sort(key=lambda n: (n.direction or "", n.date or "9999", n.label))
    if since is not None or until is not None:
        _prune(root, since, until)
    shown = list(root.walk())
    shown = shown[offset : offset + limit] if limit is not None else shown[offset:]
    if paged and _store(backend) is None:  # the embedded store's fields came whole
        shown_fields = _fields(backend, {n.key for n in shown}, "nodes")
        for node in shown:
            _fill(node, shown_fields.get(node.key))
    _attach_evidence(backend, walker, shown, parent_of, relation_names(mask))
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


def _columns(backend: Backend, cypher: str, params: dict[str, Any]) -> dict[str, list[Any]]:
    """The answer of a query as lists by column name; on the embedded store read as one
    Arrow table and converted a column at a time (no dict a row)."""
    store = _store(backend)
    if store is not None:
        table = store.query_arrow(cypher, params)
        return {name: table[name].to_pylist() for name in table.column_names}
    rows = backend.query(cypher, params)
    names = list(rows[0]) if rows else []
    return {name: [row[name] for row in rows] for name in names}


def _named(backend: Backend, name: str, **params: Any) -> dict[str, list[Any]]:
    return _columns(backend, library.get(name, backend.dialect).text, params)


# A node's fields as a tuple in the order of LineageNode's fields after `key`: the
# document fields of the `nodes` query, then `organisation` and `unnumbered`.
_Fields = tuple[Any, ...]


def _fields(backend: Backend, keys: set[str], query: str) -> dict[str, _Fields]:
    """The fields of each document (by the named `query`) and organisation of `keys`."""
    documents = sorted(k for k in keys if not k.startswith("org:"))
    fields: dict[str, _Fields] = {}
    if documents:
        store = _store(backend)
        found = (
            adjacency_of(store).document_fields(documents)  # read once with the edges
            if store is not None
            else _named(backend, query, keys=documents)
        )
        count = len(found.get("key", []))
        blank = [None] * count
        columns = [found.get(name, blank) for name in _ROW_FIELDS]
        numbered = [bool(u) for u in found.get("unnumbered", blank)]
        falses = [False] * count
        fields.update(
            zip(found.get("key", []), zip(*columns, falses, numbered, strict=True), strict=True)
        )
    organisations = sorted(k for k in keys if k.startswith("org:"))
    if organisations:
        found = _named(backend, "organisations", keys=organisations)
        for i, key in enumerate(found.get("key", [])):
            row = {name: found[name][i] for name in found}
            row["issuer"] = row["title"]
            fields[key] = (*(row.get(name) for name in _ROW_FIELDS), True, False)
    return fields


# The evidence of one link: sources, sentences, surfaces, rules, confidence.
_Link = tuple[Any, ...]


def _tree_links(
    backend: Backend, walker: Any, way: str, relations: list[str], pairs: set[tuple[str, str]]
) -> dict[tuple[str, str, str], _Link]:
    """The evidence of the links (parent, child) of `pairs` of a tree `way`, by (parent,
    child, relation): one query over their parents, whose rows of other links are
    dropped, then the evidence of those kept, fetched by id."""
    query = tree_evidence_query(relations, way, backend.dialect, walker.child_columns)
    params = {"keys": sorted({parent for parent, _ in pairs})}
    store = _store(backend)
    if store is not None:
        table = store.query_arrow(query, params)
        children = walker.child_keys(table)
        ends = zip(table["parent"].to_pylist(), children, strict=True)
        kept = [i for i, end in enumerate(ends) if end in pairs]
        table = table.take(kept)
        found = {name: table[name].to_pylist() for name in table.column_names}
        found["child"] = [children[i] for i in kept]
    else:
        rows = [r for r in backend.query(query, params) if (r["parent"], r["child"]) in pairs]
        columns = (*_LINK_ENDS, "confidence", *EVIDENCE_IDS)
        found = {name: [r[name] for r in rows] for name in columns}
    lists = [name for name in EVIDENCE_FIELDS if name in EVIDENCE_LISTS]  # what a link shows
    found.update(evidence_lists(backend, found["evidence"], found["evidence_count"], lists))
    ends = zip(*(found[name] for name in _LINK_ENDS), strict=True)
    links = zip(*(found[name] for name in EVIDENCE_FIELDS), strict=True)
    return dict(zip(ends, links, strict=True))


_LINK_ENDS = ("parent", "child", "relation")


def _attach_evidence(
    backend: Backend,
    walker: Any,
    shown: list[LineageNode],
    parent_of: dict[int, LineageNode],
    relations: list[str],
) -> None:
    """The confidence and evidence of the link from each shown node to its parent: one
    query a way over the parents of the shown links. The query names all the lineage's
    `relations` (not just those of the links shown), so that its text stays the same
    from one lineage to the next and the engine prepares it once."""
    linked = [
        (node, parent.key)
        for node in shown
        if node.direction is not None and (parent := parent_of.get(id(node))) is not None
    ]
    wanted: dict[str, set[tuple[str, str]]] = {}  # way -> (parent, child)
    for node, parent_key in linked:
        wanted.setdefault(node.direction or "", set()).add((parent_key, node.key))
    found: dict[str, dict[tuple[str, str, str], _Link]] = {
        way: _tree_links(backend, walker, way, relations, pairs) for way, pairs in wanted.items()
    }
    ids = sorted({s for links in found.values() for link in links.values() for s in link[0] or []})
    paths = _source_paths(backend, walker, ids) if ids else {}
    for node, parent_key in linked:
        links = found[node.direction or ""]
        chosen = [links.get((parent_key, node.key, relation)) for relation in node.relations]
        node.confidence = chosen[0][4] if chosen[0] else None
        node.evidence = [ev for link in chosen if link for ev in _evidence(link, paths)]


def _source_paths(backend: Backend, walker: Any, ids: list[str]) -> dict[str, str | None]:
    """The path of each source of `ids`."""
    if isinstance(walker, Adjacency):
        return walker.source_paths(ids)
    found = _named(backend, "sources", ids=ids)
    return dict(zip(found.get("id", []), found.get("path", []), strict=True))


class _CypherWalker:
    """The walk by Cypher on a backend without an adjacency (a server): the reachable
    ids in one query, then the edges into (or out of) them, ids only, laid out here."""

    child_columns = "x.key AS child"  # how the evidence query names a link's child

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

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


def _evidence(link: _Link, paths: dict[str, str]) -> list[dict[str, Any]]:
    sources, sentences, surfaces, rules, _ = link
    sources = sources or []
    rules = rules or [None] * len(sources)
    surfaces = surfaces or [None] * len(sources)
    return [
        {
            "source": s,
            "path": paths.get(s),
            "sentence": sentence,
            "surface": surface,
            "identity": identity_of_rule(rule),
        }
        for s, sentence, surface, rule in zip(
            sources, sentences or [], surfaces, rules, strict=False
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


# The node fields the `nodes` and `organisations` queries give, in LineageNode's order.
_ROW_FIELDS = tuple(name for name in DOCUMENT_FIELDS if name not in ("key", "unnumbered"))
_NODE_FIELDS = (*_ROW_FIELDS, "organisation", "unnumbered")  # what a `_fields` tuple holds
_NO_FIELDS: tuple[Any, ...] = (*(None for _ in _ROW_FIELDS), False, False)
_DATE = _NODE_FIELDS.index("date")


def _node(fields: dict[str, _Fields], key: str) -> LineageNode:
    row = fields.get(key)
    return LineageNode(key) if row is None else LineageNode(key, *row)


def _fill(node: LineageNode, row: _Fields | None) -> None:
    """Give `node` the fields of `row` (see `_fields`)."""
    if row is None:
        return
    for name, value in zip(_NODE_FIELDS, row, strict=True):
        setattr(node, name, value)


def days_between(a: str | None, b: str | None) -> int | None:
    """Days from ISO date `a` to ISO date `b` (negative if `b` is earlier), or None."""
    if not a or not b:
        return None
    return (_day(b) - _day(a)).days


@lru_cache(maxsize=4096)
def _day(iso: str) -> dt.date:
    # a tree's dates repeat (a parent's, for each of its children): parse each once
    return dt.date.fromisoformat(iso)


def _lag(a: str | None, b: str | None) -> int | None:
    days = days_between(a, b)
    return None if days is None else abs(days)
