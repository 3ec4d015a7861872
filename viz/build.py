"""Views from what the queries give: a lineage tree, or the whole graph cut by filters."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from ..extract.spelling import fold_words
from ..graph.model import Document, Edge, Graph, Organisation
from ..graph.schema import RELATIONS
from ..queries.lineage import LineageNode
from .layout import lay_out, lay_out_groups
from .model import View, ViewEdge, ViewNode, search_keys, trim_evidence, unnumbered_label
from .overview import group_of, overview_groups, wants_overview
from .style import ORGANISATION_SHAPE, shape_of

DOCUMENT_RELATIONS = tuple(RELATIONS)  # every relation between two documents
BIG_GRAPH = 2000  # above this many nodes the page drops curves and hides edges while moving


def lineage_view(
    root: LineageNode,
    direction: str = "both",
    depth: int = 6,
    relations: Iterable[str] = (),
    lookup: dict[str, list[str]] | None = None,
) -> View:
    """The lineage tree as a page: its nodes once each, one edge per tree link.

    A `down` child acts on its parent (child -> parent); an `up` child is what its
    parent rests on (parent -> child). `lookup` adds the folded spellings of each key.
    """
    lookup = lookup or {}
    nodes: dict[str, ViewNode] = {}
    edges: list[ViewEdge] = []
    for item in root.walk():
        nodes.setdefault(item.key, _lineage_node(item, lookup.get(item.key, [])))
        for child in item.children:
            source, target = (
                (child.key, item.key) if child.direction == "down" else (item.key, child.key)
            )
            relation = child.relation or "CITES"
            evidence, count = trim_evidence(child.evidence)
            edges.append(
                ViewEdge(
                    f"e{len(edges)}",
                    source,
                    target,
                    relation,
                    child.confidence,
                    evidence,
                    count,
                )
            )
    nodes[root.key].root = True
    view = View(
        kind="lineage",
        heading=f"Lineage of {root.label}",
        nodes=list(nodes.values()),
        edges=edges,
        notes=[
            f"Direction: {direction}; depth: {depth}; relations: {', '.join(relations)}.",
            f"{len(nodes)} documents, {len(edges)} links.",
        ],
        total=len(nodes),
    )
    _size_by_implementers(view)
    nodes[root.key].size = 28.0
    view.bands = lay_out(view.nodes)
    return view


def _lineage_node(item: LineageNode, lookup: list[str]) -> ViewNode:
    label = item.number or (
        unnumbered_label(item.type_name, item.province, item.title)
        if item.unnumbered
        else item.title or item.key
    )
    return ViewNode(
        id=item.key,
        label=label,
        shape=ORGANISATION_SHAPE if item.organisation else shape_of(item.type),
        number=item.number,
        title=item.title,
        type=item.type,
        type_name=item.type_name,
        level=item.level,
        province=item.province,
        date=item.date,
        issuer=item.issuer,
        organisation=item.organisation,
        unnumbered=item.unnumbered,
        search=search_keys(item.number, extra=lookup),
    )


def graph_view(
    graph: Graph,
    provinces: Iterable[str] = (),
    since: int | None = None,
    relations: Iterable[str] = DOCUMENT_RELATIONS,
    source_paths: dict[str, str] | None = None,
) -> View:
    """The graph, or the documents matching every filter plus what they link to.

    `provinces` matches a document's province as written or as it is today (accents,
    case and spaces aside); `since` keeps documents of that year or later (undated
    documents stay). Documents linked to a matching one by a shown relation come along
    as context. Organisations appear when a shown relation links them (ISSUED_BY
    links every issuer).
    """
    relations = list(relations)
    wanted = {_fold_name(p) for p in provinces}
    filtered = bool(wanted) or since is not None
    core = {k for k, d in graph.documents.items() if _matches(d, wanted, since)}
    kept_edges = [
        e
        for e in graph.edges.values()
        if e.relation in relations and (e.source in core or e.target in core)
    ]
    shown = set(core)
    for e in kept_edges:
        shown.update((e.source, e.target))
    issuers = _issuers(graph)
    nodes = [
        _document_node(graph.documents[k], issuers.get(k), context=filtered and k not in core)
        for k in sorted(shown)
        if k in graph.documents
    ]
    nodes += [
        _organisation_node(graph.organisations[k])
        for k in sorted(shown)
        if k in graph.organisations
    ]
    present = {n.id for n in nodes}
    edges = [
        _edge(f"e{i}", e, source_paths or {})
        for i, e in enumerate(e for e in kept_edges if e.source in present and e.target in present)
    ]
    total = len(graph.documents) + len(graph.organisations)
    view = View(
        kind="graph",
        heading="Graph of documents" + (" (slice)" if filtered else ""),
        nodes=nodes,
        edges=edges,
        total=total,
        left_out=total - len(nodes),
    )
    view.notes = _graph_notes(view, provinces, since, relations, len(core))
    _size_by_implementers(view)
    if wants_overview(view):
        for node in view.nodes:
            node.group = group_of(node)
        view.bands, centres = lay_out_groups(view.nodes)
        view.groups = overview_groups(view, centres)
    else:
        view.bands = lay_out(view.nodes)
    return view


def _graph_notes(
    view: View, provinces: Iterable[str], since: int | None, relations: list[str], core: int
) -> list[str]:
    notes = []
    asked = []
    if provinces:
        asked.append("province " + " or ".join(provinces))
    if since is not None:
        asked.append(f"since {since} (undated documents kept)")
    if asked:
        notes.append(
            f"Filters: {'; '.join(asked)}: {core} documents match; "
            f"{len(view.nodes) - core} more are shown faded because a match links to them."
        )
    notes.append(f"Relations: {', '.join(relations)}.")
    notes.append(
        f"{len(view.nodes):,} of the store's {view.total:,} nodes shown: {view.left_out:,} left "
        f"out by the filters and relations chosen; {len(view.edges):,} links."
    )
    return notes


def _matches(doc: Document, provinces: set[str], since: int | None) -> bool:
    if provinces and not {_fold_name(doc.province), _fold_name(doc.province_today)} & provinces:
        return False
    if since is not None:
        year = int(doc.date[:4]) if doc.date else doc.year
        if year is not None and year < since:
            return False
    return True


def _fold_name(name: str | None) -> str:
    """A name's letters and digits without diacritics, lower case: the key names merge on."""
    return "".join(c for c in fold_words(name or "") if c.isalnum())


