"""The graph as RDF with the ELI ontology, and the project's vocabulary (`vocab.ttl`).

Resource URIs are ``{base}{kind}/{percent-encoded key}``: ``doc/33%2FCT-TTg@2021``,
``org/thu-tuong-chinh-phu``, ``province/Thanh%20H%C3%B3a``, ``type/state/CT``,
``source/1e60daab94301b85``, and for the evidence of a relation
``statement/{subject}/{RELATION}/{object}`` with ``/evidence/{i}`` under it. Keys are
stable across loads of the same texts, so the URIs are too.

Each document is an ``eli:LegalResource`` with ``eli:number``, ``eli:date_document``
(``xsd:date``), ``eli:type_document``, ``eli:passed_by``, ``eli:jurisdiction`` (the
province that issued it); its title is ``eli:title`` of an ``eli:LegalExpression`` in
the title's language (and ``dcterms:title`` on the resource, for simple queries). Each
relation is written twice: the vanban property (``vb:implements``) and its ELI
counterpart (``eli:ensures_implementation_of``; ``dcterms:replaces`` as well for
REPLACES), so SPARQL needs no reasoner. Its evidence hangs on a reified statement of the
vanban triple.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from importlib import resources
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, BNode, Literal, Namespace, URIRef
from rdflib import Graph as RDFGraph
from rdflib.namespace import DCTERMS, FOAF, SKOS

from ..graph.model import Document, Edge, Graph, Organisation
from .select import Selection

ELI = Namespace("http://data.europa.eu/eli/ontology#")
VB = Namespace("https://vanban.example.org/ns#")
DEFAULT_BASE = "https://vanban.example.org/"
LANGUAGE_AUTHORITY = Namespace("http://publications.europa.eu/resource/authority/language/")
ISO_639_3 = {"vi": "VIE", "en": "ENG", "ru": "RUS", "uk": "UKR", "ja": "JPN", "pt": "POR"}

RELATIONS: dict[str, tuple[URIRef, tuple[URIRef, ...]]] = {
    "BASED_ON": (VB.basedOn, (ELI.based_on,)),
    "IMPLEMENTS": (VB.implements, (ELI.ensures_implementation_of,)),
    "GUIDES": (VB.guides, (ELI.ensures_implementation_of,)),
    "AMENDS": (VB.amends, (ELI.amends,)),
    "REPLACES": (VB.replaces, (ELI.repeals, DCTERMS.replaces)),
    "REPEALS": (VB.repeals, (ELI.repeals,)),
    "CONTINUES": (VB.continues, (ELI.related_to,)),
    "CITES": (VB.cites, (ELI.cites,)),
    "ISSUED_BY": (VB.issuedBy, (ELI.passed_by,)),
}
"""Relation -> (vanban property, the ELI / Dublin Core properties it is written as too)."""
PREFIXES = {
    "eli": ELI,
    "vb": VB,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def vocabulary() -> RDFGraph:
    """The vanban vocabulary (`export/vocab.ttl`) as a graph."""
    text = resources.files(__package__).joinpath("vocab.ttl").read_text("utf-8")
    return RDFGraph().parse(data=text, format="turtle")


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


def _enc(text: str) -> str:
    return quote(text, safe="@-._~:")


class Minter:
    """URIs under one base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def node(self, key: str) -> URIRef:
        if key.startswith("org:"):
            return URIRef(f"{self.base}org/{_enc(key[4:])}")
        return URIRef(f"{self.base}doc/{_enc(key)}")

    def province(self, name: str) -> URIRef:
        return URIRef(f"{self.base}province/{_enc(name)}")

    def doc_type(self, family: str | None, code: str) -> URIRef:
        return URIRef(f"{self.base}type/{_enc(family or 'any')}/{_enc(code)}")

    def source(self, source_id: str) -> URIRef:
        return URIRef(f"{self.base}source/{_enc(source_id)}")

    def statement(self, edge: Edge) -> URIRef:
        return URIRef(
            f"{self.base}statement/{_enc(edge.source)}/{edge.relation}/{_enc(edge.target)}"
        )

    def expression(self, key: str, language: str | None) -> URIRef:
        return URIRef(f"{self.node(key)}/{_enc(language or 'und')}")

    def unresolved(self, key: str) -> URIRef:
        return URIRef(f"{self.base}unresolved/{_enc(key)}")


