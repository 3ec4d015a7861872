"""SPARQL over the RDF of a graph (rdflib, in memory), rows as plain dicts."""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib import Graph as RDFGraph

from .rdf import PREFIXES


class SparqlError(ValueError):
    """The query does not parse or cannot run."""


def plain(term: Any) -> Any:
    """A term as text or a Python value: URIs as text, literals as their value."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, str | int | float | bool) else str(term)
    if isinstance(term, URIRef | BNode):
        return str(term)
    return str(term)


def run_sparql(rdf: RDFGraph, query: str) -> list[dict[str, Any]]:
    """SELECT: one dict per solution, keyed by variable; ASK: ``[{"ask": bool}]``;
    CONSTRUCT / DESCRIBE: one dict per triple. The prefixes eli, vb, dcterms, foaf, skos,
    rdf, rdfs and xsd are known without PREFIX lines."""
    try:
        result = rdf.query(query, initNs=PREFIXES)
    except Exception as error:  # pyparsing and rdflib raise several kinds
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise SparqlError(first) from error
    if result.type == "ASK":
        return [{"ask": bool(result.askAnswer)}]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return [
            {"subject": plain(s), "predicate": plain(p), "object": plain(o)}
            for s, p, o in result.graph or []
        ]
    names = [str(v) for v in result.vars or []]
    return [{name: plain(row[name]) for name in names} for row in result]