def _issuers(graph: Graph) -> dict[str, str]:
    out = {}
    for e in graph.edges.values():
        if e.relation == "ISSUED_BY" and e.target in graph.organisations:
            out.setdefault(e.source, graph.organisations[e.target].name)
    return out


def _document_node(doc: Document, issuer: str | None, context: bool) -> ViewNode:
    label = doc.number or unnumbered_label(doc.type_name, doc.province, doc.title)
    return ViewNode(
        id=doc.key,
        label=label,
        shape=shape_of(doc.type_code),
        number=doc.number,
        title=doc.title,
        type=doc.type_code,
        type_name=doc.type_name,
        level=doc.level,
        province=doc.province,
        date=doc.date,
        issuer=issuer or (", ".join(doc.issuers) or None),
        unnumbered=doc.unnumbered,
        context=context,
        search=search_keys(doc.number, *doc.aliases, extra=doc.lookup),
    )


def _organisation_node(org: Organisation) -> ViewNode:
    return ViewNode(
        id=org.key,
        label=org.name,
        shape=ORGANISATION_SHAPE,
        title=org.name_en,
        level=org.level,
        province=org.province,
        organisation=True,
        search=search_keys(extra=[_fold_name(org.name).upper()]),
    )


def _edge(id_: str, edge: Edge, paths: dict[str, str]) -> ViewEdge:
    items = [
        {
            "source": ev.source,
            "path": paths.get(ev.source),
            "sentence": ev.sentence,
            "surface": ev.surface,
        }
        for ev in edge.evidence
    ]
    evidence, count = trim_evidence(items)
    return ViewEdge(
        id_,
        edge.source,
        edge.target,
        edge.relation,
        round(edge.confidence, 2),
        evidence,
        count,
    )


def _size_by_implementers(view: View) -> None:
    """Bigger marks for documents many others act on (implement, guide, base on...)."""
    incoming = Counter(e.target for e in view.edges if e.relation != "ISSUED_BY")
    for node in view.nodes:
        if not node.organisation:
            node.size = min(34.0, 13.0 + 5.0 * math.log2(1 + incoming[node.id]))
