"""What a graph page shows: nodes, edges and a few facts about the slice, ready for JSON."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from ..extract.spelling import fold_number
from ..queries.evidence import snippet_parts

MAX_EVIDENCE = 3  # sentences kept per edge; the page says how many more there were
MAX_SENTENCE = 600  # characters kept of one evidence sentence


@dataclass
class ViewNode:
    id: str  # the document or organisation key
    label: str
    shape: str
    number: str | None = None
    title: str | None = None
    type: str | None = None
    type_name: str | None = None
    level: str | None = None
    province: str | None = None
    date: str | None = None
    issuer: str | None = None
    organisation: bool = False
    unnumbered: bool = False
    root: bool = False  # the document a lineage page is about
    context: bool = False  # shown only because a matching document links to it
    group: str | None = None  # on overview pages: the group it is drawn in (overview.py)
    search: list[str] = field(default_factory=list)  # folded spellings it answers to
    size: float = 14.0
    x: float = 0.0
    y: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return _compact(self)


@dataclass
class ViewEdge:
    id: str
    source: str
    target: str
    relation: str
    confidence: float | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)  # {source, path, sentence}
    evidence_count: int = 0

    def to_json(self) -> dict[str, Any]:
        out = _compact(self)
        out["from"], out["to"] = out.pop("source"), out.pop("target")
        return out


@dataclass
class View:
    kind: str  # "lineage" or "graph"
    heading: str
    nodes: list[ViewNode]
    edges: list[ViewEdge]
    notes: list[str] = field(default_factory=list)  # what was asked and what was left out
    left_out: int = 0  # nodes of the store not on the page
    total: int = 0  # nodes of the store the page was cut from
    bands: list[dict[str, Any]] = field(default_factory=list)  # level rows, set by the layout
    options: dict[str, Any] = field(default_factory=dict)
    # on overview pages, the groups the page opens on (overview.py): id, name, count...
    groups: list[dict[str, Any]] = field(default_factory=list)
    # on overview pages, central documents against provinces (viz/heatmap.py), or None
    heatmap: Any = None


def _compact(item: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(item):
        value = getattr(item, f.name)
        if value is None or value is False or value == []:
            continue
        out[f.name] = round(value, 1) if isinstance(value, float) else value
    return out


def search_keys(*spellings: str | None, extra: list[str] | None = None) -> list[str]:
    """Folded spellings (upper case, Đ as D, Latin look-alikes, no spaces) of a node."""
    keys = {fold_number(s) for s in spellings if s}
    keys.update(extra or [])
    return sorted(keys)


def trim_evidence(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """At most MAX_EVIDENCE items, sentences cut to MAX_SENTENCE characters."""
    kept = []
    for item in items[:MAX_EVIDENCE]:
        before, mention, after = snippet_parts(
            item.get("sentence") or "", item.get("surface"), MAX_SENTENCE
        )
        # the page shows before + <mark>mention</mark> + after, cut around the mention
        kept.append(
            {
                **item,
                "sentence": before + mention + after,
                "before": before,
                "mention": mention,
                "after": after,
            }
        )
    return kept, len(items)


def unnumbered_label(type_name: str | None, province: str | None, title: str | None) -> str:
    label = f"{type_name or 'Văn bản'} không số"
    if province:  # two lines: a long label would run into its neighbour's
        return f"{label}\n({province})"
    if title:
        return label + " · " + (title if len(title) <= 30 else title[:29] + "…")
    return label