def title_language(graph: Graph, doc: Document) -> str | None:
    """The language of a title: that of the evidence sentences quoting it, else "vi" when
    it has letters only Vietnamese uses, else unknown."""
    if not doc.title:
        return None
    seen: Counter[str] = Counter()
    for edge in graph.edges.values():
        if doc.key in (edge.source, edge.target):
            seen.update(e.language for e in edge.evidence if doc.title in e.sentence)
    if seen:
        return seen.most_common(1)[0][0]
    return "vi" if _VIETNAMESE.search(doc.title) else None


class RDFBuilder:
    def __init__(self, selection: Selection, base: str = DEFAULT_BASE) -> None:
        self.selection = selection
        self.uri = Minter(base)
        self.g = RDFGraph(bind_namespaces="none")
        for prefix, ns in PREFIXES.items():
            self.g.bind(prefix, ns)
        self.g.bind("doc", Namespace(f"{self.uri.base}doc/"))
        self.g.bind("org", Namespace(f"{self.uri.base}org/"))

    def add(self, s: URIRef | BNode, p: URIRef, o: object) -> None:
        if o is None or o == "" or o == []:
            return
        obj = o if isinstance(o, URIRef | BNode | Literal) else Literal(o)
        self.g.add((s, p, obj))

    def province(self, name: str | None) -> URIRef | None:
        if not name:
            return None
        uri = self.uri.province(name)
        self.g.add((uri, RDF.type, VB.Province))
        self.g.add((uri, SKOS.prefLabel, Literal(name, lang="vi")))
        return uri

    def document(self, doc: Document) -> None:
        s = self.uri.node(doc.key)
        self.add(s, RDF.type, ELI.LegalResource)
        self.add(s, VB.key, doc.key)
        self.add(s, ELI.number, doc.number)
        for alias in doc.aliases:
            self.add(s, VB.alias, alias)
        if doc.date and _ISO_DATE.fullmatch(doc.date):
            self.add(s, ELI.date_document, Literal(doc.date, datatype=XSD.date))
        if doc.type_code:
            t = self.uri.doc_type(doc.family, doc.type_code)
            self.add(s, ELI.type_document, t)
            self.add(t, RDF.type, VB.DocumentType)
            self.add(t, SKOS.notation, doc.type_code)
            if doc.type_name:
                self.add(t, SKOS.prefLabel, Literal(doc.type_name, lang="vi"))
        self.add(s, ELI.jurisdiction, self.province(doc.province))
        self.add(s, VB.provinceToday, self.province(doc.province_today))
        for p, value in (
            (VB.family, doc.family),
            (VB.typeCode, doc.type_code),
            (VB.issuerCode, doc.issuer_code),
            (VB.period, doc.period),
            (VB.level, doc.level),
        ):
            self.add(s, p, value)
        if doc.year is not None:
            self.add(s, VB.year, Literal(doc.year, datatype=XSD.integer))
        self.add(s, VB.unnumbered, Literal(doc.unnumbered))
        self.add(s, VB.hasText, Literal(doc.has_text))
        self.add(s, VB.mentions, Literal(doc.mentions, datatype=XSD.integer))
        if doc.title:
            language = title_language(self.selection.graph, doc)
            title = Literal(doc.title, lang=language)
            expression = self.uri.expression(doc.key, language)
            self.add(s, DCTERMS.title, title)
            self.add(s, ELI.is_realized_by, expression)
            self.add(expression, RDF.type, ELI.LegalExpression)
            self.add(expression, ELI.realizes, s)
            self.add(expression, ELI.title, title)
            if language in ISO_639_3:
                self.add(expression, ELI.language, LANGUAGE_AUTHORITY[ISO_639_3[language]])

    def organisation(self, org: Organisation) -> None:
        s = self.uri.node(org.key)
        self.add(s, RDF.type, VB.Organisation)
        self.add(s, RDF.type, FOAF.Organization)
        self.add(s, VB.key, org.key)
        self.add(s, SKOS.prefLabel, Literal(org.name, lang="vi"))
        self.add(s, FOAF.name, Literal(org.name, lang="vi"))
        if org.name_en:
            self.add(s, SKOS.prefLabel, Literal(org.name_en, lang="en"))
        self.add(s, VB.level, org.level)
        self.add(s, VB.kind, org.kind)
        self.add(s, ELI.jurisdiction, self.province(org.province))
        self.add(s, VB.provinceToday, self.province(org.province_today))

    def edge(self, edge: Edge) -> None:
        s, o = self.uri.node(edge.source), self.uri.node(edge.target)
        own, eli = RELATIONS[edge.relation]
        self.add(s, own, o)
        if edge.source not in self.selection.graph.organisations or edge.relation == "ISSUED_BY":
            for p in eli:  # ELI's relations are between legal resources
                self.add(s, p, o)
        st = self.uri.statement(edge)
        self.add(st, RDF.type, RDF.Statement)
        self.add(st, RDF.subject, s)
        self.add(st, RDF.predicate, own)
        self.add(st, RDF.object, o)
        self.add(st, VB.confidence, _decimal(edge.confidence))
        self.add(st, VB.evidenceCount, Literal(len(edge.evidence), datatype=XSD.integer))
        for i, ev in enumerate(edge.evidence):
            e = URIRef(f"{st}/evidence/{i}")
            self.add(st, VB.evidence, e)
            self.add(e, RDF.type, VB.Evidence)
            self.add(e, VB.source, self.uri.source(ev.source))
            self.add(e, VB.spanStart, Literal(ev.start, datatype=XSD.integer))
            self.add(e, VB.spanEnd, Literal(ev.end, datatype=XSD.integer))
            self.add(e, VB.surface, ev.surface)
            self.add(e, VB.sentence, Literal(ev.sentence, lang=ev.language or None))
            self.add(e, VB.confidence, _decimal(ev.confidence))
            self.add(e, VB.rule, ev.rule)

    def source(self, row: dict) -> None:
        s = self.uri.source(row["id"])
        self.add(s, RDF.type, VB.Source)
        self.add(s, VB.path, row.get("path"))
        self.add(s, DCTERMS.format, row.get("format"))
        self.add(s, DCTERMS.language, row.get("language"))
        self.add(s, DCTERMS.title, row.get("title"))
        if row.get("document"):
            self.add(s, VB.speaksFor, self.uri.node(row["document"]))

    def unresolved(self) -> None:
        for u in self.selection.graph.unresolved:
            s = self.uri.unresolved(u.key)
            self.add(s, RDF.type, VB.UnresolvedReference)
            self.add(s, VB.canonical, u.canonical)
            self.add(s, VB.relation, u.relation)
            self.add(s, VB.reason, u.reason)
            self.add(s, VB.source, self.uri.source(u.source))
            self.add(s, VB.sentence, u.sentence)
            if u.subject:
                self.add(s, RDF.subject, self.uri.node(u.subject))
            for key in u.candidates:
                self.add(s, VB.candidate, self.uri.node(key))

    def build(self) -> RDFGraph:
        graph = self.selection.graph
        for doc in graph.documents.values():
            self.document(doc)
        for org in graph.organisations.values():
            self.organisation(org)
        for edge in graph.edges.values():
            self.edge(edge)
        for row in self.selection.sources:
            self.source(row)
        self.unresolved()
        return self.g


def to_rdf(selection: Selection, base: str = DEFAULT_BASE) -> RDFGraph:
    """The selection as an rdflib graph (prefixes bound: eli, vb, dcterms, doc, org ...)."""
    return RDFBuilder(selection, base).build()
