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

The triples themselves are made in `triples.py`, shared with the exports that stream
(`rdf_stream.py`); this module gathers them into an rdflib graph, for small selections.
"""

from __future__ import annotations

from importlib import resources

from rdflib import Graph as RDFGraph
from rdflib import Literal, Namespace, URIRef

from .rdf_stream import blocks, selection_objects
from .select import Selection
from .triples import DEFAULT_BASE, IRI, PREFIX_IRIS, Minter, title_language

__all__ = ["DEFAULT_BASE", "ELI", "VB", "PREFIXES", "Minter", "title_language", "to_rdf"]

# The prefixes are those of the streamed exports (`triples.PREFIX_IRIS`), as rdflib names.
PREFIXES = {prefix: Namespace(iri) for prefix, iri in PREFIX_IRIS.items()}
ELI = PREFIXES["eli"]
VB = PREFIXES["vb"]


def vocabulary() -> RDFGraph:
    """The vanban vocabulary (`export/vocab.ttl`) as a graph."""
    text = resources.files(__package__).joinpath("vocab.ttl").read_text("utf-8")
    return RDFGraph().parse(data=text, format="turtle")


def to_rdf(selection: Selection, base: str = DEFAULT_BASE) -> RDFGraph:
    """The selection as an rdflib graph (prefixes bound: eli, vb, dcterms, doc, org ...)."""
    g = RDFGraph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    minted = Minter(base)
    g.bind("doc", Namespace(f"{minted.base}doc/"))
    g.bind("org", Namespace(f"{minted.base}org/"))
    for subject, pairs in blocks(selection_objects(selection), base):
        s = URIRef(subject)
        for predicate, obj in pairs:
            if isinstance(obj, IRI):
                o = URIRef(obj)
            else:
                datatype = URIRef(obj.datatype) if obj.datatype else None
                o = Literal(obj.lexical, lang=obj.language, datatype=datatype)
            g.add((s, URIRef(predicate), o))
    return g
