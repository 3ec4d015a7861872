"""SPARQL over the RDF of a graph (rdflib, in memory), rows as plain dicts.

`vanban sparql` uses the persistent store of `sparql_store.py`; this is for a graph
already in memory. rdflib is imported when used: it takes a third of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph as RDFGraph


class SparqlError(ValueError):
    """The query does not parse or cannot run."""


def plain(term: Any) -> Any:
    """A term as text or a Python value: URIs as text, literals as their value."""
    from rdflib import BNode, Literal, URIRef

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
    from .rdf import PREFIXES

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
