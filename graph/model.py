"""The knowledge graph as plain records: documents, organisations, edges with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# An evidence rule says how the relation was read, then how the identity of the document
# it points to was decided: "implement; identity: time (0.90)".
IDENTITY_MARK = "; identity: "


def identity_of_rule(rule: str | None) -> str | None:
    """How the identity was decided, from an evidence rule ("time (0.90)"), if it says."""
    if not rule or IDENTITY_MARK not in rule:
        return None
    return rule.split(IDENTITY_MARK, 1)[1]


@dataclass(slots=True)  # no __dict__: a load of 100k documents makes over a million
class Evidence:
    """Where an edge was read: source id, character span, the sentence, how sure."""

    source: str
    start: int
    end: int
    surface: str
    sentence: str
    language: str
    confidence: float
    rule: str


def fields_of(record: Any) -> dict[str, Any]:
    """A record's fields by name, in their order, not copied: what `vars` gave of the
    records below before they had slots."""
    return {name: getattr(record, name) for name in record.__slots__}


# Slots, no __dict__, on the records a load makes by the hundred thousand (a load of
# 100k documents makes 351k documents, 887k edges and their evidence, held as Python
# objects until the store is built): a document 56 bytes less, an edge 40 (measured with
# tracemalloc). Nothing sets other attributes on them; a slotted class refuses it.
@dataclass(slots=True)
class Document:
    key: str
    number: str | None  # official spelling; None for an unnumbered document
    aliases: list[str] = field(default_factory=list)
    lookup: list[str] = field(default_factory=list)  # spelling-insensitive keys, see `lookup_keys`
    family: str | None = None
    type_code: str | None = None
    type_name: str | None = None
    issuer_code: str | None = None
    issuers: list[str] = field(default_factory=list)
    year: int | None = None
    period: str | None = None  # the numbering period: a year, or a Party term
    date: str | None = None
    level: str | None = None
    province: str | None = None
    province_today: str | None = None
    title: str | None = None  # display title: its own Vietnamese header's first
    titles: list[str] = field(default_factory=list)  # one per language, with...
    title_languages: list[str] = field(default_factory=list)  # ...its language ("vi" first)
    unnumbered: bool = False
    has_text: bool = False  # one of the loaded sources is this document (or reports it)
    mentions: int = 0


@dataclass(slots=True)
class Organisation:
    key: str
    name: str
    name_en: str | None = None
    level: str | None = None
    province: str | None = None
    province_today: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class Edge:
    source: str  # key of the subject node
    relation: str
    target: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.relation, self.target)

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)


@dataclass(slots=True)
class Unresolved:
    """A reference that fits several documents (or none that can be told apart): never guessed."""

    key: str
    canonical: str
    source: str
    start: int
    end: int
    sentence: str
    relation: str
    subject: str | None
    candidates: list[str]
    reason: str
    scores: list[float] = field(default_factory=list)  # one per candidate, when weighed


@dataclass
class Graph:
    documents: dict[str, Document] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    unresolved: list[Unresolved] = field(default_factory=list)
    resolution: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # "path: what disagrees"
    sources: dict[str, str] = field(default_factory=dict)  # source id -> the node it speaks for
    # edge key -> the id of its first Evidence row, for a graph read back from a store (a
    # push or an export gives the evidence the store's ids)
    evidence_ids: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def add_edge(self, source: str, relation: str, target: str, evidence: Evidence) -> None:
        edge = self.edges.get((source, relation, target))
        if edge is None:  # most edges keep one piece: a list of one, not grown to four
            self.edges[(source, relation, target)] = Edge(source, relation, target, [evidence])
        else:
            edge.evidence.append(evidence)
