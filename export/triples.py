"""The RDF of graph objects as plain triples, one subject at a time, for writers that stream.

A term is an `IRI` (a ``str``) or a `Lit` (lexical form, datatype IRI or None, language or
None). `Triples` turns a `Document`, `Organisation`, `Edge`, Source row or `Unresolved`
into ``(subject, [(predicate, object), ...])`` blocks, with no rdflib object on the way:
rdflib's per-term objects and its serializers' namespace searches were what made an
export of a large store take hours. What the triples say is described in `rdf.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, NamedTuple
from urllib.parse import quote

from ..graph.model import Document, Edge, Organisation, Unresolved

ELI = "http://data.europa.eu/eli/ontology#"
VB = "https://vanban.example.org/ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/"
DEFAULT_BASE = "https://vanban.example.org/"
PREFIX_IRIS = {
    "eli": ELI,
    "vb": VB,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}
ISO_639_3 = {"vi": "VIE", "en": "ENG", "ru": "RUS", "uk": "UKR", "ja": "JPN", "pt": "POR"}

RELATION_PROPERTIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "BASED_ON": (VB + "basedOn", (ELI + "based_on",)),
    "IMPLEMENTS": (VB + "implements", (ELI + "ensures_implementation_of",)),
    "GUIDES": (VB + "guides", (ELI + "ensures_implementation_of",)),
    "AMENDS": (VB + "amends", (ELI + "amends",)),
    "REPLACES": (VB + "replaces", (ELI + "repeals", DCTERMS + "replaces")),
    "REPEALS": (VB + "repeals", (ELI + "repeals",)),
    "CONTINUES": (VB + "continues", (ELI + "related_to",)),
    "CITES": (VB + "cites", (ELI + "cites",)),
    "ISSUED_BY": (VB + "issuedBy", (ELI + "passed_by",)),
}
"""Relation -> (vanban property, the ELI / Dublin Core properties it is written as too)."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
A = RDF + "type"


class IRI(str):
    """An IRI (a resource or a property), as opposed to a literal."""

    __slots__ = ()


class Lit(NamedTuple):
    lexical: str
    datatype: str | None = None
    language: str | None = None


Term = IRI | Lit
Block = tuple[IRI, list[tuple[str, Term]]]


def literal(value: Any) -> Lit:
    """A Python value as the literal rdflib would make of it (bool before int: bool is int)."""
    if isinstance(value, bool):
        return Lit("true" if value else "false", XSD + "boolean")
    if isinstance(value, int):
        return Lit(str(value), XSD + "integer")
    return Lit(str(value))


def decimal(value: float) -> Lit:
    return Lit(str(Decimal(str(value))), XSD + "decimal")


def integer(value: int) -> Lit:
    return Lit(str(int(value)), XSD + "integer")


def encode(text: str) -> str:
    return quote(text, safe="@-._~:")


def title_language(doc: Document) -> str | None:
    """The language of a document's display title: the one resolution recorded beside it
    (``titles`` / ``title_languages``), else "vi" when it has letters only Vietnamese
    uses, else unknown. Read from the document alone, so that a streamed export need not
    look at every edge for every document."""
    if not doc.title:
        return None
    for title, language in zip(doc.titles or [], doc.title_languages or [], strict=False):
        if title == doc.title and language:
            return language
    return "vi" if _VIETNAMESE.search(doc.title) else None


class Minter:
    """URIs under one base: ``{base}{kind}/{percent-encoded key}``."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def node(self, key: str) -> IRI:
        if key.startswith("org:"):
            return IRI(f"{self.base}org/{encode(key[4:])}")
        return IRI(f"{self.base}doc/{encode(key)}")

    def province(self, name: str) -> IRI:
        return IRI(f"{self.base}province/{encode(name)}")

    def doc_type(self, family: str | None, code: str) -> IRI:
        return IRI(f"{self.base}type/{encode(family or 'any')}/{encode(code)}")

    def source(self, source_id: str) -> IRI:
        return IRI(f"{self.base}source/{encode(source_id)}")

    def statement(self, edge: Edge) -> IRI:
        return IRI(
            f"{self.base}statement/{encode(edge.source)}/{edge.relation}/{encode(edge.target)}"
        )

    def expression(self, key: str, language: str | None) -> IRI:
        return IRI(f"{self.node(key)}/{encode(language or 'und')}")

    def unresolved(self, key: str) -> IRI:
        return IRI(f"{self.base}unresolved/{encode(key)}")


class _Subject:
    """The predicate-object pairs of one subject, skipping empty values as rdf.py does."""

    def __init__(self, iri: IRI) -> None:
        self.iri = iri
        self.pairs: list[tuple[str, Term]] = []

    def add(self, predicate: str, value: Any) -> None:
        if value is None or value == "" or value == []:
            return
        term = value if isinstance(value, IRI | Lit) else literal(value)
        self.pairs.append((predicate, term))

    @property
    def block(self) -> Block:
        return self.iri, self.pairs


class Triples:
    """Blocks of triples for graph objects. Provinces and document types are shared by
    many documents: each is written once (they are few, so remembering them is cheap)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.uri = Minter(base)
        self._written: set[IRI] = set()

    def _places(self, s: _Subject, province: str | None, today: str | None) -> Iterator[Block]:
        """The province a node belongs to (eli:jurisdiction) and today's one, on `s`."""
        for predicate, name in ((ELI + "jurisdiction", province), (VB + "provinceToday", today)):
            iri, blocks = self._province(name)
            s.add(predicate, iri)
            yield from blocks

    def _province(self, name: str | None) -> tuple[IRI | None, list[Block]]:
        if not name:
            return None, []
        iri = self.uri.province(name)
        if iri in self._written:
            return iri, []
        self._written.add(iri)
        s = _Subject(iri)
        s.add(A, IRI(VB + "Province"))
        s.add(SKOS + "prefLabel", Lit(name, None, "vi"))
        return iri, [s.block]

    def _doc_type(self, doc: Document) -> tuple[IRI, list[Block]]:
        iri = self.uri.doc_type(doc.family, doc.type_code or "")
        if iri in self._written:
            return iri, []
        self._written.add(iri)
        s = _Subject(iri)
        s.add(A, IRI(VB + "DocumentType"))
        s.add(SKOS + "notation", doc.type_code)
        if doc.type_name:
            s.add(SKOS + "prefLabel", Lit(doc.type_name, None, "vi"))
        return iri, [s.block]

    def document(self, doc: Document) -> Iterator[Block]:
        s = _Subject(self.uri.node(doc.key))
        s.add(A, IRI(ELI + "LegalResource"))
        s.add(VB + "key", doc.key)
        s.add(ELI + "number", doc.number)
        for alias in doc.aliases or []:
            s.add(VB + "alias", alias)
        if doc.date and _ISO_DATE.fullmatch(doc.date):
            s.add(ELI + "date_document", Lit(doc.date, XSD + "date"))
        if doc.type_code:
            iri, blocks = self._doc_type(doc)
            s.add(ELI + "type_document", iri)
            yield from blocks
        yield from self._places(s, doc.province, doc.province_today)
        for predicate, value in (
            (VB + "family", doc.family),
            (VB + "typeCode", doc.type_code),
            (VB + "issuerCode", doc.issuer_code),
            (VB + "period", doc.period),
            (VB + "level", doc.level),
        ):
            s.add(predicate, value)
        if doc.year is not None:
            s.add(VB + "year", integer(doc.year))
        s.add(VB + "unnumbered", literal(bool(doc.unnumbered)))
        s.add(VB + "hasText", literal(bool(doc.has_text)))
        s.add(VB + "mentions", integer(doc.mentions or 0))
        if doc.title:
            language = title_language(doc)
            title = Lit(doc.title, None, language)
            expression = self.uri.expression(doc.key, language)
            s.add(DCTERMS + "title", title)
            s.add(ELI + "is_realized_by", expression)
            e = _Subject(expression)
            e.add(A, IRI(ELI + "LegalExpression"))
            e.add(ELI + "realizes", s.iri)
            e.add(ELI + "title", title)
            if language in ISO_639_3:
                e.add(ELI + "language", IRI(LANGUAGE_AUTHORITY + ISO_639_3[language]))
            yield e.block
        yield s.block

    def organisation(self, org: Organisation) -> Iterator[Block]:
        s = _Subject(self.uri.node(org.key))
        s.add(A, IRI(VB + "Organisation"))
        s.add(A, IRI(FOAF + "Organization"))
        s.add(VB + "key", org.key)
        s.add(SKOS + "prefLabel", Lit(org.name, None, "vi"))
        s.add(FOAF + "name", Lit(org.name, None, "vi"))
        if org.name_en:
            s.add(SKOS + "prefLabel", Lit(org.name_en, None, "en"))
        s.add(VB + "level", org.level)
        s.add(VB + "kind", org.kind)
        yield from self._places(s, org.province, org.province_today)
        yield s.block

    def edge(self, edge: Edge) -> Iterator[Block]:
        subject, target = self.uri.node(edge.source), self.uri.node(edge.target)
        own, eli = RELATION_PROPERTIES[edge.relation]
        s = _Subject(subject)
        s.add(own, target)
        # ELI's relations are between legal resources: a body only gets eli:passed_by's
        # counterpart, never eli:cites and the like.
        if not edge.source.startswith("org:") or edge.relation == "ISSUED_BY":
            for predicate in eli:
                s.add(predicate, target)
        yield s.block
        st = _Subject(self.uri.statement(edge))
        st.add(A, IRI(RDF + "Statement"))
        st.add(RDF + "subject", subject)
        st.add(RDF + "predicate", IRI(own))
        st.add(RDF + "object", target)
        st.add(VB + "confidence", decimal(edge.confidence))
        st.add(VB + "evidenceCount", integer(len(edge.evidence)))
        evidence_blocks = []
        for i, ev in enumerate(edge.evidence):
            e = _Subject(IRI(f"{st.iri}/evidence/{i}"))
            st.add(VB + "evidence", e.iri)
            e.add(A, IRI(VB + "Evidence"))
            e.add(VB + "source", self.uri.source(ev.source))
            e.add(VB + "spanStart", integer(ev.start))
            e.add(VB + "spanEnd", integer(ev.end))
            e.add(VB + "surface", ev.surface)
            e.add(VB + "sentence", Lit(ev.sentence, None, ev.language or None))
            e.add(VB + "confidence", decimal(ev.confidence))
            e.add(VB + "rule", ev.rule)
            evidence_blocks.append(e.block)
        yield st.block
        yield from evidence_blocks

    def source(self, row: dict[str, Any]) -> Iterator[Block]:
        s = _Subject(self.uri.source(row["id"]))
        s.add(A, IRI(VB + "Source"))
        s.add(VB + "path", row.get("path"))
        s.add(DCTERMS + "format", row.get("format"))
        s.add(DCTERMS + "language", row.get("language"))
        s.add(DCTERMS + "title", row.get("title"))
        if row.get("document"):
            s.add(VB + "speaksFor", self.uri.node(row["document"]))
        yield s.block

    def unresolved(self, u: Unresolved) -> Iterator[Block]:
        s = _Subject(self.uri.unresolved(u.key))
        s.add(A, IRI(VB + "UnresolvedReference"))
        s.add(VB + "canonical", u.canonical)
        s.add(VB + "relation", u.relation)
        s.add(VB + "reason", u.reason)
        s.add(VB + "source", self.uri.source(u.source))
        s.add(VB + "sentence", u.sentence)
        if u.subject:
            s.add(RDF + "subject", self.uri.node(u.subject))
        for key in u.candidates or []:
            s.add(VB + "candidate", self.uri.node(key))
        yield s.block
